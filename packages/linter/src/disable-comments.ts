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

function parseDirectives(source: string): Directive[] {
  const directives: Directive[] = [];
  // Lines as the loader counts them: a lone CR ends one too.
  source.split(/\r(?!\n)|\n/).forEach((text, index) => {
    const match = DIRECTIVE.exec(text.replace(/\r$/, ''));
    if (!match) return;
    const [body = '', reason = ''] = (match[2] ?? '').split(/\s--\s?/, 2);
    directives.push({
      line: index + 1,
      column: match[1]?.length ?? 0,
      endColumn: text.replace(/\r$/, '').length + 1,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
    });
  });
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
