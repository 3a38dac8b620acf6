/**
 * A known failure that ends a run with one line and no stack trace: the CLI prints it and
 * exits 2, the Action fails the step with it. Thrown by the node layer for a bad argument,
 * config, git ref or an unwritable file.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}
