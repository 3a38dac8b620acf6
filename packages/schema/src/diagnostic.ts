/** A 1-based line:column range, end inclusive of the last character's column + 1 (as ESLint). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning';

/** The diagnostics the loader itself produces; rules add their own ids in the linter. */
export type LoaderRuleId = 'yaml-syntax' | 'schema' | 'file';

export interface Diagnostic {
  ruleId: LoaderRuleId;
  severity: Severity;
  message: string;
  /** JSON pointer of the value concerned ('' for the whole document). */
  path: string;
  range: Range;
}

export const START_OF_FILE: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
