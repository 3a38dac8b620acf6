import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { diagnosticResult, formatters, lintText, reachesRisk, review, type LintResult, type ResolvedConfig, type Review } from '@privacyspec/linter';
import { CliError, ConfigFinder } from '@privacyspec/linter/node';
import { START_OF_FILE } from '@privacyspec/schema';
import { annotate, ANNOTATION_LIMIT } from './annotations.js';
import { MARKER, MAX_COMMENT_LENGTH, syncComment } from './comment.js';
import { describeError, httpStatus } from './errors.js';
import { InputError, readInputs, type Inputs } from './inputs.js';
import { warn, warningsSoFar } from './log.js';
import { createOctokit, type Octokit } from './octokit.js';
import { listChangedDeclarations, pullRequestFrom, readBase, readHead, type PullRequest } from './pull-request.js';
import { buildReport, formatterContext, noDeclarationReport, plural, SUMMARY_MAX_LENGTH, type ReportInput } from './report.js';
import { declarationMatcher, fileProblem, findDeclarations, readWorkspaceFile } from './workspace.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** What one run found: reviews on a pull request (undefined on push) and lint results. */
interface Outcome {
  reviews: Review[] | undefined;
  results: LintResult[];
  /** The pull request to comment on (and its client); undefined on push, or when its files could not be listed. */
  pr: { pr: PullRequest; octokit: Octokit } | undefined;
  sha: string | undefined;
}

interface Environment {
  event: string;
  workspace: string;
  apiUrl: string;
  runUrl: string | undefined;
}

/**
 * The action: reads the inputs, lints (push) or reviews (pull request), then publishes the
 * report to the job summary, the SARIF file, the pull request's comment, annotations and
 * outputs, and fails per `fail-on`. Every error ends as one line in core.setFailed.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const env = environment();
    if (env.event !== 'push' && !PULL_REQUEST_EVENTS.has(env.event)) {
      core.notice(`PrivacySpec runs on pull_request and push events; nothing to do for ${env.event || 'an unnamed event'}.`);
      return;
    }
    const configFor = await configLoader(inputs.config, env.workspace);
    const outcome = env.event === 'push' ? await lintWorkspace(inputs, env, configFor) : await reviewPullRequest(inputs, env, configFor);
    await publish(outcome, inputs, env);
  } catch (error) {
    const known = error instanceof InputError || error instanceof CliError;
    core.setFailed(known ? error.message : `PrivacySpec could not run: ${describeError(error)}`);
  }
}

function environment(): Environment {
  const { GITHUB_EVENT_NAME, GITHUB_WORKSPACE, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  return {
    event: GITHUB_EVENT_NAME ?? '',
    workspace: resolve(GITHUB_WORKSPACE || process.cwd()),
    apiUrl: GITHUB_API_URL || 'https://api.github.com',
    runUrl: GITHUB_REPOSITORY && GITHUB_RUN_ID ? `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}` : undefined,
  };
}

type ConfigFor = (filePath: string) => Promise<ResolvedConfig>;

/**
 * The `config` input for every file (loaded now, so a bad one fails the step before any
 * request), or else each file's nearest privacyspec.config.yaml, as the CLI does.
 */
async function configLoader(config: string | undefined, workspace: string): Promise<ConfigFor> {
  const finder = new ConfigFinder();
  const explicit = config !== undefined ? resolve(workspace, config) : undefined;
  if (explicit !== undefined) await finder.configFor(workspace, explicit);
  return (filePath) => finder.configFor(filePath, explicit);
}

/** push: every declaration in the workspace that `files` matches, linted; no diff, no comment. */
async function lintWorkspace(inputs: Inputs, env: Environment, configFor: ConfigFor): Promise<Outcome> {
  const paths = await findDeclarations(env.workspace, declarationMatcher(inputs.files));
  if (paths.length === 0) warn(`No file in the workspace matches ${inputs.files.join(', ')}; did the workflow run actions/checkout before PrivacySpec?`);
  const results: LintResult[] = [];
  for (const path of paths) {
    const filePath = resolve(env.workspace, path);
    const read = await readWorkspaceFile(env.workspace, path);
    if ('text' in read) results.push(lintText(read.text, { filePath, config: await configFor(filePath) }));
    else results.push(diagnosticResult(filePath, 'problem' in read ? read.problem : fileProblem('The file disappeared while PrivacySpec was reading the workspace.')));
  }
  return { reviews: undefined, results, pr: undefined, sha: process.env.GITHUB_SHA };
}

/**
 * pull_request / pull_request_target: the declarations the pull request changes, each
 * linted at the head and compared with its base (read through the API at the base commit).
 */
async function reviewPullRequest(inputs: Inputs, env: Environment, configFor: ConfigFor): Promise<Outcome> {
  const pr = pullRequestFrom(github.context.payload, github.context.repo);
  if (!pr) throw new Error(`the ${env.event} event has no pull request in its payload (number, base and head sha).`);
  if (inputs.githubToken === '') {
    throw new InputError('Input "github-token" is empty; a pull request needs it to read the base versions and to comment (the default is the job token).');
  }
  const octokit = createOctokit(inputs.githubToken, env.apiUrl);
  let changed;
  try {
    changed = await listChangedDeclarations(octokit, pr, declarationMatcher(inputs.files));
  } catch (error) {
    warn(`PrivacySpec could not list the files of pull request #${pr.number} (${describeError(error)}); it linted every declaration in the workspace instead, without a diff or a comment.`);
    return { ...(await lintWorkspace(inputs, env, configFor)), sha: pr.headSha };
  }
  const reviews: Review[] = [];
  const results: LintResult[] = [];
  for (const file of changed) {
    const filePath = resolve(env.workspace, file.path);
    const options = { config: await configFor(filePath) };
    const head = await readHead(octokit, pr, file.path, env.workspace, env.event === 'pull_request');
    if (!('text' in head)) {
      results.push(diagnosticResult(filePath, 'problem' in head ? head.problem : fileProblem('The file could not be found.')));
      continue;
    }
    const base = await readBase(octokit, pr, file.basePath);
    let result: Review;
    if ('problem' in base) {
      // The head is still linted; with no base there is no change or finding to compare. The
      // base's result is its read problem (not undefined, which would make the file new).
      const { message, range } = base.problem;
      const where = range.line === START_OF_FILE.line && range.column === START_OF_FILE.column ? '' : ` (line ${range.line}, column ${range.column})`;
      const problem = `The base version could not be read${where}: ${message} So changes in data handling cannot be shown.`;
      const headResult = lintText(head.text, { ...options, filePath });
      result = { filePath, changes: [], introduced: [], resolved: [], head: headResult, base: diagnosticResult(filePath, base.problem), problem };
    } else {
      result = review({ base: 'text' in base ? base.text : undefined, head: head.text, filePath }, options);
    }
    if (result.problem) warn(`${file.path}: ${result.problem}`);
    reviews.push(result);
    results.push(result.head);
  }
  return { reviews, results, pr: { pr, octokit }, sha: pr.headSha };
}

async function publish(outcome: Outcome, inputs: Inputs, env: Environment): Promise<void> {
  const { results, reviews } = outcome;
  const input: ReportInput = { reviews, results, cwd: env.workspace, sha: outcome.sha, runUrl: env.runUrl };
  const changesNothing = reviews !== undefined && results.length === 0;

  // The job summary first: whatever happens to the comment, the report is kept.
  const summary = changesNothing ? noDeclarationReport(input, inputs.files, { noLonger: false }) : buildReport(input, { maxLength: SUMMARY_MAX_LENGTH });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    warn(`PrivacySpec could not write the job summary (${describeError(error)}).`);
  }

  if (inputs.sarifFile !== undefined) {
    const target = resolve(env.workspace, inputs.sarifFile);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, formatters.sarif(results, formatterContext(env.workspace)));
    } catch (error) {
      warn(`PrivacySpec could not write the SARIF file ${inputs.sarifFile} (${describeError(error)}).`);
    }
  }

  if (outcome.pr && inputs.comment) {
    const { pr, octokit } = outcome.pr;
    const body = changesNothing ? undefined : buildReport(input, { maxLength: MAX_COMMENT_LENGTH, marker: MARKER, ...(env.runUrl ? { fullReportUrl: env.runUrl } : {}) });
    const stale = noDeclarationReport(input, inputs.files, { marker: MARKER, noLonger: true });
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
  const highRisk = reachesRisk(reviews ?? [], 'high');
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('changes', changes);
  core.setOutput('high-risk', highRisk ? 'true' : 'false');

  const fails = inputs.failOn === 'error' ? errors > 0 : inputs.failOn === 'warning' ? errors + warnings > 0 : false;
  // The failure message and PrivacySpec's own warnings count against GitHub's caps too.
  annotate(results, (filePath) => repositoryPath(env.workspace, filePath), {
    error: ANNOTATION_LIMIT - (fails ? 1 : 0),
    warning: Math.max(0, ANNOTATION_LIMIT - warningsSoFar()),
  });
  core.info(`PrivacySpec: ${results.length} ${plural(results.length, 'declaration')}, ${errors} errors, ${warnings} warnings, ${changes} changes in data handling.`);
  if (fails) {
    core.setFailed(`PrivacySpec found ${errors} ${plural(errors, 'error')} and ${warnings} ${plural(warnings, 'warning')} (fail-on: ${inputs.failOn}).`);
  }
}

function commentFailure(error: unknown, number: number): string {
  const status = httpStatus(error);
  const why =
    status === 403 || status === 404
      ? 'the token may not write to pull requests (a pull request from a fork gets a read-only token; give the job `pull-requests: write`)'
      : 'GitHub did not accept the request, even after retries';
  return `PrivacySpec could not comment on pull request #${number} (${describeError(error)}): ${why}. The report is in the job summary.`;
}

/** The path GitHub's annotations want: relative to the repository root, with forward slashes. */
function repositoryPath(workspace: string, filePath: string): string {
  const path = relative(workspace, filePath);
  return path.startsWith('..') || isAbsolute(path) ? filePath : path.split(sep).join('/');
}
