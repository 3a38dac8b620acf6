import { parsePodfile, parsePodfileLock } from './parsers/cocoapods.js';
import { parseComposerJson } from './parsers/composer.js';
import { parseGoMod } from './parsers/go.js';
import { parseGradle, parsePom } from './parsers/maven.js';
import { parseMsbuildProject, parsePackagesConfig } from './parsers/nuget.js';
import { parsePackageJson, parsePackageLock } from './parsers/npm.js';
import { parsePnpmLock } from './parsers/pnpm.js';
import { parsePubspec, parsePubspecLock } from './parsers/pub.js';
import { parsePyproject, parseRequirementsTxt } from './parsers/python.js';
import { parseGemfile, parseGemfileLock } from './parsers/ruby.js';
import { parseYarnLock } from './parsers/yarn.js';
import type { DependencyParse } from './types.js';

/** What kind of file a path names, by its base name: a manifest, a lockfile, a template, or neither. */
export type DependencyFileKind = 'manifest' | 'lockfile';

const TEMPLATE_EXTENSIONS = new Set([
  '.html',
  '.htm',
  '.hbs',
  '.handlebars',
  '.ejs',
  '.njk',
  '.liquid',
  '.erb',
  '.twig',
  '.jinja',
  '.jinja2',
  '.vue',
  '.svelte',
  '.astro',
  '.php',
]);

/** MSBuild project files for C#, F# and Visual Basic. */
const MSBUILD_PROJECT_EXTENSIONS = ['.csproj', '.fsproj', '.vbproj'];

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The parser for a manifest or lockfile, chosen by base name; undefined for any other file. */
function parserFor(
  fileName: string,
): { kind: DependencyFileKind; parse: (text: string) => DependencyParse } | undefined {
  switch (fileName) {
    case 'package.json':
      return { kind: 'manifest', parse: parsePackageJson };
    case 'package-lock.json':
    case 'npm-shrinkwrap.json':
      return { kind: 'lockfile', parse: parsePackageLock };
    case 'pnpm-lock.yaml':
      return { kind: 'lockfile', parse: parsePnpmLock };
    case 'yarn.lock':
      return { kind: 'lockfile', parse: parseYarnLock };
    case 'pyproject.toml':
      return { kind: 'manifest', parse: parsePyproject };
    case 'composer.json':
      return { kind: 'manifest', parse: parseComposerJson };
    case 'go.mod':
      return { kind: 'manifest', parse: parseGoMod };
    case 'pom.xml':
      return { kind: 'manifest', parse: parsePom };
    case 'Gemfile':
    case 'gems.rb':
      return { kind: 'manifest', parse: parseGemfile };
    case 'Gemfile.lock':
    case 'gems.locked':
      return { kind: 'lockfile', parse: parseGemfileLock };
    case 'Podfile':
      return { kind: 'manifest', parse: parsePodfile };
    case 'Podfile.lock':
      return { kind: 'lockfile', parse: parsePodfileLock };
    case 'pubspec.yaml':
      return { kind: 'manifest', parse: parsePubspec };
    case 'pubspec.lock':
      return { kind: 'lockfile', parse: parsePubspecLock };
    case 'Directory.Build.props':
    case 'Directory.Packages.props':
      return { kind: 'manifest', parse: (text) => parseMsbuildProject(text, fileName) };
    case 'packages.config':
      return { kind: 'manifest', parse: parsePackagesConfig };
    case 'build.gradle':
    case 'build.gradle.kts':
      return { kind: 'manifest', parse: parseGradle };
  }
  if (MSBUILD_PROJECT_EXTENSIONS.some((extension) => fileName.endsWith(extension)))
    return { kind: 'manifest', parse: (text) => parseMsbuildProject(text, fileName) };
  if (fileName.startsWith('requirements') && fileName.endsWith('.txt'))
    return { kind: 'manifest', parse: (text) => parseRequirementsTxt(text, fileName) };
  return undefined;
}

/** Whether the scanner reads this path, and as what. */
export function dependencyFileKind(path: string): DependencyFileKind | 'template' | undefined {
  const name = baseName(path);
  const parser = parserFor(name);
  if (parser) return parser.kind;
  // One lookup by extension: scan asks this of every file in the repository.
  const dot = name.lastIndexOf('.');
  return dot !== -1 && TEMPLATE_EXTENSIONS.has(name.slice(dot).toLowerCase())
    ? 'template'
    : undefined;
}

/** A manifest's or lockfile's dependencies with line:column; a file of another kind yields none. */
export function parseDependencyFile(path: string, text: string): DependencyParse {
  return parserFor(baseName(path))?.parse(text) ?? { dependencies: [], problems: [] };
}
