import {
  escapeMarkdown,
  FOLD_AT,
  formatters,
  inlineCode,
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
import { describeService } from '@privacyspec/linter/node';
import { load, referenceDataAsOf } from '@privacyspec/schema';
import type { Inputs } from './inputs.js';
import { repositoryPath } from './pull-request.js';
import { placeKey, UNDECLARED_RULES, type ScanReport } from './scan.js';

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
  /** On a pull request, the section on what its code brings in (scanSection), after the review. */
  scanSection?: string;
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
  const scan = input.scanSection ?? '';
  const budget = maxLength - head.length - foot.length - scan.length;
  if (input.reviews) {
    // A pull request that changes no declaration is reported for its code alone.
    const review =
      input.reviews.length === 0
        ? ''
        : renderReviewMarkdown(input.reviews, {
            cwd: input.cwd,
            maxLength: Math.min(MAX_REPORT_LENGTH, budget),
            ...(input.lineUrl ? { lineUrl: input.lineUrl } : {}),
          });
    return `${head}${review}${review && scan ? '\n' : ''}${scan}${foot}`;
  }
  return `${head}${findingsSection(input.results, input.cwd, budget)}${foot}`;
}

/**
 * The report when the pull request changes no declaration (and, when `scan` is on, its code
 * adds no service). For the comment it says "no longer", since a comment exists only because
 * an earlier push changed one.
 */
export function noDeclarationReport(
  input: Pick<ReportInput, 'sha' | 'runUrl'>,
  { files, scan }: Pick<Inputs, 'files' | 'scan'>,
  noLonger: boolean,
): string {
  const list = files.map((glob) => `\`${glob.replace(/`/g, "'")}\``).join(', ');
  const says = noLonger
    ? 'no longer changes a privacy declaration'
    : 'changes no privacy declaration';
  const code = scan
    ? `, and ${noLonger ? 'no longer brings' : 'brings'} in no service they do not name`
    : '';
  return `### 🛡️ PrivacySpec\n\nThis pull request ${says} (files matching ${list})${code}, so there is nothing to review.\n${footer(input)}`;
}

/** The comment lists at most this many scan findings; `privacyspec scan` lists them all. */
const SCAN_ITEMS = 25;
/** Leaves most of a comment to the review. */
const MAX_SCAN_SECTION = 16_000;
const SCAN_CUT_NOTE =
  '\n\n> **This section was cut to fit.** `privacyspec scan` lists every finding.\n';

/**
 * On a pull request: what its code brings in that the declarations do not say, one line per
 * place: "This pull request adds `@sentry/node` → Functional Software, Inc. (US; EU–US DPF,
 * checked …): not declared in `privacy.yaml`", linked to the manifest's line at the head, and
 * the contradictions with the catalogue it introduces. Empty when there is nothing.
 * Text from the repository (package names, paths, messages quoting declarations) is escaped.
 */
export function scanSection(
  scan: ScanReport,
  cwd: string,
  lineUrl?: (filePath: string, line: number) => string | undefined,
): string {
  const at = (filePath: string, line: number) => {
    const text = `${inlineCode(repositoryPath(cwd, filePath))} line ${line}`;
    const url = lineUrl?.(filePath, line);
    return url ? `[${text}](${url})` : text;
  };
  const { declarations } = scan;
  const notDeclared =
    declarations.length === 0
      ? 'no privacy declaration was found to declare it'
      : declarations.length <= 3
        ? `not declared in ${declarations.map((path) => inlineCode(repositoryPath(cwd, path))).join(', ')}`
        : `not declared in any of the ${declarations.length} declarations`;
  const byPlace = new Map(
    scan.undeclared.map((finding) => [
      placeKey(finding.filePath, finding.line, finding.column),
      finding,
    ]),
  );
  const items = scan.results.flatMap((result) =>
    result.messages.map((message) => {
      const mark = message.severity === 'error' ? '🔴' : '🟡';
      const finding = UNDECLARED_RULES.has(message.ruleId)
        ? byPlace.get(placeKey(result.filePath, message.line, message.column))
        : undefined;
      if (finding) {
        const where =
          message.ruleId === 'scan/undeclared-transfer'
            ? 'an undeclared transfer outside the EEA (Art. 13(1)(f), 44)'
            : 'an undeclared recipient (Art. 13(1)(e))';
        return `- ${mark} This pull request adds ${inlineCode(finding.via)} → ${escapeMarkdown(describeService(finding.service))}: ${notDeclared}; ${where}. ${at(result.filePath, message.line)}`;
      }
      return `- ${mark} ${at(result.filePath, message.line)}: ${escapeMarkdown(message.message)} <sub>${inlineCode(message.ruleId)}</sub>`;
    }),
  );
  if (items.length === 0) return '';
  const shown = items.slice(0, SCAN_ITEMS);
  const more =
    items.length > shown.length
      ? `\n\n…and ${items.length - shown.length} more: \`privacyspec scan\` lists them all.`
      : '';
  const section = `#### What the code brings in\n\nServices in manifests and templates that receive personal data, held against the declarations' recipients (only what this pull request adds). Add each as a recipient with its country and transfer mechanism; \`privacyspec scan --suggest\` prints the entries.\n\n${shown.join('\n')}${more}\n`;
  return truncateMarkdown(section, MAX_SCAN_SECTION, SCAN_CUT_NOTE);
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
