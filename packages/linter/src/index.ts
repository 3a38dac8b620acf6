export {
  diagnosticResult,
  lintAndFix,
  lintDeclaration,
  lintText,
  toResult,
  type LintOptions,
} from './engine.js';
export {
  PRESETS,
  preset,
  resolveConfig,
  validateConfig,
  type Config,
  type ConfigProblem,
  type PresetName,
  type ResolvedConfig,
} from './config.js';
export { applyFixes } from './fix.js';
export { DISABLE_COMMENT_RULE_ID } from './disable-comments.js';
export {
  formatters,
  type Formatter,
  type FormatterContext,
  type FormatterName,
} from './formatters/index.js';
export {
  defineRule,
  interpolate,
  ruleDocsUrl,
  type FixSpec,
  type Report,
  type Rule,
  type RuleContext,
  type RuleMeta,
} from './rule.js';
export { rules } from './rules/index.js';
export {
  compareFindings,
  review,
  reviewRemoved,
  reviewUnreadable,
  type FileStatus,
  type Review,
  type ReviewInput,
  type ReviewProblem,
} from './review/index.js';
export {
  FAIL_ON,
  FAIL_ON_RISK,
  gate,
  gateExitCode,
  type FailOn,
  type FailOnRisk,
  type GateOptions,
  type GateOutcome,
} from './review/gate.js';
export { escapeMarkdown, inlineCode } from './formatters/markdown-escape.js';
export { plural } from './plural.js';
export { version } from './version.js';
export {
  FOLD_AT,
  MAX_REPORT_LENGTH,
  renderReviewMarkdown,
  truncateMarkdown,
  type ReviewMarkdownOptions,
} from './review/markdown.js';
export { reachesRisk, RISK_ORDER, verdict, type Risk } from './review/verdict.js';
export { declarationChanges, type ListedChange } from './review/declaration-changes.js';
export type { Fix, LintMessage, LintResult, RuleSetting, Severity } from './types.js';
