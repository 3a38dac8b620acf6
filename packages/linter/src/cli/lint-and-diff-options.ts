import { CliError } from '../node/errors.js';

// What lint and diff share, so that both read the file arguments alike.

/** The error for file arguments that name no declaration (a typo, or a file that is gone). */
export function noDeclarationMatches(patterns: readonly string[]): CliError {
  return new CliError(
    `No privacy declaration matches ${patterns.map((p) => `"${p}"`).join(', ')}.`,
  );
}
