import { resolve } from 'node:path';
import { ConfigFinder } from '../node/config.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';

// What lint and diff share, so that both read --config and the file arguments alike.

/** `--config` loaded now, so a bad one ends the run before any file is looked for. */
export async function configFinder(
  configOption: string | undefined,
  io: CliIo,
  root: string,
): Promise<ConfigFinder> {
  const finder = new ConfigFinder(
    root,
    configOption !== undefined ? resolve(io.cwd, configOption) : undefined,
  );
  if (configOption !== undefined) await finder.configFor(io.cwd);
  return finder;
}

/** The error for file arguments that name no declaration (a typo, or a file that is gone). */
export function noDeclarationMatches(patterns: readonly string[]): CliError {
  return new CliError(
    `No privacy declaration matches ${patterns.map((p) => `"${p}"`).join(', ')}.`,
  );
}
