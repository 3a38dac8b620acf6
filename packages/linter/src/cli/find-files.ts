import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

const DECLARATION_NAME = /^privacy\.ya?ml$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface FoundFiles {
  files: string[];
  /** Arguments that matched nothing, for a clear "no such file" reason. */
  unmatched: string[];
}

/**
 * Expands the CLI's arguments: a file is taken as it is, a folder means every privacy.yaml
 * below it, a glob is matched below its fixed prefix; no argument means the current folder.
 * node_modules and .git are skipped, and symbolic links to folders are not followed, so a
 * link loop cannot trap the walk.
 */
export async function findDeclarationFiles(patterns: readonly string[], cwd: string): Promise<FoundFiles> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const before = files.size;
    if (picomatch.scan(pattern).isGlob) {
      const { base } = picomatch.scan(pattern);
      const root = resolve(cwd, base || '.');
      const matches = picomatch(pattern.replace(/\\/g, '/'), { dot: false });
      for await (const file of walk(root)) {
        if (matches(relative(cwd, file).split(sep).join('/'))) files.add(file);
      }
    } else {
      const path = resolve(cwd, pattern);
      const info = await stat(path).catch(() => undefined);
      if (info?.isDirectory()) {
        for await (const file of walk(path)) if (DECLARATION_NAME.test(file.slice(file.lastIndexOf(sep) + 1))) files.add(file);
      } else if (info) {
        files.add(path);
      } else {
        // A named file that is missing still gets a result: it says the file cannot be read.
        files.add(path);
        continue;
      }
    }
    if (files.size === before && patterns.length > 0) unmatched.push(pattern);
  }
  return { files: [...files].sort(), unmatched };
}

async function* walk(root: string): AsyncGenerator<string> {
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(path);
      } else if (entry.isFile()) {
        yield path;
      } else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (target?.isFile()) yield path;
      }
    }
  }
}
