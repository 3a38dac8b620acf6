// The notice text a pull request changes, rendered into the job summary (and not the comment):
// the built bundle on Node 24 against the fake REST API.
import { rm } from 'node:fs/promises';
import { changedNoticeSections } from '@privacyspec/render';
import { load, type Declaration } from '@privacyspec/schema';
import { afterEach, expect, it } from 'vitest';
import {
  BASE_SHA,
  example,
  HEAD_SHA,
  optimeraPullRequest,
  PR_NUMBER,
  type PullRequestFixture,
} from './fixtures.js';
import { pullRequestPayload, runAction } from './run-action.js';

let fixture: PullRequestFixture;

afterEach(async () => {
  await fixture.github.stop();
  await rm(fixture.workspace, { recursive: true, force: true });
});

function declaration(text: string): Declaration {
  const { declaration, diagnostics } = load(text);
  if (!declaration) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return declaration;
}

it("puts the Optimera change's new purpose, in Swedish, into the job summary and not into the comment", async () => {
  fixture = await optimeraPullRequest();
  const result = await runAction({
    event: 'pull_request',
    payload: pullRequestPayload(PR_NUMBER, BASE_SHA, HEAD_SHA),
    workspace: fixture.workspace,
    github: fixture.github,
  });
  expect(result.stderr).toBe('');
  const comment = fixture.github.comments.get(PR_NUMBER)![0]!.body!;

  const heading = '\n### How the notice reads after this change\n';
  expect(result.summary.split(heading)).toHaveLength(2);
  const notice = result.summary.slice(result.summary.indexOf(heading));

  // Optimera's declaration says `language: sv`: the section reads as the published Swedish notice.
  const sections = changedNoticeSections(
    declaration(await example('optimera', 'privacy.before.yaml')),
    declaration(await example('optimera')),
  );
  const customerService = sections.find((section) => section.id === 'purpose-customer-service');
  expect(customerService?.status).toBe('added');
  expect(customerService!.markdown).toMatch(
    /^#### Ändamål och rättslig grund › Kundtjänst, klagomåls- och supportärenden · _new_\n/,
  );
  expect(customerService!.markdown).toContain(
    '- **Rättslig grund:** Fullgörande av avtal \\(artikel 6\\(1\\)\\(b\\)',
  );
  expect(customerService!.markdown).toContain('- **Lagringstid:** 90 dygn');
  expect(notice).toContain(customerService!.markdown);
  // The recipient now outside the EEA brings its transfer section.
  expect(
    sections.some((section) => section.id.startsWith('transfer-') && section.status === 'added'),
  ).toBe(true);
  for (const section of sections) expect(notice).toContain(section.markdown);

  // Folded per file; the deleted declaration is one note; the comment stays short.
  expect(notice).toMatch(
    /<details>\n<summary>optimera\/privacy\.yaml: \d+ new, \d+ changed sections?<\/summary>\n/,
  );
  expect(notice).toMatch(
    /<details>\n<summary>legacy\/privacy\.yaml: 1 removed section<\/summary>\n\n#### .+ · _removed_\n/,
  );
  expect(notice).toContain('<summary>shop/privacy.yaml: ');
  // The shop's recipient with a hostile name: new in the recipients and transfers sections, as text.
  expect(notice).toContain(
    '#### Mottagare › Mailer \\<img src=x onerror=alert\\(1\\)\\> AB \\| @octocat \\#1 · _new_',
  );
  expect(notice).not.toMatch(/(?<!\\)<img/);
  expect((notice.match(/<details>/g) ?? []).length).toBe(3);
  expect((notice.match(/<\/details>/g) ?? []).length).toBe(3);
  expect(comment).not.toContain('How the notice reads');
  expect(comment).not.toContain(customerService!.markdown.split('\n')[0]);
  expect(comment).not.toContain('Fullgörande av avtal');
});
