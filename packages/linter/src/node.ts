// @privacyspec/linter/node: the file-system edges the CLI and the GitHub Action share
// (config files, reading a declaration safely). The main entry stays free of I/O.
export { ConfigFinder, loadConfigFile } from './cli/config-file.js';
export { readDeclarationFile } from './cli/read-file.js';
