import { closestMatch } from '@privacyspec/schema';
import type { LintMessage } from './types.js';

/** `# privacyspec-disable-next-line rule-a, rule-b -- reason` */
const DIRECTIVE = /^([ \t]*#[ \t]*)privacyspec-disable-next-line\b(.*)$/;
/** Any `# privacyspec-disable…` or `# privacyspec-enable…` word, to report the ones that do not exist. */
const ANY_DIRECTIVE = /^([ \t]*#[ \t]*)(privacyspec-(?:disable|enable)[\w-]*)/;
const KNOWN_DIRECTIVE = 'privacyspec-disable-next-line';

export const DISABLE_COMMENT_RULE_ID = 'disable-comment';

interface Directive {
  line: number;
  column: number;
  endColumn: number;
  ruleIds: string[];
  reason: string;
}

/** What every directive starts with; only lines holding it are looked at. */
const PREFIX = 'privacyspec-';

/**
 * The directives, each on the line the loader counts (a lone CR ends one too), and the unknown
 * ones. Only the lines holding the prefix are cut out: splitting a 50,000-purpose file into its
 * million lines cost more memory than loading it.
 */
function parseDirectives(source: string): { directives: Directive[]; unknown: LintMessage[] } {
  const directives: Directive[] = [];
  const unknown: LintMessage[] = [];
  let line = 1;
  let counted = 0;
  for (let at = source.indexOf(PREFIX); at !== -1;) {
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
    } else {
      // A directive PrivacySpec does not have would silently silence nothing: say so.
      const other = ANY_DIRECTIVE.exec(text);
      if (other) {
        const column = (other[1]?.length ?? 0) + 1;
        unknown.push({
          ruleId: DISABLE_COMMENT_RULE_ID,
          severity: 'warning',
          message: `Unknown directive "${other[2]}": it silences nothing. PrivacySpec has only ${KNOWN_DIRECTIVE}, on the line before the finding: # ${KNOWN_DIRECTIVE} <rule-id> -- reason.`,
          path: '',
          line,
          column,
          endLine: line,
          endColumn: column + (other[2]?.length ?? 0),
        });
      }
    }
    at = source.indexOf(PREFIX, end);
  }
  return { directives, unknown };
}

/**
 * Removes the findings that a disable comment on the line before silences, and reports
 * comments that silence nothing, name an unknown rule, or give no reason (as ESLint's
 * reportUnusedDisableDirectives, a reason is required so reviewers see why).
 */
export function applyDisableComments(
  source: string,
  messages: LintMessage[],
  knownRuleIds: readonly string[],
): LintMessage[] {
  // Cheap test first: most declarations have no directive at all.
  if (!source.includes('privacyspec-')) return messages;
  const { directives, unknown } = parseDirectives(source);
  if (directives.length === 0) return unknown.length === 0 ? messages : [...messages, ...unknown];
  const used = new Set<string>();
  const kept = messages.filter((message) => {
    const directive = directives.find(
      (d) => d.line + 1 === message.line && d.ruleIds.includes(message.ruleId),
    );
    if (!directive) return true;
    used.add(`${directive.line}:${message.ruleId}`);
    return false;
  });
  kept.push(...unknown);
  for (const directive of directives) {
    const at = {
      path: '',
      line: directive.line,
      column: directive.column,
      endLine: directive.line,
      endColumn: directive.endColumn,
    };
    const problem = (message: string): LintMessage => ({
      ruleId: DISABLE_COMMENT_RULE_ID,
      severity: 'warning',
      message,
      ...at,
    });
    if (directive.ruleIds.length === 0) {
      kept.push(
        problem(
          'This disable comment names no rule. Write the rule id to silence: # privacyspec-disable-next-line <rule-id> -- reason.',
        ),
      );
      continue;
    }
    if (directive.reason === '') {
      kept.push(
        problem(
          `This disable comment gives no reason. Add one after "--" so reviewers know why ${directive.ruleIds.join(', ')} does not apply here.`,
        ),
      );
    }
    for (const ruleId of directive.ruleIds) {
      if (!knownRuleIds.includes(ruleId)) {
        const suggestion = closestMatch(ruleId, knownRuleIds);
        kept.push(
          problem(
            `Unknown rule "${ruleId}" in a disable comment${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
          ),
        );
      } else if (!used.has(`${directive.line}:${ruleId}`)) {
        kept.push(
          problem(
            `Unused disable comment: ${ruleId} reports nothing on the next line. Remove the comment.`,
          ),
        );
      }
    }
  }
  return kept;
}
