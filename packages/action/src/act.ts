import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import {
  declarationChanges,
  formatters,
  gate,
  MAX_REPORT_LENGTH,
  plural,
  reachesRisk,
  toResult,
  type GateOutcome,
  type LintResult,
  type Review,
} from '@privacyspec/linter';
import {
  ConfigFinder,
  declarationMatcher,
  findDeclarations,
  lintFiles,
  reviewFiles,
  writeTextFile,
  type DeclarationReader,
} from '@privacyspec/linter/node';
import { annotate, ANNOTATION_LIMIT } from './annotations.js';
import { MARKER, MAX_COMMENT_LENGTH, syncComment } from './comment.js';
import { describeError, httpStatus } from './errors.js';
import { InputError, type Inputs } from './inputs.js';
import type { Environment } from './main.js';
import { warn, warningsSoFar } from './log.js';
import { createOctokit, type Octokit } from './octokit.js';
import {
  apiReader,
  headReader,
  listPullRequestFiles,
  pullRequestFrom,
  readingOnce,
  repositoryPath,
  type PullRequest,
} from './pull-request.js';
import {
  buildReport,
  formatterContext,
  noDeclarationReport,
  noticeChangesReport,
  scanSection,
  type DeclarationTexts,
  type ReportInput,
} from './report.js';
import { scanPullRequest, scanSelection, scanWorkspace, type ScanReport } from './scan.js';

/** What one run found: reviews on a pull request (undefined on push) and lint results. */
interface Outcome {
  reviews: Review[] | undefined;
  results: LintResult[];
  /** The pull request to comment on (and its client); undefined on push, or when its files could not be listed. */
  pr: { pr: PullRequest; octokit: Octokit } | undefined;
  sha: string | undefined;
  /** The declarations' texts as read for the review, to render the notice sections they change. */
  texts: DeclarationTexts | undefined;
  /** What the code brings in that the declarations do not say (on a pull request: what it adds); undefined when not scanned. */
  scan: ScanReport | undefined;
}

/** Lints (push) or reviews (pull request), then publishes; errors reach run()'s one line. */
export async function act(inputs: Inputs, env: Environment): Promise<void> {
  // The `config` input for every file (loaded now, so a bad one fails the step before any
  // request), or else each file's nearest privacyspec.config.yaml, as the CLI does.
  const config = await ConfigFinder.open(env.workspace, inputs.config, env.workspace);
  const outcome =
    env.event === 'push'
      ? await lintWorkspace(inputs, env, config)
      : await reviewPullRequest(inputs, env, config);
  await publish(outcome, inputs, env);
}

/** The event's payload, as the runner wrote it to GITHUB_EVENT_PATH (empty when there is none). */
function eventPayload(): Record<string, unknown> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** owner/repo from GITHUB_REPOSITORY, which the runner always sets. */
function repositoryOf(env: Environment): { owner: string; repo: string } {
  const [owner, repo] = (env.repository ?? '').split('/');
  if (!owner || !repo)
    throw new Error(
      'GITHUB_REPOSITORY is not set to owner/repo; is this running on GitHub Actions?',
    );
  return { owner, repo };
}

/** push: every declaration in the workspace that `files` matches, linted; no diff, no comment. */
async function lintWorkspace(
  inputs: Inputs,
  env: Environment,
  config: ConfigFinder,
): Promise<Outcome> {
  const paths = await findDeclarations(env.workspace, declarationMatcher(inputs.files));
  if (paths.length === 0)
    warn(
      `No file in the workspace matches ${inputs.files.join(', ')}; did the workflow run actions/checkout before PrivacySpec?`,
    );
  const declarations = paths.map((path) => resolve(env.workspace, path));
  const linted = await lintFiles(declarations, { config, root: env.workspace });
  return {
    reviews: undefined,
    results: linted.map((file) => file.result),
    pr: undefined,
    sha: process.env.GITHUB_SHA,
    texts: undefined,
    scan: inputs.scan
      ? await scanning(() =>
          scanWorkspace(scanSelection(inputs.scanPaths), declarations, env.workspace),
        )
      : undefined,
  };
}

/** A scan that fails is a warning: the declarations' report still goes out. */
async function scanning(scan: () => Promise<ScanReport>): Promise<ScanReport | undefined> {
  try {
    return await scan();
  } catch (error) {
    warn(`PrivacySpec could not scan the code for services (${describeError(error)}).`);
    return undefined;
  }
}

/**
 * pull_request / pull_request_target: the declarations the pull request changes (removed
 * and renamed ones too), reviewed by the node layer with the head from the workspace (or the
 * API) and the base from the API at the base commit.
 */
async function reviewPullRequest(
  inputs: Inputs,
  env: Environment,
  config: ConfigFinder,
): Promise<Outcome> {
  const pr = pullRequestFrom(eventPayload(), repositoryOf(env));
  if (!pr)
    throw new Error(
      `the ${env.event} event has no pull request in its payload (number, base and head sha).`,
    );
  if (inputs.githubToken === '') {
    throw new InputError(
      'Input "github-token" is empty; a pull request needs it to read the base versions and to comment (the default is the job token).',
    );
  }
  const octokit = createOctokit(inputs.githubToken, env.apiUrl);
  const isDeclaration = declarationMatcher(inputs.files);
  let files;
  try {
    files = await listPullRequestFiles(octokit, pr, env.workspace);
  } catch (error) {
    warn(
      `PrivacySpec could not list the files of pull request #${pr.number} (${describeError(error)}); it linted every declaration in the workspace${inputs.scan ? ' and scanned all its code' : ''} instead, without a diff or a comment.`,
    );
    return { ...(await lintWorkspace(inputs, env, config)), sha: pr.headSha };
  }
  const changed = declarationChanges(files, (path) =>
    isDeclaration(repositoryPath(env.workspace, path)),
  );
  const texts = { base: new Map<string, string>(), head: new Map<string, string>() };
  const workspaceIsHead = env.event === 'pull_request';
  // The scan reads the side that is not in the workspace through these too: a declaration is
  // asked for once.
  const readBase = readingOnce(apiReader(octokit, pr, env.workspace, pr.baseSha));
  const readHead = readingOnce(headReader(octokit, pr, env.workspace, workspaceIsHead));
  const reviews = await reviewFiles(changed, {
    readBase: keepingText(readBase, texts.base),
    readHead: keepingText(readHead, texts.head),
    config,
  });
  for (const review of reviews) {
    if (review.problem)
      warn(`${repositoryPath(env.workspace, review.filePath)}: ${review.problem.message}`);
  }
  const scan = inputs.scan
    ? await scanning(() =>
        scanPullRequest({
          selection: scanSelection(inputs.scanPaths),
          isDeclaration,
          declarations: async () =>
            (await findDeclarations(env.workspace, isDeclaration)).map((path) =>
              resolve(env.workspace, path),
            ),
          files,
          workspace: env.workspace,
          workspaceIsHead,
          readOther: workspaceIsHead ? readBase : readHead,
        }),
      )
    : undefined;
  return {
    reviews,
    results: reviews.filter((r) => r.status !== 'removed').map((r) => r.head),
    pr: { pr, octokit },
    sha: pr.headSha,
    texts,
    scan,
  };
}

/** The reader, keeping each text it reads by path: the notice is rendered from what was reviewed, with no second request. */
function keepingText(read: DeclarationReader, texts: Map<string, string>): DeclarationReader {
  return async (filePath) => {
    const outcome = await read(filePath);
    if ('text' in outcome) texts.set(filePath, outcome.text);
    return outcome;
  };
}

async function publish(outcome: Outcome, inputs: Inputs, env: Environment): Promise<void> {
  const { reviews } = outcome;
  const scanResults = outcome.scan?.results ?? [];
  // Declarations and code alike: annotations, SARIF, counts and, on push, the findings table.
  const results = mergeResults(outcome.results, scanResults);
  const links = lineLinks(env, outcome);
  // On a pull request the scan has a section of its own; on push its findings are in the table.
  const scanText =
    reviews && outcome.scan ? scanSection(outcome.scan, env.workspace, links.lineUrl) : '';
  const changesNothing = reviews !== undefined && reviews.length === 0 && scanText === '';
  const input: ReportInput = {
    reviews,
    results: reviews ? outcome.results : results,
    cwd: env.workspace,
    sha: outcome.sha,
    runUrl: env.runUrl,
    ...links,
    ...(scanText ? { scanSection: scanText } : {}),
  };

  // One rendering for the job summary and the comment. The summary first: whatever happens
  // to the comment, the report is kept. Only the summary has room for the notice text.
  const report = changesNothing
    ? noDeclarationReport(input, inputs, false)
    : buildReport(input, MAX_COMMENT_LENGTH - MARKER.length - 1);
  let notice = '';
  try {
    if (reviews && outcome.texts)
      notice = noticeChangesReport(reviews, outcome.texts, env.workspace, MAX_REPORT_LENGTH);
  } catch (error) {
    warn(
      `PrivacySpec could not render the notice sections the pull request changes (${describeError(error)}).`,
    );
  }
  try {
    await core.summary.addRaw(report).addRaw(notice).write();
  } catch (error) {
    warn(`PrivacySpec could not write the job summary (${describeError(error)}).`);
  }

  if (inputs.sarifFile !== undefined) {
    try {
      await writeTextFile(
        resolve(env.workspace, inputs.sarifFile),
        formatters.sarif(results, formatterContext(env.workspace)),
      );
    } catch (error) {
      warn(
        `PrivacySpec could not write the SARIF file ${inputs.sarifFile} (${describeError(error)}).`,
      );
    }
  }

  if (outcome.pr && inputs.comment) {
    const { pr, octokit } = outcome.pr;
    const body = changesNothing ? undefined : `${MARKER}\n${report}`;
    const stale = `${MARKER}\n${noDeclarationReport(input, inputs, true)}`;
    try {
      const done = await syncComment(octokit, pr, body, stale);
      core.info(`PrivacySpec comment on pull request #${pr.number}: ${done}.`);
    } catch (error) {
      warn(commentFailure(error, pr.number));
    }
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const changes = (reviews ?? []).reduce((n, r) => n + r.changes.length, 0);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('changes', changes);
  core.setOutput('high-risk', reachesRisk(reviews ?? [], 'high') ? 'true' : 'false');

  const verdict = reviews
    ? withScan(
        gate(reviews, inputs, (filePath) => repositoryPath(env.workspace, filePath)),
        scanResults,
        inputs,
      )
    : lintGate(results, inputs);
  const fails = verdict.verdict !== 'pass';
  // The failure message and PrivacySpec's own warnings count against GitHub's caps too.
  annotate(results, (filePath) => repositoryPath(env.workspace, filePath), {
    error: ANNOTATION_LIMIT - (fails ? 1 : 0),
    warning: Math.max(0, ANNOTATION_LIMIT - warningsSoFar()),
  });
  const declarations = outcome.results.length;
  core.info(
    `PrivacySpec: ${declarations} ${plural(declarations, 'declaration')}, ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}, ${changes} ${plural(changes, 'change')} in data handling.`,
  );
  if (verdict.verdict === 'incomparable')
    core.setFailed(`PrivacySpec could not compare: ${verdict.reasons.join(' ')}`);
  else if (fails) core.setFailed(`PrivacySpec: ${verdict.reasons.join(' ')}`);
}

/** On push there is nothing to compare with: every finding counts, per fail-on. */
function lintGate(results: readonly LintResult[], inputs: Inputs): GateOutcome {
  const reason = findingsReason(results, inputs, (counts) => `Found ${counts}`);
  return reason ? { verdict: 'fail', reasons: [reason] } : { verdict: 'pass', reasons: [] };
}

/**
 * A pull request's gate with what its code adds: the scan's findings are new by construction
 * and count per fail-on as new lint findings do (an undeclared service outside the EEA is an
 * error, inside it a warning, as in `privacyspec scan`).
 */
function withScan(
  verdict: GateOutcome,
  scanResults: readonly LintResult[],
  inputs: Inputs,
): GateOutcome {
  if (verdict.verdict === 'incomparable') return verdict;
  const reason = findingsReason(
    scanResults,
    inputs,
    (counts) => `The code the change brings in has ${counts} from the scan`,
  );
  return reason ? { verdict: 'fail', reasons: [...verdict.reasons, reason] } : verdict;
}

/** Why `results` fail the step per fail-on, or undefined when they do not. */
function findingsReason(
  results: readonly LintResult[],
  inputs: Inputs,
  sentence: (counts: string) => string,
): string | undefined {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const fails =
    inputs.failOn === 'error'
      ? errors > 0
      : inputs.failOn === 'warning'
        ? errors + warnings > 0
        : false;
  const counts = `${errors} ${plural(errors, 'error')} and ${warnings} ${plural(warnings, 'warning')}`;
  return fails ? `${sentence(counts)} (fail-on: ${inputs.failOn}).` : undefined;
}

/** Lint and scan results as one list, one result per file (a declaration can have both). */
function mergeResults(linted: readonly LintResult[], scanned: readonly LintResult[]): LintResult[] {
  if (scanned.length === 0) return [...linted];
  const byFile = new Map<string, LintResult>();
  for (const result of [...linted, ...scanned]) {
    const earlier = byFile.get(result.filePath);
    byFile.set(
      result.filePath,
      earlier
        ? toResult(result.filePath, [...earlier.messages, ...result.messages], earlier.source)
        : result,
    );
  }
  return [...byFile.values()];
}

/** Each finding's line links to the file at the head commit. */
function lineLinks(env: Environment, outcome: Outcome): Pick<ReportInput, 'lineUrl'> {
  if (!env.repository || !outcome.pr) return {};
  const base = `${env.serverUrl}/${env.repository}/blob/${outcome.pr.pr.headSha}/`;
  return {
    lineUrl: (filePath, line) =>
      `${base}${repositoryPath(env.workspace, filePath).split('/').map(encodeURIComponent).join('/')}#L${line}`,
  };
}

function commentFailure(error: unknown, number: number): string {
  const status = httpStatus(error);
  const why =
    status === 403 || status === 404
      ? 'the token may not write to pull requests (a pull request from a fork gets a read-only token; give the job `pull-requests: write`)'
      : 'GitHub did not accept the request, even after retries';
  return `PrivacySpec could not comment on pull request #${number} (${describeError(error)}): ${why}. The report is in the job summary.`;
}
