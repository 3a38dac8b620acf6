// Builders for formatter tests: results as the engine makes them, without running it.
import { toResult } from '../engine.js';
import type { FormatterContext } from '../formatters/types.js';
import { defineRule, type Rule } from '../rule.js';
import type { LintMessage, LintResult } from '../types.js';

export function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'dpo-reachable',
    messageId: 'missingContact',
    severity: 'error',
    message: 'The DPO cannot be reached.',
    path: '/dpo',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 9,
    ...overrides,
  };
}

/** A result with ESLint's counts derived from its messages (the engine's own toResult). */
export function result(
  filePath: string,
  messages: LintMessage[],
  extra: Partial<LintResult> = {},
): LintResult {
  return { ...toResult(filePath, messages), ...extra };
}

/** Two made-up rules whose meta exercises the formatters (placeholders, a range, national law). */
export const testRules: readonly Rule[] = [
  defineRule<'missingContact'>({
    id: 'dpo-reachable',
    meta: {
      description: 'A declared data protection officer can be contacted',
      articles: ['13(1)(b)', '14(1)(b)'],
      defaultSeverity: 'error',
      messages: {
        missingContact:
          'Under {{article}} the notice must give the DPO’s contact details: add dpo.email.',
      },
    },
    check() {},
  }),
  defineRule<'vague' | 'unnamed'>({
    id: 'transfer-safeguards',
    meta: {
      description: 'Transfers outside the EEA name their safeguard',
      articles: ['13(1)(f)', '44–49', 'lag (2018:218) 3 kap. 10 §'],
      defaultSeverity: 'warning',
      fixable: true,
      messages: {
        vague: 'Say which safeguard of Art. 46 applies to {{recipient}}.',
        unnamed: 'Name the third country.',
      },
    },
    check() {},
  }),
];

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: '/repo',
    color: false,
    rules: testRules,
    version: '1.2.3',
    referenceDataAsOf: '2026-01-01',
    ...overrides,
  };
}

/** The cells of a GFM table row: split at pipes, where a backslash escapes the next character. */
export function gfmCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = row.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\' && i + 1 < body.length) {
      cell += char + body[++i]!;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

/**
 * The text outside code spans, each span replaced by U+0001, and the spans' contents. Outside
 * them a backtick is always escaped, so an unescaped run opens a span that the next run of the
 * same length closes (CommonMark).
 */
export function splitCodeSpans(markdown: string): { outside: string; spans: string[] } {
  let outside = '';
  const spans: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') {
      outside += markdown.slice(i, i + 2);
      i += 1;
    } else if (markdown[i] === '`') {
      let run = 0;
      while (markdown[i + run] === '`') run += 1;
      const fence = '`'.repeat(run);
      let close = markdown.indexOf(fence, i + run);
      while (close !== -1 && (markdown[close + run] === '`' || markdown[close - 1] === '`'))
        close = markdown.indexOf(fence, close + 1);
      if (close === -1) throw new Error(`an unclosed code span in ${markdown}`);
      const content = markdown.slice(i + run, close);
      const padded = content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '';
      spans.push(padded ? content.slice(1, -1) : content);
      outside += '\u0001';
      i = close + run - 1;
    } else {
      outside += markdown[i];
    }
  }
  return { outside, spans };
}
