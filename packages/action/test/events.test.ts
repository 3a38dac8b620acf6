// push, other events and bad inputs.
import { rm } from 'node:fs/promises';
import { lintText } from '@privacyspec/linter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { example, makeWorkspace } from './fixtures.js';
import { FakeGitHub } from './fake-github.js';
import {
  commands,
  OWNER,
  pullRequestPayload,
  pushPayload,
  REPO,
  runAction,
  TOKEN,
} from './run-action.js';

let github: FakeGitHub;
let workspace: string;

beforeEach(async () => {
  github = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  await github.start();
  workspace = await makeWorkspace({
    'optimera/privacy.yaml': await example('optimera'),
    'model/privacy.yaml': await example('model'),
    'docs/notes.yaml': 'not: a declaration\n',
  });
});

afterEach(async () => {
  await github.stop();
  await rm(workspace, { recursive: true, force: true });
});

const noStackTrace = (result: { stdout: string; stderr: string }) => {
  expect(result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr).toBe('');
};

describe('on push', () => {
  it('lints every matching declaration in the workspace (not node_modules), annotates and summarises, with no API call', async () => {
    const result = await runAction({
      event: 'push',
      payload: pushPayload('c'.repeat(40)),
      workspace,
      github,
    });
    const optimera = lintText(await example('optimera'));
    const model = lintText(await example('model'));

    expect(github.requests).toEqual([]);
    expect(result.outputs).toEqual({
      errors: String(optimera.errorCount + model.errorCount),
      warnings: String(optimera.warningCount + model.warningCount),
      changes: '0',
      'high-risk': 'false',
    });
    expect(result.summary).toContain('PrivacySpec');
    expect(result.summary).toContain('optimera/privacy.yaml');
    expect(result.summary).not.toContain('node_modules');
    expect(
      commands(result.stdout).some((c) =>
        /^::(error|warning) title=[a-z0-9-]+,file=optimera\/privacy\.yaml,line=\d+/.test(c),
      ),
    ).toBe(true);
    expect(commands(result.stdout).some((c) => c.includes('node_modules'))).toBe(false);
    expect(result.code).toBe(optimera.errorCount > 0 ? 1 : 0);
    noStackTrace(result);
  });

  it('passes a clean declaration even with fail-on: warning', async () => {
    const model = lintText(await example('model'));
    const result = await runAction({
      event: 'push',
      payload: pushPayload('c'.repeat(40)),
      workspace,
      github,
      inputs: { files: 'model/privacy.yaml', 'fail-on': 'warning' },
    });
    expect(result.outputs.errors).toBe(String(model.errorCount));
    expect(result.code).toBe(model.errorCount + model.warningCount > 0 ? 1 : 0);
    expect(model.errorCount + model.warningCount).toBe(0);
  });

  it('warns when nothing matches', async () => {
    const result = await runAction({
      event: 'push',
      payload: pushPayload('c'.repeat(40)),
      workspace,
      github,
      inputs: { files: 'nowhere/**/privacy.yaml' },
    });
    expect(commands(result.stdout, 'warning')).toEqual([
      '::warning::No file in the workspace matches nowhere/**/privacy.yaml; did the workflow run actions/checkout before PrivacySpec?',
    ]);
    expect(result.code).toBe(0);
  });
});

describe('other events', () => {
  it.each(['workflow_dispatch', 'issues', 'schedule'])('%s: a notice and exit 0', async (event) => {
    const result = await runAction({ event, payload: {}, workspace, github });
    expect(result.code).toBe(0);
    expect(commands(result.stdout)).toEqual([
      `::notice::PrivacySpec runs on pull_request and push events; nothing to do for ${event}.`,
    ]);
    expect(github.requests).toEqual([]);
    expect(result.summary).toBe('');
    noStackTrace(result);
  });
});

describe('inputs', () => {
  it.each([
    [
      { 'fail-on': 'sometimes' },
      'Input "fail-on" is "sometimes"; use one of error, warning, never.',
    ],
    [{ comment: 'yes' }, 'Input "comment" is "yes"; use true or false.'],
    [{ files: '' }, 'Input "files" is empty; give a glob such as **/privacy.yaml.'],
    [
      { files: '../outside/privacy.yaml' },
      'Input "files" has "../outside/privacy.yaml"; paths and globs are relative to the repository root (no leading /, no ..).',
    ],
    [{ scan: 'maybe' }, 'Input "scan" is "maybe"; use true or false.'],
    [
      { 'scan-paths': 'web\n/etc' },
      'Input "scan-paths" has "/etc"; paths and globs are relative to the repository root (no leading /, no ..).',
    ],
    [
      { 'scan-paths': '!test' },
      'Input "scan-paths" only excludes (every line starts with !); add a line to include, such as src/.',
    ],
    [
      { 'github-token': '' },
      'Input "github-token" is empty; a pull request needs it to read the base versions and to comment (the default is the job token).',
    ],
    [
      { config: 'missing.yaml' },
      `Cannot read the config ${'WORKSPACE'}/missing.yaml: no such file.`,
    ],
  ])('%o fails the step with one line', async (inputs, message) => {
    const result = await runAction({
      event: 'pull_request',
      payload: pullRequestPayload(1, 'a'.repeat(40), 'b'.repeat(40)),
      workspace,
      github,
      inputs,
    });
    expect(result.code).toBe(1);
    expect(commands(result.stdout)).toEqual([
      `::error::${message.replace('WORKSPACE', workspace)}`,
    ]);
    expect(github.requests).toEqual([]);
    noStackTrace(result);
  });

  it('reports a config with a bad value at its line and column', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${workspace}/privacyspec.config.yaml`, 'rules:\n  no-such-rule: error\n');
    const result = await runAction({
      event: 'push',
      payload: pushPayload('c'.repeat(40)),
      workspace,
      github,
    });
    expect(result.code).toBe(1);
    const errors = commands(result.stdout, 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(`^::error::${workspace}/privacyspec\\.config\\.yaml:2:\\d+: `),
    );
    noStackTrace(result);
  });
});
