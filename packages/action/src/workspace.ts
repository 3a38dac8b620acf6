import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { readDeclarationFile } from '@privacyspec/linter/node';
import { START_OF_FILE, type Diagnostic } from '@privacyspec/schema';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The `files` input as one test on repository-relative paths (forward slashes): a path is a
 * declaration when an including glob matches it and no `!` glob does.
 */
export function declarationMatcher(globs: readonly string[]): (path: string) => boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const included = picomatch(include);
  const excluded = exclude.length > 0 ? picomatch(exclude) : () => false;
  return (path) => included(path) && !excluded(path);
}

/**
 * Every file below the workspace that the matcher accepts, sorted, as repository-relative
 * paths. node_modules and .git are skipped and links to folders are not followed, so a link
 * loop cannot trap the walk.
 */
export async function findDeclarations(workspace: string, matches: (path: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const folders = [workspace];
  while (folders.length > 0) {
    const folder = folders.pop()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) folders.push(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const relativePath = relative(workspace, path).split(sep).join('/');
        if (matches(relativePath)) found.push(relativePath);
      }
    }
  }
  return found.sort();
}

/** A file that could not be read: a finding of the loader's `file` rule at its position. */
export type FileProblem = Diagnostic;

/** A `file` problem about the whole file, at its start. */
export function fileProblem(message: string): FileProblem {
  return { ruleId: 'file', severity: 'error', message, path: '', range: START_OF_FILE };
}

export type WorkspaceRead = { text: string } | { problem: FileProblem } | { missing: true };

/**
 * Reads a declaration from the checked-out workspace with the CLI's checks (size limit,
 * binary data, UTF-8). A symbolic link is read only when it stays inside the workspace and
 * out of .git: a pull request must not make the action read runner files into a report.
 */
export async function readWorkspaceFile(workspace: string, relativePath: string): Promise<WorkspaceRead> {
  const path = resolve(workspace, relativePath);
  const info = await lstat(path).catch(() => undefined);
  if (!info) return { missing: true };
  if (info.isSymbolicLink()) {
    const root = await realpath(workspace).catch(() => workspace);
    const target = await realpath(path).catch(() => undefined);
    const inside = target !== undefined && target.startsWith(root + sep) && !relative(root, target).split(sep).includes('.git');
    if (!inside) return { problem: fileProblem('The file is a symbolic link that points outside the repository (or into .git); PrivacySpec does not follow it.') };
  }
  return readDeclarationFile(path);
}
