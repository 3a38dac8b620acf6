import type { Octokit } from './octokit.js';
import type { PullRequest } from './pull-request.js';

/** Hidden in the rendered comment, and its first line: that is how the comment is found again. */
export const MARKER = '<!-- privacyspec:report -->';
/** GitHub refuses a comment body longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

/**
 * Whether a comment is an earlier report: it opens with the marker and a bot wrote it (the
 * job's token posts as github-actions[bot], a GitHub App's as <app>[bot]). A person's comment
 * that quotes the marker is never taken for it, and no call to /user is needed, which App
 * tokens may not make.
 */
function isReport(comment: {
  body?: string | null;
  user?: { type?: string; login?: string } | null;
}): boolean {
  return (
    comment.body?.startsWith(MARKER) === true &&
    (comment.user?.type === 'Bot' || comment.user?.login?.endsWith('[bot]') === true)
  );
}

/**
 * Keeps exactly one PrivacySpec comment on the pull request. `body` is the new report, or
 * undefined when the pull request touches no declaration: then an existing comment gets
 * `staleBody` (so it does not describe changes that are gone) and none is created.
 * Errors (403 on a fork's read-only token, 5xx after retries) propagate to the caller.
 */
export async function syncComment(
  octokit: Octokit,
  pr: PullRequest,
  body: string | undefined,
  staleBody: string,
): Promise<CommentOutcome> {
  for (const text of [body, staleBody]) {
    if (text !== undefined && (!text.startsWith(MARKER) || text.length > MAX_COMMENT_LENGTH)) {
      throw new Error(
        `Internal error: a comment body must open with the marker and stay within ${MAX_COMMENT_LENGTH} characters.`,
      );
    }
  }
  const comments = await octokit.paginate(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 },
  );
  const existing = comments.find(isReport);
  const wanted = body ?? (existing ? staleBody : undefined);
  if (wanted === undefined) return 'none';
  if (existing) {
    if (existing.body === wanted) return 'unchanged';
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: pr.owner,
      repo: pr.repo,
      comment_id: Number(existing.id),
      body: wanted,
    });
    return 'updated';
  }
  await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body: wanted,
  });
  return 'created';
}
