// The corpus of real published notices (examples/corpus/): reading each notice and its
// expected findings, comparing them with what the linter reports, and the report in
// docs/corpus.md. Used by corpus.test.ts; `pnpm corpus` runs that test in write mode.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getAtPointer, parentPointer } from '@privacyspec/schema';
import { parse } from 'yaml';
import type { LintMessage } from '../src/types.js';

/**
 * How a disagreement was decided on the law. `false-positive`: the linter reports it, the law says
 * no defect (a DPO would reject it). `missed`: expected, the linter does not report it, and the law
 * says it is a defect. `expectation-wrong`: the linter is right and expected.yaml's `findings` (or
 * their omission) were wrong in law; `findings` stays as written, and the mismatch is counted
 * apart, neither as a miss nor as a finding a DPO would reject.
 */
export const FINDING_KINDS = ['false-positive', 'missed', 'expectation-wrong'] as const;
export type DisagreementKind = (typeof FINDING_KINDS)[number];

/** One entry of expected.yaml's `findings` or `notDefects`. */
export interface ExpectedFinding {
  rule: string;
  path: string;
  why: string;
  severity?: 'error' | 'warning';
}

/** One entry of expected.yaml's `disagreements`: decided on the law after running the linter. */
export interface Disagreement extends ExpectedFinding {
  kind: DisagreementKind;
}

/**
 * One entry of expected.yaml's `notRead`: a rule whose findings cannot be judged because the
 * stored copy of the notice did not show the part it checks (e.g. the rights section). Its
 * findings (all of them, or those at or under `path`) are left out of the comparison and
 * counted as not judged.
 */
export interface NotRead {
  rule: string;
  path?: string;
  why: string;
}

export interface Expectations {
  findings: ExpectedFinding[];
  notDefects: ExpectedFinding[];
  disagreements: Disagreement[];
  notRead: NotRead[];
}

export interface CorpusNotice {
  folder: string;
  /** privacy.yaml as written. */
  text: string;
  /** privacy.yaml as plain data, for resolving pointers (undefined when it is not YAML). */
  document: unknown;
  language: string;
  expectations: Expectations;
  /** What is wrong with the folder itself: a missing file, a bad header, a malformed expected.yaml. */
  problems: string[];
}

/** A finding reduced to what the comparison matches on. */
export interface Finding {
  rule: string;
  path: string;
  message: string;
}

export interface Outcome {
  notice: CorpusNotice;
  /** Whether the declaration loaded without yaml-syntax or schema diagnostics (else no rule ran). */
  loads: boolean;
  /** Expected and reported. */
  found: Finding[];
  /** Expected, not reported. */
  missed: Finding[];
  /** Reported, not expected: a finding a careful DPO would reject. */
  rejected: Finding[];
  /** Reported by a rule whose part of the notice was not read (`notRead`). */
  notJudged: Finding[];
  /**
   * Mismatches recorded as `expectation-wrong`: expected but rightly not reported (`reported`
   * false), or reported, not expected, and a defect all the same (`reported` true).
   */
  expectationWrong: Array<Finding & { reported: boolean }>;
  /** Mismatches no disagreement records, and disagreements that no longer happen. */
  unexplained: Finding[];
}

const HEADER = [/^# Source: \S/m, /^# Retrieved: \S/m, /^# Notice language: \S/m];

/** Every notice folder in `corpusDir` (a folder with a privacy.yaml or an expected.yaml), sorted by name. */
export function readCorpus(corpusDir: string, ruleIds: readonly string[]): CorpusNotice[] {
  return readdirSync(corpusDir)
    .filter((name) => statSync(join(corpusDir, name)).isDirectory())
    .sort()
    .map((folder) => readNotice(corpusDir, folder, ruleIds));
}

function readNotice(corpusDir: string, folder: string, ruleIds: readonly string[]): CorpusNotice {
  const problems: string[] = [];
  const read = (name: string) => {
    try {
      return readFileSync(join(corpusDir, folder, name), 'utf8');
    } catch {
      problems.push(`${name} is missing`);
      return '';
    }
  };
  if (!/^[a-z]{2}-[a-z0-9][a-z0-9-]*$/.test(folder))
    problems.push('the folder name is not <country code>-<slug> in lower case');
  const text = read('privacy.yaml');
  const document = parseYaml(text, 'privacy.yaml', problems);
  for (const line of HEADER)
    if (!line.test(text))
      problems.push(`privacy.yaml lacks the header line ${line.source.slice(1, -4)}`);
  const language =
    isRecord(document) && typeof document.language === 'string' ? document.language : '';
  if (language === '') problems.push('privacy.yaml has no `language`');
  const expectations = readExpectations(
    parseYaml(read('expected.yaml'), 'expected.yaml', problems),
    document,
    ruleIds,
    problems,
  );
  return { folder, text, document, language, expectations, problems };
}

function parseYaml(text: string, name: string, problems: string[]): unknown {
  try {
    return parse(text);
  } catch (error) {
    problems.push(
      `${name} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    return undefined;
  }
}

/** Checks expected.yaml's shape: known keys, known rule ids, pointers that exist in the declaration. */
export function readExpectations(
  raw: unknown,
  document: unknown,
  ruleIds: readonly string[],
  problems: string[],
): Expectations {
  const expectations: Expectations = {
    findings: [],
    notDefects: [],
    disagreements: [],
    notRead: [],
  };
  if (!isRecord(raw)) {
    if (raw !== undefined)
      problems.push(
        'expected.yaml must be a mapping with findings, notDefects, disagreements and notRead',
      );
    return expectations;
  }
  for (const key of Object.keys(raw)) {
    if (!['findings', 'notDefects', 'disagreements', 'notRead'].includes(key))
      problems.push(`expected.yaml: unknown key "${key}"`);
  }
  for (const key of ['findings', 'notDefects', 'disagreements', 'notRead'] as const) {
    const list = raw[key] ?? [];
    if (!Array.isArray(list)) {
      problems.push(`expected.yaml: ${key} must be a list`);
      continue;
    }
    list.forEach((entry: unknown, index) => {
      const where = `expected.yaml ${key}[${index}]`;
      const checked = checkEntry(entry, where, key, document, ruleIds, problems);
      if (!checked) return;
      if (key === 'disagreements') expectations.disagreements.push(checked as Disagreement);
      else if (key === 'notRead') expectations.notRead.push(checked as NotRead);
      else expectations[key].push(checked as ExpectedFinding);
    });
  }
  for (const finding of expectations.findings) {
    if (
      expectations.notRead.some(
        (n) =>
          n.rule === finding.rule &&
          (n.path === undefined ||
            finding.path === n.path ||
            finding.path.startsWith(`${n.path}/`)),
      )
    ) {
      problems.push(
        `expected.yaml: ${finding.rule} at ${finding.path || '""'} is expected, but notRead says that part of the notice was not read`,
      );
    }
  }
  return expectations;
}

const ALLOWED_KEYS = {
  findings: ['rule', 'path', 'why', 'severity'],
  notDefects: ['rule', 'path', 'why', 'severity'],
  disagreements: ['rule', 'path', 'why', 'severity', 'kind'],
  notRead: ['rule', 'path', 'why'],
};

function checkEntry(
  entry: unknown,
  where: string,
  list: keyof typeof ALLOWED_KEYS,
  document: unknown,
  ruleIds: readonly string[],
  problems: string[],
): ExpectedFinding | NotRead | undefined {
  if (!isRecord(entry)) {
    problems.push(`${where}: must be a mapping with rule, path and why`);
    return undefined;
  }
  const before = problems.length;
  for (const key of Object.keys(entry))
    if (!ALLOWED_KEYS[list].includes(key)) problems.push(`${where}: unknown key "${key}"`);
  const { rule, path, why, severity, kind } = entry;
  if (typeof rule !== 'string' || !ruleIds.includes(rule))
    problems.push(`${where}: unknown rule id ${JSON.stringify(rule)}`);
  if (list === 'notRead' && path === undefined) {
    // No path: every finding of the rule.
  } else if (typeof path !== 'string' || (path !== '' && !path.startsWith('/')))
    problems.push(
      `${where}: path must be a JSON pointer ("" or starting with /), not ${JSON.stringify(path)}`,
    );
  else if (getAtPointer(document, path) === undefined)
    problems.push(`${where}: path ${path} resolves to nothing in privacy.yaml`);
  if (typeof why !== 'string' || why.trim() === '')
    problems.push(`${where}: why must give the legal reasoning`);
  if (severity !== undefined && severity !== 'error' && severity !== 'warning')
    problems.push(`${where}: severity must be error or warning`);
  if (list === 'disagreements' && !FINDING_KINDS.includes(kind as DisagreementKind))
    problems.push(`${where}: kind must be ${FINDING_KINDS.join(', ')}`);
  if (problems.length > before) return undefined;
  return entry as unknown as ExpectedFinding | NotRead;
}

/** The pointer itself when it exists in the document, else its closest existing parent (a missing key's place). */
export function closestExisting(document: unknown, pointer: string): string {
  let current: string | undefined = pointer;
  while (current !== undefined && current !== '' && getAtPointer(document, current) === undefined)
    current = parentPointer(current);
  return current ?? '';
}

/**
 * Matches the linter's rule findings with the expectations as multisets of (rule, path):
 * every reported finding must be expected, a recorded false positive or a recorded
 * expectation-wrong; every expected one reported, a recorded miss or a recorded
 * expectation-wrong; and every recorded disagreement must still happen.
 */
export function compare(
  notice: CorpusNotice,
  messages: readonly LintMessage[],
  loads: boolean,
): Outcome {
  const all: Finding[] = messages.map((m) => ({
    rule: m.ruleId,
    path: closestExisting(notice.document, m.path),
    message: m.message,
  }));
  const unread = (f: Finding) =>
    notice.expectations.notRead.some(
      (n) =>
        n.rule === f.rule &&
        (n.path === undefined || f.path === n.path || f.path.startsWith(`${n.path}/`)),
    );
  const notJudged = all.filter(unread);
  const reported = all.filter((f) => !unread(f));
  const expected = notice.expectations.findings.map((f) => ({
    rule: f.rule,
    path: f.path,
    message: f.why,
  }));
  const found: Finding[] = [];
  const missed: Finding[] = [];
  const unmatched = [...reported];
  for (const finding of expected) {
    const at = unmatched.findIndex((r) => r.rule === finding.rule && r.path === finding.path);
    if (at === -1) missed.push(finding);
    else found.push(unmatched.splice(at, 1)[0]!);
  }
  const unexplained: Finding[] = [];
  // Decided first: a mismatch the law resolves in the linter's favour is neither missed nor rejected.
  const wrongInLaw = notice.expectations.disagreements
    .filter((d) => d.kind === 'expectation-wrong')
    .map((d) => ({ rule: d.rule, path: d.path, message: d.why }));
  const expectationWrong: Outcome['expectationWrong'] = [];
  const settle = (actual: Finding[], reported: boolean) =>
    actual.filter((finding) => {
      const at = wrongInLaw.findIndex((w) => w.rule === finding.rule && w.path === finding.path);
      if (at === -1) return true;
      expectationWrong.push({
        ...finding,
        message: wrongInLaw.splice(at, 1)[0]!.message,
        reported,
      });
      return false;
    });
  const rejected = settle(unmatched, true);
  const missedInLaw = settle(missed, false);
  for (const stale of wrongInLaw)
    unexplained.push({
      ...stale,
      message: `recorded expectation-wrong that no longer happens: ${stale.message}`,
    });
  const explain = (
    actual: Finding[],
    kind: Exclude<DisagreementKind, 'expectation-wrong'>,
    label: string,
  ) => {
    const recorded = notice.expectations.disagreements
      .filter((d) => d.kind === kind)
      .map((d) => ({ rule: d.rule, path: d.path, message: d.why }));
    for (const finding of actual) {
      const at = recorded.findIndex((r) => r.rule === finding.rule && r.path === finding.path);
      if (at === -1) unexplained.push({ ...finding, message: `${label}: ${finding.message}` });
      else recorded.splice(at, 1);
    }
    for (const stale of recorded)
      unexplained.push({
        ...stale,
        message: `recorded ${kind} that no longer happens: ${stale.message}`,
      });
  };
  explain(rejected, 'false-positive', 'reported, not expected');
  explain(missedInLaw, 'missed', 'expected, not reported');
  return {
    notice,
    loads,
    found,
    missed: missedInLaw,
    rejected,
    notJudged,
    expectationWrong,
    unexplained,
  };
}

/** A plain-text table of findings, for test failure messages. */
export function findingsTable(folder: string, findings: readonly Finding[]): string {
  const rows = [
    ['file', 'rule', 'path', 'message'],
    ...findings.map((f) => [
      `examples/corpus/${folder}/privacy.yaml`,
      f.rule,
      f.path === '' ? '""' : f.path,
      f.message,
    ]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  '),
    )
    .join('\n');
}

interface Tally {
  notices: number;
  expected: number;
  found: number;
  missed: number;
  rejected: number;
  notJudged: number;
  /** Mismatches decided as expectation-wrong: the linter was right, the expectation wrong in law. */
  expectationWrong: number;
  /** Expected findings of notices that do not load: no rule ran, so they are neither found nor missed. */
  notRun: number;
}

const emptyTally = (): Tally => ({
  notices: 0,
  expected: 0,
  found: 0,
  missed: 0,
  rejected: 0,
  notJudged: 0,
  expectationWrong: 0,
  notRun: 0,
});

/** docs/corpus.md: per language, per rule and per notice, how the linter's findings compare with a DPO's. */
export function renderReport(outcomes: readonly Outcome[], ruleIds: readonly string[]): string {
  const byLanguage = new Map<string, Tally>();
  const byRule = new Map<string, Tally & { noticeSet: Set<string> }>(
    ruleIds.map((id) => [id, { ...emptyTally(), noticeSet: new Set<string>() }]),
  );
  const total = emptyTally();
  let agreeing = 0;
  for (const outcome of outcomes) {
    const language = byLanguage.get(outcome.notice.language) ?? emptyTally();
    byLanguage.set(outcome.notice.language, language);
    for (const tally of [language, total]) {
      tally.notices++;
      tally.expected +=
        outcome.found.length +
        outcome.missed.length +
        outcome.expectationWrong.filter((f) => !f.reported).length;
      tally.found += outcome.found.length;
      tally[outcome.loads ? 'missed' : 'notRun'] += outcome.missed.length;
      tally.rejected += outcome.rejected.length;
      tally.notJudged += outcome.notJudged.length;
      tally.expectationWrong += outcome.expectationWrong.length;
    }
    if (outcome.loads && outcome.missed.length === 0 && outcome.rejected.length === 0) agreeing++;
    const count = (findings: Finding[], fields: Array<keyof Tally>) => {
      for (const finding of findings) {
        const rule = byRule.get(finding.rule);
        if (!rule) continue;
        for (const field of fields) rule[field]++;
        rule.noticeSet.add(outcome.notice.folder);
      }
    };
    count(outcome.found, ['expected', 'found']);
    count(outcome.missed, ['expected', outcome.loads ? 'missed' : 'notRun']);
    count(outcome.rejected, ['rejected']);
    count(outcome.notJudged, ['notJudged']);
    count(
      outcome.expectationWrong.filter((f) => !f.reported),
      ['expected', 'expectationWrong'],
    );
    count(
      outcome.expectationWrong.filter((f) => f.reported),
      ['expectationWrong'],
    );
  }
  const countries = new Set(outcomes.map((o) => o.notice.folder.slice(0, 2)));
  const row = (label: string, t: Tally) =>
    `| ${label} | ${t.notices} | ${t.expected} | ${t.found} | ${t.missed} | ${t.rejected} | ${t.expectationWrong} | ${t.notJudged} | ${t.notRun} |`;
  const head = (label: string, notices: string) => [
    `| ${label} | ${notices} | expected findings | found | missed | a DPO would reject | expectation wrong in law | not judged | not run |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  return [
    '# The corpus: the linter on real published notices',
    '',
    '<!-- Generated from examples/corpus/ by `pnpm corpus`; do not edit by hand. -->',
    '',
    `${outcomes.length} real published privacy notices from ${countries.size} countries in ${byLanguage.size} languages,`,
    'each encoded faithfully as a declaration with the findings a careful DPO would make, written from',
    'the law before the linter was run (examples/corpus/README.md). The linter runs with the',
    '`recommended` preset. *Found*: expected and reported. *Missed*: expected, not reported.',
    '*A DPO would reject*: reported, but not a defect of that notice under the law.',
    '*Not judged*: reported about a part of the notice that the stored copy did not show (`notRead` in',
    'expected.yaml), so neither a defect nor a false finding. *Expectation wrong in law*: a mismatch',
    "decided, after the linter ran, in the linter's favour (`kind: expectation-wrong` in expected.yaml):",
    'an expected finding that is no defect under the law, or a reported finding the expectation left out',
    'that is one. The expectation is left as written; such a mismatch is neither missed nor rejected.',
    '*Not run*: expected findings of a notice that does not load (it uses a field the schema does not',
    'have yet), on which no rule ran. *Expected findings* = found + missed + expected findings wrong in law.',
    '',
    `In total: ${total.expected} expected findings, ${total.found} found, ${total.missed} missed, ${total.rejected} that a DPO would reject, ${total.expectationWrong} where the expectation was wrong in law, ${total.notJudged} not judged, ${total.notRun} not run.`,
    `The linter's findings equal the expected ones exactly on ${agreeing} of ${outcomes.length} notices; ${outcomes.filter((o) => !o.loads).length} do not load.`,
    '',
    '## Per language',
    '',
    ...head('language', 'notices'),
    ...[...byLanguage]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, tally]) => row(`\`${language}\``, tally)),
    row('**all**', total),
    '',
    '## Per rule',
    '',
    '*Notices*: notices where the rule is expected or reports.',
    '',
    ...head('rule', 'notices'),
    ...[...byRule].map(([id, tally]) =>
      row(`[${id}](../packages/linter/docs/rules/${id}.md)`, {
        ...tally,
        notices: tally.noticeSet.size,
      }),
    ),
    '',
    '## Per notice',
    '',
    '*Loads*: no yaml-syntax or schema diagnostic; a notice that does not load gets no rule findings.',
    '',
    '| notice | language | loads | expected findings | found | missed | a DPO would reject | expectation wrong in law | not judged |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...outcomes.map(
      (o) =>
        `| [${o.notice.folder}](../examples/corpus/${o.notice.folder}/privacy.yaml) | \`${o.notice.language}\` | ${o.loads ? 'yes' : '**no**'} | ${o.found.length + o.missed.length + o.expectationWrong.filter((f) => !f.reported).length} | ${o.found.length} | ${o.loads ? o.missed.length : '–'} | ${o.rejected.length} | ${o.expectationWrong.length} | ${o.notJudged.length} |`,
    ),
    '',
  ].join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
