import { relative, resolve, sep } from 'node:path';
import type { ListedChange } from '@privacyspec/linter';
import {
  decodeDeclaration,
  fileProblem,
  readDeclarationFile,
  type DeclarationReader,
  type SideOutcome,
} from '@privacyspec/linter/node';
import { describeError, httpStatus } from './errors.js';
import { warn } from './log.js';
import type { Octokit } from './octokit.js';

/** What the action needs from a pull_request / pull_request_target payload. */
export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

/** Reads the pull request from the event payload; undefined when the payload has none. */
export function pullRequestFrom(
  payload: Record<string, unknown>,
  repository: { owner: string; repo: string },
): PullRequest | undefined {
  const pr = payload.pull_request as
    { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  const number = pr?.number ?? payload.number;
  const baseSha = pr?.base?.sha;
  const headSha = pr?.head?.sha;
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string')
    return undefined;
  return { ...repository, number, baseSha, headSha };
}

/** GitHub lists at most this many files of a pull request. */
const LIST_FILES_CAP = 3000;

/** A file the pull request changes, with absolute paths in the workspace; `added` when the base has none. */
export interface PullRequestFile extends ListedChange {
  added?: true;
}

/**
 * The pull request's changed files (every page), with absolute paths in the workspace: a
 * renamed one with its `previous_filename`, a removed one marked so, and so an added one.
 */
export async function listPullRequestFiles(
  octokit: Octokit,
  pr: PullRequest,
  workspace: string,
): Promise<PullRequestFile[]> {
  const files = await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  if (files.length >= LIST_FILES_CAP) {
    warn(
      `Pull request #${pr.number} changes ${LIST_FILES_CAP} files or more and GitHub lists only the first ${LIST_FILES_CAP}; a declaration or manifest beyond them is not reviewed.`,
    );
  }
  return files.map((file) => ({
    path: resolve(workspace, file.filename),
    ...(file.status === 'renamed' && file.previous_filename !== undefined
      ? { previousPath: resolve(workspace, file.previous_filename) }
      : {}),
    ...(file.status === 'removed' ? { removed: true } : {}),
    // A copy is a new file at head, as an addition is.
    ...(file.status === 'added' || file.status === 'copied' ? { added: true as const } : {}),
  }));
}

/** Reads a workspace path at a commit through the contents API; 404 is a missing file. */
export function apiReader(
  octokit: Octokit,
  pr: PullRequest,
  workspace: string,
  ref: string,
): DeclarationReader {
  return (filePath) => readAtCommit(octokit, pr, repositoryPath(workspace, filePath), ref);
}

/**
 * The head version: from the workspace on pull_request (the runner checked out the merge
 * commit), with the safe reader's check that a link stays in the workspace. On
 * pull_request_target the workspace holds the base branch, so the head is read through the
 * API at the head commit; so is a file missing from the workspace (no checkout).
 */
export function headReader(
  octokit: Octokit,
  pr: PullRequest,
  workspace: string,
  fromWorkspace: boolean,
): DeclarationReader {
  const fromApi = apiReader(octokit, pr, workspace, pr.headSha);
  return async (filePath) => {
    if (fromWorkspace) {
      const read = await readDeclarationFile(filePath, { root: workspace });
      if (!('missing' in read)) return read;
      warn(
        `${repositoryPath(workspace, filePath)} is not in the workspace (add actions/checkout before PrivacySpec); it was read from GitHub at the head commit instead.`,
      );
    }
    return fromApi(filePath);
  };
}

/** `read`, asked once a path: later calls get the first outcome (the review and the scan share reads). */
export function readingOnce(read: DeclarationReader): DeclarationReader {
  const outcomes = new Map<string, Promise<SideOutcome>>();
  return (filePath) => {
    let outcome = outcomes.get(filePath);
    if (!outcome) {
      outcome = read(filePath);
      outcomes.set(filePath, outcome);
    }
    return outcome;
  };
}

async function readAtCommit(
  octokit: Octokit,
  pr: PullRequest,
  path: string,
  ref: string,
): Promise<SideOutcome> {
  const at = `at ${ref.slice(0, 7)}`;
  let bytes: Uint8Array;
  try {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: pr.owner,
      repo: pr.repo,
      path,
      ref,
    });
    if (Array.isArray(data) || data.type !== 'file')
      return fileProblem(`The path is not a file ${at}.`);
    if (data.encoding === 'base64') {
      bytes = Buffer.from(data.content, 'base64');
    } else {
      // Files over 1 MB come without content; the raw media type returns them whole.
      const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
      });
      const body: unknown = raw.data;
      if (typeof body === 'string') bytes = Buffer.from(body, 'utf8');
      else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
      else if (body instanceof Uint8Array) bytes = body;
      else
        return fileProblem(
          `The file could not be read from GitHub ${at} (the response held no file content).`,
        );
    }
  } catch (error) {
    if (httpStatus(error) === 404) return { missing: true };
    return fileProblem(`The file could not be read from GitHub ${at} (${describeError(error)}).`);
  }
  // The CLI's checks: the size limit before decoding, binary data, UTF-8 with line:column.
  return decodeDeclaration(bytes);
}

/** The path GitHub wants: relative to the repository root, with forward slashes. */
export function repositoryPath(workspace: string, filePath: string): string {
  return relative(workspace, filePath).split(sep).join('/');
}
