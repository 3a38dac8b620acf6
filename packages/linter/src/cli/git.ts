import { execFile } from 'node:child_process';
import { realpath } from '../node/fs.js';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { decodeDeclaration, fileProblem, type SideOutcome } from '../node/read-file.js';
import { CliError } from '../node/errors.js';

const run = promisify(execFile);
const MAX_BUFFER = 64 * 1024 * 1024;

/** The git repository around `cwd`, at one commit. */
export interface GitRef {
  ref: string;
  /** The repository's top folder, as git names it (links resolved). */
  root: string;
  /** The folder the CLI runs in, as given and with links resolved, to map paths between the two. */
  cwd: string;
  realCwd: string;
}

/** Fails with a clear reason unless `ref` names a commit in the repository around `cwd`. */
export async function verifyRef(ref: string, cwd: string): Promise<GitRef> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
    });
    return { ref, root: stdout.trim(), cwd, realCwd: await realpath(cwd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('--base-ref needs git, and git is not installed.');
    throw new CliError(`"${ref}" is not a commit in the git repository at ${cwd}.`);
  }
}

/** The file's text at the ref as git has it (the CLI's checks on its bytes), or missing. */
export async function readAtRef(at: GitRef, file: string): Promise<SideOutcome> {
  try {
    // cat-file blob, not show: a folder at the ref is not a file, never a listing read as YAML.
    const { stdout } = await run('git', ['cat-file', 'blob', `${at.ref}:${toGitPath(at, file)}`], {
      cwd: at.root,
      encoding: 'buffer',
      maxBuffer: MAX_BUFFER,
    });
    return decodeDeclaration(stdout);
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer | string }).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return { missing: true };
    if (/bad file/.test(stderr)) return fileProblem(`The path is not a file at ${at.ref}.`);
    throw new CliError(
      `git could not read ${file} at ${at.ref}: ${stderr.trim().split('\n')[0] ?? 'unknown error'}`,
    );
  }
}

/** A file deleted or renamed between the ref and the working tree, as absolute paths. */
export interface GitChange {
  path: string;
  previousPath?: string;
  removed: boolean;
}

/**
 * Deletions and renames from the ref to the working tree (git's rename detection, as
 * `git diff --find-renames`); added and modified files are found on disk.
 */
export async function deletionsAndRenames(at: GitRef): Promise<GitChange[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(
      'git',
      ['diff', '--name-status', '--find-renames', '-z', at.ref, '--'],
      { cwd: at.root, encoding: 'utf8', maxBuffer: MAX_BUFFER },
    ));
  } catch (error) {
    throw new CliError(
      `git could not list the changes since ${at.ref}: ${
        String((error as { stderr?: string }).stderr ?? '')
          .trim()
          .split('\n')[0] ?? 'unknown error'
      }`,
    );
  }
  const fields = stdout.split('\0');
  const changes: GitChange[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i++]!;
    if (status.startsWith('R')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      changes.push({
        path: fromGitPath(at, to),
        previousPath: fromGitPath(at, from),
        removed: false,
      });
    } else {
      const path = fields[i++]!;
      if (status === 'D') changes.push({ path: fromGitPath(at, path), removed: true });
    }
  }
  return changes;
}

// git names paths from its resolved top folder; the CLI from the folder as the user gave it.
function toGitPath(at: GitRef, file: string): string {
  const real = file.startsWith(at.cwd + sep) ? at.realCwd + file.slice(at.cwd.length) : file;
  return relative(at.root, real).split(sep).join('/');
}

function fromGitPath(at: GitRef, path: string): string {
  const real = resolve(at.root, path);
  return real.startsWith(at.realCwd + sep) ? at.cwd + real.slice(at.realCwd.length) : real;
}
