// GitHub's limits: 65,536 characters per comment, 10 error and 10 warning annotations per step.
import { rm } from 'node:fs/promises';
import { afterEach, expect, it } from 'vitest';
import { diffEntry, FakeGitHub } from './fake-github.js';
import { BASE_SHA, HEAD_SHA, makeWorkspace, PR_NUMBER } from './fixtures.js';
import {
  commands,
  MARKER,
  OWNER,
  pullRequestPayload,
  REPO,
  runAction,
  TOKEN,
} from './run-action.js';

let github: FakeGitHub;
let workspace: string;

afterEach(async () => {
  await github.stop();
  await rm(workspace, { recursive: true, force: true });
});

/** A declaration with `count` purposes, each without a legal basis or retention and with a recipient of its own. */
function declaration(count: number): string {
  let text =
    'privacyspec: "1.0"\nlanguage: en\ncontroller:\n  name: Big Data AB\n  email: privacy@bigdata.example\n  country: SE\npurposes:\n';
  for (let i = 0; i < count; i++)
    text += `  - id: purpose-${i}\n    name: "Purpose number ${i} <b>bold</b> @octocat"\n    recipients: [recipient-${i}]\n`;
  text += 'recipients:\n';
  for (let i = 0; i < count; i++)
    text += `  - id: recipient-${i}\n    name: Recipient ${i} Inc\n    role: processor\n    country: US\n`;
  return text;
}

it("keeps a 3,000-purpose declaration's comment under 65,536 characters, and caps annotations", async () => {
  workspace = await makeWorkspace({ 'big/privacy.yaml': declaration(3000) });
  github = new FakeGitHub({ owner: OWNER, repo: REPO, token: TOKEN });
  await github.start();
  github.pullFiles.set(PR_NUMBER, [diffEntry('big/privacy.yaml', 'modified')]);
  github.contents.set(`${BASE_SHA}:big/privacy.yaml`, declaration(10));

  const result = await runAction({
    event: 'pull_request',
    payload: pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA),
    workspace,
    github,
  });

  const body = github.comments.get(PR_NUMBER)![0]!.body!;
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body.startsWith(MARKER)).toBe(true);
  expect(body).toContain(`https://github.com/${OWNER}/${REPO}/actions/runs/7000000001`);
  expect(body).not.toContain('<b>');
  expect(body).not.toMatch(/(^|[\s(>])@octocat/m);
  // Every <details> the cut left open is closed again.
  expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
  expect(Number(result.outputs.changes)).toBeGreaterThan(2_000);
  expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
  // The 2,990 new purposes' notice sections are cut in the summary, with a note, and stay out of the comment.
  const notice = result.summary.slice(
    result.summary.indexOf('\n### How the notice reads after this change\n'),
  );
  expect(notice.length).toBeGreaterThan(50_000);
  expect(notice.length).toBeLessThanOrEqual(60_000);
  expect(notice).toContain('The rendered sections were cut to fit the job summary.');
  expect(notice).toContain(
    '#### Purposes and legal bases › Purpose number 10 \\<b\\>bold\\</b\\> @octocat · _new_',
  );
  expect((notice.match(/<details>/g) ?? []).length).toBe(
    (notice.match(/<\/details>/g) ?? []).length,
  );
  expect(body).not.toContain('How the notice reads');

  // At most 10 errors (9 findings and the failure) and 10 warnings, then a notice with the rest.
  const fileErrors = commands(result.stdout, 'error').filter((c) => c.includes('file='));
  const fileWarnings = commands(result.stdout, 'warning').filter((c) => c.includes('file='));
  expect(fileErrors).toHaveLength(9);
  expect(fileWarnings.length).toBeLessThanOrEqual(10);
  const total = Number(result.outputs.errors) + Number(result.outputs.warnings);
  const left = total - fileErrors.length - fileWarnings.length;
  expect(commands(result.stdout, 'notice')).toEqual([
    `::notice::${left} more findings did not fit GitHub's limit of 10 error and 10 warning annotations per step; the job summary lists them all.`,
  ]);
  expect(commands(result.stdout, 'error').at(-1)).toMatch(
    /^::error::PrivacySpec: The change brings \d+ new errors \(fail-on: error\)\.$/,
  );
  expect(result.code).toBe(1);
}, 90_000); // linting and diffing 3,000 purposes takes seconds, more on a loaded machine
