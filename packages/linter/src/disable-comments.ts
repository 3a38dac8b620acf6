import { closestMatch } from '@privacyspec/schema';
import type { LintMessage } from './types.js';

/** `# privacyspec-disable-next-line rule-a, rule-b -- reason` */
const DIRECTIVE = /^([ \t]*#[ \t]*)privacyspec-disable-next-line\b(.*)$/;

export const DISABLE_COMMENT_RULE_ID = 'disable-comment';

interface Directive {
  line: number;
  column: number;
  endColumn: number;
  ruleIds: string[];
  reason: string;
}

const KEYWORD = 'privacyspec-disable-next-line';

/**
 * The directives, each on the line the loader counts (a lone CR ends one too). Only the lines
 * holding the keyword are cut out: splitting a 50,000-purpose file into its million lines
 * cost more memory than loading it.
 */
function parseDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  let line = 1;
  let counted = 0;
  for (let at = source.indexOf(KEYWORD); at !== -1; ) {
    let start = at;
    while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start -= 1;
    for (; counted < start; counted++) {
      const char = source[counted];
      if (char === '\n' || (char === '\r' && source[counted + 1] !== '\n')) line += 1;
    }
    let end = source.indexOf('\n', at);
    if (end === -1) end = source.length;
    const lone = source.indexOf('\r', at);
    if (lone !== -1 && lone < end && source[lone + 1] !== '\n') end = lone;
    const text = source.slice(start, end).replace(/\r$/, '');
    const match = DIRECTIVE.exec(text);
    if (match) {
      const [body = '', reason = ''] = (match[2] ?? '').split(/\s--\s?/, 2);
      directives.push({
        line,
        column: match[1]?.length ?? 0,
        endColumn: text.length + 1,
        ruleIds: body.split(/[\s,]+/).filter(Boolean),
        reason: reason.trim(),
      });
    }
    at = source.indexOf(KEYWORD, end);
  }
  return directives;
}

/**
 * Removes the findings that a disable comment on the line before silences, and reports
 * comments that silence nothing, name an unknown rule, or give no reason (as ESLint's
 * reportUnusedDisableDirectives, a reason is required so reviewers see why).
 */
export function applyDisableComments(source: string, messages: LintMessage[], knownRuleIds: readonly string[]): LintMessage[] {
  const directives = parseDirectives(source);
  if (directives.length === 0) return messages;
  const used = new Set<string>();
  const kept = messages.filter((message) => {
    const directive = directives.find((d) => d.line + 1 === message.line && d.ruleIds.includes(message.ruleId));
    if (!directive) return true;
    used.add(`${directive.line}:${message.ruleId}`);
    return false;
  });
  for (const directive of directives) {
    const at = { path: '', line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.endColumn };
    const problem = (message: string): LintMessage => ({ ruleId: DISABLE_COMMENT_RULE_ID, severity: 'warning', message, ...at });
    if (directive.ruleIds.length === 0) {
      kept.push(problem('This disable comment names no rule. Write the rule id to silence: # privacyspec-disable-next-line <rule-id> -- reason.'));
      continue;
    }
    if (directive.reason === '') {
      kept.push(problem(`This disable comment gives no reason. Add one after "--" so reviewers know why ${directive.ruleIds.join(', ')} does not apply here.`));
    }
    for (const ruleId of directive.ruleIds) {
      if (!knownRuleIds.includes(ruleId)) {
        const suggestion = closestMatch(ruleId, knownRuleIds);
        kept.push(problem(`Unknown rule "${ruleId}" in a disable comment${suggestion ? `; did you mean "${suggestion}"?` : '.'}`));
      } else if (!used.has(`${directive.line}:${ruleId}`)) {
        kept.push(problem(`Unused disable comment: ${ruleId} reports nothing on the next line. Remove the comment.`));
      }
    }
  }
  return kept;
}
