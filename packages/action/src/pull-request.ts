import { decodeDeclaration } from '@privacyspec/linter/node';
import { describeError, httpStatus } from './errors.js';
import { warn } from './log.js';
import type { Octokit } from './octokit.js';
import { fileProblem, readWorkspaceFile, type FileProblem } from './workspace.js';

/** What the action needs from a pull_request / pull_request_target payload. */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

/** Reads the pull request from the event payload; undefined when the payload has none. */
export function pullRequestFrom(payload: Record<string, unknown>, repository: { owner: string; repo: string }): PullRequest | undefined {
  const pr = payload.pull_request as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  const number = pr?.number ?? payload.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') return undefined;
  return { ...repository, number, baseSha, headSha };
}

/** A declaration the pull request adds, changes or renames. */
export interface ChangedDeclaration {
  /** Repository-relative path at the head. */
  path: string;
  /** Where it was at the base: the old name of a renamed file, else `path`. */
  basePath: string;
}

/** GitHub lists at most this many files of a pull request. */
const LIST_FILES_CAP = 3000;

/**
 * The pull request's changed files (every page) that `matches` accepts. A removed file has
 * nothing to lint; a renamed one is compared with its old name at the base.
 */
export async function listChangedDeclarations(octokit: Octokit, pr: PullRequest, matches: (path: string) => boolean): Promise<ChangedDeclaration[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  if (files.length >= LIST_FILES_CAP) {
    warn(`Pull request #${pr.number} changes ${LIST_FILES_CAP} files or more and GitHub lists only the first ${LIST_FILES_CAP}; a declaration beyond them is not reviewed.`);
  }
  return files
    .filter((file) => file.status !== 'removed' && matches(file.filename))
    .map((file) => ({ path: file.filename, basePath: file.previous_filename ?? file.filename }));
}

export type Side = { text: string } | { missing: true } | { problem: FileProblem };

/**
 * The base version through the contents API at the base commit, so no deep checkout is
 * needed. 404 means the file is new in the pull request.
 */
export async function readBase(octokit: Octokit, pr: PullRequest, path: string): Promise<Side> {
  return readAtCommit(octokit, pr, path, pr.baseSha);
}

/**
 * The head version: from the workspace on pull_request (the runner checked out the merge
 * commit). On pull_request_target the workspace holds the base branch, so the head is read
 * through the API at the head commit; so is a file missing from the workspace (no checkout).
 */
export async function readHead(octokit: Octokit, pr: PullRequest, path: string, workspace: string, fromWorkspace: boolean): Promise<Side> {
  if (fromWorkspace) {
    const read = await readWorkspaceFile(workspace, path);
    if (!('missing' in read)) return read;
    warn(`${path} is not in the workspace (add actions/checkout before PrivacySpec); it was read from GitHub at the head commit instead.`);
  }
  const read = await readAtCommit(octokit, pr, path, pr.headSha);
  return 'missing' in read ? { problem: fileProblem(`The file was not found at the head commit ${pr.headSha.slice(0, 7)}.`) } : read;
}

async function readAtCommit(octokit: Octokit, pr: PullRequest, path: string, ref: string): Promise<Side> {
  const at = `at ${ref.slice(0, 7)}`;
  let bytes: Uint8Array;
  try {
    const { data } = await octokit.rest.repos.getContent({ owner: pr.owner, repo: pr.repo, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return { problem: fileProblem(`The path is not a file ${at}.`) };
    if (data.encoding === 'base64') {
      bytes = Buffer.from(data.content, 'base64');
    } else {
      // Files over 1 MB come without content; the raw media type returns them whole.
      const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: pr.owner, repo: pr.repo, path, ref, mediaType: { format: 'raw' } });
      const body: unknown = raw.data;
      if (typeof body === 'string') bytes = Buffer.from(body, 'utf8');
      else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
      else if (body instanceof Uint8Array) bytes = body;
      else return { problem: fileProblem(`The file could not be read from GitHub ${at} (the response held no file content).`) };
    }
  } catch (error) {
    if (httpStatus(error) === 404) return { missing: true };
    return { problem: fileProblem(`The file could not be read from GitHub ${at} (${describeError(error)}).`) };
  }
  // The CLI's checks: the size limit before decoding, binary data, UTF-8 with line:column.
  return decodeDeclaration(bytes);
}
