import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { CliError } from './io.js';

const run = promisify(execFile);

/** Fails with a clear reason unless `ref` names a commit in the repository around `cwd`. */
export async function verifyRef(ref: string, cwd: string): Promise<void> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError('--base-ref needs git, and git is not installed.');
    throw new CliError(`"${ref}" is not a commit in the git repository at ${cwd}.`);
  }
}

/** The file's text at `ref` as git has it, or undefined when the file did not exist there. */
export async function readAtRef(ref: string, file: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${ref}:./${basename(file)}`], { cwd: dirname(file), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    if (/does not exist|exists on disk, but not in/.test(stderr)) return undefined;
    throw new CliError(`git could not read ${file} at ${ref}: ${stderr.trim().split('\n')[0] ?? 'unknown error'}`);
  }
}
