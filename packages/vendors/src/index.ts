// @privacyspec/vendors: the catalogue of services that receive personal data, and pure
// parsers from manifests, lockfiles and templates to what brings those services in.
// Text in, data out: no file, process or network I/O. What lint needs (the catalogue and
// recipient matching) is an entry of its own, ./recipients.js; this one adds the rest.
export * from './recipients.js';
export { indexServices, type ServiceCategory, type ServiceRole } from './catalogue.js';
export { coverageMarkdown } from './coverage.js';
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
