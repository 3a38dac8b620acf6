/** The HTTP status of an Octokit RequestError, if the error is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * One line for the log: "HTTP 403: Resource not accessible by integration" for an API error,
 * the first line of the message otherwise. Never a stack trace, never a response body.
 */
export function describeError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  // Octokit appends " - <documentation url>" to GitHub's message.
  const message =
    (raw.split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim() ||
    'unknown error';
  const status = httpStatus(error);
  return status !== undefined && status > 0 ? `HTTP ${status}: ${message}` : message;
}
