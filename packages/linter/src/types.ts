import type { Severity } from '@privacyspec/schema';

export type { Severity };

/** How a config turns a rule on: as ESLint, "off", "warn" or "error". */
export type RuleSetting = 'off' | 'warn' | 'error';

/** A text edit, as ESLint's: replace source offsets [start, end) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One finding, in the shape people know from ESLint's JSON output. */
export interface LintMessage {
  ruleId: string;
  /** Which of the rule's messages this is (stable, unlike the wording); absent for loader diagnostics. */
  messageId?: string;
  severity: Severity;
  message: string;
  /** JSON pointer of the value concerned. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
}

export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  messages: LintMessage[];
  /** The source, when it was read; formatters that quote lines use it. */
  source?: string;
  /** The fixed source, when --fix changed something. */
  output?: string;
}
