// The scan of the code on pull requests and pushes: the built bundle on Node 24 against the
// fake REST API. Only what a pull request adds is reported; the base is read through the API
// for the files the pull request changes, and only for those.
import { rm } from 'node:fs/promises';
import { catalogue } from '@privacyspec/vendors';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffEntry, FakeGitHub } from './fake-github.js';
import { BASE_SHA, example, HEAD_SHA, makeWorkspace, PR_NUMBER } from './fixtures.js';
import {
  commands,
  MARKER,
  OWNER,
  pullRequestPayload,
  pushPayload,
  REPO,
  requireBundle,
  runAction,
  TOKEN,
  type RunResult,
} from './run-action.js';

const API = `/repos/${OWNER}/${REPO}`;

/** A package.json with these runtime dependencies, one a line from line 5. */
function packageJson(dependencies: string[], devDependencies: string[] = []): string {
  const list = (names: string[]) => names.map((name) => `    "${name}": "^8.0.0"`).join(',\n');
  return `{
  "name": "shop",
  "version": "1.0.0",
  "dependencies": {
${list(dependencies)}
  },
  "devDependencies": {
${list(devDependencies)}
  }
}
`;
}

const WITHOUT_SENTRY = packageJson(['express']);
// @sentry/node on line 5; its name starts at column 6, after the quote.
const WITH_SENTRY = packageJson(['@sentry/node', 'express']);

let github: FakeGitHub;
let workspace: string;

beforeAll(requireBundle);

afterEach(async () => {
  await github.stop();
  await rm(workspace, { recursive: true, force: true });
});

/** The workspace `files` (the model declaration at the root unless given) and a pull request changing `changed`, with `base` texts at the base commit. */
async function pullRequest(
  files: Record<string, string>,
  changed: Parameters<typeof diffEntry>[],
  base: Record<string, string>,
): Promise<void> {
  workspace = await makeWorkspace({ 'privacy.yaml': await example('model'), ...files });
  github = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  await github.start();
  github.pullFiles.set(
    PR_NUMBER,
    changed.map((args) => diffEntry(...args)),
  );
  for (const [path, text] of Object.entries(base)) github.contents.set(`${BASE_SHA}:${path}`, text);
}

const comments = () => github.comments.get(PR_NUMBER) ?? [];
const contentReads = () =>
  github.requests
    .filter((r) => r.path.startsWith(`${API}/contents/`))
    .map((r) => `${r.path.slice(`${API}/contents/`.length)}@${r.query.get('ref')}`);

function run(
  event: 'pull_request' | 'pull_request_target' | 'push',
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  return runAction({
    event,
    payload:
      event === 'push' ? pushPayload(HEAD_SHA) : pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA),
    workspace,
    github,
    inputs,
  });
}

describe('a pull request that changes only package.json', () => {
  it('that adds @sentry/node: the service in the comment, an error annotation at its line, counted, failing the step', async () => {
    await pullRequest({ 'package.json': WITH_SENTRY }, [['package.json', 'modified']], {
      'package.json': WITHOUT_SENTRY,
    });
    const result = await run('pull_request');

    expect(result.stderr).toBe('');
    // The base of the one changed manifest, and nothing else, is read through the API.
    expect(contentReads()).toEqual([`package.json@${BASE_SHA}`]);
    expect(comments()).toHaveLength(1);
    const body = comments()[0]!.body!;
    expect(body.startsWith(MARKER)).toBe(true);
    // Where the catalogue places the service, with the date its DPF status was checked.
    const sentry = catalogue.services.find((service) => service.id === 'sentry')!;
    expect(body).toContain(
      `This pull request adds \`@sentry/node\` → Functional Software, Inc. (US; processing in ${sentry.processingRegions!.value.join(', ')}; EU–US DPF, checked ${sentry.dpf!.asOf}): not declared in \`privacy.yaml\`; an undeclared transfer outside the EEA`,
    );
    expect(body).toContain(
      `[\`package.json\` line 5](https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/package.json#L5)`,
    );
    // express is no service of the catalogue, and the declaration is not under review.
    expect(body).not.toContain('express');
    expect(body).not.toContain('changes no privacy declaration');

    const errors = commands(result.stdout, 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^::error title=scan\/undeclared-transfer,file=package\.json,line=5,endLine=5,col=6,endColumn=6::@sentry\/node sends personal data to Functional Software, Inc\./,
    );
    expect(errors[1]).toBe(
      '::error::PrivacySpec: The code the change brings in has 1 error and 0 warnings from the scan (fail-on: error).',
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toEqual({
      errors: '1',
      warnings: '0',
      changes: '0',
      'high-risk': 'false',
    });
    // The summary holds the same report.
    expect(result.summary).toContain('This pull request adds `@sentry/node`');
  });

  it('when the base already had @sentry/node: nothing reported, no comment', async () => {
    await pullRequest(
      { 'package.json': packageJson(['@sentry/node', 'express', 'lodash']) },
      [['package.json', 'modified']],
      { 'package.json': WITH_SENTRY },
    );
    const result = await run('pull_request');

    expect(result.stderr).toBe('');
    expect(contentReads()).toEqual([`package.json@${BASE_SHA}`]);
    expect(comments()).toEqual([]);
    expect(commands(result.stdout, 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.outputs.errors).toBe('0');
    expect(result.summary).toContain(
      'changes no privacy declaration (files matching `**/{privacy,privacyspec}.{yaml,yml}`), and brings in no service they do not name',
    );
  });

  it('with fail-on never: reported, the step passes', async () => {
    await pullRequest({ 'package.json': WITH_SENTRY }, [['package.json', 'modified']], {
      'package.json': WITHOUT_SENTRY,
    });
    const result = await run('pull_request', { 'fail-on': 'never' });
    expect(result.code).toBe(0);
    expect(comments()[0]!.body).toContain('This pull request adds `@sentry/node`');
    expect(result.outputs.errors).toBe('1');
  });
});

describe('what counts as added', () => {
  it('a dependency declared in the same pull request: nothing about it', async () => {
    const declaration = `${await example('model')}`.replace(
      /^recipients:\n/m,
      'recipients:\n  - id: error-tracking\n    name: Functional Software, Inc. (Sentry)\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n      copyAt: https://sentry.io/legal/dpa/\n',
    );
    await pullRequest(
      { 'package.json': WITH_SENTRY, 'privacy.yaml': declaration },
      [
        ['package.json', 'modified'],
        ['privacy.yaml', 'modified'],
      ],
      { 'package.json': WITHOUT_SENTRY, 'privacy.yaml': await example('model') },
    );
    const result = await run('pull_request');

    expect(result.stderr).toBe('');
    // The base declaration is read once, for the review and the scan alike.
    expect(contentReads().sort()).toEqual([`package.json@${BASE_SHA}`, `privacy.yaml@${BASE_SHA}`]);
    const body = comments()[0]!.body!;
    expect(body).toContain('New recipient');
    expect(body).not.toContain('@sentry/node');
    expect(body).not.toContain('What the code brings in');
    expect(commands(result.stdout, 'error').filter((c) => c.includes('scan/'))).toEqual([]);
  });

  it('a recipient the pull request removes while the code keeps the service: reported', async () => {
    const declared = `${await example('model')}`.replace(
      /^recipients:\n/m,
      'recipients:\n  - id: sentry\n    name: Sentry\n    role: processor\n    country: US\n    transfer:\n      mechanism: scc\n',
    );
    await pullRequest({ 'package.json': WITH_SENTRY }, [['privacy.yaml', 'modified']], {
      'privacy.yaml': declared,
    });
    const result = await run('pull_request');

    expect(contentReads()).toEqual([`privacy.yaml@${BASE_SHA}`]);
    const body = comments()[0]!.body!;
    expect(body).toContain('This pull request adds `@sentry/node`');
    expect(result.code).toBe(1);
  });

  it('a new manifest in a new folder, read from the workspace only', async () => {
    await pullRequest({ 'web/package.json': WITH_SENTRY }, [['web/package.json', 'added']], {});
    const result = await run('pull_request');
    // An added file has no base version to read.
    expect(contentReads()).toEqual([]);
    expect(comments()[0]!.body).toContain(
      `[\`web/package.json\` line 5](https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/web/package.json#L5)`,
    );
    expect(result.code).toBe(1);
  });

  it('a manifest renamed with the dependency kept: nothing; a dev dependency: nothing', async () => {
    await pullRequest(
      { 'app/package.json': packageJson(['@sentry/node'], ['@sentry/react']) },
      [['app/package.json', 'renamed', { previous_filename: 'package.json' }]],
      { 'package.json': WITH_SENTRY },
    );
    const result = await run('pull_request');
    expect(contentReads()).toEqual([`package.json@${BASE_SHA}`]);
    expect(comments()).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe('many places', () => {
  it('the comment lists 25 and counts the rest; the outputs count them all', async () => {
    const apps = Array.from({ length: 30 }, (_, i) => `apps/app-${String(i).padStart(2, '0')}`);
    await pullRequest(
      Object.fromEntries(apps.map((app) => [`${app}/package.json`, WITH_SENTRY])),
      apps.map((app) => [`${app}/package.json`, 'added']),
      {},
    );
    const result = await run('pull_request');
    const body = comments()[0]!.body!;
    expect(body.split('This pull request adds `@sentry/node`').length - 1).toBe(25);
    expect(body).toContain('…and 5 more: `privacyspec scan` lists them all.');
    expect(result.outputs.errors).toBe('30');
    expect(commands(result.stdout, 'notice')).toEqual([
      expect.stringMatching(/^::notice::21 more findings did not fit GitHub's limit/),
    ]);
  });
});

describe('catalogue contradictions', () => {
  /** The model declaration with Sentry declared first among the recipients, in `country`. */
  async function declaringSentryIn(country: string, extra = ''): Promise<string> {
    return `${await example('model')}${extra}`.replace(
      /^recipients:\n/m,
      `recipients:\n  - id: sentry\n    name: Sentry\n    role: processor\n    country: ${country}\n    transfer:\n      mechanism: scc\n`,
    );
  }

  it('one the pull request introduces: in the comment and annotated at the declared country', async () => {
    const head = await declaringSentryIn('IN');
    await pullRequest(
      { 'package.json': WITH_SENTRY, 'privacy.yaml': head },
      [['privacy.yaml', 'modified']],
      { 'privacy.yaml': await declaringSentryIn('US') },
    );
    const result = await run('pull_request');

    expect(result.stderr).toBe('');
    const line = head.split('\n').indexOf('    country: IN') + 1;
    const body = comments()[0]!.body!;
    expect(body).toContain('What the code brings in');
    expect(body).toContain(
      `[\`privacy.yaml\` line ${line}](https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/privacy.yaml#L${line}): Recipient "sentry" is declared in IN, but the vendor catalogue places Functional Software, Inc. in US`,
    );
    expect(body).not.toContain('This pull request adds `@sentry/node`');
    expect(
      commands(result.stdout, 'warning').filter((c) => c.includes('scan/catalogue-mismatch')),
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^::warning title=scan/catalogue-mismatch,file=privacy\\.yaml,line=${line},`),
      ),
    ]);
  });

  it('one the base had already: not reported again', async () => {
    await pullRequest(
      { 'package.json': WITH_SENTRY, 'privacy.yaml': await declaringSentryIn('IN', '\n') },
      [['privacy.yaml', 'modified']],
      { 'privacy.yaml': await declaringSentryIn('IN') },
    );
    const result = await run('pull_request');
    expect(result.stdout).not.toContain('scan/catalogue-mismatch');
    expect(comments()[0]?.body ?? '').not.toContain('What the code brings in');
  });
});

describe('when the base cannot be read', () => {
  it('a warning, and nothing from that file is taken for new', async () => {
    await pullRequest({ 'package.json': WITH_SENTRY }, [['package.json', 'modified']], {
      'package.json': WITHOUT_SENTRY,
    });
    github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/contents/package\\.json$`),
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await run('pull_request');
    expect(commands(result.stdout, 'warning')).toEqual([
      '::warning::package.json: the base version could not be read for the scan (The file could not be read from GitHub at 1111111 (HTTP 403: Resource not accessible by integration)); what this file brings in was not compared.',
    ]);
    expect(comments()).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe('without a checkout', () => {
  it('a changed manifest missing from the workspace is a warning, never a silent pass', async () => {
    await pullRequest({}, [['package.json', 'modified']], { 'package.json': WITHOUT_SENTRY });
    const result = await run('pull_request');
    expect(commands(result.stdout, 'warning')).toContain(
      '::warning::1 file that the pull request changes and the scan reads is not in the workspace (package.json); did the workflow run actions/checkout before PrivacySpec? The scan compared only the rest.',
    );
  });
});

describe('on pull_request_target', () => {
  it('the workspace is the base: the head of each changed manifest is read through the API', async () => {
    await pullRequest({ 'package.json': WITHOUT_SENTRY }, [['package.json', 'modified']], {});
    github.contents.set(`${HEAD_SHA}:package.json`, WITH_SENTRY);
    const result = await run('pull_request_target');

    expect(result.stderr).toBe('');
    expect(contentReads()).toEqual([`package.json@${HEAD_SHA}`]);
    expect(comments()[0]!.body).toContain(
      'This pull request adds `@sentry/node` → Functional Software, Inc.',
    );
    expect(commands(result.stdout, 'error')[0]).toMatch(
      /^::error title=scan\/undeclared-transfer,file=package\.json,line=5,/,
    );
    expect(result.code).toBe(1);
  });
});

describe('inputs', () => {
  it('scan: false reads no manifest and reports none', async () => {
    await pullRequest({ 'package.json': WITH_SENTRY }, [['package.json', 'modified']], {
      'package.json': WITHOUT_SENTRY,
    });
    const result = await run('pull_request', { scan: 'false' });
    expect(contentReads()).toEqual([]);
    expect(comments()).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.summary).toContain('changes no privacy declaration');
    expect(result.summary).not.toContain('service');
  });

  it('scan-paths limits the scan to its folders and globs, and ! excludes', async () => {
    await pullRequest(
      {
        'web/package.json': WITH_SENTRY,
        'api/package.json': WITH_SENTRY,
        'tools/index.html':
          '<script src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>\n',
      },
      [
        ['web/package.json', 'added'],
        ['api/package.json', 'added'],
        ['tools/index.html', 'added'],
      ],
      {},
    );
    const result = await run('pull_request', {
      'scan-paths': 'api/\n**/*.html\n!tools/**',
    });
    const body = comments()[0]!.body!;
    expect(body).toContain('`api/package.json` line 5');
    expect(body).not.toContain('web/package.json');
    expect(body).not.toContain('tools/index.html');
    expect(result.code).toBe(1);
  });
});

describe('on push', () => {
  it('reports every undeclared service in the workspace, as lint reports every finding', async () => {
    await pullRequest({ 'package.json': WITH_SENTRY }, [], {});
    const result = await run('push');

    expect(github.requests).toEqual([]);
    expect(commands(result.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error title=scan\/undeclared-transfer,file=package\.json,line=5,endLine=5,col=6,endColumn=6::@sentry\/node sends personal data/,
      ),
      expect.stringMatching(
        /^::error::PrivacySpec: Found 1 error and \d+ warnings? \(fail-on: error\)\.$/,
      ),
    ]);
    expect(result.summary).toContain('scan/undeclared-transfer');
    expect(result.code).toBe(1);
  });
});
