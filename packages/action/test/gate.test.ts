// The Action's gate, the same as `privacyspec diff`'s (packages/linter/test/diff-gate.test.ts):
// the bundle on Node 24 against the fake REST API (issue 11, items 2 and 3).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffEntry, FakeGitHub } from './fake-github.js';
import { BASE_SHA, example, HEAD_SHA, makeWorkspace, PR_NUMBER } from './fixtures.js';
import {
  commands,
  MARKER,
  OWNER,
  pullRequestPayload,
  REPO,
  requireBundle,
  runAction,
  TOKEN,
} from './run-action.js';

const payload = pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA);

let github: FakeGitHub;
let workspace: string;

beforeAll(requireBundle);

afterEach(async () => {
  await github.stop();
  await rm(workspace, { recursive: true, force: true });
});

/** A pull request over `files` (path → head text, or undefined when removed) from `bases`. */
async function pullRequest(
  heads: Record<string, string>,
  bases: Record<string, string>,
  entries: ReturnType<typeof diffEntry>[],
): Promise<void> {
  workspace = await makeWorkspace(heads);
  github = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  await github.start();
  github.pullFiles.set(PR_NUMBER, entries);
  for (const [path, text] of Object.entries(bases))
    github.contents.set(`${BASE_SHA}:${path}`, text);
}

const comment = () => github.comments.get(PR_NUMBER)?.[0]?.body ?? '';
const failure = (stdout: string) =>
  commands(stdout, 'error')
    .filter((c) => !c.includes('file='))
    .at(-1);

describe('the Action as a gate', () => {
  it('fails, and says it could not compare, when the head does not parse', async () => {
    await pullRequest(
      { 'privacy.yaml': 'privacyspec: "1.0"\npurposes: [unclosed\n' },
      { 'privacy.yaml': await example('model') },
      [diffEntry('privacy.yaml', 'modified')],
    );
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on': 'never' },
    });
    expect(result.code).toBe(1);
    expect(failure(result.stdout)).toMatch(
      /^::error::PrivacySpec could not compare: privacy\.yaml: The head version does not load/,
    );
    expect(comment().startsWith(MARKER)).toBe(true);
    expect(comment()).toContain('**Could not compare.** The head version does not load');
    expect(comment()).not.toContain('No change in data handling');
  });

  it('fails on a new error-level finding by default (copyAt removed from an SCC recipient), passes with fail-on: never', async () => {
    const model = await example('model');
    const head = model.replace(
      /\n\s+copyAt: https:\/\/norrsken\.example\/dataskydd\/standardavtalsklausuler/,
      '',
    );
    expect(head).not.toBe(model);
    await pullRequest({ 'privacy.yaml': head }, { 'privacy.yaml': model }, [
      diffEntry('privacy.yaml', 'modified'),
    ]);
    const result = await runAction({ event: 'pull_request', payload, workspace, github });
    expect(result.code).toBe(1);
    expect(failure(result.stdout)).toBe(
      '::error::PrivacySpec: The change brings 1 new error (fail-on: error).',
    );
    expect(result.stdout).toMatch(
      /^PrivacySpec: 1 declaration, 1 error, \d+ warnings?, \d+ changes? in data handling\.$/m,
    );
    expect(comment()).toContain('third-country-safeguards');
    const never = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on': 'never' },
    });
    expect(never.code).toBe(0);
  });

  it('does not fail on findings the base already had: only new ones count', async () => {
    const optimera = await example('optimera');
    await pullRequest(
      { 'privacy.yaml': `${optimera}\n# a comment only\n` },
      { 'privacy.yaml': optimera },
      [diffEntry('privacy.yaml', 'modified')],
    );
    const result = await runAction({ event: 'pull_request', payload, workspace, github });
    expect(Number(result.outputs.errors)).toBeGreaterThan(0);
    expect(result.code).toBe(0);
    expect(comment()).toMatch(/<summary>\d+ unchanged findings \(on both versions\)<\/summary>/);
  });

  it('fails on risk only when asked: fail-on-risk', async () => {
    const heads = { 'optimera/privacy.yaml': await example('optimera') };
    const bases = { 'optimera/privacy.yaml': await example('optimera', 'privacy.before.yaml') };
    await pullRequest(heads, bases, [diffEntry('optimera/privacy.yaml', 'modified')]);
    const off = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on': 'never' },
    });
    expect(off.code).toBe(0);
    expect(off.outputs['high-risk']).toBe('true');
    const high = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on': 'never', 'fail-on-risk': 'high' },
    });
    expect(high.code).toBe(1);
    expect(failure(high.stdout)).toMatch(
      /^::error::PrivacySpec: The change makes \d+ changes in data handling at high risk or above \(fail-on-risk: high\)\.$/,
    );
    const bad = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on-risk': 'sometimes' },
    });
    expect(failure(bad.stdout)).toBe(
      '::error::Input "fail-on-risk" is "sometimes"; use one of high, medium, low, never.',
    );
  });

  it('reports a deleted declaration as a high-risk change, and a rename to another name as one too', async () => {
    await pullRequest(
      { 'README.md': '# moved\n' },
      { 'privacy.yaml': await example('model'), 'legal/privacy.yml': await example('model') },
      [
        diffEntry('privacy.yaml', 'removed'),
        diffEntry('legal/notice.txt', 'renamed', { previous_filename: 'legal/privacy.yml' }),
      ],
    );
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace,
      github,
      inputs: { 'fail-on-risk': 'high' },
    });
    expect(comment().match(/`declaration-removed`/g)).toHaveLength(2);
    expect(comment()).toContain('The declaration is deleted');
    expect(result.outputs['high-risk']).toBe('true');
    expect(result.code).toBe(1);
  });

  it('compares a declaration moved into a dot folder with its previous_filename', async () => {
    const model = await example('model');
    await pullRequest(
      { '.well-known/privacy.yaml': model.replace('P12M', 'P24M') },
      { 'privacy.yaml': model },
      [diffEntry('.well-known/privacy.yaml', 'renamed', { previous_filename: 'privacy.yaml' })],
    );
    const result = await runAction({ event: 'pull_request', payload, workspace, github });
    expect(comment()).toContain('Renamed from `privacy.yaml`');
    expect(comment()).not.toContain('`purpose-added`');
    expect(comment()).toContain('`retention-lengthened`');
    expect(result.code).toBe(0);
  });

  it('honours privacyspec.config.yaml in the review: a rule turned off is no new finding', async () => {
    const model = await example('model');
    const head = model.replace(
      /\n\s+copyAt: https:\/\/norrsken\.example\/dataskydd\/standardavtalsklausuler/,
      '',
    );
    await pullRequest(
      {
        'privacy.yaml': head,
        'privacyspec.config.yaml': 'rules:\n  third-country-safeguards: off\n',
      },
      { 'privacy.yaml': model },
      [diffEntry('privacy.yaml', 'modified')],
    );
    const result = await runAction({ event: 'pull_request', payload, workspace, github });
    expect(comment()).not.toContain('third-country-safeguards');
    expect(result.code).toBe(0);
  });

  it('lints a declaration in a dot folder, and privacy.yml, by default on push', async () => {
    await pullRequest({ '.well-known/privacy.yml': await example('model') }, {}, []);
    await mkdir(join(workspace, 'docs'));
    await writeFile(join(workspace, 'docs', 'privacy.yaml'), await example('model'));
    const result = await runAction({ event: 'push', workspace, github });
    expect(result.summary).toContain('2 declarations');
    expect(commands(result.stdout, 'warning')).toEqual([]);
  });

  it('lints a file that overlapping globs both match once', async () => {
    await pullRequest({ 'shop/privacy.yaml': await example('model') }, {}, []);
    const result = await runAction({
      event: 'push',
      workspace,
      github,
      inputs: { files: '**/privacy.yaml\nshop/privacy.yaml\nshop/*.yaml' },
    });
    expect(result.summary).toContain('1 declaration');
    expect(result.summary).not.toContain('2 declarations');
  });
});
