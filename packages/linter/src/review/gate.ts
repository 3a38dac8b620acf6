import { plural } from '../plural.js';
import type { Review } from './index.js';
import { changesAtRisk, RISK_ORDER } from './verdict.js';

/** Which new findings fail a review: error-level ones (default), warnings too, or none. */
export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
/** Which data-handling changes fail a review: opt-in, never by default. */
export const FAIL_ON_RISK = [...RISK_ORDER, 'never'] as const;
export type FailOnRisk = (typeof FAIL_ON_RISK)[number];

export interface GateOptions {
  failOn: FailOn;
  failOnRisk: FailOnRisk;
}

/**
 * The gate's outcome, the same for `privacyspec diff` and the Action: `incomparable` when a
 * head could not be loaded (exit 2: never "no change"), `fail` when new findings or changes
 * reach the thresholds (exit 1), else `pass`. `reasons` says why, one sentence each.
 */
export interface GateOutcome {
  verdict: 'pass' | 'fail' | 'incomparable';
  reasons: string[];
}

/** `shown` names a file in the reasons (default: its path as it is). */
export function gate(
  reviews: readonly Review[],
  options: GateOptions,
  shown: (filePath: string) => string = (filePath) => filePath,
): GateOutcome {
  const incomparable = reviews.filter((r) => r.problem?.side === 'head');
  if (incomparable.length > 0) {
    return {
      verdict: 'incomparable',
      reasons: incomparable.map((r) => `${shown(r.filePath)}: ${r.problem!.message}`),
    };
  }
  const reasons: string[] = [];
  const introduced = reviews.flatMap((r) => r.introduced);
  const errors = introduced.filter((m) => m.severity === 'error').length;
  const warnings = introduced.length - errors;
  if (options.failOn !== 'never') {
    const counted = options.failOn === 'warning' ? errors + warnings : errors;
    if (counted > 0) {
      const parts = [
        `${errors} new ${plural(errors, 'error')}`,
        ...(options.failOn === 'warning' ? [`${warnings} new ${plural(warnings, 'warning')}`] : []),
      ];
      reasons.push(`The change brings ${parts.join(' and ')} (fail-on: ${options.failOn}).`);
    }
  }
  const risky = changesAtRisk(reviews, options.failOnRisk);
  if (risky > 0)
    reasons.push(
      `The change makes ${risky} ${plural(risky, 'change')} in data handling at ${options.failOnRisk} risk or above (fail-on-risk: ${options.failOnRisk}).`,
    );
  return { verdict: reasons.length > 0 ? 'fail' : 'pass', reasons };
}

/** The process exit code for a gate outcome: 0 pass, 1 fail, 2 could not compare. */
export function gateExitCode(outcome: GateOutcome): 0 | 1 | 2 {
  return outcome.verdict === 'pass' ? 0 : outcome.verdict === 'fail' ? 1 : 2;
}
