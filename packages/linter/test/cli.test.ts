import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, runCli, scratchWith } from './run-cli.js';

const MINIMAL_CLEAN = readFileSync(examplePath('model'), 'utf8');

describe('privacyspec (the CLI as a process)', () => {
  it('prints its version and the reference data date', () => {
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^privacyspec \d+\.\d+\.\d+ \(GDPR reference data as of \d{4}-\d{2}-\d{2}\)\n$/,
    );
  });

  it('has help per command', () => {
    expect(runCli(['--help']).stdout).toContain('Commands:');
    const lintHelp = runCli(['lint', '--help']);
    expect(lintHelp.status).toBe(0);
    expect(lintHelp.stdout).toContain('--max-warnings');
    expect(runCli(['init', '--help']).stdout).toContain('--country');
  });

  it('exits 0 on a clean declaration and prints nothing', () => {
    const run = runCli(['lint', examplePath('model')]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 with stylish findings on a seed policy', () => {
    const run = runCli(['lint', examplePath('uni-micro-webshop')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('examples/uni-micro-webshop/privacy.yaml');
    expect(run.stdout).toMatch(/\n {2}\d+:\d+ +error +\S[^\n]*controller-identified\n/);
    expect(run.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?\)/);
  });

  it('prints ESLint-shaped JSON', () => {
    const run = runCli([
      'lint',
      '--format',
      'json',
      examplePath('uni-micro-webshop'),
      examplePath('model'),
    ]);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual([
        'errorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'warningCount',
      ]);
    }
    const message = (
      results.find((r) => String(r.filePath).includes('uni-micro'))!.messages as Array<
        Record<string, unknown>
      >
    )[0]!;
    expect(message).toMatchObject({
      ruleId: expect.any(String),
      severity: expect.stringMatching(/^(error|warning)$/),
      message: expect.any(String),
      path: expect.any(String),
      line: expect.any(Number),
      column: expect.any(Number),
      endLine: expect.any(Number),
      endColumn: expect.any(Number),
    });
  });

  it('lints every privacy.yaml below the current folder by default, skipping node_modules and .git', () => {
    const dir = scratchWith('model', 'dentalclean');
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'privacy.yaml'), 'not: [valid');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'privacy.yaml'), 'not: [valid');
    const run = runCli(['lint', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) =>
      r.filePath.slice(dir.length + 1),
    );
    expect(files).toEqual(['dentalclean/privacy.yaml', 'model/privacy.yaml']);
  });

  it('expands globs', () => {
    const dir = scratchWith('model', 'optimera');
    const run = runCli(['lint', '--format', 'json', '**/privacy.yaml'], { cwd: dir });
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
  });

  it('does not follow a symbolic-link loop under the lint root', () => {
    const dir = scratchWith('model');
    symlinkSync(dir, join(dir, 'model', 'loop'));
    const run = runCli(['lint'], { cwd: dir });
    expect(run.status).toBe(0);
  });

  it('reports bad input with file, line and column, and goes on to the next file', () => {
    const dir = scratchWith('model');
    writeFileSync(join(dir, 'broken.yaml'), 'privacyspec: "1.0"\ncontroller: [\n');
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01]));
    writeFileSync(
      join(dir, 'latin1.yaml'),
      Buffer.concat([
        Buffer.from('privacyspec: "1.0"\ncontroller:\n  name: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const run = runCli(
      [
        'lint',
        '--format',
        'json',
        'broken.yaml',
        'binary.yaml',
        'latin1.yaml',
        'model/privacy.yaml',
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string; line: number; column: number }>;
    }>;
    const byName = Object.fromEntries(
      results.map((r) => [r.filePath.slice(dir.length + 1), r.messages]),
    );
    expect(byName['broken.yaml']?.[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 3 });
    expect(byName['binary.yaml']?.[0]).toMatchObject({ ruleId: 'file', line: 1, column: 4 });
    expect(byName['latin1.yaml']?.[0]).toMatchObject({ ruleId: 'file', line: 3, column: 12 });
    expect(byName['model/privacy.yaml']).toEqual([]);
    expect(run.status).toBe(2);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const dir = scratchWith();
    writeFileSync(
      join(dir, 'privacy.yaml'),
      `privacyspec: "1.0"\n# ${'x'.repeat(32 * 1024 * 1024)}\n`,
    );
    const run = runCli(['lint', '--format', 'json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout) as Array<{
      messages: Array<{ ruleId: string; message: string; line: number; column: number }>;
    }>;
    expect(result?.messages).toEqual([
      expect.objectContaining({
        ruleId: 'file',
        line: 1,
        column: 1,
        message: expect.stringContaining('10 MB'),
      }),
    ]);
    expect(run.status).toBe(2);
    // --max-file-size raises the limit: the file is then read, and judged on its content.
    const raised = runCli(['lint', '--format', 'json', '--max-file-size', '40'], { cwd: dir });
    const ruleIds = (
      JSON.parse(raised.stdout) as Array<{ messages: Array<{ ruleId: string }> }>
    )[0]!.messages.map((m) => m.ruleId);
    expect(ruleIds).not.toContain('file');
    expect(ruleIds).toContain('schema');
    expect(runCli(['lint', '--max-file-size', 'big'], { cwd: dir }).stderr).toContain(
      '--max-file-size takes a whole number',
    );
  });

  it('reports a missing file and a folder named like a file without a stack trace', () => {
    const dir = scratchWith();
    mkdirSync(join(dir, 'privacy.yaml'));
    const missing = runCli(['lint', 'nope/privacy.yaml'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('The file was not found.');
    expect(missing.stdout + missing.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports an unreadable file (not testable as root, who reads everything)',
    () => {
      const dir = scratchWith('model');
      chmodSync(join(dir, 'model', 'privacy.yaml'), 0o000);
      const run = runCli(['lint', 'model/privacy.yaml'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toContain('permission denied');
    },
  );

  it('rejects unknown flags and commands with a did-you-mean and exit 2', () => {
    const flag = runCli(['lint', '--formt', 'json']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe(
      'privacyspec: Unknown option --formt for "privacyspec lint". Did you mean --format? See "privacyspec lint --help".\n',
    );
    const command = runCli(['lnit']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('Did you mean "lint"?');
    const format = runCli(['lint', '--format', 'sarf', examplePath('model')]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('Did you mean sarif?');
  });

  it('writes --output-file, creating a missing folder', () => {
    const dir = scratchWith('dentalclean');
    const run = runCli(['lint', '--format', 'json', '--output-file', 'reports/deep/out.json'], {
      cwd: dir,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'reports/deep/out.json'), 'utf8'))).toHaveLength(1);
  });

  it('--quiet shows errors only and --max-warnings turns warnings into a failure', () => {
    const dir = scratchWith();
    writeFileSync(join(dir, 'privacyspec.config.yaml'), 'rules:\n  controller-identified: warn\n');
    writeFileSync(
      join(dir, 'privacy.yaml'),
      MINIMAL_CLEAN.replace(/\n {2}email: .*\n/, '\n')
        .replace(/\n {2}address: .*\n/, '\n')
        .replace(/\n {2}phone: .*\n/, '\n'),
    );
    const loud = runCli(['lint', '--format', 'json'], { cwd: dir });
    const warnings = (JSON.parse(loud.stdout) as Array<{ warningCount: number }>)[0]!.warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(loud.status).toBe(0);
    expect(runCli(['lint', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(runCli(['lint', '--max-warnings', String(warnings)], { cwd: dir }).status).toBe(0);
    const quiet = runCli(['lint', '--quiet', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(quiet.stdout) as Array<{ messages: unknown[] }>)[0]!.messages).toEqual([]);
  });

  it('prints no colour codes when piped (useColor itself is unit-tested in src/cli/io.test.ts)', () => {
    const run = runCli(['lint', examplePath('uni-micro-webshop')], { env: { FORCE_COLOR: '1' } });
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('finds the nearest config upward, to the top of the git repository, and applies it', () => {
    const dir = scratchWith('uni-micro-webshop');
    // The project reaches up to the repository's top folder (outside git, the current folder).
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(
      join(dir, 'privacyspec.config.json'),
      JSON.stringify({ rules: { 'controller-identified': 'off' } }),
    );
    const run = runCli(['lint', '--format', 'json'], { cwd: join(dir, 'uni-micro-webshop') });
    const ruleIds = (
      JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>
    )[0]!.messages.map((m) => m.ruleId);
    expect(ruleIds).not.toContain('controller-identified');
  });

  it('extends strict: an explicit per-rule setting still wins over the preset', () => {
    const dir = scratchWith();
    writeFileSync(
      join(dir, 'privacyspec.config.yaml'),
      'extends: strict\nrules:\n  controller-identified: warn\n',
    );
    writeFileSync(
      join(dir, 'privacy.yaml'),
      'privacyspec: "1.0"\ncontroller: {name: X}\npurposes: []\n',
    );
    const run = runCli(['lint', '--format', 'json'], { cwd: dir });
    const messages = (
      JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>
    )[0]!.messages;
    expect(messages.find((m) => m.ruleId === 'controller-identified')?.severity).toBe('warning');
  });

  it('a bad config exits 2 with its file, line, column and a did-you-mean', () => {
    const dir = scratchWith('model');
    writeFileSync(
      join(dir, 'privacyspec.config.yaml'),
      'extends: recommended\nrules:\n  controler-identified: error\n',
    );
    const run = runCli(['lint'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /privacyspec\.config\.yaml:3:\d+: Unknown rule "controler-identified"; did you mean "controller-identified"\?/,
    );
    writeFileSync(join(dir, 'privacyspec.config.yaml'), 'extends: ./privacyspec.config.yaml\n');
    const selfReference = runCli(['lint'], { cwd: dir });
    expect(selfReference.status).toBe(2);
    expect(selfReference.stderr).toContain('"extends" must be one of recommended, strict');
    const missing = runCli(['lint', '--config', 'nowhere.yaml'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('honours disable comments with a reason and reports unused ones', () => {
    const dir = scratchWith();
    writeFileSync(
      join(dir, 'privacy.yaml'),
      'privacyspec: "1.0"\n# privacyspec-disable-next-line controller-identified -- the controller is named in the parent notice\ncontroller: {name: X}\n# privacyspec-disable-next-line controller-identified\npurposes: []\n',
    );
    const run = runCli(['lint', '--format', 'json'], { cwd: dir });
    const messages = (
      JSON.parse(run.stdout) as Array<{
        messages: Array<{ ruleId: string; line: number; message: string }>;
      }>
    )[0]!.messages;
    const relevant = messages.filter((m) =>
      ['disable-comment', 'controller-identified'].includes(m.ruleId),
    );
    expect(relevant.map((m) => [m.ruleId, m.line])).toEqual([
      ['disable-comment', 4],
      ['disable-comment', 4],
    ]);
    expect(relevant.map((m) => m.message).join('\n')).toMatch(
      /gives no reason[\s\S]*Unused disable comment/,
    );
  });

  describe('--fix', () => {
    const source = [
      '# Our privacy declaration. Keep this comment.',
      'privacyspec: "1.0"',
      'controller:',
      '  name: Exempel AB   # the legal name',
      '  email: dataskydd@exempel.se',
      '',
      'supervisoryAuthority:',
      "  name: 'Datainspektionen'  # where to complain",
      '  url: https://www.datainspektionen.se',
      'purposes: []',
      '',
    ].join('\n');

    it('replaces a former authority name in place, keeping everything else byte for byte', () => {
      const dir = scratchWith();
      writeFileSync(join(dir, 'privacy.yaml'), source);
      const run = runCli(['lint', '--fix', '--format', 'json'], { cwd: dir });
      const fixed = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
      expect(fixed).toBe(
        source
          .replace("'Datainspektionen'", "'Integritetsskyddsmyndigheten (IMY)'")
          .replace('https://www.datainspektionen.se', 'https://www.imy.se'),
      );
      const ruleIds = (
        JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>
      )[0]!.messages.map((m) => m.ruleId);
      expect(ruleIds).not.toContain('complaint-authority-named');
      // Idempotent: a second run changes nothing.
      runCli(['lint', '--fix'], { cwd: dir });
      expect(readFileSync(join(dir, 'privacy.yaml'), 'utf8')).toBe(fixed);
    });

    it('--fix-dry-run prints the diff and writes nothing; JSON carries the fix', () => {
      const dir = scratchWith();
      writeFileSync(join(dir, 'privacy.yaml'), source);
      const dry = runCli(['lint', '--fix-dry-run', '--format', 'json'], { cwd: dir });
      expect(dry.stdout).toContain("-  name: 'Datainspektionen'  # where to complain");
      expect(dry.stdout).toContain(
        "+  name: 'Integritetsskyddsmyndigheten (IMY)'  # where to complain",
      );
      expect(readFileSync(join(dir, 'privacy.yaml'), 'utf8')).toBe(source);
      const json = runCli(['lint', '--format', 'json'], { cwd: dir });
      const message = (
        JSON.parse(json.stdout) as Array<{
          messages: Array<{ ruleId: string; fix?: { range: [number, number]; text: string } }>;
        }>
      )[0]!.messages.find((m) => m.ruleId === 'complaint-authority-named');
      expect(message?.fix?.text).toContain('Integritetsskyddsmyndigheten (IMY)');
      expect(source.slice(...message!.fix!.range)).toContain("'Datainspektionen'");
    });
  });

  describe('init', () => {
    it('writes a starter declaration that lints clean, and refuses to overwrite it', () => {
      const dir = scratchWith();
      const first = runCli(['init'], { cwd: dir });
      expect(first.status).toBe(0);
      expect(existsSync(join(dir, 'privacy.yaml'))).toBe(true);
      const lint = runCli(['lint', '--format', 'json'], { cwd: dir });
      expect(JSON.parse(lint.stdout)).toEqual([
        expect.objectContaining({ errorCount: 0, warningCount: 0 }),
      ]);
      expect(lint.status).toBe(0);
      const second = runCli(['init'], { cwd: dir });
      expect(second.status).toBe(2);
      expect(second.stderr).toContain('already exists');
    });

    it('picks the supervisory authority of the country', () => {
      const dir = scratchWith();
      expect(runCli(['init', '--country', 'NO'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, 'privacy.yaml'), 'utf8')).toContain('datatilsynet.no');
      expect(runCli(['lint'], { cwd: dir }).status).toBe(0);
      const bad = runCli(['init', 'other.yaml', '--country', 'U1'], { cwd: dir });
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('ISO 3166-1 alpha-2');
    });

    it('creates missing folders, and points the modeline at the installed schema when there is one', () => {
      const dir = scratchWith();
      expect(runCli(['init', '.well-known/privacy.yaml'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, '.well-known', 'privacy.yaml'), 'utf8').split('\n')[0]).toBe(
        `# yaml-language-server: $schema=${(JSON.parse(readFileSync(join(repoRoot, 'packages/schema/privacyspec.schema.json'), 'utf8')) as { $id: string }).$id}`,
      );
      mkdirSync(join(dir, 'node_modules', '@privacyspec', 'schema'), { recursive: true });
      writeFileSync(
        join(dir, 'node_modules', '@privacyspec', 'schema', 'privacyspec.schema.json'),
        '{}',
      );
      expect(runCli(['init', 'legal/privacy.yaml'], { cwd: dir }).status).toBe(0);
      expect(readFileSync(join(dir, 'legal', 'privacy.yaml'), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../node_modules/@privacyspec/schema/privacyspec.schema.json',
      );
    });
  });
});
