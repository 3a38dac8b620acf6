// Docs are checked like code (ESLint's checkRuleFiles, typescript-eslint's docs.test):
// every rule has a page, the page agrees with meta, and its examples behave as labelled.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { preset } from '../src/config.js';
import { lintText } from '../src/engine.js';
import { rules } from '../src/rules/index.js';
import { gfmCells } from '../src/test-support/formatter-results.js';
import { TEST_TODAY } from '../src/test-support/rule-tester.js';
import type { Rule } from '../src/rule.js';

/**
 * The level the recommended preset reports a message at: none for a strict-only nudge, a warning
 * for a warning rule or a message always capped, both for one capped by case (runRuleTests checks
 * that the rule's cases report it at both), otherwise the rule's level. Strict reports every
 * message as an error.
 */
function recommendedLevel(rule: Rule, messageId: string): string {
  if (rule.meta.strictOnly?.includes(messageId)) return '—';
  if (rule.meta.defaultSeverity === 'warning') return 'warning';
  const cap = rule.meta.cappedAtWarning?.[messageId];
  return cap === 'always' ? 'warning' : cap === 'by-case' ? 'warning or error' : 'error';
}

const docsDir = new URL('../docs/rules/', import.meta.url);
const rulesDir = new URL('../src/rules/', import.meta.url);

describe('rule files, docs and the index agree', () => {
  it('every rule file is in the index, sorted, and every rule has a test file', () => {
    const files = readdirSync(rulesDir);
    const ruleFiles = files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ruleFiles].sort());
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(files, `${id} has no test file`).toContain(`${id}.test.ts`);
  });

  it('the config schema lists exactly the rule ids (editors autocomplete them)', () => {
    const configSchema = JSON.parse(
      readFileSync(new URL('../privacyspec.config.schema.json', import.meta.url), 'utf8'),
    ) as {
      properties: { rules: { propertyNames: { enum: string[] } } };
    };
    expect(configSchema.properties.rules.propertyNames.enum).toEqual(rules.map((rule) => rule.id));
  });

  it('every rule has exactly one docs page and every page is a rule', () => {
    const pages = readdirSync(docsDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    expect(pages.sort()).toEqual(rules.map((rule) => rule.id));
  });
});

for (const rule of rules) {
  describe(`docs/rules/${rule.id}.md`, () => {
    const page = readFileSync(new URL(`${rule.id}.md`, docsDir), 'utf8');
    const frontMatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(page)?.[1] ?? '') as Record<
      string,
      unknown
    >;

    it('front matter matches meta', () => {
      expect(frontMatter.id).toBe(rule.id);
      expect(frontMatter.severity).toBe(rule.meta.defaultSeverity);
      expect((frontMatter.articles as unknown[]).map(String)).toEqual([...rule.meta.articles]);
      expect(Boolean(frontMatter.fixable)).toBe(Boolean(rule.meta.fixable));
    });

    it('has the fixed headings and the description of meta', () => {
      const body = page.replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(body).toContain(`# ${rule.id}\n\n${rule.meta.description}.`);
      for (const heading of [
        '## Rule details',
        '## Examples',
        '### Incorrect',
        '### Correct',
        '## How to fix',
        '## When not to use it',
      ]) {
        expect(body, `missing "${heading}"`).toContain(`\n${heading}\n`);
      }
    });

    const example = (heading: string) => {
      const section = page.split(`### ${heading}\n`)[1] ?? '';
      return /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    };
    const options = (strict: boolean) => ({
      rules,
      config: { severities: preset(strict ? 'strict' : 'recommended', [rule]), strict },
      today: TEST_TODAY,
    });
    // A rule whose every finding is a strict nudge shows its Incorrect example under strict.
    const strictOnlyRule = Object.keys(rule.meta.messages).every(
      (id) => rule.meta.strictOnly?.includes(id) === true,
    );

    it('"Recommended and strict" has one row per message id, with the level each preset reports it at', () => {
      const section = page.split('\n## Recommended and strict\n')[1]?.split('\n## ')[0] ?? '';
      expect(section, 'missing "## Recommended and strict"').not.toBe('');
      const table = section.split('\n').filter((line) => line.startsWith('|'));
      // Cells compared trimmed, so a formatter may pad the columns.
      expect(gfmCells(table[0] ?? '')).toEqual(['finding', 'recommended', 'strict']);
      expect(gfmCells(table[1] ?? '').every((cell) => /^:?-{3,}:?$/.test(cell))).toBe(true);
      const rows = table.slice(2).map((line) => {
        const cells = gfmCells(line);
        expect(cells, line).toHaveLength(3);
        const id = /^`(\w+)` — \S/.exec(cells[0] ?? '')?.[1];
        expect(id, `"${line}" does not start with \`messageId\` — meaning`).toBeDefined();
        return { id: id ?? '', recommended: cells[1], strict: cells[2] };
      });
      expect(rows.map((row) => row.id).sort()).toEqual(Object.keys(rule.meta.messages).sort());
      for (const row of rows) {
        expect({ id: row.id, recommended: row.recommended, strict: row.strict }).toEqual({
          id: row.id,
          recommended: recommendedLevel(rule, row.id),
          strict: 'error',
        });
      }
    });

    it(`the Incorrect example reports this rule${strictOnlyRule ? ' under strict' : ''}`, () => {
      const result = lintText(example('Incorrect'), options(strictOnlyRule));
      expect(
        result.messages.filter((m) => !['disable-comment'].includes(m.ruleId)).map((m) => m.ruleId),
      ).toContain(rule.id);
      expect(
        result.messages.filter((m) => ['yaml-syntax', 'schema', 'file'].includes(m.ruleId)),
      ).toEqual([]);
    });

    it('the Correct example is a valid declaration this rule is silent on, also under strict', () => {
      for (const strict of [false, true])
        expect(lintText(example('Correct'), options(strict)).messages).toEqual([]);
    });
  });
}
