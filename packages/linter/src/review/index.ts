import { declarationRemoved, diff, type Change } from '@privacyspec/schema';
import { diagnosticResult, lintDeclaration, toResult, type LintOptions } from '../engine.js';
import type { LintMessage, LintResult } from '../types.js';

export interface ReviewInput {
  /** The base side's text; undefined when the declaration is new. */
  base: string | undefined;
  head: string;
  filePath: string;
}

/** How the file itself changed. */
export type FileStatus = 'added' | 'modified' | 'renamed' | 'removed';

/** A side that could not be compared, and why. */
export interface ReviewProblem {
  side: 'base' | 'head';
  message: string;
}

/** What a change to one declaration does: data-handling changes, and findings it introduces or resolves. */
export interface Review {
  /** The head path (for a removed file, where it was). */
  filePath: string;
  status: FileStatus;
  /** The base path of a renamed file. */
  previousPath?: string;
  /** Semantic changes, high risk first; empty when a side could not be read. */
  changes: Change[];
  /** Findings on head that base did not have (all of head's when base is new or unreadable). */
  introduced: LintMessage[];
  /** Findings on base that head no longer has. */
  resolved: LintMessage[];
  /** Findings on both sides, matched by rule and message. */
  unchanged: LintMessage[];
  /** Head's findings (none for a removed file). */
  head: LintResult;
  base: LintResult | undefined;
  /** Set when one side does not load, so no semantic diff was possible. */
  problem?: ReviewProblem;
}

/**
 * Lints both sides and diffs them. A missing base is a new declaration: every entry is an
 * addition (diffed against an empty declaration). Pure: text in, data out.
 */
export function review(input: ReviewInput, options: Omit<LintOptions, 'filePath'> = {}): Review {
  const { result: head, declaration: headDeclaration } = lintDeclaration(input.head, {
    ...options,
    filePath: input.filePath,
  });
  const baseSide =
    input.base === undefined
      ? undefined
      : lintDeclaration(input.base, { ...options, filePath: input.filePath });
  const base = baseSide?.result;
  const baseDeclaration = baseSide ? baseSide.declaration : EMPTY;
  const status: FileStatus = input.base === undefined ? 'added' : 'modified';
  if (!headDeclaration || !baseDeclaration) {
    const side = !headDeclaration ? 'head' : 'base';
    const problem = {
      side,
      message: `The ${side} version does not load (see its findings), so the two versions could not be compared.`,
    } as const;
    // With base unreadable every head finding counts as new, so the gate still sees them.
    const findings =
      side === 'base'
        ? { introduced: head.messages, resolved: [], unchanged: [] }
        : compareFindings(base?.messages ?? [], head.messages);
    return { filePath: input.filePath, status, changes: [], ...findings, head, base, problem };
  }
  const { changes } = diff(
    baseDeclaration,
    headDeclaration,
    options.today !== undefined ? { today: options.today } : {},
  );
  return {
    filePath: input.filePath,
    status,
    changes,
    ...compareFindings(base?.messages ?? [], head.messages),
    head,
    base,
  };
}

/** A declaration that is deleted: one high-risk change; `base` is its last text when known. */
export function reviewRemoved(
  filePath: string,
  base: string | undefined,
  options: Omit<LintOptions, 'filePath'> = {},
): Review {
  const baseSide = base === undefined ? undefined : lintDeclaration(base, { ...options, filePath });
  return {
    filePath,
    status: 'removed',
    changes: [declarationRemoved(baseSide?.declaration)],
    introduced: [],
    resolved: [],
    unchanged: [],
    head: toResult(filePath, []),
    base: baseSide?.result,
  };
}

/** A side that could not even be read (a `file` problem): nothing to compare. */
export function reviewUnreadable(
  filePath: string,
  side: 'base' | 'head',
  problem: Parameters<typeof diagnosticResult>[1],
  head: LintResult | undefined,
  status: FileStatus,
): Review {
  const where =
    problem.range.line > 1 || problem.range.column > 1
      ? ` (line ${problem.range.line}, column ${problem.range.column})`
      : '';
  const headResult = head ?? diagnosticResult(filePath, problem);
  return {
    filePath,
    status,
    changes: [],
    introduced: side === 'base' ? headResult.messages : [],
    resolved: [],
    unchanged: [],
    head: headResult,
    base: side === 'base' ? diagnosticResult(filePath, problem) : undefined,
    problem: {
      side,
      message: `The ${side} version could not be read${where}: ${problem.message} So the two versions could not be compared.`,
    },
  };
}

const EMPTY = { privacyspec: '1.0', controller: {}, purposes: [] } as const satisfies Parameters<
  typeof diff
>[0];

/**
 * Matches findings across versions by rule and message, not by line (lines move when the
 * file is edited; messages name the purpose or recipient by id), as a multiset.
 */
export function compareFindings(
  base: readonly LintMessage[],
  head: readonly LintMessage[],
): { introduced: LintMessage[]; resolved: LintMessage[]; unchanged: LintMessage[] } {
  const key = (m: LintMessage) => `${m.ruleId}\u0000${m.message}`;
  const remaining = new Map<string, number>();
  for (const m of base) remaining.set(key(m), (remaining.get(key(m)) ?? 0) + 1);
  const introduced: LintMessage[] = [];
  const unchanged: LintMessage[] = [];
  for (const m of head) {
    const count = remaining.get(key(m)) ?? 0;
    if (count > 0) {
      remaining.set(key(m), count - 1);
      unchanged.push(m);
    } else introduced.push(m);
  }
  const resolved: LintMessage[] = [];
  for (const m of base) {
    const count = remaining.get(key(m)) ?? 0;
    if (count > 0) {
      resolved.push(m);
      remaining.set(key(m), count - 1);
    }
  }
  return { introduced, resolved, unchanged };
}
