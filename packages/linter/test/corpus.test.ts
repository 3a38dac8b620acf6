// The corpus of real published notices (issue 10): each must load, and the linter's findings
// under the recommended preset must be the ones a careful DPO expects, or a disagreement
// recorded on the law. docs/corpus.md reports the numbers and must be current.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { lintText } from '../src/engine.js';
import { rules } from '../src/rules/index.js';
import { TEST_TODAY } from '../src/test-support/rule-tester.js';
import type { LintMessage } from '../src/types.js';
import {
  compare,
  findingsTable,
  readCorpus,
  renderReport,
  type Outcome,
} from './corpus-harness.js';
import { repoRoot } from './run-cli.js';

const corpusDir = join(repoRoot, 'examples', 'corpus');
const reportPath = join(repoRoot, 'docs', 'corpus.md');
const REGENERATE = 'pnpm corpus';
// `pnpm corpus` sets this to write docs/corpus.md instead of comparing it.
const writeReport = process.env.PRIVACYSPEC_WRITE_CORPUS_REPORT === '1';

const ruleIds = rules.map((rule) => rule.id);
// What the CLI uses when no config file applies: the recommended preset.
const config = resolveConfig({ extends: 'recommended' }, rules);
const notices = readCorpus(corpusDir, ruleIds);
// Loader diagnostics (yaml-syntax, schema, disable-comment) are not findings: the notice must load.
const outcomes: Array<Outcome & { loaderMessages: LintMessage[] }> = notices.map((notice) => {
  const { messages } = lintText(notice.text, {
    filePath: `examples/corpus/${notice.folder}/privacy.yaml`,
    config,
    today: TEST_TODAY,
  });
  const loaderMessages = messages.filter((m) => !ruleIds.includes(m.ruleId));
  return {
    ...compare(
      notice,
      messages.filter((m) => ruleIds.includes(m.ruleId)),
      loaderMessages.length === 0,
    ),
    loaderMessages,
  };
});

describe('the corpus of real notices', () => {
  it('has notices', () => {
    expect(notices.length).toBeGreaterThan(0);
  });

  for (const outcome of outcomes) {
    const { notice } = outcome;
    describe(notice.folder, () => {
      it('is a well-formed corpus folder (header, language, expected.yaml with known rules and existing paths)', () => {
        expect(notice.problems, notice.problems.join('\n')).toEqual([]);
      });

      it('loads without yaml-syntax or schema diagnostics', () => {
        const table = findingsTable(
          notice.folder,
          outcome.loaderMessages.map((m) => ({
            rule: m.ruleId,
            path: m.path,
            message: `${m.line}:${m.column} ${m.message}`,
          })),
        );
        expect(outcome.loaderMessages.length, `the notice must load:\n${table}`).toBe(0);
      });

      it('gets the findings a careful DPO expects, or a disagreement recorded on the law', () => {
        // A notice that does not load gets no rule findings: comparing would only list every expectation as missed.
        expect(
          outcome.loaderMessages.length,
          'not compared: the notice does not load (see above)',
        ).toBe(0);
        expect(
          outcome.unexplained.length,
          `mismatches with expected.yaml:\n${findingsTable(notice.folder, outcome.unexplained)}`,
        ).toBe(0);
      });
    });
  }

  it('lists every notice in examples/corpus/README.md', () => {
    const readme = existsSync(join(corpusDir, 'README.md'))
      ? readFileSync(join(corpusDir, 'README.md'), 'utf8')
      : '';
    expect(
      notices.map((n) => n.folder).filter((folder) => !readme.includes(`| ${folder} |`)),
    ).toEqual([]);
  });

  it(`docs/corpus.md is current (regenerate with \`${REGENERATE}\`)`, () => {
    const report = renderReport(outcomes, ruleIds);
    if (writeReport) writeFileSync(reportPath, report);
    const current = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
    expect(
      current === report,
      `docs/corpus.md is out of date: run \`${REGENERATE}\` and commit it`,
    ).toBe(true);
  });
});
