import {
  load,
  type Declaration,
  type Diagnostic,
  type LoadResult,
  type Range,
} from '@privacyspec/schema';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { applyDisableComments } from './disable-comments.js';
import { applyFixes, toSourceFix } from './fix.js';
import { interpolate, type Rule } from './rule.js';
import { rules as allRules } from './rules/index.js';
import type { LintMessage, LintResult } from './types.js';

export interface LintOptions {
  /** Shown in results; lintText reads nothing from disk. */
  filePath?: string;
  /** Which rules exist (default: all). */
  rules?: readonly Rule[];
  /** Severity per rule (default: the recommended preset). */
  config?: ResolvedConfig;
  /** The date the law is judged on, YYYY-MM-DD (default: today). */
  today?: string;
  /** Refuse larger files before parsing (default: DEFAULT_LIMITS.maxBytes, 10 MB). */
  maxBytes?: number;
}

/** Lints one declaration's text. Pure: text in, findings out. */
export function lintText(source: string, options: LintOptions = {}): LintResult {
  return lintDeclaration(source, options).result;
}

/** As lintText, also returning the declaration when it loaded (for a diff without parsing twice). */
export function lintDeclaration(
  source: string,
  options: LintOptions = {},
): { result: LintResult; declaration: Declaration | undefined } {
  const rules = options.rules ?? allRules;
  const config = options.config ?? resolveConfig({}, rules);
  const loaded = load(source, {
    ...(options.filePath !== undefined ? { filename: options.filePath } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  const messages: LintMessage[] = loaded.diagnostics.map(fromDiagnostic);
  if (loaded.declaration) {
    messages.push(
      ...runRules(
        loaded,
        source,
        rules,
        config,
        options.today ?? new Date().toISOString().slice(0, 10),
      ),
    );
  }
  const kept = applyDisableComments(
    source,
    messages,
    rules.map((rule) => rule.id),
  );
  return {
    result: toResult(options.filePath ?? '<text>', kept, source),
    declaration: loaded.declaration,
  };
}

/**
 * Lints, applies the safe fixes and lints again until nothing more is fixable (at most 10
 * passes, as ESLint), so the result describes the fixed text.
 */
export function lintAndFix(source: string, options: LintOptions = {}): LintResult {
  let output = source;
  let result = lintText(output, options);
  for (let pass = 0; pass < 10; pass++) {
    const fixes = result.messages.flatMap((message) => (message.fix ? [message.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes).output;
    if (next === output) break;
    output = next;
    result = lintText(output, options);
  }
  return output === source ? result : { ...result, output };
}

function runRules(
  loaded: LoadResult,
  source: string,
  rules: readonly Rule[],
  config: ResolvedConfig,
  today: string,
): LintMessage[] {
  const declaration = loaded.declaration!;
  const messages: LintMessage[] = [];
  for (const rule of rules) {
    const configured = config.severities.get(rule.id);
    if (!configured) continue;
    rule.check({
      declaration,
      today,
      strict: config.strict,
      report({ messageId, data, path, fix, severity: cap }) {
        if (!config.strict && rule.meta.strictOnly?.includes(messageId)) return;
        // A message may be at most a warning (a weaker legal footing), always or by case, as meta
        // declares; strict makes it an error again.
        const capping = rule.meta.cappedAtWarning?.[messageId];
        const capped = capping === 'always' || (capping === 'by-case' && cap === 'warning');
        const severity = capped && !config.strict ? 'warning' : configured;
        const template = rule.meta.messages[messageId] ?? messageId;
        const sourceFix =
          fix && rule.meta.fixable ? toSourceFix(fix, loaded.positions, source) : undefined;
        messages.push({
          ruleId: rule.id,
          messageId,
          severity,
          message: interpolate(template, data),
          path,
          ...flatRange(loaded.positions.closest(path)),
          ...(sourceFix ? { fix: sourceFix } : {}),
        });
      },
    });
  }
  return messages;
}

/** The result for a file that could not be read or parsed at all: one loader diagnostic. */
export function diagnosticResult(filePath: string, diagnostic: Diagnostic): LintResult {
  return toResult(filePath, [fromDiagnostic(diagnostic)]);
}

function fromDiagnostic(diagnostic: Diagnostic): LintMessage {
  return {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    path: diagnostic.path,
    ...flatRange(diagnostic.range),
  };
}

function flatRange(range: Range): Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return {
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
}

/** Builds a result from messages, sorted by position, with ESLint's counts. */
export function toResult(filePath: string, messages: LintMessage[], source?: string): LintResult {
  // Rule ids compared by code unit: localeCompare would load ICU's collator, milliseconds of
  // every start, for ids that are plain ASCII.
  const sorted = [...messages].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  const count = (severity: string, fixable = false) =>
    sorted.filter((m) => m.severity === severity && (!fixable || m.fix !== undefined)).length;
  return {
    filePath,
    errorCount: count('error'),
    warningCount: count('warning'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    messages: sorted,
    ...(source !== undefined ? { source } : {}),
  };
}
