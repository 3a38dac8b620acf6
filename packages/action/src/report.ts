import { FOLD_AT, formatters, MAX_REPORT_LENGTH, renderReviewMarkdown, rules, truncateMarkdown, type FormatterContext, type LintResult, type Review } from '@privacyspec/linter';
import linterPackage from '@privacyspec/linter/package.json' with { type: 'json' };
import { referenceDataAsOf } from '@privacyspec/schema';

/**
 * The job summary: GitHub refuses more than 1 MiB. A UTF-16 code unit is at most 3 bytes of
 * UTF-8, so this many characters always fit.
 */
export const SUMMARY_MAX_LENGTH = 340_000;

export interface ReportInput {
  /** The pull request's reviews, one per declaration; undefined on push (lint only). */
  reviews: readonly Review[] | undefined;
  /** Lint results of every declaration looked at (the head versions on a pull request). */
  results: readonly LintResult[];
  /** The workspace: paths are shown relative to it. */
  cwd: string;
  /** The commit the report describes. */
  sha: string | undefined;
  /** The workflow run, whose job summary holds the full report. */
  runUrl: string | undefined;
}

export function formatterContext(cwd: string): FormatterContext {
  return { cwd, color: false, rules, version: linterPackage.version, referenceDataAsOf };
}

/**
 * One report for the comment and the job summary: a header, what changed in data handling
 * (the linter's review renderer) and the findings (the linter's markdown formatter), then a
 * footer. Declaration text reaches it only through those two renderers, which escape it.
 * Longer parts fold into <details>; what still does not fit `maxLength` is cut at a line
 * with a note that links to the full report.
 */
export function buildReport(input: ReportInput, options: { maxLength: number; marker?: string; fullReportUrl?: string }): string {
  const head = `${options.marker ? `${options.marker}\n` : ''}### 🛡️ PrivacySpec\n\n`;
  const foot = footer(input);
  let review = '';
  if (input.reviews) {
    review =
      input.reviews.length === 0
        ? ''
        : `${renderReviewMarkdown(input.reviews, {
            cwd: input.cwd,
            maxLength: Math.min(MAX_REPORT_LENGTH, options.maxLength - head.length - foot.length - 1_000),
            ...(options.fullReportUrl ? { fullReportUrl: options.fullReportUrl } : {}),
          })}\n`;
  }
  const budget = options.maxLength - head.length - review.length - foot.length;
  return `${head}${review}${findingsSection(input, budget, options.fullReportUrl)}${foot}`;
}

/**
 * The report when the pull request changes no declaration. For the comment it says "no
 * longer", since a comment exists only because an earlier push changed one.
 */
export function noDeclarationReport(input: Pick<ReportInput, 'sha' | 'runUrl'>, globs: readonly string[], options: { marker?: string; noLonger: boolean }): string {
  const list = globs.map((glob) => `\`${glob.replace(/`/g, "'")}\``).join(', ');
  const says = options.noLonger ? 'no longer changes a privacy declaration' : 'changes no privacy declaration';
  return `${options.marker ? `${options.marker}\n` : ''}### 🛡️ PrivacySpec\n\nThis pull request ${says} (files matching ${list}), so there is nothing to review.\n${footer(input)}`;
}

function findingsSection(input: ReportInput, budget: number, fullReportUrl: string | undefined): string {
  const errors = input.results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = input.results.reduce((n, r) => n + r.warningCount, 0);
  const title = input.reviews ? 'Findings in the changed declarations' : 'Findings';
  // The formatter opens with the counts, then a table per file.
  const body = findingsMarkdown(input);
  const plain = `\n#### ${title}\n\n${body}\n`;
  if (plain.length <= Math.min(budget, FOLD_AT)) return plain;
  const summary = `${title}: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}`;
  const folded = `\n<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
  if (folded.length <= budget) return folded;
  const where = fullReportUrl ? `[the job summary](${fullReportUrl})` : 'the output of `privacyspec lint`';
  const note = `\n\n> **The findings were cut to fit.** All of them are in ${where}.\n`;
  const short = `\n**${summary}.** They do not fit here; all of them are in ${where}.\n`;
  const open = `\n<details>\n<summary>${summary}</summary>\n\n`;
  const close = '\n</details>\n';
  const room = budget - open.length - close.length;
  if (room - note.length < 1_000) return short.length <= budget ? short : '';
  // Cut at a line, with what the cut left open closed, so the rest of the comment still renders.
  const section = `${open}${truncateMarkdown(body, room, note)}${close}`;
  return section.length <= budget ? section : short.length <= budget ? short : '';
}

/** The comment and the summary show the same findings; a large set takes a second to render, so once. */
const rendered = new WeakMap<readonly LintResult[], string>();
function findingsMarkdown(input: ReportInput): string {
  let body = rendered.get(input.results);
  if (body === undefined) {
    body = formatters.markdown(input.results, formatterContext(input.cwd)).trimEnd();
    rendered.set(input.results, body);
  }
  return body;
}

function footer(input: Pick<ReportInput, 'sha' | 'runUrl'>): string {
  const parts = [`PrivacySpec ${linterPackage.version}`, `GDPR reference data as of ${referenceDataAsOf}`];
  if (input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha)) parts.push(`commit ${input.sha.slice(0, 7)}`);
  if (input.runUrl) parts.push(`[workflow run](${input.runUrl})`);
  return `\n<sub>${parts.join(' · ')}</sub>\n`;
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
