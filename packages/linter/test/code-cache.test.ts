// The CLI's code cache (src/cli/bin.ts, issue 12): a run writes it, later runs read it, and a
// cache that is missing, damaged or in a folder others can write to changes nothing a user sees.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, examplePath, repoRoot, runCli, type CliRun } from './run-cli.js';

const lintArgs = ['lint', '--format', 'json', examplePath('model')];
const uid = process.getuid?.();
const folderName = `privacyspec-cache-${uid ?? 'user'}`;

/** A run with its own temporary folder, so the cache it finds is the test's. */
function runWithTemp(temp: string, args = lintArgs): CliRun {
  return runCli(args, { env: { TMPDIR: temp } });
}

const uncached = runCli(lintArgs, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });

/** FNV-1a over little-endian 32-bit words, zero-padded: what src/cli/cache-checksum.ts runs as WebAssembly. */
function fnv1aWords(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let hash = 0x811c9dc5;
  for (let at = 0; at < padded.length; at += 4)
    hash = Math.imul(hash ^ padded.readInt32LE(at), 16777619);
  return hash >>> 0;
}

/** A cache file as the CLI writes it: the checksum of the code cache, then the code cache. */
function isWholeCache(content: Buffer): boolean {
  return content.length > 1000 && content.readUInt32LE(0) === fnv1aWords(content.subarray(4));
}

function expectSameAsUncached(run: CliRun): void {
  expect(run.stderr).toBe('');
  expect(run.status).toBe(uncached.status);
  expect(run.stdout).toBe(uncached.stdout);
}

describe('the code cache', () => {
  it('is written by the first run of a command and read, not rewritten, by the next', () => {
    expect(uncached.stdout).toContain('"filePath"');
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    expectSameAsUncached(runWithTemp(temp));
    const folder = join(temp, folderName);
    const files = readdirSync(folder);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(
      new RegExp(`^[0-9a-f]{32}-${process.version}-${process.arch}-lint\\.bin$`),
    );
    if (uid !== undefined) expect(statSync(folder).mode & 0o777).toBe(0o700);
    const written = statSync(join(folder, files[0]!));

    expectSameAsUncached(runWithTemp(temp));
    const after = statSync(join(folder, files[0]!));
    expect(after.mtimeMs).toBe(written.mtimeMs);
    expect(after.ino).toBe(written.ino);

    // Another command has a cache of its own.
    const version = runWithTemp(temp, ['--version']);
    expect(version.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([files[0], files[0]!.replace('-lint.', '-other.')]);
  });

  it.each([
    [
      'damaged',
      (data: Buffer) =>
        Buffer.concat([data.subarray(0, 100), Buffer.from('x'), data.subarray(101)]),
    ],
    ['cut short', (data: Buffer) => data.subarray(0, data.length >> 1)],
    ['empty', () => Buffer.alloc(0)],
  ])('that is %s is ignored and written anew', (_, spoil) => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    runWithTemp(temp);
    const folder = join(temp, folderName);
    const file = join(folder, readdirSync(folder)[0]!);
    const good = readFileSync(file);
    expect(isWholeCache(good)).toBe(true);
    writeFileSync(file, spoil(good));

    expectSameAsUncached(runWithTemp(temp));
    expect(isWholeCache(readFileSync(file))).toBe(true);
  });

  it('is not written by a run that could not do its work (exit code 2)', () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    const failed = runWithTemp(temp, ['lint', join(temp, 'missing.yaml')]);
    expect(failed.status).toBe(2);
    expect(readdirSync(join(temp, folderName))).toEqual([]);
    // The next run that lints writes it.
    expectSameAsUncached(runWithTemp(temp));
    expect(readdirSync(join(temp, folderName))).toHaveLength(1);
  });

  it("tidies away other versions' caches untouched for a month when it writes its own", () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    const folder = join(temp, folderName);
    mkdirSync(folder, { mode: 0o700 });
    const old = join(folder, `${'0'.repeat(32)}-v20.0.0-x64-lint.bin`);
    const recent = join(folder, `${'1'.repeat(32)}-v20.0.0-x64-lint.bin`);
    writeFileSync(old, 'old');
    writeFileSync(recent, 'recent');
    const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(old, fortyDaysAgo, fortyDaysAgo);

    expectSameAsUncached(runWithTemp(temp));
    const left = readdirSync(folder);
    expect(left).toContain('1'.repeat(32) + '-v20.0.0-x64-lint.bin');
    expect(left).not.toContain('0'.repeat(32) + '-v20.0.0-x64-lint.bin');
    expect(left).toHaveLength(2);
  });

  it.runIf(uid !== undefined)('is not used from a folder others can write to', () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    const folder = join(temp, folderName);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    expectSameAsUncached(runWithTemp(temp));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is skipped when its folder cannot be made', () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    writeFileSync(join(temp, folderName), 'not a folder');
    expectSameAsUncached(runWithTemp(temp));
  });

  it('is not used without WebAssembly (node --jitless), which its checksum needs', () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    const run = spawnSync(process.execPath, ['--jitless', cliPath, ...lintArgs], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', TMPDIR: temp },
      encoding: 'utf8',
    });
    // V8's own notice that --jitless turns WebAssembly off is all it adds.
    const stderr = run.stderr.replace(/^Warning: disabling flag --expose_wasm.*\n/m, '');
    expectSameAsUncached({ status: run.status, stdout: run.stdout, stderr });
    expect(readdirSync(temp)).toEqual([]);
  });

  it('is not used when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const temp = mkdtempSync(join(tmpdir(), 'privacyspec-cache-test-'));
    const run = runCli(lintArgs, { env: { TMPDIR: temp, NODE_DISABLE_COMPILE_CACHE: '1' } });
    expectSameAsUncached(run);
    expect(readdirSync(temp)).toEqual([]);
  });
});
