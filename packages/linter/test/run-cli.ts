import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const cliPath = fileURLToPath(new URL('../bin/privacyspec.cjs', import.meta.url));
export const examplePath = (name: string) => join(repoRoot, 'examples', name, 'privacy.yaml');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a real process, as users and pre-commit do. */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder with copies of the named examples, each in a folder of its name. */
export function scratchWith(...examples: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacyspec-'));
  for (const name of examples)
    cpSync(join(repoRoot, 'examples', name), join(dir, name), { recursive: true });
  return dir;
}
