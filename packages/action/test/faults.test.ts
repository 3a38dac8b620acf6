// Faults degrade, never crash: the summary and annotations still appear, with one-line warnings.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BASE_SHA,
  HEAD_SHA,
  optimeraPullRequest,
  PR_NUMBER,
  type PullRequestFixture,
} from './fixtures.js';
import { commands, OWNER, pullRequestPayload, REPO, runAction } from './run-action.js';

const API = `/repos/${OWNER}/${REPO}`;
const payload = pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA);
const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

let fixture: PullRequestFixture;

afterEach(async () => {
  await fixture.github.stop();
  await rm(fixture.workspace, { recursive: true, force: true });
});

function noStackTrace(result: { stdout: string; stderr: string }): void {
  expect(result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr).toBe('');
}

describe('faults', () => {
  it.each([
    ['error', 1],
    ['never', 0],
  ])(
    'a fork pull request (403 on commenting) warns and keeps the report (fail-on: %s)',
    async (failOn, code) => {
      fixture = await optimeraPullRequest();
      fixture.github.faults.push({
        method: 'POST',
        path: new RegExp(`^${API}/issues/${PR_NUMBER}/comments$`),
        status: 403,
        body: FORBIDDEN,
      });
      const result = await runAction({
        event: 'pull_request',
        payload,
        workspace: fixture.workspace,
        github: fixture.github,
        inputs: { 'fail-on': failOn },
      });

      // 403 is not retried.
      expect(fixture.github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      const warnings = commands(result.stdout, 'warning').filter((c) => !c.includes('file='));
      expect(warnings).toEqual([
        `::warning::PrivacySpec could not comment on pull request #${PR_NUMBER} (HTTP 403: Resource not accessible by integration): the token may not write to pull requests (a pull request from a fork gets a read-only token; give the job \`pull-requests: write\`). The report is in the job summary.`,
      ]);
      expect(result.summary).toContain('PrivacySpec');
      expect(result.summary).toContain('optimera/privacy.yaml');
      expect(commands(result.stdout).some((c) => c.includes('file=optimera/privacy.yaml'))).toBe(
        true,
      );
      expect(result.outputs['high-risk']).toBe('true');
      expect(result.code).toBe(code);
      noStackTrace(result);
    },
  );

  it('retries a 5xx and goes on', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/pulls/${PR_NUMBER}/files$`),
      status: 502,
      body: { message: 'Server Error' },
      times: 1,
    });
    fixture.github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/contents/shop/privacy.yaml$`),
      status: 503,
      body: { message: 'Service Unavailable' },
      times: 1,
    });
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });

    const firstPage = fixture.github.requests.filter(
      (r) => r.path === `${API}/pulls/${PR_NUMBER}/files` && !r.query.has('page'),
    );
    expect(firstPage).toHaveLength(2);
    expect(
      fixture.github.requests.filter((r) => r.path === `${API}/contents/shop/privacy.yaml`),
    ).toHaveLength(2);
    expect(fixture.github.comments.get(PR_NUMBER)).toHaveLength(1);
    expect(commands(result.stdout, 'warning').filter((c) => !c.includes('file='))).toEqual([]);
    expect(result.outputs['high-risk']).toBe('true');
    noStackTrace(result);
  });

  it('warns when a 5xx outlasts the retries, and keeps the summary', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.faults.push({
      method: 'POST',
      path: new RegExp(`^${API}/issues/${PR_NUMBER}/comments$`),
      status: 500,
      body: { message: 'Server Error' },
    });
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
      inputs: { 'fail-on': 'never' },
    });
    expect(fixture.github.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(commands(result.stdout, 'warning').filter((c) => !c.includes('file='))).toEqual([
      `::warning::PrivacySpec could not comment on pull request #${PR_NUMBER} (HTTP 500: Server Error): GitHub did not accept the request, even after retries. The report is in the job summary.`,
    ]);
    expect(result.summary).toContain('optimera/privacy.yaml');
    expect(result.code).toBe(0);
    noStackTrace(result);
  });

  it('waits out a rate limit (x-ratelimit-reset) and a secondary rate limit (Retry-After)', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/contents/optimera/privacy.yaml$`),
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
      times: 1,
    });
    fixture.github.faults.push({
      method: 'POST',
      path: new RegExp(`^${API}/issues/${PR_NUMBER}/comments$`),
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
      times: 1,
    });
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const warnings = commands(result.stdout, 'warning').filter((c) => !c.includes('file='));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^::warning::GitHub's rate limit was reached for GET \/repos\/\{owner\}\/\{repo\}\/contents\/\{path\}; retrying in [01] s\.$/,
    );
    expect(warnings[1]).toMatch(
      /^::warning::GitHub's secondary rate limit was reached for POST .*; retrying in 1 s\.$/,
    );
    expect(fixture.github.comments.get(PR_NUMBER)).toHaveLength(1);
    expect(result.outputs['high-risk']).toBe('true');
    noStackTrace(result);
  });

  it('lints the workspace when the file list cannot be read, without a comment', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/pulls/${PR_NUMBER}/files$`),
      status: 404,
      body: { message: 'Not Found' },
    });
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    expect(commands(result.stdout, 'warning').filter((c) => !c.includes('file='))).toEqual([
      `::warning::PrivacySpec could not list the files of pull request #${PR_NUMBER} (HTTP 404: Not Found); it linted every declaration in the workspace and scanned all its code instead, without a diff or a comment.`,
    ]);
    expect(fixture.github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    // Both declarations in the workspace were linted (the shop's has no finding to list).
    expect(result.summary).toMatch(/\*\*[1-9]\d* errors?, \d+ warnings?\*\* in 2 declarations/);
    expect(result.summary).toContain('optimera/privacy.yaml');
    expect(result.outputs.changes).toBe('0');
    expect(result.code).toBe(1);
    noStackTrace(result);
  });

  it('warns when a base version cannot be read, and still lints the head', async () => {
    fixture = await optimeraPullRequest();
    fixture.github.faults.push({
      method: 'GET',
      path: new RegExp(`^${API}/contents/optimera/privacy.yaml$`),
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const result = await runAction({
      event: 'pull_request',
      payload,
      workspace: fixture.workspace,
      github: fixture.github,
    });
    const warnings = commands(result.stdout, 'warning').filter((c) => !c.includes('file='));
    expect(warnings).toEqual([
      `::warning::optimera/privacy.yaml: The base version could not be read: The file could not be read from GitHub at 1111111 (HTTP 403: Resource not accessible by integration). So the two versions could not be compared.`,
    ]);
    const body = fixture.github.comments.get(PR_NUMBER)![0]!.body!;
    expect(body).toContain('The base version could not be read');
    expect(body).not.toContain('A new declaration');
    expect(Number(result.outputs.errors)).toBeGreaterThan(0);
    noStackTrace(result);
  });
});
