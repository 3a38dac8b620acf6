// How the CLI writes its report (src/cli/process-io.ts): straight to a pipe or a file, and
// through Node's stream when a non-blocking pipe is full; a reader that stops early ends it
// quietly. Real processes, real pipes and files.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, examplePath, repoRoot, runCli } from './run-cli.js';

/** A folder of `count` copies of an example with findings: a JSON report of about count × 7 KB. */
function manyDeclarations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacyspec-output-'));
  for (let i = 0; i < count; i++)
    cpSync(examplePath('aurora-optimal'), join(dir, `d${i}`, 'privacy.yaml'));
  return dir;
}

const hasPython = spawnSync('python3', ['-c', '']).status === 0;

describe('standard output', () => {
  it('writes the same report to a file as to a pipe', () => {
    const args = ['lint', '--format', 'json', examplePath('aurora-optimal')];
    const piped = runCli(args);
    const file = join(mkdtempSync(join(tmpdir(), 'privacyspec-output-')), 'report.json');
    const fd = openSync(file, 'w');
    const toFile = spawnSync(process.execPath, [cliPath, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    });
    closeSync(fd);
    expect(piped.stdout).toContain('complaint-authority-named');
    expect(toFile.stderr).toBe('');
    expect(toFile.status).toBe(piped.status);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
  });

  it('ends quietly when the reader stops early', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacyspec-output-'));
    // The report (about 200 KB) is more than the pipe holds, so the CLI meets the closed pipe.
    const run = spawnSync(
      'sh',
      [
        '-c',
        `{ "${process.execPath}" "${cliPath}" lint --format json examples 2>"$1"; echo "exit $?" >"$2"; } | head -c 100 >/dev/null; cat "$1" "$2"`,
        'sh',
        join(dir, 'stderr'),
        join(dir, 'status'),
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    // Nothing on standard error, and the exit code lint had so far (0: it had not finished).
    expect(run.stdout).toBe('exit 0\n');
  });

  // A parent that hands the CLI a non-blocking pipe (Node's own children get blocking ones):
  // Python sets O_NONBLOCK on it and execs the CLI, whose report is larger than the pipe holds.
  it.runIf(hasPython)(
    'waits for a full non-blocking pipe instead of failing',
    async () => {
      const dir = manyDeclarations(150);
      const child = spawn(
        'python3',
        [
          '-c',
          'import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])',
          process.execPath,
          cliPath,
          'lint',
          '--format',
          'json',
        ],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Read nothing until the report has begun to arrive, and a little longer: the CLI has met
      // the full pipe by then (it writes the report at once).
      await new Promise<void>((resolve) => {
        child.stdout.once('readable', () => setTimeout(resolve, 300));
        child.once('exit', () => resolve());
      });
      const chunks: Buffer[] = [];
      const drain = () => {
        for (let chunk; (chunk = child.stdout.read() as Buffer | null) !== null;)
          chunks.push(chunk);
      };
      child.stdout.on('readable', drain);
      drain();
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(status).toBe(1);
      const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[];
      expect(report).toHaveLength(150);
    },
    60_000,
  );
});
