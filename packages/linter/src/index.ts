export { lintAndFix, lintDeclaration, lintText, toResult, type LintOptions } from './engine.js';
export { PRESETS, preset, resolveConfig, validateConfig, type Config, type ConfigProblem, type PresetName, type ResolvedConfig } from './config.js';
export { applyFixes } from './fix.js';
export { DISABLE_COMMENT_RULE_ID } from './disable-comments.js';
export { formatters, type Formatter, type FormatterContext, type FormatterName } from './formatters/index.js';
export { defineRule, interpolate, ruleDocsUrl, type FixSpec, type Report, type Rule, type RuleContext, type RuleMeta } from './rule.js';
export { rules } from './rules/index.js';
export { compareFindings, review, type Review, type ReviewInput } from './review/index.js';
export { MAX_REPORT_LENGTH, renderReviewMarkdown, type ReviewMarkdownOptions } from './review/markdown.js';
export { reachesRisk, RISK_ORDER, verdict, type Risk } from './review/verdict.js';
export type { Fix, LintMessage, LintResult, RuleSetting, Severity } from './types.js';
// Node-only edges the Action shares with the CLI (config files, reading a declaration from disk).
export { ConfigFinder, loadConfigFile } from './cli/config-file.js';
export { readDeclarationFile } from './cli/read-file.js';
