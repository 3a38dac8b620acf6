import type { Declaration } from '@privacyspec/schema';
import type { Severity } from './types.js';
import { version } from './version.js';

/** What a rule says about itself: the docs page, presets and SARIF are built from this. */
export interface RuleMeta<MessageIds extends string> {
  /** One line, for `--help`, SARIF's shortDescription and the docs page's title. */
  description: string;
  /** The provisions enforced, as cited in messages: "13(1)(a)", "Art. 27", "lag (2018:218) 3 kap. 10 §". */
  articles: readonly string[];
  defaultSeverity: Severity;
  /** True when the rule offers safe automatic fixes (`--fix`). */
  fixable?: boolean;
  /** Message templates by id; `{{name}}` is filled from the report's data. */
  messages: Record<MessageIds, string>;
  /**
   * Completeness nudges that a notice may lawfully omit: reported only under the strict preset,
   * so that recommended reports only what a careful DPO accepts as a defect of the notice.
   */
  strictOnly?: readonly MessageIds[];
  /**
   * Messages that recommended reports at most as warnings, for a weaker legal footing
   * (gdpr-reference.md status S, or WP260 guidance); strict reports them at the rule's level.
   * `always`: every report of the message; `by-case`: the reports that say `severity: 'warning'`
   * (the footing differs by case). The docs page's "Recommended and strict" table is checked
   * against this, so a report's cap counts only for messages declared here.
   */
  cappedAtWarning?: Partial<Record<MessageIds, 'always' | 'by-case'>>;
}

/** A replacement for one scalar value, by pointer; the engine turns it into a source edit. */
export interface FixSpec {
  path: string;
  value: string;
}

export interface Report<MessageIds extends string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  /** JSON pointer of the value concerned; a missing key is reported at its closest parent. */
  path: string;
  /**
   * "warning" caps this finding below the rule's severity, for a case whose legal footing is
   * weaker than the rule's; honoured only for a message meta.cappedAtWarning marks `by-case`.
   */
  severity?: 'warning';
  /** Safe replacements (only for rules whose meta says fixable); several become one edit. */
  fix?: FixSpec | readonly FixSpec[];
}

export interface RuleContext<MessageIds extends string> {
  readonly declaration: Declaration;
  /** The date the law is judged on (ISO 8601): today, or a fixed date in tests. */
  readonly today: string;
  /** True under the strict preset, where meta.strictOnly messages are reported too. */
  readonly strict: boolean;
  report(report: Report<MessageIds>): void;
}

export interface Rule<MessageIds extends string = string> {
  id: string;
  meta: RuleMeta<MessageIds>;
  check(context: RuleContext<MessageIds>): void;
}

/** Identity at run time; at compile time it ties message ids to the messages table. */
export function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule<MessageIds> {
  return rule;
}

/** The rule docs of this release (tag v<version>), so a link reads as the rule that ran. */
const DOCS_BASE_URL = `https://github.com/privacyspec/privacyspec/blob/v${version}/packages/linter/docs/rules/`;

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}
