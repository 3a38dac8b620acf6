// The pull-request comment, read as a reviewer (issue 11, item 3): the bundle on Node 24
// against the fake REST API.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffEntry } from './fake-github.js';
import { BASE_SHA, HEAD_SHA, optimeraPullRequest, PR_NUMBER, type PullRequestFixture } from './fixtures.js';
import { BUNDLE, pullRequestPayload, runAction } from './run-action.js';

const payload = pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA);
let fixture: PullRequestFixture;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run `node scripts/bundle.mjs` first.');
});

afterEach(async () => {
  await fixture.github.stop();
  await rm(fixture.workspace, { recursive: true, force: true });
});

async function commentFor(...paths: string[]): Promise<string> {
  fixture = await optimeraPullRequest();
  fixture.github.pullFiles.set(PR_NUMBER, paths.map((path) => diffEntry(path, 'modified')));
  await runAction({ event: 'pull_request', payload, workspace: fixture.workspace, github: fixture.github });
  return fixture.github.comments.get(PR_NUMBER)![0]!.body!;
}

describe('the comment', () => {
  it('makes one change of a new non-EEA recipient used by a purpose, listing the purpose', async () => {
    const body = await commentFor('shop/privacy.yaml');
    const recipientLines = body.split('\n').filter((line) => line.includes('"mail-platform"'));
    expect(recipientLines).toHaveLength(1);
    expect(recipientLines[0]).toMatch(/New recipient "mail-platform".*outside the EEA.*Used by purpose "newsletter"\..*`third-country-recipient-added`/);
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
