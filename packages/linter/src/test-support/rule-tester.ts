import { describe, expect, it } from 'vitest';
import { lintAndFix, lintText } from '../engine.js';
import type { Rule } from '../rule.js';
import type { LintResult } from '../types.js';

export interface InvalidCase {
  name?: string;
  code: string;
  errors: Array<{ messageId: string; path: string; line: number; column: number; severity?: 'error' | 'warning' }>;
  /** The text after --fix; omit when the rule offers no fix here (then the text must not change). */
  output?: string;
}

export interface ValidCase {
  name?: string;
  code: string;
}

/** Lints `code` with only `rule` on, at its default severity, on the test day. */
export function lintWithRule(rule: Rule, code: string, { strict = false, today = TEST_TODAY }: { strict?: boolean; today?: string } = {}): LintResult {
  return lintText(code, { rules: [rule], config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict }, today });
}

/** The day tests judge the law on, so that a date in the reference data cannot make a test flaky. */
export const TEST_TODAY = '2026-11-23';

/**
 * ESLint's RuleTester, for declarations: runs only the rule under test, checks that each
 * case is a valid declaration first (a schema error would make the case meaningless), and
 * asserts message ids, pointers, positions and fix output.
 */
export function runRuleTests(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  const options = { rules: [rule], config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false }, today: TEST_TODAY };
  const seen = new Set<string>();
  const unique = (code: string) => {
    expect(seen.has(code), 'duplicate test case').toBe(false);
    seen.add(code);
  };

  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((entry, index) => {
        const { code, name } = typeof entry === 'string' ? { code: entry, name: undefined } : entry;
        it(name ?? `valid #${index + 1}`, () => {
          unique(code);
          const result = lintText(code, options);
          expect(result.messages).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((entry, index) => {
        it(entry.name ?? `invalid #${index + 1}`, () => {
          unique(entry.code);
          const result = lintText(entry.code, options);
          const loaderProblems = result.messages.filter((m) => m.ruleId !== rule.id);
          expect(loaderProblems, 'the case must be a valid declaration').toEqual([]);
          expect(
            result.messages.map((m) => ({
              messageId: m.messageId,
              path: m.path,
              line: m.line,
              column: m.column,
              severity: m.severity,
            })),
          ).toEqual(
            entry.errors.map((e) => ({
              messageId: e.messageId,
              path: e.path,
              line: e.line,
              column: e.column,
              severity: e.severity ?? rule.meta.defaultSeverity,
            })),
          );
          const fixed = lintAndFix(entry.code, options);
          expect(fixed.output ?? entry.code).toBe(entry.output ?? entry.code);
        });
      });
    });
  });
}
