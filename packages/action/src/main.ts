import { resolve } from 'node:path';
import * as core from '@actions/core';
import { describeError } from './errors.js';
import { InputError, readInputs } from './inputs.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export interface Environment {
  event: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  repository: string | undefined;
  runUrl: string | undefined;
}

/**
 * The action, a thin adapter over @privacyspec/linter/node: reads the inputs, lints (push)
 * or reviews (pull request) with the CLI's node layer, then publishes the report to the job
 * summary, the SARIF file, the pull request's comment, annotations and outputs, and fails
 * per `fail-on` and `fail-on-risk`, as `privacyspec diff` does. Every error ends as one line
 * in core.setFailed. The linter and the REST client are loaded only for an event it acts on
 * (a chunk of their own), so any other event costs little more than starting Node.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const env = environment();
    if (env.event !== 'push' && !PULL_REQUEST_EVENTS.has(env.event)) {
      core.notice(
        `PrivacySpec runs on pull_request and push events; nothing to do for ${env.event || 'an unnamed event'}.`,
      );
      return;
    }
    const { act } = await import('./act.js');
    await act(inputs, env);
  } catch (error) {
    // The node layer's CliError, told by its name so that this file does not load the linter.
    const known =
      error instanceof InputError || (error instanceof Error && error.name === 'CliError');
    core.setFailed(known ? error.message : `PrivacySpec could not run: ${describeError(error)}`);
  }
}

function environment(): Environment {
  const {
    GITHUB_EVENT_NAME,
    GITHUB_WORKSPACE,
    GITHUB_API_URL,
    GITHUB_SERVER_URL,
    GITHUB_REPOSITORY,
    GITHUB_RUN_ID,
  } = process.env;
  const serverUrl = GITHUB_SERVER_URL || 'https://github.com';
  return {
    event: GITHUB_EVENT_NAME ?? '',
    workspace: resolve(GITHUB_WORKSPACE || process.cwd()),
    apiUrl: GITHUB_API_URL || 'https://api.github.com',
    serverUrl,
    repository: GITHUB_REPOSITORY || undefined,
    runUrl:
      GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${serverUrl}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
        : undefined,
  };
}
