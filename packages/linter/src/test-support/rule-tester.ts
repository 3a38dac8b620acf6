import { describe, expect, it } from 'vitest';
import { preset } from '../config.js';
import { lintAndFix, lintText, type LintOptions } from '../engine.js';
import type { Rule } from '../rule.js';
import type { LintResult, Severity } from '../types.js';

export interface InvalidCase {
  name?: string;
  code: string;
  errors: Array<{
    messageId: string;
    path: string;
    line: number;
    column: number;
    severity?: Severity;
  }>;
  /** The text after --fix; omit when the rule offers no fix here (then the text must not change). */
  output?: string;
  /** Lint under the strict preset (every rule an error, strictOnly messages reported). */
  strict?: boolean;
}

export interface ValidCase {
  name?: string;
  code: string;
  /** Lint under the strict preset: the case must be silent there too. */
  strict?: boolean;
}

/** Lints `code` with only `rule` on, at its default severity, on the test day. */
export function lintWithRule(
  rule: Rule,
  code: string,
  { strict = false, today = TEST_TODAY }: { strict?: boolean; today?: string } = {},
): LintResult {
  return lintText(code, optionsFor(rule, strict, today));
}

/** The day tests judge the law on, so that a date in the reference data cannot make a test flaky. */
export const TEST_TODAY = '2026-11-23';

/** Only `rule`, at its level under the recommended or the strict preset. */
function optionsFor(rule: Rule, strict: boolean, today = TEST_TODAY): LintOptions {
  return {
    rules: [rule],
    config: { severities: preset(strict ? 'strict' : 'recommended', [rule]), strict },
    today,
  };
}

/**
 * ESLint's RuleTester, for declarations: runs only the rule under test, checks that each
 * case is a valid declaration first (a schema error would make the case meaningless), and
 * asserts message ids, pointers, positions and fix output. Last, it checks that the cases
 * report every message id of the rule, and a message capped at a warning by case at both
 * levels: the docs page's "Recommended and strict" table is checked against meta, and this
 * keeps meta honest about what the code reports.
 */
/**
 * `coversEveryMessage: false` marks a supplementary table (e.g. one case per language) whose
 * rule has a main table that reports every message id.
 */
export function runRuleTests(
  rule: Rule,
  cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] },
  { coversEveryMessage = true }: { coversEveryMessage?: boolean } = {},
): void {
  const seen = new Set<string>();
  const unique = (code: string, strict: boolean) => {
    const key = `${strict ? 'strict' : 'recommended'}\n${code}`;
    expect(seen.has(key), 'duplicate test case').toBe(false);
    seen.add(key);
  };
  /** Levels each message was reported at, `${messageId} ${preset} ${severity}`. */
  const reported = new Set<string>();

  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((entry, index) => {
        const {
          code,
          name,
          strict = false,
        } = typeof entry === 'string' ? { code: entry, name: undefined } : entry;
        it(name ?? `valid #${index + 1}`, () => {
          unique(code, strict);
          const result = lintText(code, optionsFor(rule, strict));
          expect(result.messages).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((entry, index) => {
        const strict = entry.strict ?? false;
        it(entry.name ?? `invalid #${index + 1}`, () => {
          unique(entry.code, strict);
          const options = optionsFor(rule, strict);
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
              severity: e.severity ?? (strict ? 'error' : rule.meta.defaultSeverity),
            })),
          );
          for (const m of result.messages)
            reported.add(`${m.messageId} ${strict ? 'strict' : 'recommended'} ${m.severity}`);
          const fixed = lintAndFix(entry.code, options);
          expect(fixed.output ?? entry.code).toBe(entry.output ?? entry.code);
        });
      });
    });
    if (coversEveryMessage)
      it('the cases report every message id, and a message capped by case at both levels', () => {
        for (const messageId of Object.keys(rule.meta.messages)) {
          expect(
            [...reported].some((entry) => entry.startsWith(`${messageId} `)),
            `no case reports ${messageId}`,
          ).toBe(true);
          if (
            rule.meta.cappedAtWarning?.[messageId] === 'by-case' &&
            rule.meta.defaultSeverity === 'error'
          ) {
            for (const severity of ['warning', 'error']) {
              expect(
                reported.has(`${messageId} recommended ${severity}`),
                `no recommended case reports ${messageId} as ${severity}`,
              ).toBe(true);
            }
          }
        }
      });
  });
}
