import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * What a privacy declaration is called, everywhere: the CLI's folders and the Action's default
 * `files`. `privacyspec.yaml` is the distinctive name editors can map by file name alone
 * (docs/editors.md); `privacy.yaml` is the short one.
 */
export const DECLARATION_GLOB = '**/{privacy,privacyspec}.{yaml,yml}';
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
// Dot folders such as .well-known/ hold declarations too.
const MATCH_OPTIONS = { dot: true } as const;

/**
 * Globs (relative, forward slashes) as one test on relative paths: a path matches when an
 * including glob matches it and no `!` glob does.
 */
export function declarationMatcher(globs: readonly string[] = [DECLARATION_GLOB]): (relativePath: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const included = picomatch(include, MATCH_OPTIONS);
  const excluded = exclude.length > 0 ? picomatch(exclude, MATCH_OPTIONS) : () => false;
  return (path) => included(path) && !excluded(path);
}

const isDeclaration = declarationMatcher();

export interface FoundFiles {
  files: string[];
  /** Arguments that matched nothing, for a clear "no such file" reason. */
  unmatched: string[];
}

/**
 * Expands the CLI's arguments: a file is taken as it is, a folder means every declaration
 * below it, a glob is matched below its fixed prefix; no argument means the current folder.
 * A file named by several arguments is found once.
 */
export async function findDeclarationFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    let matched = 0;
    if (picomatch.scan(pattern).isGlob) {
      const root = resolve(cwd, picomatch.scan(pattern).base || '.');
      const matches = picomatch(pattern.replace(/\\/g, '/'), MATCH_OPTIONS);
      for (const file of await walkFiles(root)) {
        if (matches(toSlashes(relative(cwd, file)))) {
          files.add(file);
          matched++;
        }
      }
    } else {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        for (const file of await findDeclarations(path, isDeclaration)) {
          files.add(resolve(path, file));
          matched++;
        }
      } else {
        // A named file that is missing still gets a result: it says the file was not found.
        files.add(path);
        continue;
      }
    }
    if (matched === 0 && patterns.length > 0) unmatched.push(pattern);
  }
  return { files: [...files].sort(), unmatched };
}

/**
 * Whether a path (that may no longer exist, such as a file deleted since a git ref) is one
 * the CLI's arguments cover: below a named folder, equal to a named file, or matched by a glob.
 */
export function coveredBy(patterns: readonly string[], cwd: string): (filePath: string) => boolean {
  const tests = (patterns.length > 0 ? patterns : ['.']).map((pattern) => {
    if (picomatch.scan(pattern).isGlob) {
      const matches = picomatch(pattern.replace(/\\/g, '/'), MATCH_OPTIONS);
      return (file: string) => matches(toSlashes(relative(cwd, file)));
    }
    const path = resolve(cwd, pattern);
    return (file: string) => file === path || (file.startsWith(path.endsWith(sep) ? path : path + sep) && isDeclaration(toSlashes(relative(path, file))));
  });
  return (file) => tests.some((test) => test(file));
}

/**
 * Every file below `root` that `matches` accepts, sorted, as paths relative to `root` with
 * forward slashes. node_modules and .git are skipped, and links to folders are not followed,
 * so a link loop cannot trap the walk.
 */
export async function findDeclarations(root: string, matches: (relativePath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of await walkFiles(root)) {
    const path = toSlashes(relative(root, file));
    if (matches(path)) found.push(path);
  }
  return found.sort();
}

async function walkFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(path);
      } else if (entry.isFile()) {
        files.push(path);
      } else if (entry.isSymbolicLink()) {
        // A link to a file is a file; the reader decides whether to follow it.
        if ((await stat(path).catch(() => undefined))?.isFile() !== false) files.push(path);
      }
    }
  }
  return files;
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
