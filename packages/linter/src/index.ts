export { lintAndFix, lintText, toResult, type LintOptions } from './engine.js';
export { PRESETS, preset, resolveConfig, validateConfig, type Config, type ConfigProblem, type PresetName, type ResolvedConfig } from './config.js';
export { applyFixes } from './fix.js';
export { DISABLE_COMMENT_RULE_ID } from './disable-comments.js';
export { defineRule, interpolate, ruleDocsUrl, type FixSpec, type Report, type Rule, type RuleContext, type RuleMeta } from './rule.js';
export { rules } from './rules/index.js';
export type { Fix, LintMessage, LintResult, RuleSetting, Severity } from './types.js';
