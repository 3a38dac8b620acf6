// What a user copies from the README must exist once a release has run: the workflows are
// valid GitHub Actions syntax, the `uses:` line names a committed action.yml, the pre-commit
// `rev:` is a tag the release workflow creates, and the schema URL is one the Pages workflow
// publishes.
import { validateAction, validateWorkflow } from '@action-validator/core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const readme = read('README.md');
const workflowFiles = [
  ...readdirSync(join(repoRoot, '.github/workflows')).map((file) => `.github/workflows/${file}`),
  ...readdirSync(join(repoRoot, 'examples/workflows')).map((file) => `examples/workflows/${file}`),
];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
const steps = (path: string): Step[] =>
  Object.values((parse(read(path)) as { jobs: Record<string, { steps?: Step[] }> }).jobs).flatMap(
    (job) => job.steps ?? [],
  );

describe('GitHub workflows and the action', () => {
  it.each(workflowFiles)('%s is a valid workflow', (path) => {
    expect(validateWorkflow(read(path)).errors).toEqual([]);
  });

  it('the repository root has a valid action.yml that runs the committed bundle', () => {
    // action-validator 0.6.0's schema predates `using: node24` (its enum stops at node20): the
    // rest of the file is validated by it, and `using` is checked here.
    expect(
      validateAction(read('action.yml').replace(/^ {2}using: node24$/m, '  using: node20')).errors,
    ).toEqual([]);
    const action = parse(read('action.yml')) as { runs: { using: string; main: string } };
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(repoRoot, action.runs.main))).toBe(true);
  });

  it('ci.yml runs .ci/run on every Node.js version the packages support', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: { test: { strategy: { matrix: { node: number[] } } } };
    };
    const engines = JSON.parse(read('packages/linter/package.json')) as {
      engines: { node: string };
    };
    const majors = ci.jobs.test.strategy.matrix.node;
    expect(steps('.github/workflows/ci.yml').some((step) => step.run === 'bash .ci/run')).toBe(
      true,
    );
    for (const major of [20, 22, 24]) expect(majors).toContain(major);
    // Every version tested satisfies engines, and engines starts at the oldest one tested.
    expect(engines.engines.node).toBe(`>=${Math.min(...majors)}`);
  });
});

describe('the README names what a release creates', () => {
  const release = read('.github/workflows/release.yml');

  it('the pre-commit rev is a vX.Y.Z tag the release workflow creates, for a version that is released or pending', () => {
    const rev = /^\s+rev: (v(\d+)\.(\d+)\.(\d+))$/m.exec(readme);
    expect(rev, 'a rev: line in the README').not.toBeNull();
    expect(release).toContain('git tag -a "v${version}"');
    expect(rev![1]).toBe(`v${nextVersion()}`);
  });

  it('the Action `uses:` line pins the major tag the release workflow moves, and names the root action.yml', () => {
    const uses = [...readme.matchAll(/^- uses: ([\w-]+\/[\w-]+)(\/[\w/-]+)?@(v\d+)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, repo, subPath, tag] of uses) {
      expect(repo).toBe('privacyspec/privacyspec');
      expect(existsSync(join(repoRoot, subPath ?? '', 'action.yml'))).toBe(true);
      expect(tag).toBe(`v${nextVersion().split('.')[0]}`);
    }
    expect(release).toContain('major="v${version%%.*}"');
    expect(release).toContain('git push --force origin "${major}"');
  });

  it('publishes with provenance through trusted publishing, from tarballs pnpm packed', () => {
    const releaseSteps = steps('.github/workflows/release.yml');
    const changesets = releaseSteps.find((step) => step.uses?.startsWith('changesets/action@'));
    expect(changesets?.with?.publish).toBe('node scripts/publish.mjs');
    const publish = read('scripts/publish.mjs');
    expect(publish).toContain("'pack'");
    expect(publish).toContain("'--provenance'");
    expect(
      (parse(release) as { jobs: { release: { permissions: Record<string, string> } } }).jobs
        .release.permissions['id-token'],
    ).toBe('write');
  });

  it('the schema $id, the README modeline and the config schema are URLs the Pages workflow publishes', () => {
    const pages = read('.github/workflows/pages.yml');
    const base = 'https://privacyspec.github.io/privacyspec/';
    const published = [...pages.matchAll(/^\s+cp (\S+) site\/(\S+)$/gm)].map(([, from, to]) => [
      from!,
      to!.endsWith('/') ? `${to}${from!.split('/').pop()}` : to!,
    ]);
    for (const schema of [
      'packages/schema/privacyspec.schema.json',
      'packages/linter/privacyspec.config.schema.json',
    ]) {
      const { $id } = JSON.parse(read(schema)) as { $id: string };
      const site = published.find(([from]) => from === schema)?.[1];
      expect(site, `${schema} is copied into the site`).toBeDefined();
      expect($id).toBe(`${base}${site}`);
    }
    const { $id } = JSON.parse(read('packages/schema/privacyspec.schema.json')) as { $id: string };
    expect(readme).toContain(`$schema=${$id}`);
    const catalog = JSON.parse(read('docs/schemastore-catalog.json')) as {
      schemas: Array<{ url: string }>;
    };
    expect(catalog.schemas.map((entry) => entry.url).sort()).toEqual(
      ['packages/linter/privacyspec.config.schema.json', 'packages/schema/privacyspec.schema.json']
        .map((path) => (JSON.parse(read(path)) as { $id: string }).$id)
        .sort(),
    );
  });
});

/** The version the next release publishes: the current one, bumped by the largest pending changeset. */
function nextVersion(): string {
  const current = (JSON.parse(read('packages/linter/package.json')) as { version: string }).version;
  const bumps = readdirSync(join(repoRoot, '.changeset'))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .flatMap((file) =>
      [
        ...read(`.changeset/${file}`).matchAll(
          /^['"]@privacyspec\/\w+['"]: (major|minor|patch)$/gm,
        ),
      ].map((match) => match[1]!),
    );
  const [major, minor, patch] = current.split('.').map(Number) as [number, number, number];
  if (bumps.includes('major')) return `${major + 1}.0.0`;
  if (bumps.includes('minor')) return `${major}.${minor + 1}.0`;
  if (bumps.includes('patch')) return `${major}.${minor}.${patch + 1}`;
  return current;
}
