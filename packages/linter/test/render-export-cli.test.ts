import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, runCli } from './run-cli.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'privacyspec-render-'));

describe('privacyspec render (the CLI as a process)', () => {
  it('writes a static HTML notice to standard output in the chosen language', () => {
    const run = runCli(['render', examplePath('model'), '--lang', 'de']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(run.stdout).toContain('id="purpose-order"');
    expect(run.stdout).toContain('Erfüllung eines Vertrags (Art. 6(1)(b) DSGVO)');
    expect(run.stdout).not.toMatch(/<script/i);
  });

  it('writes Markdown to --output-file, creating its folder', () => {
    const target = join(scratch(), 'site', 'notice.md');
    const run = runCli([
      'render',
      examplePath('model'),
      '--format',
      'markdown',
      '--lang',
      'en',
      '--output-file',
      target,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^# Privacy notice: Exempelbolaget Norrsken AB\n/);
  });

  it('exits 2 on a bad option value, with a did-you-mean', () => {
    const run = runCli(['render', examplePath('model'), '--format', 'htm']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      '--format must be one of html, markdown, not "htm". Did you mean html?',
    );
    expect(runCli(['render', examplePath('model'), '--lang', 'xx']).status).toBe(2);
    expect(runCli(['render']).status).toBe(2);
  });

  it('exits 2 on an invalid declaration, with the problem at its line and column', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'privacy.yaml'),
      'privacyspec: "1.0"\ncontroller: {name: X}\npurposes:\n  - id: a\n    legalBasis: contrakt\n',
    );
    const run = runCli(['render', 'privacy.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/privacy\.yaml:5:\d+: .*"contrakt".*Did you mean "contract"/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 on a file that does not exist', () => {
    const run = runCli(['render', 'missing.yaml'], { cwd: scratch() });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.yaml:1:1: The file was not found.');
  });
});

describe('privacyspec export (the CLI as a process)', () => {
  it('writes the Art. 30 record as CSV with a byte order mark', () => {
    const run = runCli(['export', examplePath('model'), '--format', 'ropa-csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(run.stdout).toContain('Time limits for erasure (Art. 30(1)(f))');
  });

  it('writes an XLSX workbook to --output-file, and refuses to write one to standard output', () => {
    const target = join(scratch(), 'record.xlsx');
    expect(
      runCli(['export', examplePath('model'), '--format', 'ropa-xlsx', '-o', target]).status,
    ).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    const toStdout = runCli(['export', examplePath('model'), '--format', 'ropa-xlsx']);
    expect(toStdout.status).toBe(2);
    expect(toStdout.stderr).toContain('--output-file');
  });

  it('writes DPV JSON-LD', () => {
    const run = runCli(['export', examplePath('model'), '--format', 'dpv-jsonld']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)['@context']['eu-gdpr']).toBe(
      'https://w3id.org/dpv/legal/eu/gdpr#',
    );
  });

  it('exits 2 without --format or with an unknown one', () => {
    expect(runCli(['export', examplePath('model')]).stderr).toContain('export needs --format');
    const run = runCli(['export', examplePath('model'), '--format', 'tilted']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be one of ropa-csv, ropa-xlsx, dpv-jsonld, tilt');
  });

  it('writes TILT, naming on standard error what TILT requires that the declaration lacks', () => {
    const model = runCli(['export', examplePath('model'), '--format', 'tilt']);
    expect(model.status).toBe(0);
    expect(model.stderr).toBe('');
    expect(JSON.parse(model.stdout).controller.country).toBe('SE');
    // dentalclean's notice names no country for the controller.
    const dental = runCli(['export', examplePath('dentalclean'), '--format', 'tilt']);
    expect(dental.status).toBe(0);
    expect(dental.stderr).toContain(
      'dentalclean/privacy.yaml: TILT requires controller.country as a two-letter country code (for the controller and its DPO); the declaration gives none',
    );
    expect(JSON.parse(dental.stdout).controller.country).toBe('');
  });
});

describe('privacyspec import (the CLI as a process)', () => {
  it('export --format tilt then import --from tilt gives a declaration that lints', () => {
    const dir = scratch();
    expect(
      runCli([
        'export',
        examplePath('model'),
        '--format',
        'tilt',
        '-o',
        join(dir, 'model.tilt.json'),
      ]).status,
    ).toBe(0);
    const run = runCli(['import', '--from', 'tilt', 'model.tilt.json', '-o', 'privacy.yaml'], {
      cwd: dir,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const yaml = readFileSync(join(dir, 'privacy.yaml'), 'utf8');
    expect(yaml).toMatch(/^# Imported from TILT document privacyspec:/);
    expect(yaml).toContain('legalBasis: contract');
    const lint = runCli(['lint', 'privacy.yaml', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(lint.stdout)[0].filePath).toContain('privacy.yaml');
    expect(lint.stderr).toBe('');
  });

  it('exits 2 on malformed JSON with the file, line and column, and without --from', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'broken.json'), '{\n  "meta": {\n    "name": "x",,\n  }\n}\n');
    const run = runCli(['import', '--from', 'tilt', 'broken.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^privacyspec: broken\.json:3:\d+: not JSON/);
    expect(run.stdout).toBe('');
    expect(runCli(['import', 'broken.json'], { cwd: dir }).stderr).toContain('import needs --from');
  });
});

describe('README render sample', () => {
  it('is the start of what `privacyspec render` prints today', () => {
    const command = 'privacyspec render examples/model/privacy.yaml --format markdown --lang sv';
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const sample = readme.split(`$ ${command}\n`)[1]?.split('\n…\n```')[0];
    expect(sample, 'the README shows the command and an excerpt ending in …').toBeDefined();
    expect(sample!.split('\n').length).toBeGreaterThan(20);
    const { stdout } = runCli(command.split(' ').slice(1));
    expect(stdout.startsWith(`${sample}\n`)).toBe(true);
  });
});
