import { ruleDocsUrl } from '../rule.js';
import type { LintMessage } from '../types.js';
import { escapeMarkdown, escapeMarkdownTableCell, inlineCode } from './markdown-escape.js';
import { relativePath } from './relative-path.js';
import type { Formatter } from './types.js';
import { plural } from '../plural.js';

/**
 * For pull-request comments and job summaries (the action reuses it): a summary line with the
 * counts, then a table per file with findings. Every piece of text that a declaration or a
 * file name controls is escaped (markdown-escape.ts); rule ids that are rules link to their
 * docs page, loader ids (`yaml-syntax`, `schema`, `file`, `disable-comment`) have none.
 */
export const markdown: Formatter = (results, context) => {
  const files = results.length;
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const fixable = results.reduce(
    (sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount,
    0,
  );
  const declarations = `${files} ${plural(files, 'declaration')}`;

  if (files === 0) return 'No declarations were checked.\n';
  if (errors + warnings === 0) return `No problems in ${declarations} ✅\n`;

  let out = `**${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}** in ${declarations}`;
  if (fixable > 0) out += ` (${fixable} fixable with \`privacyspec lint --fix\`)`;
  out += '\n';

  const ruleIds = new Set(context.rules.map((rule) => rule.id));
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out += `\n**${codeSpan(relativePath(result.filePath, context.cwd))}**\n\n`;
    out += findingsTable(result.messages, ruleIds);
  }
  return out;
};

/**
 * A table of findings, one row each; rule ids that are rules link to their docs page, and
 * each line to the file at that line when `lineUrl` gives a link.
 */
export function findingsTable(
  messages: readonly LintMessage[],
  ruleIds: ReadonlySet<string>,
  lineUrl?: (line: number) => string | undefined,
): string {
  let table = '| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |\n';
  for (const message of messages) table += `${row(message, ruleIds, lineUrl?.(message.line))}\n`;
  return table;
}

function row(message: LintMessage, ruleIds: ReadonlySet<string>, url: string | undefined): string {
  const severity = message.severity === 'error' ? '❌ error' : '⚠️ warning';
  const id = escapeMarkdownTableCell(message.ruleId);
  const rule = ruleIds.has(message.ruleId) ? `[${id}](${ruleDocsUrl(message.ruleId)})` : id;
  const position = `${message.line}:${message.column}`;
  return `| ${url ? `[${position}](${url})` : position} | ${severity} | ${rule} | ${escapeMarkdownTableCell(message.message)} |`;
}

/** A code span around a file name, on its own line (never inside a table cell). */
export function codeSpan(text: string): string {
  return inlineCode(text) || escapeMarkdown('(unnamed)');
}
