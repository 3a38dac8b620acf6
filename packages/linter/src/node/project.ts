import { realpath, stat } from './fs.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The project PrivacySpec may read from: the top folder of the git repository around `cwd`
 * (the folder holding `.git`, a folder or a worktree's file, as `git rev-parse
 * --show-toplevel` finds it, without starting git), or `cwd` itself outside a repository.
 */
export async function projectRoot(cwd: string): Promise<string> {
  const start = resolve(cwd);
  for (let folder = start; ; folder = dirname(folder)) {
    if (
      await stat(join(folder, '.git')).then(
        () => true,
        () => false,
      )
    )
      return folder;
    if (dirname(folder) === folder) return start;
  }
}

/**
 * Where `path` really is, when that is inside the project: its real path (every link
 * resolved, parent folders included), or why it is refused — outside `root`, or in .git.
 * Rejects as realpath does (ENOENT for a missing file). The one check every read passes.
 */
export async function realPathInside(
  root: string,
  path: string,
  what: 'file' | 'config',
): Promise<{ real: string } | { refused: string }> {
  const real = await realpath(path);
  const realRoot = await realpath(root).catch(() => resolve(root));
  const fromRoot = relative(realRoot, real);
  if (below(fromRoot) && !fromRoot.split(sep).includes('.git')) return { real };
  const named = what === 'file' ? 'The file' : 'The config';
  const lexical = relative(resolve(root), resolve(path));
  if (!below(lexical)) {
    return {
      refused: `${named} is outside the project folder ${resolve(root)}; PrivacySpec reads only files inside it (the git repository it runs in, or the workspace).`,
    };
  }
  if (lexical.split(sep).includes('.git'))
    return { refused: `${named} is inside .git; PrivacySpec does not read git's own files.` };
  return {
    refused: `${named}, or a folder on its path, is a symbolic link that leads outside the project folder (or into .git); PrivacySpec does not follow it.`,
  };
}

/** Whether a relative path (from `relative`) names something below its starting folder. */
function below(fromRoot: string): boolean {
  return (
    fromRoot !== '' &&
    fromRoot !== '..' &&
    !fromRoot.startsWith(`..${sep}`) &&
    !isAbsolute(fromRoot)
  );
}
