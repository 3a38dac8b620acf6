// @privacyspec/vendors: the catalogue of services that receive personal data, and pure
// parsers from manifests, lockfiles and templates to what brings those services in.
// Text in, data out: no file, process or network I/O.
export {
  catalogue,
  catalogueIndex,
  indexServices,
  type Catalogue,
  type Service,
  type ServiceCategory,
  type ServiceIndex,
  type ServiceRole,
  type Sourced,
} from './catalogue.js';
export { coverageMarkdown } from './coverage.js';
export { serviceEstablishment, type Establishment } from './establishment.js';
export {
  matchRecipient,
  recipientIsService,
  type DeclaredRecipient,
  type RecipientMatch,
} from './match.js';
export { nameWords, type RecipientEvidence } from './names.js';
export {
  dependencyFileKind,
  parseDependencyFile,
  type DependencyFileKind,
} from './dependencies.js';
export { parsePodfile, parsePodfileLock } from './parsers/cocoapods.js';
export { parseComposerJson } from './parsers/composer.js';
export { parseHtmlHosts } from './parsers/html.js';
export { parseGoMod } from './parsers/go.js';
export { parseGradle, parsePom } from './parsers/maven.js';
export { parseMsbuildProject, parsePackagesConfig } from './parsers/nuget.js';
export { parsePackageJson, parsePackageLock } from './parsers/npm.js';
export { parsePnpmLock } from './parsers/pnpm.js';
export { parsePubspec, parsePubspecLock } from './parsers/pub.js';
export { normalisePythonName, parsePyproject, parseRequirementsTxt } from './parsers/python.js';
export { parseGemfile, parseGemfileLock } from './parsers/ruby.js';
export { parseYarnLock } from './parsers/yarn.js';
export type {
  Dependency,
  DependencyParse,
  DependencyScope,
  Ecosystem,
  HostKind,
  HostReference,
  ParseProblem,
  Position,
} from './types.js';
