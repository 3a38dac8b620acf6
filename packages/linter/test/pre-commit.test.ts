// The real pre-commit framework (Debian's pre-commit; .ci/run installs it when absent)
// installs this repository as a hook with `try-repo` and runs it on a scratch repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, repoRoot } from './run-cli.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe.runIf(hasPreCommit || process.env.CI)('pre-commit hook', () => {
  let home: string;
  beforeAll(() => {
    // One cache for the suite: pre-commit installs the hook environment (npm install) once.
    home = mkdtempSync(join(tmpdir(), 'privacyspec-pre-commit-home-'));
  });

  const tryRepo = (declaration: string) => {
    const repo = mkdtempSync(join(tmpdir(), 'privacyspec-pre-commit-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    copyFileSync(declaration, join(repo, 'privacy.yaml'));
    writeFileSync(join(repo, 'README.md'), 'not a declaration\n');
    git('add', '.');
    return spawnSync(
      'pre-commit',
      ['try-repo', repoRoot, 'privacyspec', '--all-files', '--verbose'],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, PRE_COMMIT_HOME: join(home, 'cache'), NO_COLOR: '1' },
        timeout: 180_000,
      },
    );
  };

  it('passes a clean declaration', () => {
    const run = tryRepo(examplePath('model'));
    expect(run.stdout).toMatch(/PrivacySpec \(GDPR privacy declarations\)\.+Passed/);
    expect(run.status).toBe(0);
  }, 240_000);

  it('fails the uni-micro-webshop example and names complaint-authority-named', () => {
    const run = tryRepo(examplePath('uni-micro-webshop'));
    expect(run.stdout).toMatch(/PrivacySpec \(GDPR privacy declarations\)\.+Failed/);
    expect(run.stdout).toContain('complaint-authority-named');
    expect(run.stdout).toContain('privacy.yaml');
    expect(run.status).toBe(1);
  }, 240_000);
});
