import {
  FOLD_AT,
  formatters,
  MAX_REPORT_LENGTH,
  plural,
  renderReviewMarkdown,
  rules,
  truncateMarkdown,
  version,
  type FormatterContext,
  type LintResult,
  type Review,
} from '@privacyspec/linter';
import { changedNoticeSections, escapeHtml, type NoticeSectionChange } from '@privacyspec/render';
import { load, referenceDataAsOf } from '@privacyspec/schema';
import { repositoryPath } from './pull-request.js';

export interface ReportInput {
  /** The pull request's reviews, one per declaration; undefined on push (lint only). */
  reviews: readonly Review[] | undefined;
  /** Lint results of every declaration looked at (the head versions on a pull request). */
  results: readonly LintResult[];
  /** The workspace: paths are shown relative to it. */
  cwd: string;
  /** The commit the report describes. */
  sha: string | undefined;
  /** The workflow run. */
  runUrl: string | undefined;
  /** A link to a line of a file at the head commit. */
  lineUrl?: (filePath: string, line: number) => string | undefined;
}

export function formatterContext(cwd: string): FormatterContext {
  return { cwd, color: false, rules, version, referenceDataAsOf };
}

/**
 * The report, rendered once for the comment and the job summary: a header, then on a pull
 * request the review (the linter's renderer: changes by risk, new and fixed findings, the
 * unchanged ones counted and folded), on push the findings (the linter's markdown
 * formatter), then a footer. Declaration text reaches it only through those renderers, which
 * escape it. What does not fit `maxLength` folds, then is cut at a line with a note.
 */
export function buildReport(input: ReportInput, maxLength: number): string {
  const head = '### 🛡️ PrivacySpec\n\n';
  const foot = footer(input);
  const budget = maxLength - head.length - foot.length;
  if (input.reviews) {
    const review = renderReviewMarkdown(input.reviews, {
      cwd: input.cwd,
      maxLength: Math.min(MAX_REPORT_LENGTH, budget),
      ...(input.lineUrl ? { lineUrl: input.lineUrl } : {}),
    });
    return `${head}${review}${foot}`;
  }
  return `${head}${findingsSection(input.results, input.cwd, budget)}${foot}`;
}

/**
 * The report when the pull request changes no declaration. For the comment it says "no
 * longer", since a comment exists only because an earlier push changed one.
 */
export function noDeclarationReport(
  input: Pick<ReportInput, 'sha' | 'runUrl'>,
  globs: readonly string[],
  noLonger: boolean,
): string {
  const list = globs.map((glob) => `\`${glob.replace(/`/g, "'")}\``).join(', ');
  const says = noLonger
    ? 'no longer changes a privacy declaration'
    : 'changes no privacy declaration';
  return `### 🛡️ PrivacySpec\n\nThis pull request ${says} (files matching ${list}), so there is nothing to review.\n${footer(input)}`;
}

function findingsSection(results: readonly LintResult[], cwd: string, budget: number): string {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  // The formatter opens with the counts, then a table per file.
  const body = formatters.markdown(results, formatterContext(cwd)).trimEnd();
  const plain = `${body}\n`;
  if (plain.length <= Math.min(budget, FOLD_AT)) return plain;
  const summary = `Findings: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}`;
  const folded = `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>\n`;
  if (folded.length <= budget) return folded;
  const note =
    '\n\n> **The findings were cut to fit.** All of them are in the annotations, and in the output of `privacyspec lint`.\n';
  const open = `<details>\n<summary>${summary}</summary>\n\n`;
  const close = '\n</details>\n';
  // Cut at a line, with what the cut left open closed, so the rest of the report still renders.
  return `${open}${truncateMarkdown(body, budget - open.length - close.length, note)}${close}`;
}

function footer(input: Pick<ReportInput, 'sha' | 'runUrl'>): string {
  const parts = [`PrivacySpec ${version}`, `GDPR reference data as of ${referenceDataAsOf}`];
  if (input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha))
    parts.push(`commit ${input.sha.slice(0, 7)}`);
  if (input.runUrl) parts.push(`[workflow run](${input.runUrl})`);
  return `\n<sub>${parts.join(' · ')}</sub>\n`;
}

/** The text each side of a pull request's declarations was read as, by absolute path. */
export interface DeclarationTexts {
  base: ReadonlyMap<string, string>;
  head: ReadonlyMap<string, string>;
}

const NOTICE_STATUS: Record<NoticeSectionChange['status'], string> = {
  added: 'new',
  changed: 'changed',
  removed: 'removed',
};

/**
 * For the job summary only: per changed declaration, folded, the sections of the rendered
 * notice (in the declaration's language) that the pull request changes, so that a reviewer
 * reads what people will read. A declaration whose either side does not load is left out;
 * its findings say why. Empty when no section changes. Cut at a line with a note past
 * `maxLength`.
 */
export function noticeChangesReport(
  reviews: readonly Review[],
  texts: DeclarationTexts,
  cwd: string,
  maxLength: number,
): string {
  const files: string[] = [];
  for (const review of reviews) {
    if (review.problem) continue;
    const declarationOf = (text: string | undefined) =>
      text === undefined ? undefined : load(text).declaration;
    const base = declarationOf(texts.base.get(review.previousPath ?? review.filePath));
    const head =
      review.status === 'removed' ? undefined : declarationOf(texts.head.get(review.filePath));
    const sections = changedNoticeSections(base, head);
    if (sections.length === 0) continue;
    const counts = (['added', 'changed', 'removed'] as const)
      .map(
        (status) =>
          [
            sections.filter((section) => section.status === status).length,
            NOTICE_STATUS[status],
          ] as const,
      )
      .filter(([n]) => n > 0)
      .map(([n, status]) => `${n} ${status}`);
    const title = `${escapeHtml(repositoryPath(cwd, review.filePath))}: ${counts.join(', ')} ${plural(sections.length, 'section')}`;
    files.push(
      `<details>\n<summary>${title}</summary>\n\n${sections.map((section) => section.markdown).join('\n\n')}\n\n</details>\n`,
    );
  }
  if (files.length === 0) return '';
  const body = `\n### How the notice reads after this change\n\n${files.join('\n')}`;
  const note =
    '\n\n> **The rendered sections were cut to fit the job summary.** Run `privacyspec render` on the declaration for the whole notice.\n';
  return truncateMarkdown(body, maxLength, note);
}
