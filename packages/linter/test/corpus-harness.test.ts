// The corpus harness decides whether the corpus test passes, so its matching and its checks
// of expected.yaml are tested on small made-up notices.
import { describe, expect, it } from 'vitest';
import {
  closestExisting,
  compare,
  readExpectations,
  renderReport,
  type CorpusNotice,
} from './corpus-harness.js';
import type { LintMessage } from '../src/types.js';

const document = {
  controller: { name: 'X' },
  purposes: [{ id: 'a', legalBasis: 'consent' }, { id: 'b' }],
  rights: ['access'],
};
const ruleIds = ['rights-complete', 'legal-basis-per-purpose', 'retention-stated'];

function notice(expected: unknown): CorpusNotice & { problems: string[] } {
  const problems: string[] = [];
  return {
    folder: 'xx-test',
    text: '',
    document,
    language: 'en',
    expectations: readExpectations(expected, document, ruleIds, problems),
    problems,
  };
}

const message = (ruleId: string, path: string): LintMessage => ({
  ruleId,
  path,
  message: `${ruleId} at ${path}`,
  severity: 'error',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
});

describe('closestExisting', () => {
  it('keeps a pointer that exists and walks a missing key up to its parent', () => {
    expect(closestExisting(document, '/purposes/1')).toBe('/purposes/1');
    expect(closestExisting(document, '/purposes/1/legalBasis')).toBe('/purposes/1');
    expect(closestExisting(document, '/recipients/0/transfer')).toBe('');
  });
});

describe('readExpectations', () => {
  it('reports unknown keys, unknown rules, pointers that resolve to nothing and a missing why', () => {
    const { problems } = notice({
      findings: [
        { rule: 'retention-stated', path: '/purposes/7', why: 'x' },
        { rule: 'retention-stat', path: '/purposes/0', why: 'x' },
        { rule: 'retention-stated', path: '/purposes/0' },
      ],
      disagreements: [{ rule: 'retention-stated', path: '/purposes/0', why: 'x', kind: 'maybe' }],
      extra: [],
    });
    expect(problems).toEqual([
      'expected.yaml: unknown key "extra"',
      'expected.yaml findings[0]: path /purposes/7 resolves to nothing in privacy.yaml',
      'expected.yaml findings[1]: unknown rule id "retention-stat"',
      'expected.yaml findings[2]: why must give the legal reasoning',
      'expected.yaml disagreements[0]: kind must be false-positive, missed, expectation-wrong',
    ]);
  });

  it('accepts only the ids of rules that exist (no rule is pending any more)', () => {
    expect(
      notice({
        findings: [
          { rule: 'statutory-requirement-stated', path: '/purposes/1', why: 'Art. 13(2)(e)' },
        ],
      }).problems,
    ).toEqual(['expected.yaml findings[0]: unknown rule id "statutory-requirement-stated"']);
  });

  it('refuses an expected finding about a part the notice says was not read', () => {
    const { problems } = notice({
      findings: [{ rule: 'rights-complete', path: '/rights', why: 'x' }],
      notRead: [{ rule: 'rights-complete', why: 'rights section not shown' }],
    });
    expect(problems).toHaveLength(1);
  });
});

describe('compare', () => {
  it('matches rule and path as multisets, a missing key at its closest parent', () => {
    const outcome = compare(
      notice({
        findings: [
          { rule: 'rights-complete', path: '/rights', why: 'x' },
          { rule: 'rights-complete', path: '/rights', why: 'y' },
          { rule: 'legal-basis-per-purpose', path: '/purposes/1', why: 'z' },
        ],
      }),
      [
        message('rights-complete', '/rights'),
        message('legal-basis-per-purpose', '/purposes/1/legalBasis'),
        message('retention-stated', '/purposes/0/retention'),
      ],
      true,
    );
    expect(outcome.found.map((f) => f.rule)).toEqual([
      'rights-complete',
      'legal-basis-per-purpose',
    ]);
    expect(outcome.missed.map((f) => [f.rule, f.path])).toEqual([['rights-complete', '/rights']]);
    expect(outcome.rejected.map((f) => [f.rule, f.path])).toEqual([
      ['retention-stated', '/purposes/0'],
    ]);
    expect(outcome.unexplained).toHaveLength(2);
  });

  it('accepts recorded disagreements and flags one that no longer happens', () => {
    const outcome = compare(
      notice({
        findings: [{ rule: 'rights-complete', path: '/rights', why: 'x' }],
        disagreements: [
          { rule: 'rights-complete', path: '/rights', why: 'linter misses it', kind: 'missed' },
          {
            rule: 'retention-stated',
            path: '/purposes/0',
            why: 'not a defect',
            kind: 'false-positive',
          },
          {
            rule: 'legal-basis-per-purpose',
            path: '/purposes/1',
            why: 'old',
            kind: 'false-positive',
          },
        ],
      }),
      [message('retention-stated', '/purposes/0/retention')],
      true,
    );
    expect(
      outcome.unexplained.map((f) => [
        f.rule,
        f.message.startsWith('recorded false-positive that no longer happens'),
      ]),
    ).toEqual([['legal-basis-per-purpose', true]]);
  });

  it('counts an expectation wrong in law apart, in both directions, and flags one that no longer happens', () => {
    const outcome = compare(
      notice({
        findings: [{ rule: 'rights-complete', path: '/rights', why: 'x' }],
        disagreements: [
          {
            rule: 'rights-complete',
            path: '/rights',
            why: 'not a defect after all',
            kind: 'expectation-wrong',
          },
          {
            rule: 'retention-stated',
            path: '/purposes/0',
            why: 'a defect the writer left out',
            kind: 'expectation-wrong',
          },
          {
            rule: 'legal-basis-per-purpose',
            path: '/purposes/1',
            why: 'old',
            kind: 'expectation-wrong',
          },
        ],
      }),
      [message('retention-stated', '/purposes/0/retention')],
      true,
    );
    expect(outcome.missed).toEqual([]);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.expectationWrong.map((f) => [f.rule, f.reported])).toEqual([
      ['retention-stated', true],
      ['rights-complete', false],
    ]);
    expect(
      outcome.unexplained.map((f) => [
        f.rule,
        f.message.startsWith('recorded expectation-wrong that no longer happens'),
      ]),
    ).toEqual([['legal-basis-per-purpose', true]]);
    expect(renderReport([outcome], ruleIds)).toContain('| `en` | 1 | 1 | 0 | 0 | 0 | 2 | 0 | 0 |');
  });

  it('leaves findings about unread parts out of the comparison, counted as not judged', () => {
    const outcome = compare(
      notice({ notRead: [{ rule: 'rights-complete', why: 'not shown' }] }),
      [message('rights-complete', '/rights')],
      true,
    );
    expect(outcome.notJudged).toHaveLength(1);
    expect(outcome.unexplained).toEqual([]);
  });
});

describe('renderReport', () => {
  it('counts per language and per rule', () => {
    const outcome = compare(
      notice({ findings: [{ rule: 'rights-complete', path: '/rights', why: 'x' }] }),
      [message('rights-complete', '/rights'), message('retention-stated', '/purposes/0/retention')],
      true,
    );
    const report = renderReport([outcome], ruleIds);
    expect(report).toContain('| `en` | 1 | 1 | 1 | 0 | 1 | 0 | 0 | 0 |');
    expect(report).toContain(
      '| [retention-stated](../packages/linter/docs/rules/retention-stated.md) | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 |',
    );
    expect(report).toContain('exactly on 0 of 1 notices; 0 do not load.');
  });

  it('counts the expected findings of a notice that does not load as not run, not as missed', () => {
    const outcome = compare(
      notice({ findings: [{ rule: 'rights-complete', path: '/rights', why: 'x' }] }),
      [],
      false,
    );
    expect(renderReport([outcome], ruleIds)).toContain('| `en` | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
  });
});
