// What `npm pack` would publish: the built code and its contract, never tests, sources or fixtures.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.js';

function packedFiles(folder: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: join(repoRoot, folder),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files
    .map((f) => f.path)
    .sort();
}

/** The CLI bundle as built: the entry and the script it runs, nothing else. */
const cliBundle = (prefix: string) =>
  readdirSync(join(repoRoot, 'packages/linter/bin'))
    .filter((file) => file !== 'THIRD-PARTY-LICENSES.txt')
    .map((file) => `${prefix}bin/${file}`);

const forbidden = (file: string) =>
  /\.test\.|\/test-support\/|^src\/|^test\/|\.map$|\.tsbuildinfo$|\.vitest/.test(file);

describe('npm pack ships only what it should', () => {
  it('@privacyspec/schema: the built code, its types and the JSON Schema', () => {
    const files = packedFiles('packages/schema');
    expect(files).toContain('privacyspec.schema.json');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/generated/validate-declaration.js');
    expect(files).toContain('README.md');
    expect(files.filter(forbidden)).toEqual([]);
  });

  it('@privacyspec/linter: the built code, the CLI bundle and its licence notices, the rule docs and the config schema', () => {
    const files = packedFiles('packages/linter');
    for (const file of [
      ...cliBundle(''),
      'bin/THIRD-PARTY-LICENSES.txt',
      'dist/index.js',
      'dist/node.js',
      'privacyspec.config.schema.json',
      'docs/rules/retention-stated.md',
      'README.md',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter(forbidden)).toEqual([]);
  });

  it('@privacyspec/action: the bundle, every chunk of it, and its licence notices (action.yml is at the repository root)', () => {
    const chunks = readdirSync(join(repoRoot, 'packages/action/dist/chunks')).map(
      (chunk) => `dist/chunks/${chunk}`,
    );
    expect(chunks.length).toBeGreaterThan(0);
    expect(packedFiles('packages/action')).toEqual(
      [
        'README.md',
        'dist/THIRD-PARTY-LICENSES.txt',
        'dist/index.js',
        ...chunks,
        'package.json',
      ].sort(),
    );
  });

  it('the repository root (what pre-commit installs): only the CLI bundle and its licence notices, besides the metadata', () => {
    expect(cliBundle('').sort()).toEqual(['bin/cli.cjs', 'bin/privacyspec.cjs']);
    expect(packedFiles('.')).toEqual(
      [
        'LICENSE',
        'README.md',
        'package.json',
        'packages/linter/bin/THIRD-PARTY-LICENSES.txt',
        ...cliBundle('packages/linter/'),
      ].sort(),
    );
  });
});

describe('bundles carry the licence notices of the code they contain', () => {
  it.each([
    ['packages/linter', 'bin/THIRD-PARTY-LICENSES.txt'],
    ['packages/action', 'dist/THIRD-PARTY-LICENSES.txt'],
  ])('%s: every third-party runtime dependency has its notice in %s', (folder, notices) => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const text = readFileSync(join(repoRoot, folder, notices), 'utf8');
    // What the bundle script leaves external is installed with the package, not bundled.
    const script = readFileSync(join(repoRoot, folder, 'scripts', 'bundle.mjs'), 'utf8');
    const external = [
      ...(/external: \[([^\]]*)\]/.exec(script)?.[1] ?? '').matchAll(/'([^']+)'/g),
    ].map((match) => match[1]);
    const thirdParty = Object.keys(manifest.dependencies).filter(
      (name) => !name.startsWith('@privacyspec/') && !external.includes(name),
    );
    expect(thirdParty.length).toBeGreaterThan(0);
    for (const name of thirdParty)
      expect(text, name).toMatch(new RegExp(`^${name.replace(/[/.]/g, '\\$&')}@\\d`, 'm'));
    expect(text).toMatch(/Permission is hereby granted|Permission to use, copy, modify/);
  });
});
