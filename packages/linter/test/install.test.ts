// Installs PrivacySpec as a user would: the tarballs `pnpm pack` makes (what the release
// publishes), into a fresh project, with npm, pnpm and yarn. Nothing is fetched from the
// registry under PrivacySpec's names: the project pins @privacyspec/schema, render and vendors to the
// local tarballs for the linter's dependencies too. Their own dependencies (yaml, diff…) come from
// the registry, as they would for a user.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, repoRoot } from './run-cli.js';

const PNPM = ['-y', 'pnpm@12'];
const YARN = ['-y', 'yarn@1.22.22'];
let packs: string;
const PACKAGES = ['schema', 'render', 'vendors', 'linter'] as const;
type PackageName = (typeof PACKAGES)[number];
const tarball = (name: PackageName) =>
  readdirSync(packs).find((file) => file.startsWith(`privacyspec-${name}-`))!;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A fresh project that depends on both tarballs, with the manager's way of pinning the linter's schema to the local one. */
function scratchProject(manager: 'npm' | 'pnpm' | 'yarn'): string {
  const dir = mkdtempSync(join(tmpdir(), `privacyspec-install-${manager}-`));
  for (const name of PACKAGES) copyFileSync(join(packs, tarball(name)), join(dir, tarball(name)));
  const specs = Object.fromEntries(
    PACKAGES.map((name) => [`@privacyspec/${name}`, `file:${tarball(name)}`]),
  );
  const pinned = Object.keys(specs).filter((name) => name !== '@privacyspec/linter');
  const manifest: Record<string, unknown> = {
    name: 'scratch',
    private: true,
    type: 'module',
    devDependencies: specs,
  };
  if (manager === 'npm')
    manifest.overrides = Object.fromEntries(pinned.map((name) => [name, `$${name}`]));
  if (manager === 'yarn')
    manifest.resolutions = Object.fromEntries(pinned.map((name) => [name, specs[name]]));
  if (manager === 'pnpm')
    writeFileSync(
      join(dir, 'pnpm-workspace.yaml'),
      `overrides:\n${pinned.map((name) => `  '${name}': '${specs[name]}'\n`).join('')}`,
    );
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  copyFileSync(examplePath('model'), join(dir, 'privacy.yaml'));
  copyFileSync(examplePath('dentalclean'), join(dir, 'dentalclean.yaml'));
  return dir;
}

beforeAll(() => {
  packs = mkdtempSync(join(tmpdir(), 'privacyspec-packs-'));
  for (const name of PACKAGES) {
    execFileSync('npx', [...PNPM, 'pack', '--pack-destination', packs], {
      cwd: join(repoRoot, 'packages', name),
      stdio: 'ignore',
    });
  }
}, 240_000);

describe('pnpm pack makes tarballs that install anywhere', () => {
  it('rewrites workspace: and catalog: versions into real ones', () => {
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', join(packs, tarball('linter')), 'package/package.json'], {
        encoding: 'utf8',
      }),
    ) as { version: string; dependencies: Record<string, string> };
    expect(manifest.dependencies['@privacyspec/schema']).toBe(manifest.version);
    expect(
      Object.values(manifest.dependencies).filter((spec) => /^(workspace|catalog):/.test(spec)),
    ).toEqual([]);
  });

  const installs = {
    npm: ['npm', ['install', '--no-audit', '--no-fund']],
    pnpm: ['npx', [...PNPM, 'install']],
    // yarn 1 caches a file: tarball by name and version, so a shared cache would install an
    // earlier build of the same version: each run gets a cache of its own.
    yarn: ['npx', [...YARN, 'install', '--non-interactive', '--cache-folder', '.yarn-cache']],
  } as const;

  for (const [manager, [command, args]] of Object.entries(installs)) {
    it(`installs with ${manager}; npx privacyspec lints and the API imports`, () => {
      const dir = scratchProject(manager as keyof typeof installs);
      const install = run(command, [...args], dir);
      expect(install.status, install.output).toBe(0);

      const clean = run('npx', ['--no-install', 'privacyspec', 'lint', 'privacy.yaml'], dir);
      expect(clean.status, clean.output).toBe(0);
      const defective = run(
        'npx',
        ['--no-install', 'privacyspec', 'lint', 'dentalclean.yaml'],
        dir,
      );
      expect(defective.status, defective.output).toBe(1);
      expect(defective.output).toMatch(/complaint-authority-named/);

      // The ESM API: lint text and read the schema's reference data, as a browser bundle would.
      const api = run(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { lintText } from '@privacyspec/linter'; import { load } from '@privacyspec/schema'; import { readFileSync } from 'node:fs';" +
            "const text = readFileSync('dentalclean.yaml', 'utf8'); const result = lintText(text);" +
            'console.log(JSON.stringify({ errors: result.errorCount, loaded: load(text).declaration !== undefined }));',
        ],
        dir,
      );
      expect(api.status, api.output).toBe(0);
      const summary = JSON.parse(api.output) as { errors: number; loaded: boolean };
      expect(summary.loaded).toBe(true);
      expect(summary.errors).toBeGreaterThan(0);
    }, 300_000);
  }
});
