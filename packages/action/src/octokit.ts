import * as http from 'node:http';
import * as core from '@actions/core';
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { warn } from './log.js';

/**
 * The REST client, built from @octokit/core and the three plugins the action uses instead of
 * @actions/github, which adds every endpoint method and a bundled copy of undici (together
 * most of the bundle, parsed on every start). Requests go through Node's own fetch.
 */
const PrivacySpecOctokit = OctokitCore.plugin(paginateRest, retry, throttling);
export type Octokit = InstanceType<typeof PrivacySpecOctokit>;

/** Retries for 5xx and network errors: waits (n + 1)² × 500 ms, so 0.5 s, then 2 s. */
const RETRIES = 2;
const RETRY_BASE_MS = 500;
/** Rate limits: retried twice, and only when GitHub asks for a wait this short (seconds). */
const RATE_LIMIT_RETRIES = 2;
const LONGEST_RATE_LIMIT_WAIT = 120;
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/**
 * The REST client: the runner's API URL (GitHub Enterprise Server too), retries for server
 * errors, and throttling that honours Retry-After and x-ratelimit-reset. Octokit's own log
 * goes to the debug log, so the step's log holds only PrivacySpec's one-line warnings. A
 * self-hosted runner's proxy (HTTPS_PROXY, NO_PROXY), which @actions/github honoured, is
 * handed to Node's fetch.
 */
export function createOctokit(token: string, baseUrl: string): Octokit {
  if (PROXY_VARIABLES.some((name) => process.env[name])) {
    // Node 24 (the action's runtime) has it; @types/node follows Node 20.
    (http as { setGlobalProxyFromEnv?: (env?: NodeJS.ProcessEnv) => void }).setGlobalProxyFromEnv?.(
      process.env,
    );
  }
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const request = `${options.method} ${options.url}`;
      if (retryCount < RATE_LIMIT_RETRIES && retryAfter <= LONGEST_RATE_LIMIT_WAIT) {
        warn(`GitHub's ${kind} was reached for ${request}; retrying in ${retryAfter} s.`);
        return true;
      }
      warn(
        `GitHub's ${kind} was reached for ${request}; not retrying (${retryCount} retries, next wait ${retryAfter} s).`,
      );
      return false;
    };
  return new PrivacySpecOctokit({
    auth: token,
    baseUrl,
    log: { debug: core.debug, info: core.debug, warn: core.debug, error: core.debug },
    retry: { retries: RETRIES, retryAfterBaseValue: RETRY_BASE_MS },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  });
}
