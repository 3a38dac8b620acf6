import { diff, type Change } from '@privacyspec/schema';
import { lintDeclaration, type LintOptions } from '../engine.js';
import type { LintMessage, LintResult } from '../types.js';

export interface ReviewInput {
  /** The base side's text; undefined when the declaration is new. */
  base: string | undefined;
  head: string;
  filePath: string;
}

/** What a change to one declaration does: data-handling changes, and findings it introduces or resolves. */
export interface Review {
  filePath: string;
  /** Semantic changes, high risk first; empty when a side could not be read. */
  changes: Change[];
  /** Findings on head that base did not have. */
  introduced: LintMessage[];
  /** Findings on base that head no longer has. */
  resolved: LintMessage[];
  head: LintResult;
  base: LintResult | undefined;
  /** Set when one side does not load, so no semantic diff was possible. */
  problem?: string;
}

/**
 * Lints both sides and diffs them. A missing base is a new declaration: every entry is an
 * addition (diffed against an empty declaration). Pure: text in, data out.
 */
export function review(input: ReviewInput, options: Omit<LintOptions, 'filePath'> = {}): Review {
  const { result: head, declaration: headDeclaration } = lintDeclaration(input.head, { ...options, filePath: input.filePath });
  const baseSide = input.base === undefined ? undefined : lintDeclaration(input.base, { ...options, filePath: input.filePath });
  const base = baseSide?.result;
  const baseDeclaration = baseSide ? baseSide.declaration : EMPTY;
  const { introduced, resolved } = compareFindings(base?.messages ?? [], head.messages);
  if (!headDeclaration || !baseDeclaration) {
    const side = !baseDeclaration ? 'base' : 'head';
    return { filePath: input.filePath, changes: [], introduced, resolved, head, base, problem: `The ${side} version does not load (see its findings), so changes in data handling cannot be shown.` };
  }
  const { changes } = diff(baseDeclaration, headDeclaration, options.today !== undefined ? { today: options.today } : {});
  return { filePath: input.filePath, changes, introduced, resolved, head, base };
}

const EMPTY = { privacyspec: '1.0', controller: {}, purposes: [] } as const satisfies Parameters<typeof diff>[0];

/**
 * Matches findings across versions by rule and message, not by line (lines move when the
 * file is edited; messages name the purpose or recipient by id), as a multiset.
 */
export function compareFindings(base: readonly LintMessage[], head: readonly LintMessage[]): { introduced: LintMessage[]; resolved: LintMessage[] } {
  const key = (m: LintMessage) => `${m.ruleId}\u0000${m.message}`;
  const remaining = new Map<string, number>();
  for (const m of base) remaining.set(key(m), (remaining.get(key(m)) ?? 0) + 1);
  const introduced: LintMessage[] = [];
  for (const m of head) {
    const count = remaining.get(key(m)) ?? 0;
    if (count > 0) remaining.set(key(m), count - 1);
    else introduced.push(m);
  }
  const resolved: LintMessage[] = [];
  for (const m of base) {
    const count = remaining.get(key(m)) ?? 0;
    if (count > 0) {
      resolved.push(m);
      remaining.set(key(m), count - 1);
    }
  }
  return { introduced, resolved };
}
