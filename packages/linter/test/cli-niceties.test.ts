// The CLI as people expect it (issue 11, item 4), run as a process.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, examplePath, runCli, scratchWith } from './run-cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs the CLI on a pseudo-terminal (util-linux `script`), as a person at a terminal does. */
function runOnTerminal(args: string[], cwd: string): { status: number | null; stdout: string } {
  const command = [process.execPath, cliPath, ...args]
    .map((part) => `'${part.replace(/'/g, "'\\''")}'`)
    .join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TERM: 'xterm' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout.replace(/\r\n/g, '\n') };
}

describe('privacyspec, as people expect', () => {
  it('reports a privacyspec-disable directive it does not have', () => {
    const dir = scratchWith();
    writeFileSync(
      join(dir, 'privacy.yaml'),
      `${readFileSync(examplePath('model'), 'utf8')}# privacyspec-disable-line retention-stated -- not a directive PrivacySpec has\n`,
    );
    const run = runCli(['lint', '--format', 'json'], { cwd: dir });
    const messages = (
      JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[]
    )[0]!.messages;
    expect(messages.filter((m) => m.ruleId === 'disable-comment').map((m) => m.message)).toEqual([
      'Unknown directive "privacyspec-disable-line": it silences nothing. PrivacySpec has only privacyspec-disable-next-line, on the line before the finding: # privacyspec-disable-next-line <rule-id> -- reason.',
    ]);
  });

  it.runIf(hasScript)(
    'says in one line on a terminal when nothing is found, and after --fix',
    () => {
      const dir = scratchWith('model', 'dentalclean');
      const clean = runOnTerminal(['lint', 'model'], dir);
      expect(clean.stdout).toBe('1 declaration checked, no problems.\n');
      expect(clean.status).toBe(0);
      // Piped, a clean run stays silent (for scripts).
      expect(runCli(['lint', 'model'], { cwd: dir }).stdout).toBe('');

      writeFileSync(
        join(dir, 'fixable.yaml'),
        readFileSync(examplePath('model'), 'utf8').replace(
          /name: Integritetsskyddsmyndigheten \(IMY\)/,
          'name: Datainspektionen',
        ),
      );
      const fixed = runOnTerminal(['lint', '--fix', 'fixable.yaml'], dir);
      expect(fixed.stdout).toContain('Fixed 1 problem.');
      expect(fixed.stdout).toContain('1 declaration checked, no problems.');
      expect(runOnTerminal(['lint', 'fixable.yaml'], dir).stdout).toBe(
        '1 declaration checked, no problems.\n',
      );
    },
  );

  it('gets plurals right', () => {
    const dir = scratchWith();
    writeFileSync(
      join(dir, 'privacy.yaml'),
      `${readFileSync(examplePath('model'), 'utf8')}# privacyspec-enable\n`,
    );
    const run = runCli(['lint', '--max-warnings', '0'], { cwd: dir });
    expect(run.stderr).toBe('PrivacySpec found 1 warning, more than --max-warnings 0.\n');
    expect(run.stdout).toContain('1 problem (0 errors, 1 warning)');
  });

  it('says "not found" for a missing file', () => {
    const run = runCli(['lint', 'nowhere/privacy.yaml'], { cwd: scratchWith() });
    expect(run.stdout).toContain('The file was not found.');
    expect(run.stdout).not.toContain('deleted while linting');
    expect(run.status).toBe(2);
  });

  it('lists every config error, and suggests warn for warning', () => {
    const dir = scratchWith();
    copyFileSync(examplePath('model'), join(dir, 'privacy.yaml'));
    writeFileSync(
      join(dir, 'privacyspec.config.yaml'),
      'extends: strikt\nrules:\n  retention-stated: warning\n  rights-complet: error\n',
    );
    const run = runCli(['lint'], { cwd: dir });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(run.stderr).toContain('"extends" must be one of recommended, strict, not "strikt".');
    expect(run.stderr).toMatch(
      /privacyspec\.config\.yaml:3:\d+: The setting for "retention-stated" must be off, warn or error, not "warning"; did you mean "warn"\?/,
    );
    expect(run.stderr).toContain('Unknown rule "rights-complet"; did you mean "rights-complete"?');
  });
});
