// --fix as a safe writer (issue 12, item 4), run as a process: the file is replaced in one
// rename or not at all, keeps its mode, and keeps every byte outside the fixed values.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { load } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { cliPath, examplePath, runCli, scratchWith } from './run-cli.js';

const CURRENT_NAME = 'name: Integritetsskyddsmyndigheten (IMY)';
const FORMER_NAME = 'name: Datainspektionen';
/** The model declaration (about 9.5 KB, clean) with the authority's former name, which --fix replaces. */
const FIXABLE = readFileSync(examplePath('model'), 'utf8').replace(CURRENT_NAME, FORMER_NAME);
const FIXED = FIXABLE.replace(FORMER_NAME, CURRENT_NAME);
const BOM = '\uFEFF';

function scratchFile(text: string | Buffer): { dir: string; file: string } {
  const dir = scratchWith();
  const file = join(dir, 'privacy.yaml');
  writeFileSync(file, text);
  return { dir, file };
}

describe('--fix writes safely', () => {
  it('keeps a UTF-8 byte-order mark', () => {
    const { dir, file } = scratchFile(BOM + FIXABLE);
    const run = runCli(['lint', '--fix'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(file).toString('utf8')).toBe(BOM + FIXED);
  });

  it('keeps CRLF and mixed line endings byte for byte', () => {
    const lines = FIXABLE.split('\n');
    // Every third line break CRLF, the rest LF, so both kinds sit around the fixed line.
    const mixed = lines
      .map((line, i) => (i < lines.length - 1 ? line + (i % 3 === 0 ? '\r\n' : '\n') : line))
      .join('');
    for (const text of [FIXABLE.replace(/\n/g, '\r\n'), mixed]) {
      const { dir, file } = scratchFile(text);
      expect(runCli(['lint', '--fix'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(text.replace(FORMER_NAME, CURRENT_NAME));
    }
  });

  // The loader reads lone-CR line breaks on the bounds branch (issue 12); until it does, a
  // CR-only file does not load, so there is nothing to fix.
  it.runIf(load(FIXED.replace(/\n/g, '\r')).declaration !== undefined)(
    'keeps CR-only line endings byte for byte',
    () => {
      const text = FIXABLE.replace(/\n/g, '\r');
      const { dir, file } = scratchFile(text);
      expect(runCli(['lint', '--fix'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(text.replace(FORMER_NAME, CURRENT_NAME));
    },
  );

  it("keeps the file's mode, and a link stays a link to the fixed file", () => {
    const { dir, file } = scratchFile(FIXABLE);
    chmodSync(file, 0o640);
    symlinkSync('privacy.yaml', join(dir, 'linked.yaml'));
    expect(runCli(['lint', '--fix', 'linked.yaml'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(lstatSync(join(dir, 'linked.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'linked.yaml'))).toBe('privacy.yaml');
    expect(readdirSync(dir).sort()).toEqual(['linked.yaml', 'privacy.yaml']);
  });

  it('under a file-size limit smaller than the file (ulimit -f): the file is untouched, one line, exit 2', () => {
    const { dir, file } = scratchFile(FIXABLE);
    expect(Buffer.byteLength(FIXABLE)).toBeGreaterThan(4 * 1024);
    const command = `ulimit -f 1; exec "$0" "$1" lint --fix privacy.yaml`;
    // stdin not a pipe: bash takes a piped stdin for a remote shell and reads ~/.bashrc.
    const run = spawnSync('bash', ['-c', command, process.execPath, cliPath], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    expect(run.stderr).toBe(
      `privacyspec: Cannot write ${file}: the file would exceed the size the system allows (EFBIG); nothing was changed.\n`,
    );
    expect(run.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['privacy.yaml']);
  });

  // root writes into a read-only folder regardless of its mode.
  it.skipIf(process.getuid?.() === 0)(
    'in a read-only folder: the file is untouched, one line, exit 2',
    () => {
      const { dir, file } = scratchFile(FIXABLE);
      chmodSync(dir, 0o555);
      try {
        const run = runCli(['lint', '--fix'], { cwd: dir });
        expect(run.stderr).toBe(
          `privacyspec: Cannot write ${file}: permission denied (EACCES); nothing was changed.\n`,
        );
        expect(run.status).toBe(2);
        expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  );

  it('a report written with --output-file over an existing one keeps its mode', () => {
    const { dir } = scratchFile(FIXED);
    const report = join(dir, 'report.json');
    writeFileSync(report, 'old');
    chmodSync(report, 0o600);
    expect(
      runCli(['lint', '--format', 'json', '--output-file', 'report.json'], { cwd: dir }).status,
    ).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toHaveLength(1);
    expect(statSync(report).mode & 0o777).toBe(0o600);
  });
});
