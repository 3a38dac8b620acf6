// The pull-request flow, end to end: the built bundle on Node 24 against the fake REST API.
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText, review, reviewRemoved, verdict, version } from '@privacyspec/linter';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffEntry } from './fake-github.js';
import {
  BASE_SHA,
  example,
  HEAD_SHA,
  HOSTILE_NAME,
  optimeraPullRequest,
  PR_NUMBER,
  shopPair,
  type PullRequestFixture,
} from './fixtures.js';
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

const LINK_OUT =
  'or a folder on its path, is a symbolic link that leads outside the project folder (or into .git); PrivacySpec does not follow it.';
const API = `/repos/${OWNER}/${REPO}`;
const payload = pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA);

let fixture: PullRequestFixture;

beforeAll(requireBundle);

afterEach(async () => {
  await fixture.github.stop();
  await rm(fixture.workspace, { recursive: true, force: true });
});

/** What the linter itself says about the pull request's two changed declarations and the deleted one. */
async function expected() {
  const shop = await shopPair();
  const reviews = [
    review({
      base: await example('optimera', 'privacy.before.yaml'),
      head: await example('optimera'),
      filePath: 'optimera/privacy.yaml',
    }),
    reviewRemoved('legacy/privacy.yaml', await example('dentalclean')),
    review({ base: shop.base, head: shop.head, filePath: 'shop/privacy.yaml' }),
  ];
  return {
    reviews,
    verdict: verdict(reviews),
    newErrors: reviews.reduce(
      (n, r) => n + r.introduced.filter((m) => m.severity === 'error').length,
      0,
    ),
    unchanged: reviews.reduce((n, r) => n + r.unchanged.length, 0),
    errors: reviews.reduce((n, r) => n + r.head.errorCount, 0),
    warnings: reviews.reduce((n, r) => n + r.head.warningCount, 0),
    changes: reviews.reduce((n, r) => n + r.changes.length, 0),
    ruleIds: [...new Set(reviews.flatMap((r) => r.head.messages.map((m) => m.ruleId)))],
  };
}

const comments = () => fixture.github.comments.get(PR_NUMBER) ?? [];
const writes = () =>
  fixture.github.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH');

describe('on pull_request', () => {
  it('reads only what it needs, posts one comment, annotates, and sets outputs and summary', async () => {
    fixture = await optimeraPullRequest();
    const want = await expected();
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });

    expect(result.stderr).toBe('');
    // Every request carries the token.
    expect(fixture.github.requests.length).toBeGreaterThan(0);
    for (const request of fixture.github.requests)
      expect(request.headers.authorization).toBe(`token ${TOKEN}`);
    // The file list is read page by page (the fake serves two files per page).
    const listings = fixture.github.requests.filter(
      (r) => r.path === `${API}/pulls/${PR_NUMBER}/files`,
    );
    expect(listings.map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    // Base versions at the base sha, and only for declarations (the deleted one too): not
    // the README or the source file.
    const reads = fixture.github.requests.filter((r) => r.path.startsWith(`${API}/contents/`));
    expect(reads.map((r) => [r.path.slice(`${API}/contents/`.length), r.query.get('ref')])).toEqual(
      [
        ['optimera/privacy.yaml', BASE_SHA],
        ['legacy/privacy.yaml', BASE_SHA],
        ['shop/privacy.yaml', BASE_SHA],
      ],
    );
    // The earlier comment is found without asking who the token is.
    expect(fixture.github.calls()).not.toContain('GET /user');
    // One comment, created.
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${API}/issues/${PR_NUMBER}/comments`,
    ]);
    expect(comments()).toHaveLength(1);

    const body = comments()[0]!.body!;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65_536);
    // The headline once, the deleted declaration as a high-risk change.
    expect(body.split(want.verdict).length - 1).toBe(1);
    expect(body).toContain('`declaration-removed`');
    expect(body).toContain('The declaration is deleted');
    // Each finding's line links to the file at the head commit; rule docs to this release.
    expect(body).toMatch(
      new RegExp(
        `\\| \\[\\d+:\\d+\\]\\(https://github\\.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/optimera/privacy\\.yaml#L\\d+\\) \\|`,
      ),
    );
    expect(body).toContain(`/blob/v${version}/packages/linter/docs/rules/`);
    expect(body).not.toContain('/blob/main/');
    // Findings on both versions are counted and folded, not repeated in full.
    expect(want.unchanged).toBeGreaterThan(0);
    expect(body).toMatch(/<summary>\d+ unchanged findings? \(on both versions\)<\/summary>/);
    // The new recipient is named, and every rule the head violates is named.
    expect(body).toMatch(/New recipient/);
    expect(body).toContain('Mailer');
    expect(want.ruleIds.length).toBeGreaterThan(0);
    for (const ruleId of want.ruleIds) expect(body).toContain(ruleId);
    // Declaration text is escaped: no HTML from it, no live @-mention or #-reference.
    expect(body).not.toContain('<img');
    expect(body).not.toContain(HOSTILE_NAME);
    expect(body).not.toMatch(/(^|[\s(>])@octocat/m);
    expect(body).not.toMatch(/(^|\s)#1\b/m);
    // A link to the run for the full report.
    expect(body).toContain(`https://github.com/${OWNER}/${REPO}/actions/runs/7000000001`);

    // Findings are annotations at their file and line.
    const annotations = [
      ...commands(result.stdout, 'error'),
      ...commands(result.stdout, 'warning'),
    ].filter((c) => c.includes('file='));
    expect(annotations.length).toBeGreaterThan(0);
    expect(
      annotations.some((c) =>
        /^::(error|warning) title=[a-z0-9-]+,file=optimera\/privacy\.yaml,line=\d+,endLine=\d+/.test(
          c,
        ),
      ),
    ).toBe(true);

    expect(result.outputs).toEqual({
      errors: String(want.errors),
      warnings: String(want.warnings),
      changes: String(want.changes),
      'high-risk': 'true',
    });
    expect(want.changes).toBeGreaterThan(0);

    // The same report opens the job summary (without the marker): rendered once. The notice
    // sections the pull request changes follow it there only.
    const report = body.slice(MARKER.length + 1);
    expect(result.summary.slice(0, report.length)).toBe(report);
    expect(result.summary.slice(report.length)).toMatch(
      /^\n### How the notice reads after this change\n/,
    );
    for (const ruleId of want.ruleIds) expect(result.summary).toContain(ruleId);
    expect(result.summary).toContain('optimera/privacy.yaml');

    // fail-on: error (the default) and the change brings new errors.
    expect(want.newErrors).toBeGreaterThan(0);
    expect(result.code).toBe(1);
    expect(commands(result.stdout, 'error').at(-1)).toBe(
      `::error::PrivacySpec: The change brings ${want.newErrors} new ${want.newErrors === 1 ? 'error' : 'errors'} (fail-on: error).`,
    );
  });

  it('updates its comment in place on later pushes, and leaves it alone when nothing changed', async () => {
    fixture = await optimeraPullRequest();
    const run = (head: string, runId: string) =>
      runAction({
        event: 'pull_request',
        payload: pullRequestPayload(PR_NUMBER, BASE_SHA, head, 'synchronize'),
        workspace: fixture.workspace,
        github: fixture.github,
        runId,
      });
    // Someone quotes the marker: not the bot's comment, never touched.
    fixture.github.addComment(PR_NUMBER, `I saw ${MARKER} in the source`, 'octocat');

    await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    await run('3333333333333333333333333333333333333333', '7000000002');
    await run('3333333333333333333333333333333333333333', '7000000002');

    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    const ours = comments().filter((c) => c.user?.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('commit 3333333');
    expect(comments()[0]!.body).toBe(`I saw ${MARKER} in the source`);
    // The comment list was read on every run.
    expect(
      fixture.github.requests.filter(
        (r) => r.method === 'GET' && r.path === `${API}/issues/${PR_NUMBER}/comments`,
      ).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('finds its earlier comment without /user (a GitHub App token), and never one that only quotes the marker', async () => {
    fixture = await optimeraPullRequest({
      userLogin: 'privacyspec-app[bot]',
      userEndpointForbidden: true,
    });
    // A person's comment that opens with the marker, and a bot's that quotes it: not reports.
    fixture.github.addComment(PR_NUMBER, `${MARKER}\nmy own notes`, 'octocat');
    fixture.github.addComment(
      PR_NUMBER,
      `Deploy preview; the report below is marked ${MARKER}`,
      'netlify[bot]',
    );
    await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    await runAction({
      event: 'pull_request',
      payload: pullRequestPayload(
        PR_NUMBER,
        BASE_SHA,
        '3333333333333333333333333333333333333333',
        'synchronize',
      ),
      workspace: fixture.workspace,
      github: fixture.github,
      runId: '7000000003',
    });
    expect(writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(comments().map((c) => c.user?.login)).toEqual([
      'octocat',
      'netlify[bot]',
      'privacyspec-app[bot]',
    ]);
    expect(comments()[0]!.body).toBe(`${MARKER}\nmy own notes`);
    expect(comments()[2]!.body).toContain('commit 3333333');
    expect(fixture.github.calls()).not.toContain('GET /user');
  });

  it('says so in its comment when the pull request no longer touches a declaration', async () => {
    fixture = await optimeraPullRequest();
    await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    fixture.github.pullFiles.set(
      PR_NUMBER,
      fixture.github.pullFiles.get(PR_NUMBER)!.filter((f) => !f.filename.endsWith('privacy.yaml')),
    );
    fixture.github.requests.length = 0;

    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
      runId: '7000000004',
    });

    expect(result.code).toBe(0);
    expect(fixture.github.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('no longer changes a privacy declaration');
    expect(comments()[0]!.body!.startsWith(MARKER)).toBe(true);
    expect(result.outputs).toEqual({
      errors: '0',
      warnings: '0',
      changes: '0',
      'high-risk': 'false',
    });
    expect(result.summary).toContain('changes no privacy declaration');
  });

  it('creates no comment when a pull request never touched a declaration', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.pullFiles.set(
      PR_NUMBER,
      fixture.github.pullFiles.get(PR_NUMBER)!.filter((f) => !f.filename.endsWith('privacy.yaml')),
    );
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    expect(result.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(comments()).toEqual([]);
  });

  it('does not comment with comment: false', async () => {
    fixture = await optimeraPullRequest();
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
      inputs: { comment: 'false' },
    });
    expect(
      fixture.github.calls().filter((c) => c.includes('/comments') || c.endsWith('/user')),
    ).toEqual([]);
    expect(result.summary).toContain('PrivacySpec');
    expect(result.code).toBe(1);
  });

  it.each([
    ['never', 0],
    ['warning', 1],
    ['error', 1],
  ])('exits per fail-on: %s', async (failOn, code) => {
    fixture = await optimeraPullRequest();
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
      inputs: { 'fail-on': failOn },
    });
    expect(result.code).toBe(code);
    expect(comments()).toHaveLength(1);
  });

  it('writes SARIF to sarif-file, creating its folder', async () => {
    fixture = await optimeraPullRequest();
    const want = await expected();
    await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
      inputs: { 'sarif-file': 'reports/sarif/privacyspec.sarif' },
    });
    const sarif = JSON.parse(
      await readFile(join(fixture.workspace, 'reports/sarif/privacyspec.sarif'), 'utf8'),
    ) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(want.errors + want.warnings);
  });

  it('on pull_request_target reads the head through the API at the head sha, not from the workspace', async () => {
    fixture = await optimeraPullRequest();
    // pull_request_target checks out the base branch.
    await writeFile(
      join(fixture.workspace, 'optimera/privacy.yaml'),
      await example('optimera', 'privacy.before.yaml'),
    );
    fixture.github.contents.set(`${HEAD_SHA}:optimera/privacy.yaml`, await example('optimera'));
    fixture.github.contents.set(`${HEAD_SHA}:shop/privacy.yaml`, (await shopPair()).head);
    const result = await runAction({
      event: 'pull_request_target',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const reads = fixture.github.requests
      .filter((r) => r.path.startsWith(`${API}/contents/`))
      .map((r) => `${r.path.slice(`${API}/contents/`.length)}@${r.query.get('ref')}`);
    expect(reads).toEqual([
      `optimera/privacy.yaml@${HEAD_SHA}`,
      `optimera/privacy.yaml@${BASE_SHA}`,
      `legacy/privacy.yaml@${BASE_SHA}`,
      `shop/privacy.yaml@${HEAD_SHA}`,
      `shop/privacy.yaml@${BASE_SHA}`,
    ]);
    expect(result.outputs.changes).toBe(String((await expected()).changes));
  });

  it('treats a declaration missing at the base as new', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.contents.delete(`${BASE_SHA}:optimera/privacy.yaml`);
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const body = comments()[0]!.body!;
    expect(body).toContain('A new declaration');
    expect(commands(result.stdout, 'warning').filter((c) => !c.includes('file='))).toEqual([]);
    const newFile = review({ base: undefined, head: await example('optimera'), filePath: 'x' });
    expect(Number(result.outputs.changes)).toBeGreaterThanOrEqual(newFile.changes.length);
  });

  it('shows why an unparseable base cannot be compared, and still lints the head', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.contents.set(
      `${BASE_SHA}:optimera/privacy.yaml`,
      'privacyspec: "1.0"\npurposes: [unclosed\n',
    );
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const body = comments()[0]!.body!;
    expect(body).toMatch(/base version does not load/);
    expect(
      commands(result.stdout, 'warning').some((c) =>
        c.startsWith('::warning::optimera/privacy.yaml: The base version does not load'),
      ),
    ).toBe(true);
    const head = lintText(await example('optimera'));
    expect(result.summary).toContain('optimera/privacy.yaml');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(head.errorCount);
  });

  it('compares a renamed declaration with its old path at the base', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.pullFiles.set(PR_NUMBER, [
      diffEntry('shop/privacy.yaml', 'renamed', { previous_filename: 'store/privacy.yaml' }),
    ]);
    fixture.github.contents.set(`${BASE_SHA}:store/privacy.yaml`, (await shopPair()).base);
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const reads = fixture.github.requests
      .filter((r) => r.path.startsWith(`${API}/contents/`))
      .map((r) => r.path.slice(`${API}/contents/`.length));
    expect(reads).toEqual(['store/privacy.yaml']);
    expect(comments()[0]!.body).toContain('New recipient');
    expect(result.outputs['high-risk']).toBe('true');
  });

  it("goes through a self-hosted runner's proxy (HTTP_PROXY), as @actions/github did", async () => {
    fixture = await optimeraPullRequest();
    // A forward proxy that tunnels (CONNECT) and records where to.
    const tunnels: string[] = [];
    const proxy: Server = createServer((_request, response) => response.writeHead(405).end());
    proxy.on('connect', (request, socket, head) => {
      tunnels.push(request.url ?? '');
      const [host, port] = (request.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as { port: number };
      const result = await runAction({
        event: 'pull_request',
        payload,
        workspace: fixture.workspace,
        github: fixture.github,
        env: { HTTP_PROXY: `http://127.0.0.1:${port}` },
      });
      expect(result.stderr).toBe('');
      expect(new Set(tunnels)).toEqual(new Set([new URL(fixture.github.url).host]));
      expect(comments()).toHaveLength(1);
    } finally {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('does not follow a symbolic link out of the repository', async () => {
    fixture = await optimeraPullRequest();
    const outside = await mkdtemp(join(tmpdir(), 'privacyspec-outside-'));
    await writeFile(
      join(outside, 'secret.yaml'),
      'privacyspec: "1.0"\ncontroller: {name: RUNNER-SECRET-VALUE}\n',
    );
    await mkdir(join(fixture.workspace, 'linked'));
    await symlink(join(outside, 'secret.yaml'), join(fixture.workspace, 'linked', 'privacy.yaml'));
    fixture.github.pullFiles.set(PR_NUMBER, [diffEntry('linked/privacy.yaml', 'added')]);
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    expect(result.stdout + result.summary + (comments()[0]?.body ?? '')).not.toContain(
      'RUNNER-SECRET-VALUE',
    );
    expect(commands(result.stdout, 'error')[0]).toBe(
      `::error title=file,file=linked/privacy.yaml,line=1,endLine=1,col=1,endColumn=1::The file, ${LINK_OUT}`,
    );
    expect(fixture.github.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    expect(result.code).toBe(1);
    await rm(outside, { recursive: true, force: true });
  });

  it('does not read through a parent folder that links out of the workspace', async () => {
    fixture = await optimeraPullRequest();
    const outside = await mkdtemp(join(tmpdir(), 'privacyspec-outside-'));
    await writeFile(
      join(outside, 'privacy.yaml'),
      'privacyspec: "1.0"\ncontroller: {name: RUNNER-SECRET-VALUE}\n',
    );
    await symlink(outside, join(fixture.workspace, 'vendor'));
    fixture.github.pullFiles.set(PR_NUMBER, [diffEntry('vendor/privacy.yaml', 'added')]);
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    expect(result.stdout + result.summary + (comments()[0]?.body ?? '')).not.toContain(
      'RUNNER-SECRET-VALUE',
    );
    expect(commands(result.stdout, 'error')[0]).toBe(
      `::error title=file,file=vendor/privacy.yaml,line=1,endLine=1,col=1,endColumn=1::The file, ${LINK_OUT}`,
    );
    expect(fixture.github.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    expect(result.code).toBe(1);
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses a privacyspec.config.yaml that links out of the workspace, or a config input outside it, without logging its content', async () => {
    fixture = await optimeraPullRequest();
    const outside = await mkdtemp(join(tmpdir(), 'privacyspec-outside-'));
    // Read, this config would put its rule name in the log ("Unknown rule").
    await writeFile(
      join(outside, 'privacyspec.config.yaml'),
      'rules:\n  RUNNER-SECRET-VALUE: error\n',
    );
    await symlink(
      join(outside, 'privacyspec.config.yaml'),
      join(fixture.workspace, 'privacyspec.config.yaml'),
    );
    const linked = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    expect(commands(linked.stdout, 'error')).toEqual([
      `::error::${join(fixture.workspace, 'privacyspec.config.yaml')}:1:1: The config, ${LINK_OUT}`,
    ]);
    expect(linked.stdout + linked.stderr + linked.summary).not.toContain('RUNNER-SECRET-VALUE');
    expect(comments()).toEqual([]);
    expect(linked.code).toBe(1);

    await rm(join(fixture.workspace, 'privacyspec.config.yaml'));
    const input = await runAction({
      event: 'push',
      workspace: fixture.workspace,
      github: fixture.github,
      inputs: { config: join(outside, 'privacyspec.config.yaml') },
    });
    expect(commands(input.stdout, 'error')).toEqual([
      `::error::${join(outside, 'privacyspec.config.yaml')}:1:1: The config is outside the project folder ${fixture.workspace}; PrivacySpec reads only files inside it (the git repository it runs in, or the workspace).`,
    ]);
    expect(input.stdout + input.stderr + input.summary).not.toContain('RUNNER-SECRET-VALUE');
    expect(input.code).toBe(1);
    await rm(outside, { recursive: true, force: true });
  });
});

// The comment, read as a reviewer (issue 11, item 3).
async function commentFor(...paths: string[]): Promise<string> {
  fixture = await optimeraPullRequest();
  fixture.github.pullFiles.set(
    PR_NUMBER,
    paths.map((path) => diffEntry(path, 'modified')),
  );
  await runAction({
    event: 'pull_request',
    payload,
    workspace: fixture.workspace,
    github: fixture.github,
  });
  return fixture.github.comments.get(PR_NUMBER)![0]!.body!;
}

describe('the comment', () => {
  it('makes one change of a new non-EEA recipient used by a purpose, listing the purpose', async () => {
    const body = await commentFor('shop/privacy.yaml');
    const recipientLines = body.split('\n').filter((line) => line.includes('"mail-platform"'));
    expect(recipientLines).toHaveLength(1);
    expect(recipientLines[0]).toMatch(
      /New recipient "mail-platform".*outside the EEA.*Used by purpose "newsletter"\..*`third-country-recipient-added`/,
    );
    expect(body).not.toContain('purpose-third-country-recipient-added');
  });

  it('reads durations in words beside ISO', async () => {
    const body = await commentFor('shop/privacy.yaml');
    expect(body).toContain('lengthened from 3 months (P3M) to 6 months (P6M)');
    const optimera = await commentFor('optimera/privacy.yaml');
    expect(optimera).toContain('retention 90 days (P90D)');
  });

  // Needs the bounds branch's markdown-escape.ts (URLs kept whole); fails before it is merged.
  it('keeps URLs copyable: no zero-width character inside them', async () => {
    const body = await commentFor('optimera/privacy.yaml');
    expect(body).toContain('https://www.imy.se');
    expect(body).not.toMatch(/https?:[^\s|)<]*(?:&#8203;|&#x200b;|\u200b|\u200c|\u200d|\u2060)/i);
  });
});
