import type { Change } from '@privacyspec/schema';
import { diffWords } from 'diff';
import { codeSpan, findingsTable } from '../formatters/markdown.js';
import { escapeMarkdown } from '../formatters/markdown-escape.js';
import { relativePath } from '../formatters/relative-path.js';
import { plural } from '../plural.js';
import { rules } from '../rules/index.js';
import type { Review } from './index.js';
import { RISK_ORDER, verdict, type Risk } from './verdict.js';

/** GitHub caps a comment at 65,536 characters; the report keeps well inside it. */
export const MAX_REPORT_LENGTH = 60_000;
/** Past this, medium and low changes and the findings fold into <details>. */
export const FOLD_AT = 12_000;

/** The rules whose ids link to their docs. */
const RULE_IDS: ReadonlySet<string> = new Set(rules.map((rule) => rule.id));

const RISK_LABEL: Record<Risk, string> = { high: '🔴 High', medium: '🟠 Medium', low: '⚪ Low' };

export interface ReviewMarkdownOptions {
  cwd: string;
  maxLength?: number;
  /** A link to a line of a file at the head commit, for each finding's line. */
  lineUrl?: (filePath: string, line: number) => string | undefined;
}

/**
 * The report a reviewer reads in a pull request: a one-line verdict, high-risk changes first
 * with why they matter, word-level before/after for reworded text, then new and fixed
 * findings. All declaration text is escaped; the report folds, then is cut, to fit.
 */
export function renderReviewMarkdown(
  reviews: readonly Review[],
  options: ReviewMarkdownOptions,
): string {
  const maxLength = options.maxLength ?? MAX_REPORT_LENGTH;
  const full = render(reviews, options, false);
  if (full.length <= FOLD_AT) return full;
  const folded = render(reviews, options, true);
  if (folded.length <= maxLength) return folded;
  const note =
    '\n\n> **The report was cut to fit a comment.** Run `privacyspec diff` locally for all of it.\n';
  return truncateMarkdown(folded, maxLength, note);
}

/**
 * Markdown cut to at most `maxLength` characters (unless `note` alone is longer), ending in
 * `note`: cut at a line boundary, then the code fence and every <details> the cut left open
 * are closed, so what follows still renders. Markdown that fits is returned as it is.
 */
export function truncateMarkdown(markdown: string, maxLength: number, note: string): string {
  if (markdown.length <= maxLength) return markdown;
  let end = maxLength - note.length;
  for (;;) {
    const slice = markdown.slice(0, Math.max(0, end));
    const cut = slice.slice(0, Math.max(0, slice.lastIndexOf('\n')));
    const fence = (cut.match(/^```/gm) ?? []).length % 2 === 1 ? '\n```' : '';
    const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    const out = `${cut}${fence}\n${'\n</details>'.repeat(Math.max(0, open))}${note}`;
    // The closing tags took room the cut had counted on: cut again, shorter by as much.
    if (out.length <= maxLength || cut === '') return out;
    end = cut.length - (out.length - maxLength);
  }
}

function render(reviews: readonly Review[], options: ReviewMarkdownOptions, fold: boolean): string {
  // The headline once: per file only when there are several files.
  let out = `**${escapeMarkdown(verdict(reviews))}**\n`;
  for (const review of reviews) {
    const lineUrl = options.lineUrl
      ? (line: number) => options.lineUrl!(review.filePath, line)
      : undefined;
    out += `\n#### ${codeSpan(relativePath(review.filePath, options.cwd))}\n`;
    if (reviews.length > 1) out += `\n${escapeMarkdown(verdict([review]))}\n`;
    const status = STATUS_NOTE[review.status];
    if (status) out += `\n${status}\n`;
    if (review.previousPath !== undefined)
      out += `\nRenamed from ${codeSpan(relativePath(review.previousPath, options.cwd))}; compared with that version.\n`;
    if (review.problem)
      out += `\n> ⚠️ **Could not compare.** ${escapeMarkdown(review.problem.message)}\n`;
    for (const risk of RISK_ORDER) {
      const changes = review.changes.filter((c) => c.risk === risk);
      if (changes.length === 0) continue;
      const list = changes.map(renderChange).join('');
      const title = `${RISK_LABEL[risk]} risk (${changes.length})`;
      out += fold && risk !== 'high' ? details(title, list) : `\n**${title}**\n\n${list}`;
    }
    for (const [title, messages] of [
      ['New findings', review.introduced],
      ['Fixed findings', review.resolved],
    ] as const) {
      if (messages.length === 0) continue;
      const table = findingsTable(
        messages,
        RULE_IDS,
        title === 'New findings' ? lineUrl : undefined,
      );
      out += fold
        ? details(`${title} (${messages.length})`, table)
        : `\n**${title} (${messages.length})**\n\n${table}`;
    }
    // Findings on both versions are not the change's doing: counted, folded.
    const unchanged = review.unchanged.length;
    if (unchanged > 0)
      out += details(
        `${unchanged} unchanged ${plural(unchanged, 'finding')} (on both versions)`,
        findingsTable(review.unchanged, RULE_IDS, lineUrl),
      );
  }
  return out;
}

// A deletion needs no note: its one change says so.
const STATUS_NOTE: Partial<Record<Review['status'], string>> = {
  added: 'A new declaration: every entry is an addition.',
};

function renderChange(change: Change): string {
  let line = `- ${escapeMarkdown(change.message)} <sub>\`${change.kind}\`</sub>\n`;
  if (typeof change.before === 'string' && typeof change.after === 'string') {
    line += `  <br>${wordDiff(change.before, change.after)}\n`;
  }
  return line;
}

/**
 * Word-level before/after: removed words struck through, added words underlined. Past a few
 * hundred word edits the value is shown as removed whole, then added whole: Myers' diff costs
 * (words × edits), and a rewrite that large reads better whole anyway.
 */
function wordDiff(before: string, after: string): string {
  const maxEditLength = 200;
  const parts = diffWords(before, after, { maxEditLength }) ?? [
    { value: before, removed: true, added: false, count: 1 },
    { value: after, removed: false, added: true, count: 1 },
  ];
  return parts
    .map((part) => {
      const text = escapeMarkdown(part.value);
      if (part.added) return `<ins>${text}</ins>`;
      if (part.removed) return `<del>${text}</del>`;
      return text;
    })
    .join('');
}

function details(summary: string, body: string): string {
  return `\n<details>\n<summary>${summary}</summary>\n\n${body}\n</details>\n`;
}
