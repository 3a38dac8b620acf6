import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { toSlashes } from './find-declarations.js';

// Everything here needs picomatch, which the CLI loads only for globs and folders: a
// `privacyspec lint` of named files never parses it.

/**
 * What a privacy declaration is called, everywhere: the CLI's folders and the Action's default
 * `files`. `privacyspec.yaml` is the distinctive name editors can map by file name alone
 * (docs/editors.md); `privacy.yaml` is the short one.
 */
export const DECLARATION_GLOB = '**/{privacy,privacyspec}.{yaml,yml}';
// Dot folders such as .well-known/ hold declarations too.
const MATCH_OPTIONS = { dot: true } as const;

/**
 * Globs (relative, forward slashes) as one test on relative paths: a path matches when an
 * including glob matches it and no `!` glob does.
 */
export function declarationMatcher(
  globs: readonly string[] = [DECLARATION_GLOB],
): (relativePath: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const included = picomatch(include, MATCH_OPTIONS);
  const excluded = exclude.length > 0 ? picomatch(exclude, MATCH_OPTIONS) : () => false;
  return (path) => included(path) && !excluded(path);
}

let defaultMatcher: ((relativePath: string) => boolean) | undefined;
/** Whether a relative path is a declaration by name (DECLARATION_GLOB). */
export function isDeclaration(relativePath: string): boolean {
  return (defaultMatcher ??= declarationMatcher())(relativePath);
}

/** Whether a CLI argument is a glob, as picomatch reads it. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** A CLI glob as a test on absolute paths, matched relative to `cwd` (and the glob's fixed folder to walk). */
export function globMatcher(
  pattern: string,
  cwd: string,
): { base: string; matches: (filePath: string) => boolean } {
  const matches = picomatch(pattern.replace(/\\/g, '/'), MATCH_OPTIONS);
  return {
    base: resolve(cwd, picomatch.scan(pattern).base || '.'),
    matches: (file) => matches(toSlashes(relative(cwd, file))),
  };
}

/**
 * Whether a path (that may no longer exist, such as a file deleted since a git ref) is one
 * the CLI's arguments cover: below a named folder, equal to a named file, or matched by a glob.
 */
export function coveredBy(patterns: readonly string[], cwd: string): (filePath: string) => boolean {
  const tests = (patterns.length > 0 ? patterns : ['.']).map((pattern) => {
    if (isGlob(pattern)) return globMatcher(pattern, cwd).matches;
    const path = resolve(cwd, pattern);
    return (file: string) =>
      file === path ||
      (file.startsWith(path.endsWith(sep) ? path : path + sep) &&
        isDeclaration(toSlashes(relative(path, file))));
  });
  return (file) => tests.some((test) => test(file));
}
