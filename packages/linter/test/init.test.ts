// `privacyspec init` as a process: folders, regions (German Länder) and controllers outside the EEA.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratchWith } from './run-cli.js';

interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: Array<{ ruleId: string | null; severity: string; message: string }>;
}

function lintJson(dir: string, files: string[]): LintResult[] {
  const run = runCli(['lint', '--format', 'json', ...files], { cwd: dir });
  return JSON.parse(run.stdout) as LintResult[];
}

const LAND_CODES = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
];

describe('privacyspec init', () => {
  it('creates missing folders for the file it writes', () => {
    const dir = scratchWith();
    const run = runCli(['init', 'site/.well-known/privacy.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'site', '.well-known', 'privacy.yaml'))).toBe(true);
    expect(lintJson(dir, ['site/.well-known/privacy.yaml'])).toEqual([
      expect.objectContaining({ errorCount: 0, warningCount: 0 }),
    ]);
  });

  it('says so when a file stands where a folder is needed', () => {
    const dir = scratchWith();
    expect(runCli(['init', 'taken.yaml'], { cwd: dir }).status).toBe(0);
    const run = runCli(['init', 'taken.yaml/privacy.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^privacyspec: Cannot (create the folder|write) .*taken\.yaml/);
    expect(run.stderr).not.toContain('    at ');
  });

  it('names the Land authority for companies with --country DE --region, for each of the 16 Länder', () => {
    const dir = scratchWith();
    for (const code of LAND_CODES) {
      expect(
        runCli(['init', `de-${code}.yaml`, '--country', 'DE', '--region', `DE-${code}`], {
          cwd: dir,
        }).status,
        code,
      ).toBe(0);
    }
    const files = LAND_CODES.map((code) => `de-${code}.yaml`);
    // Every Land authority's name is one the linter knows: no "unknown authority" warning.
    for (const result of lintJson(dir, files)) {
      expect(result, result.filePath).toEqual(
        expect.objectContaining({ errorCount: 0, warningCount: 0 }),
      );
    }
    const hamburg = readFileSync(join(dir, 'de-HH.yaml'), 'utf8');
    expect(hamburg).toContain(
      'name: "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit"',
    );
    expect(hamburg).toContain('url: https://datenschutz-hamburg.de');
    expect(hamburg).toMatch(/^ {2}country: DE$/m);
  });

  it('takes a Land by bare code or by name, and picks BayLDA (private bodies) in Bavaria', () => {
    const dir = scratchWith();
    for (const [file, region] of [
      ['a.yaml', 'BY'],
      ['b.yaml', 'Bayern'],
      ['c.yaml', 'bavaria'],
    ]) {
      expect(
        runCli(['init', file!, '--country', 'de', '--region', region!], { cwd: dir }).status,
        region,
      ).toBe(0);
      const text = readFileSync(join(dir, file!), 'utf8');
      expect(text, region).toContain('Bayerisches Landesamt für Datenschutzaufsicht');
      expect(text, region).toContain('https://www.lda.bayern.de');
      expect(text, region).not.toContain('datenschutz-bayern.de');
    }
  });

  it('suggests the Land for a typo and writes nothing', () => {
    const dir = scratchWith();
    const run = runCli(['init', '--country', 'DE', '--region', 'Bayren'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown region "Bayren" for DE. Did you mean "Bayern"?');
    expect(existsSync(join(dir, 'privacy.yaml'))).toBe(false);
    const code = runCli(['init', '--country', 'DE', '--region', 'DE-XX'], { cwd: dir });
    expect(code.status).toBe(2);
    expect(code.stderr).toContain('Use an ISO 3166-2 code (DE-BW … DE-TH)');
  });

  it('refuses --region without --country DE, or for a country without regional authorities', () => {
    const dir = scratchWith();
    const alone = runCli(['init', '--region', 'BY'], { cwd: dir });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('--region needs --country (DE)');
    for (const country of ['SE', 'US']) {
      const run = runCli(['init', '--country', country, '--region', 'BY'], { cwd: dir });
      expect(run.status, country).toBe(2);
      expect(run.stderr, country).toContain(`${country} has none`);
    }
    expect(existsSync(join(dir, 'privacy.yaml'))).toBe(false);
  });

  it('points to --region when Germany is given without one', () => {
    const dir = scratchWith();
    const run = runCli(['init', '--country', 'DE'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('pass --region');
    expect(readFileSync(join(dir, 'privacy.yaml'), 'utf8')).toContain('https://www.bfdi.bund.de');
  });

  it('accepts a controller outside the EEA: a representative placeholder, no guessed authority', () => {
    const dir = scratchWith();
    const run = runCli(['init', '--country', 'US'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('representative in the EEA (Art. 27)');
    const text = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    expect(text).toMatch(/^ {2}country: US$/m);
    expect(text).toMatch(/^representative: +# Art\. 27/m);
    // No authority is written, only the commented place for it.
    expect(text).not.toMatch(/^supervisoryAuthority:/m);
    expect(text).toMatch(/^# supervisoryAuthority:/m);
    expect(text).not.toMatch(
      /https:\/\/(www\.)?(imy\.se|cnil\.fr|dataprotection\.ie|bfdi\.bund\.de)/,
    );
    // Lint asks for the authority (Art. 77) and nothing else.
    const [result] = lintJson(dir, ['privacy.yaml']);
    expect(result?.errorCount).toBe(0);
    expect(result?.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['complaint-authority-named', 'warning'],
    ]);
  });

  it('does not guess for a territory whose place in the EEA is unverified', () => {
    const dir = scratchWith();
    const run = runCli(['init', '--country', 'RE'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--country FR');
    expect(existsSync(join(dir, 'privacy.yaml'))).toBe(false);
  });

  it('still refuses what is not a country code', () => {
    const dir = scratchWith();
    const run = runCli(['init', '--country', 'Germany'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ISO 3166-1 alpha-2');
    expect(existsSync(join(dir, 'privacy.yaml'))).toBe(false);
  });
});
