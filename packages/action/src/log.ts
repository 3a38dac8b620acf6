import * as core from '@actions/core';

let warnings = 0;

/** core.warning, counted: GitHub shows at most 10 warning annotations per step, and findings share them. */
export function warn(message: string): void {
  warnings++;
  core.warning(message);
}

export function warningsSoFar(): number {
  return warnings;
}
