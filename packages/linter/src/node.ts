// @privacyspec/linter/node: the file-system edges the CLI and the GitHub Action share
// (config files, reading a declaration safely, the error that ends a run). The main entry stays free of I/O.
export { ConfigFinder, loadConfigFile } from './cli/config-file.js';
export { decodeDeclaration, readDeclarationFile, type ReadOutcome } from './cli/read-file.js';
export { CliError } from './cli/io.js';
