import type { Rule } from '../rule.js';
import type { LintResult } from '../types.js';

/** What a formatter may know besides the results; formatters themselves stay pure. */
export interface FormatterContext {
  /** Folder that file paths are shown relative to (repository root for SARIF and GitHub). */
  cwd: string;
  /** Colour the output (a TTY without NO_COLOR). */
  color: boolean;
  /** Every rule, for descriptions, docs links and SARIF's rule table. */
  rules: readonly Rule[];
  /** The tool's version and the reference data's as-of date. */
  version: string;
  referenceDataAsOf: string;
}

/** As Spectral's and ESLint's: results in, text out. */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
