import type { Octokit } from './octokit.js';
import type { PullRequest } from './pull-request.js';

/** Hidden in the rendered comment; with the author's login it finds the comment again. */
export const MARKER = '<!-- privacyspec:report -->';
/** Who posts with the job's GITHUB_TOKEN, which may not read GET /user. */
export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
/** GitHub refuses a comment body longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'none';

/**
 * Keeps exactly one PrivacySpec comment on the pull request. `body` is the new report, or
 * undefined when the pull request touches no declaration: then an existing comment gets
 * `staleBody` (so it does not describe changes that are gone) and none is created.
 * Errors (403 on a fork's read-only token, 5xx after retries) propagate to the caller.
 */
export async function syncComment(octokit: Octokit, pr: PullRequest, body: string | undefined, staleBody: string): Promise<CommentOutcome> {
  for (const text of [body, staleBody]) {
    if (text !== undefined && (!text.includes(MARKER) || text.length > MAX_COMMENT_LENGTH)) {
      throw new Error(`Internal error: a comment body must carry the marker and stay within ${MAX_COMMENT_LENGTH} characters.`);
    }
  }
  const login = await ownLogin(octokit);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const existing = comments.find((comment) => comment.user?.login === login && comment.body?.includes(MARKER) === true);
  const wanted = body ?? (existing ? staleBody : undefined);
  if (wanted === undefined) return 'none';
  if (existing) {
    if (existing.body === wanted) return 'unchanged';
    await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: Number(existing.id), body: wanted });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body: wanted });
  return 'created';
}

/** The token's own login (a personal token may read /user); the job token's bot otherwise. */
async function ownLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return GITHUB_ACTIONS_LOGIN;
  }
}
