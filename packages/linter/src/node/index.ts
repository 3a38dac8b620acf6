// @privacyspec/linter/node: the file-system edges the CLI and the GitHub Action share —
// finding declarations, reading them safely, finding the config, writing files, and
// lintFiles / reviewFiles over them. The main entry stays free of I/O.
export { CONFIG_FILE_NAMES, ConfigFinder, loadConfigFile, type ConfigLookup } from './config.js';
export { CliError } from './errors.js';
export { findDeclarationFiles, findDeclarations, type FoundFiles } from './find-declarations.js';
export { coveredBy, DECLARATION_GLOB, declarationMatcher } from './globs.js';
export { projectRoot, realPathInside } from './project.js';
export { lintFiles, writeFixedFile, type LintedFile, type LintFilesOptions } from './lint-files.js';
export {
  decodeDeclaration,
  fileProblem,
  NOT_FOUND,
  orNotFound,
  readDeclarationFile,
  type DeclarationReader,
  type ReadOptions,
  type ReadOutcome,
  type SideOutcome,
} from './read-file.js';
export { reviewFiles, type FileChange, type ReviewFilesOptions } from './review-files.js';
// Re-exported from @privacyspec/vendors, where lint's catalogue rule shares it.
export { recipientIsService } from '@privacyspec/vendors/recipients';
export {
  collectScanFiles,
  describeService,
  isScannedPath,
  scanFiles,
  scanListedFiles,
  type ScanFileList,
  type ScanFinding,
  type ScanOptions,
  type ScanOutcome,
} from './scan-files.js';
export { writeTextFile } from './write-file.js';
