import { readdir, stat } from './fs.js';
import { join, relative, resolve, sep } from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Characters without which picomatch reads no argument as a glob: a plain path needs no picomatch. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export interface FoundFiles {
  files: string[];
  /** Arguments that matched nothing, for a clear "no such file" reason. */
  unmatched: string[];
}

/**
 * Expands the CLI's arguments: a file is taken as it is, a folder means every declaration
 * below it, a glob is matched below its fixed prefix; no argument means the current folder.
 * A file named by several arguments is found once. picomatch is loaded only for a glob or a
 * folder, so linting named files starts without it.
 */
export async function findDeclarationFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<FoundFiles> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    let matched = 0;
    const globs = GLOB_CHARACTERS.test(pattern) ? await import('./globs.js') : undefined;
    if (globs?.isGlob(pattern)) {
      const { base, matches } = globs.globMatcher(pattern, cwd);
      for (const file of await walkFiles(base)) {
        if (matches(file)) {
          files.add(file);
          matched++;
        }
      }
    } else {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        const { isDeclaration } = globs ?? (await import('./globs.js'));
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
 * Every file below `root` that `matches` accepts, sorted, as paths relative to `root` with
 * forward slashes. node_modules and .git are skipped, and links to folders are not followed,
 * so a link loop cannot trap the walk.
 */
export async function findDeclarations(
  root: string,
  matches: (relativePath: string) => boolean,
): Promise<string[]> {
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

/** A path with forward slashes, as globs and GitHub write them. */
export function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
