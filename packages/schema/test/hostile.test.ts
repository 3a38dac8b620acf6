/**
 * Hostile input to the schema package (issue 12): each case asserts a bounded result (one
 * positioned diagnostic, a capped number of positions, a definite answer), never a time;
 * work that went super-linear would still show, as the test running into vitest's timeout.
 */
import { describe, expect, it } from 'vitest';
import { parseFast } from '../src/fast-yaml.js';
import { DEFAULT_LIMITS, diff, findAuthorities, load, type Declaration } from '../src/index.js';
import { LineStarts, PositionMap } from '../src/positions.js';

const HEAD = 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\n';

describe('authority look-up on hostile names and URLs', () => {
  it.each([
    ['a 100,000-letter name', 'a'.repeat(100_000)],
    ['a 100,000-character dotted name', 'a.'.repeat(50_000)],
    ['a 100,000-character hyphenated name', 'a-'.repeat(50_000)],
    ['a URL of 50,000 letters', `https://${'a'.repeat(50_000)}`],
    ['a URL of 50,000 labels', `https://${'a.'.repeat(25_000)}1`],
  ])('%s refers to no authority', (_label, name) => {
    expect(findAuthorities(name)).toEqual([]);
  });

  it('a real authority after 100,000 characters of noise is still found', () => {
    const ids = findAuthorities(
      `${'a-'.repeat(50_000)} Integritetsskyddsmyndigheten (IMY), www.imy.se`,
    ).map((match) => match.authority.id);
    expect(ids).toEqual(['SA-SE']);
  });
});

describe('alias expansion is bounded by the nodes it expands, not only by the aliases', () => {
  /** One anchored flow list of `items` values, and `aliases` aliases of it. */
  const amplified = (items: number, aliases: number) =>
    `${HEAD}purposes: []\nbig: &big [${Array.from({ length: items }, () => '1').join(',')}]\ncopies: [${Array.from({ length: aliases }, () => '*big').join(', ')}]\n`;

  it.each([
    ['about 200 KB of amplification below the 100-alias cap', amplified(1_000, 99)],
    ['600 KB of amplification (crashed with "Map maximum size exceeded")', amplified(300_000, 99)],
  ])('%s: one yaml-syntax diagnostic at the alias', (_label, text) => {
    const loaded = load(text);
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      path: expect.stringMatching(/^\/copies\/\d+$/),
      range: { line: 5 },
    });
    expect(loaded.diagnostics[0]!.message).toContain(
      `more than ${DEFAULT_LIMITS.maxAliasNodes.toLocaleString('en')} values`,
    );
    // What was recorded before stopping: the file's own nodes plus at most the expansion budget.
    const ownNodes = text.split(',').length + 10;
    expect(loaded.positions.size).toBeLessThanOrEqual(ownNodes + DEFAULT_LIMITS.maxAliasNodes);
  });

  it('nested expansion (a "billion laughs" with 9 aliases per level) stops the same way', () => {
    let text = `${HEAD}purposes: []\nl0: &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n`;
    for (let level = 1; level < 9; level++)
      text += `l${level}: &l${level} [${Array.from({ length: 9 }, () => `*l${level - 1}`).join(', ')}]\n`;
    const loaded = load(text);
    expect(loaded.diagnostics.map((d) => d.ruleId)).toEqual(['yaml-syntax']);
  });

  it('a declaration that reuses a few anchors loads as before', () => {
    const text = `${HEAD}dataCategories:\n  - &contact {id: contact, name: Kontakt}\npurposes:\n  - id: a\n    dataCategories: &cats [contact]\n  - id: b\n    dataCategories: *cats\n`;
    const loaded = load(text);
    expect(loaded.diagnostics).toEqual([]);
    // A value reached through an alias is shown where its anchor wrote it.
    expect(loaded.positions.get('/purposes/1/dataCategories')).toEqual({
      line: 9,
      column: 5,
      endLine: 9,
      endColumn: 26,
    });
    expect(loaded.positions.get('/purposes/1/dataCategories/0')).toEqual({
      line: 7,
      column: 28,
      endLine: 7,
      endColumn: 35,
    });
  });
});

describe('deep nesting is refused before yaml builds its syntax tree', () => {
  it.each([
    ['5 MB of "["', `a: ${'['.repeat(5_000_000)}`, 1, 104],
    ['4 MB of "- "', `${'- '.repeat(2_000_000)}x`, 1, 401],
    ['2 MB of "? "', `${'? '.repeat(1_000_000)}x`, 1, 401],
    [
      '4,000 ever deeper lines',
      Array.from({ length: 4_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      402,
      401,
    ],
  ])('%s: one yaml-syntax diagnostic where it goes too deep', (_label, text, line, column) => {
    const { diagnostics } = load(text);
    expect(diagnostics.map((d) => [d.ruleId, d.range.line, d.range.column])).toEqual([
      ['yaml-syntax', line, column],
    ]);
  });
});

describe('the per-file node budget', () => {
  it.each([
    [
      'plain block YAML (the fast path)',
      `${HEAD}purposes:\n${Array.from({ length: 200 }, (_, i) => `  - id: p${i}\n`).join('')}`,
    ],
    [
      "flow YAML (yaml's path)",
      `${HEAD}purposes: [${Array.from({ length: 200 }, (_, i) => `{id: p${i}}`).join(', ')}]\n`,
    ],
  ])('%s: past it, one file diagnostic where it ran out', (_label, text) => {
    const loaded = load(text, { maxNodes: 100 });
    expect(loaded.diagnostics).toHaveLength(1);
    expect(loaded.diagnostics[0]).toMatchObject({
      ruleId: 'file',
      path: expect.stringMatching(/^\/purposes\/\d+/),
    });
    expect(loaded.diagnostics[0]!.range.line).toBeGreaterThan(2);
    expect(loaded.positions.size).toBeLessThanOrEqual(200);
    expect(load(text, { maxNodes: 1_000 }).diagnostics).toEqual([]);
  });
});

describe('line endings', () => {
  const lf = `# A comment\n${HEAD}purposes:\n  - id: order\n    retention: {duration: P3Y}\n`;

  it.each([
    ['CR only', lf.replace(/\n/g, '\r')],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['mixed CR, LF and CRLF', lf.replace('\n', '\r').replace('\n', '\r\n')],
  ])('%s: loads with the same data and lines as LF', (_label, text) => {
    const loaded = load(text);
    const reference = load(lf);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.declaration).toEqual(reference.declaration);
    expect(loaded.positions.get('/purposes/0/retention/duration')).toEqual(
      reference.positions.get('/purposes/0/retention/duration'),
    );
  });

  it('a CR-only file of comments is empty, and one with content is not', () => {
    expect(load('# one\r# two\r').diagnostics[0]!.message).toContain('empty');
    expect(load('# one\rprivacyspec: "1.0"\r').diagnostics[0]!.message).not.toContain('empty');
  });
});

describe('durations past floating point', () => {
  const withDuration = (duration: string): Declaration => ({
    privacyspec: '1.0',
    controller: { name: 'Exempel AB', email: 'dataskydd@exempel.se' },
    purposes: [{ id: 'order', retention: { duration } }],
  });
  const nines = '9'.repeat(400);

  it('two different durations of 400 digits are a change, in the right direction', () => {
    expect(
      diff(withDuration(`P${nines}Y`), withDuration(`P${nines.slice(1)}8Y`)).changes.map(
        (c) => c.kind,
      ),
    ).toEqual(['retention-shortened']);
    expect(
      diff(withDuration(`P${nines}D`), withDuration(`P${nines}Y`)).changes.map((c) => c.kind),
    ).toEqual(['retention-lengthened']);
  });

  it('the same one is none', () => {
    expect(diff(withDuration(`P${nines}Y`), withDuration(`P${nines}Y`)).changes).toEqual([]);
  });
});

describe('long lines for the fast parser: each searched once, not once per item', () => {
  const n = 300_000;
  /** load(), after checking that the fast parser reads the text itself rather than leaving it to yaml. */
  const loadFast = (text: string) => {
    expect(parseFast(text, new PositionMap(new LineStarts(text)))).toBeDefined();
    return load(text);
  };
  it.each([
    // 4 MB: searching for the closing quote after each escape took minutes.
    [
      'a double-quoted scalar of escapes',
      `a: "${'\\n'.repeat(2_000_000)}"\n`,
      '\n'.repeat(2_000_000),
    ],
    ['a double-quoted scalar of escaped quotes', `a: "${'\\"'.repeat(n)}"\n`, '"'.repeat(n)],
    ['a single-quoted scalar of doubled quotes', `a: '${"''".repeat(n)}'\n`, "'".repeat(n)],
    ['a plain scalar of colons', `a: ${'b:'.repeat(n)}c\n`, `${'b:'.repeat(n)}c`],
    ['a plain scalar of hashes', `a: ${'b#'.repeat(n)}c\n`, `${'b#'.repeat(n)}c`],
  ])('%s', (_label, text, value) => {
    const loaded = loadFast(text);
    expect(loaded.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
    expect((loaded.data as { a: string }).a).toBe(value);
  });

  it('a flow list of 100,000 quoted and plain items with escapes, colons and hashes', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '"x\\ty: #"' : 'x:y#z'));
    const loaded = loadFast(`a: [${items.join(', ')}]\n`);
    expect(loaded.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
    expect((loaded.data as { a: string[] }).a).toHaveLength(100_000);
    expect((loaded.data as { a: string[] }).a.slice(0, 2)).toEqual(['x:y#z', 'x\ty: #']);
  });

  it('100,000 lines, each with a colon inside its value and a comment after it', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `  - x${i}:y # c`).join('\n');
    const loaded = loadFast(`a:\n${text}\n`);
    expect((loaded.data as { a: string[] }).a).toHaveLength(100_000);
    expect((loaded.data as { a: string[] }).a[99_999]).toBe('x99999:y');
  });
});
