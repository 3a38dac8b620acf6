import * as core from '@actions/core';
import { plural, type LintMessage, type LintResult } from '@privacyspec/linter';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

export interface AnnotationSlots {
  error: number;
  warning: number;
}

/**
 * Every finding as an annotation at its file and range, titled with the rule id: errors
 * first, then warnings, each by file and line. What does not fit in `slots` (GitHub's caps,
 * less what the step needs for its own failure and warnings) is counted in one notice.
 * Returns how many findings were left out.
 */
export function annotate(
  results: readonly LintResult[],
  relativePath: (filePath: string) => string,
  slots: AnnotationSlots,
): number {
  const findings = results
    .flatMap((result) =>
      result.messages.map((message) => ({ file: relativePath(result.filePath), message })),
    )
    .sort(
      (a, b) =>
        rank(a.message) - rank(b.message) ||
        a.file.localeCompare(b.file) ||
        a.message.line - b.message.line ||
        a.message.column - b.message.column,
    );
  const left = { ...slots };
  let omitted = 0;
  for (const { file, message } of findings) {
    if (left[message.severity] <= 0) {
      omitted++;
      continue;
    }
    left[message.severity]--;
    const properties: core.AnnotationProperties = {
      title: message.ruleId,
      file,
      startLine: message.line,
      endLine: message.endLine,
      // GitHub takes columns only on a single-line range.
      ...(message.line === message.endLine
        ? { startColumn: message.column, endColumn: message.endColumn }
        : {}),
    };
    if (message.severity === 'error') core.error(message.message, properties);
    else core.warning(message.message, properties);
  }
  if (omitted > 0) {
    core.notice(
      `${omitted} more ${plural(omitted, 'finding')} did not fit GitHub's limit of ${ANNOTATION_LIMIT} error and ${ANNOTATION_LIMIT} warning annotations per step; the job summary lists them all.`,
    );
  }
  return omitted;
}

function rank(message: LintMessage): number {
  return message.severity === 'error' ? 0 : 1;
}
