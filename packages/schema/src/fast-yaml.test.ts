import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Document, isCollection, LineCounter, visit, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFast } from './fast-yaml.js';
import { load } from './load.js';
import { PositionMap, type NodeOffsets } from './positions.js';

// The seed every property test shares (vitest.config.base.js): fixed unless FC_SEED is set;
// fast-check prints it and the path on a failure, and FC_SEED=<that seed> replays it.
const SEED = Number(process.env.FC_SEED);
const PARAMS = { numRuns: 2000, seed: SEED };
const TIMEOUT = 300_000;

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

/** What load() gives, as plain data: the value, the diagnostics and every position. */
/** parseFast on its own, into a position map of its own. */
const fastParse = (text: string) => parseFast(text, new PositionMap(new LineCounter()));

function loaded(text: string, fastPath: boolean) {
  const result = load(text, { fastPath });
  const positions = new Map<string, NodeOffsets | undefined>(
    [...result.positions.pointers()].map((pointer) => [pointer, result.positions.offsets(pointer)]),
  );
  return { data: result.data, diagnostics: result.diagnostics, positions };
}

/**
 * Whether parseFast answers for `text`; when it does, load() must give exactly what it gives
 * through yaml's parser (the fast path off): the same value, diagnostics and positions.
 */
function agrees(text: string): boolean {
  if (fastParse(text) === undefined) return false;
  const viaYaml = loaded(text, false);
  expect(
    viaYaml.diagnostics.filter((d) => d.ruleId === 'yaml-syntax'),
    `parseFast read text that yaml rejects: ${JSON.stringify(text)}`,
  ).toEqual([]);
  expectSame(loaded(text, true), viaYaml, text);
  return true;
}

/**
 * Deep equality with prototypes, -0 and NaN told apart as Node's isDeepStrictEqual does
 * (Vitest's toStrictEqual compares `.constructor`, an ordinary key in YAML); toEqual shows the diff.
 */
function expectSame(actual: unknown, expected: unknown, text: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, JSON.stringify(text)).toEqual(expected);
  expect.fail(`equal, but not strictly (a prototype, -0?): ${JSON.stringify(text)}`);
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

// ── generated documents ──────────────────────────────────────────────────────────────────

/** Characters that mean something to YAML somewhere, and a few that mean nothing. */
const CHARS = [
  ...'abcxyz0189 .-_:#\'"[]{},&*!|>%@`?~/\\\t\n',
  'é',
  'ü',
  '😀',
  '\u2028',
  '\u0085',
  '\u00a0',
];
const char = fc.constantFrom(...CHARS);
// prettier-ignore
const TRICKY_STRINGS = [
  '', ' ', 'null', 'Null', 'NULL', '~', 'true', 'False', 'TRUE', 'yes', 'no', 'on', '0o17', '0x1F',
  '0x_1', '1_000', '+12', '-0', '1.', '.5', '1e3', '-1E-3', '.inf', '-.Inf', '.NaN', '2024-04-17',
  '12:30', '-', '- x', '-x', '--', '---', '...', 'a: b', 'a:b', 'a #b', 'a#b', '#a', "it's", "''",
  'say "hi"', '\\', '\\n', 'x\ty', 'line1\nline2', 'trailing ', ' leading', '@at', '`tick', '%pct',
  '!bang', '&amp', '*star', '|pipe', '>gt', '?q', ':colon', 'key:', '[x]', '{x}', 'a, b',
  'https://example.se/a?b=c#d', 'Köp- och betalningshistorik',
];
const string = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: char, maxLength: 12 }),
  fc.string({ maxLength: 8 }),
);
const scalar = fc.oneof(
  { weight: 4, arbitrary: string },
  fc.constantFrom(null, true, false, 0, 1, -1, 1.5, 1e21, 1e-7, Infinity, -Infinity, NaN),
  fc.integer(),
  fc.double(),
);
// prettier-ignore
const KEYS = [
  'id', 'name', 'purposes', 'a', 'b', 'x-y', 'a b', '__proto__', 'constructor', 'toString', '1',
  '0o17', 'true', '~', '', 'a: b', '- x', '#x', 'x #y', 'k~/',
];
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
  fc.string({ unit: char, maxLength: 6 }),
);
const { tree } = fc.letrec<{ tree: unknown; list: unknown[]; map: Record<string, unknown> }>(
  (tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('tree'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('tree'), { maxKeys: 4, noNullPrototype: true }),
  }),
);
const root = fc.oneof(
  fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5, noNullPrototype: true }),
  fc.array(tree, { minLength: 1, maxLength: 5 }),
);

const style = fc.record({
  indent: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'),
  // 0: no folding; narrow widths fold long plain scalars over several lines.
  lineWidth: fc.constantFrom(0, 0, 12, 30, 80),
  minContentWidth: fc.constantFrom(0, 20),
  flowCollectionPadding: fc.boolean(),
  /** Collections this deep and deeper are written in flow style (none when undefined). */
  flowFrom: fc.constantFrom(undefined, undefined, 0, 1, 2, 3),
});

function stringifyWith(
  value: unknown,
  { flowFrom, ...options }: { flowFrom: number | undefined } & ToStringOptions,
): string {
  const document = new Document(value);
  if (flowFrom !== undefined) {
    visit(document, {
      Collection(_, node, path) {
        if (path.filter((ancestor) => isCollection(ancestor)).length >= flowFrom) node.flow = true;
      },
    });
  }
  return document.toString(options);
}

/** Comment and blank lines at any indentation, trailing comments, a "---" or byte-order mark. */
const trivia = fc.record({
  edits: fc.array(
    fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('blank', 'spaces', 'comment', 'trailing'),
      indent: fc.nat({ max: 9 }),
    }),
    { maxLength: 6 },
  ),
  start: fc.constantFrom('', '', '---\n', '--- # doc\n', '# head\n', '\uFEFF'),
});

function withTrivia(
  text: string,
  { edits, start }: { edits: Array<{ at: number; kind: string; indent: number }>; start: string },
): string {
  const rows = text.split('\n');
  for (const { at, kind, indent } of edits) {
    const index = at % rows.length;
    const row = kind === 'blank' ? '' : ' '.repeat(indent) + (kind === 'comment' ? '# c' : '');
    if (kind === 'trailing') rows[index] += ' # t';
    else rows.splice(index, 0, row);
  }
  return start + rows.join('\n');
}

/** Every key and string in `value`. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
}

/** A small edit anywhere: whatever it breaks, parseFast must give up or still agree. */
const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.string({ unit: fc.constantFrom(...CHARS, '  ', '\n  ', '- ', ': '), maxLength: 3 }),
});

/** YAML-like lines, each indented a little more or less than the one before: oddly nested. */
const soup = fc
  .array(
    fc.tuple(
      fc.constantFrom(0, 0, 0, 2, 2, -2, -2, -4, 4, 1, -1, -9),
      fc.constantFrom('', '', '', '- ', '- - ', '-   '),
      fc.oneof(
        { weight: 2, arbitrary: fc.nat({ max: 60 }).map((n) => `k${n}:`) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(
              fc.nat({ max: 60 }),
              fc.constantFrom('1', 'x y', "'q'", '"d\\n"', '[a, [b]]', '{c: 1}', '~', ''),
            )
            .map(([n, value]) => `k${n}: ${value}`),
        },
        {
          weight: 2,
          arbitrary: fc.constantFrom('v', 'w z', '"s"', '[1]', '{}', '-', '# c', '#', ''),
        },
        fc.constantFrom('...', '---', 'a: b: c', '? x', '&a x', '*a', '\tx', '|', '- a: b'),
      ),
      fc.constantFrom('', '', '', ' # t', '  ', '#x'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) => {
    let indent = 0;
    return rows
      .map(([change, prefix, body, end]) => {
        indent = Math.max(0, indent + change);
        return ' '.repeat(indent) + prefix + body + end;
      })
      .join('\n');
  });

// ── the tests ────────────────────────────────────────────────────────────────────────────

describe('parseFast on the examples', () => {
  const files = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(EXAMPLES, entry.name))
        .filter((name) => name.startsWith('privacy') && name.endsWith('.yaml'))
        .map((name) => join(entry.name, name)),
    );

  it('finds the examples', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('reads %s exactly as yaml does (and does not give up on it)', (file) => {
    expect(agrees(readFileSync(join(EXAMPLES, file), 'utf8'))).toBe(true);
  });
});

describe('line endings, through load()', () => {
  // load() reads a lone CR as a line break (yaml does not) and leaves CRLF to yaml's parser:
  // with the fast path or without, the same data, positions and diagnostics.
  const listed = { a: 1, b: ['x', 'y: z'] };
  it.each([
    ['CR only', 'a: 1\rb:\r  - x # c\r  - "y: z"\r', listed],
    ['CR, LF and CRLF mixed', 'a: 1\rb:\n  - x # c\r\n  - "y: z"\r', listed],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n', { a: 1, b: ['x'] }],
  ])('%s', (_, text, data) => {
    const fast = loaded(text, true);
    expect(fast.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
    expect(fast.data).toEqual(data);
    expectSame(fast, loaded(text, false), text);
  });
});

describe('parseFast on hand-written documents', () => {
  const readable: Array<[string, string]> = [
    ['nested mappings', lines('a:', '  b:', '    c: 1', '  d: two', 'e: 3')],
    [
      'sequences of scalars and of mappings',
      lines('s:', '  - x', '  - y: 1', '    z: 2', '  -   w: 3', 'n: 1'),
    ],
    ['a list at its key column', lines('a:', '- x', '- y', 'b:', '- - p', '  - q', '- r')],
    ['a list at its key column inside a list', lines('- a:', '  - x', '  b: 1', '- c')],
    ['nested compact sequences', lines('- - - x', '    - y', '  - z', '- w')],
    ['a root sequence', lines('- 1', '- two', '- [3]')],
    [
      'flow collections',
      lines(
        'a: [1, "two", \'three\', [4, {five: 5}], {}]',
        'b: {x: 1, "y": [ ], z: {w: q}}',
        'c: [a b, c:d, x,]',
        'd: {"k":1,"l":[2]}',
      ),
    ],
    ['a root flow collection', lines('{a: 1, b: [2, 3]}  # c', '', '# end')],
    ['empty values', lines('a:', 'b: ', 'c:', '', '  ', 'd:', '- ', '-', 'e: [x]', 'f:')],
    ['an empty value at the end', 'a: 1\nb:'],
    ['no final line break', 'a:\n  b: [1, 2]  '],
    [
      'core-schema scalars',
      lines(
        'n: [~, null, Null, NULL, nULL]',
        'b: [true, True, TRUE, false, False, FALSE, yes, no, on, off, tRUE]',
        'i: [0, -0, +12, 0o17, 0o8, 0x1F, 0X1F, 0x_1, 1_000, 007, 12345678901234567890]',
        'f: [1., .5, -.5, 1e3, 1E-3, +1.5e+3, .e3, 1.2.3, .inf, -.Inf, +.INF, .nan, .NaN, .NAN, -.nan]',
        's: [2024-04-17, 12:30, 1:2, "1", \'true\', --, a-b]',
        'e: [+.inf, -.nan, +.nan, .infx, 0o, 0x, +0x10, -0o7, 0o777, 0xfF, 1.e5, .5e-3, 1e, 1e+]',
        'g: [e5, 0e5, +-1, ..5, 1.., ., +, 0b101, 1_0, 00.5, -.5E+1, 0xFFFFFFFFFFFFFFFFFF, 1e400]',
      ),
    ],
    [
      'scalars as keys',
      lines('1: a', '0x10: b', '1.5: c', 'true: d', '.inf: e', '"2": f', '~x: g'),
    ],
    [
      'quoted scalars',
      lines(
        `a: 'it''s'`,
        `b: "tab\\tnew\\nline \\x41\\u00e9\\U0001F600 \\0\\a\\b\\e\\f\\r\\v\\/\\"\\\\\\N\\_\\L\\P\\ \\	end"`,
        `'c d': "x"`,
        `"e": ''`,
      ),
    ],
    [
      '__proto__ and other Object keys',
      lines('__proto__: 1', 'constructor: 2', 'toString: {__proto__: [3]}', 'hasOwnProperty: 4'),
    ],
    [
      'keys with spaces and odd characters',
      lines('a b: 1', 'c : 2', 'd#e: 3', 'f:g: 4', '"h: i": 5', 'k/l~m: 6', 'n[0]: 7', 'o,p: 8'),
    ],
    [
      'plain scalars with indicators inside',
      lines(
        'd: x # comment',
        'e: x#y',
        'f: -1',
        'g: x, y',
        'h: x]y',
        'i: x {y}',
        'j: x - y',
        'k: x:y',
        'l: x :y',
        'm: ?x',
        'n: :x',
        'o: [?x, :y, -z]',
        ':p: {:q: ?r}',
        '?s: t',
      ),
    ],
    [
      'multi-line plain scalars',
      lines(
        'a: one',
        '  two',
        '',
        '  three',
        '',
        '',
        '    four  ',
        'b:',
        '  five',
        '  six',
        'c: x',
        '  - y',
        '  [z] #',
        'd: 1',
      ),
    ],
    [
      'multi-line plain scalars in lists',
      lines('- a', '  b', '- c: d', '    e', '  f: g', '-', '  h', '  i'),
    ],
    ['a folded scalar ended by a comment', lines('a: one', '  two # c', '  # d', 'b: 1')],
    [
      'folding from a column lowered by comment and blank lines',
      'k:\n #x\n    a\n  b\nl:\n  \n#\n    c\n   d\nm:\n # x\n    e\n  f\n',
    ],
    [
      'comments after empty values',
      lines(
        'a: # c',
        'b:',
        '  # d',
        'c:',
        '- # e',
        '-',
        '  # f',
        'd:',
        '  e: # g',
        '# h',
        'f:',
        '  - # i',
      ),
    ],
    [
      'comments everywhere',
      lines(
        '# head',
        '',
        'a: # after a key',
        '  # before a value',
        '  b: 1 # trailing',
        '      # attached to 1',
        '',
        '        # attached too',
        '  # kept by the inner mapping',
        '# handed to the root',
        'c:',
        '  - x',
        '  # in the list',
        '    # deeper',
        'd:',
        '  e:',
        '    f: 1',
        '  # kept by e?',
        '# not kept',
        '  # after a root comment',
        'g: 2',
        '   # end',
      ),
    ],
    [
      'comments closing several levels',
      lines('a:', '  b:', '    c:', '      d: 1', '    # at c', '  # at b', ' # between', 'e: 1'),
    ],
    ['comments after a flow value', lines('a:', '  b: [1]', '    # attached', '  # kept', 'c: {}')],
    [
      'a comment before a nested list',
      lines('purposes:', '  # the first', '  - id: x', '    # inside', '  # and', '  - id: y'),
    ],
    ['"---" first', lines('---', 'a: 1')],
    ['"---" with a comment, after comments', lines('# c', '--- # doc', 'a: 1')],
    ['a byte-order mark', '\uFEFFa: 1\nb:\n  - c\n'],
    ['a byte-order mark and a comment', '\uFEFF# c\n- a\n'],
    ['an indented root', lines('  a: 1', '  b:', '    - c', '  # x')],
    [
      'Unicode',
      lines(
        'namn: Köp- och betalningshistorik',
        'emoji: 😀 x',
        '"😀": [é, ü]',
        'ls: a\u2028b',
        'nel: a\u0085b',
      ),
    ],
    [
      // The parser remembers where the next " #", ":" indicator, tab, backslash and line
      // break are; these put each inside quotes or flow items, before plain scalars.
      'indicators inside quotes, then plain scalars after them',
      lines(
        'a: "x: y # z\ttab" # c',
        'b: plain after a quoted colon',
        "c: 'tab\there: # x'",
        'd: after a quoted tab',
        'e: [ "p: q", r s, "t\\\\u\\n" , \'v # w\', x:y ]',
        'f: https://example.se:8080/x?y=z#frag',
        'g: "one \\"two\\" three" # end',
        'h: "\\\\" ',
        'i: a#b c:d',
      ),
    ],
    [
      'comments after some values only',
      lines('a: 1 # one', 'b: two', 'c: "three" # 3', 'd: four  ', 'e: [5] # five', 'f: six'),
    ],
  ];

  it.each(readable)('reads %s exactly as yaml does', (_, text) => {
    expect(agrees(text)).toBe(true);
  });

  const outside: Array<[string, string]> = [
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a tab after a key', 'a:\t1\n'],
    ['a tab in a plain scalar', 'a: x\ty\n'],
    ['a tab in a plain scalar after one in quotes', 'a: "\t"\nb: x\ty\n'],
    ['a plain scalar continued by a compact mapping', 'a: "x: y"\nb: c: d\n'],
    ['a literal block scalar', 'a: |\n  x\n'],
    ['a folded block scalar', 'a: >-\n  x\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !x 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a multi-line flow sequence', 'a: [1,\n  2]\n'],
    ['a multi-line flow mapping', 'a: {b: 1,\n  c: 2}\n'],
    ['a comment inside a flow collection', 'a: [1, # c\n  2]\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n'],
    ['a duplicate key in flow', 'a: {b: 1, b: 2}\n'],
    ['keys equal as strings', "1: a\n'1': b\n"],
    ['a flow sequence as key', '[a]: 1\n'],
    ['a flow mapping as key', '{a: 1}: 2\n'],
    ['a null key', '~: 1\n'],
    ['a null key spelled out', 'null: 1\n'],
    ['an empty key', ': 1\n'],
    ['a flow mapping key without value', 'a: {b}\n'],
    ['a flow mapping key with ":" inside', 'a: {b:1}\n'],
    ['an empty flow value', 'a: {b: }\n'],
    ['an empty flow item', 'a: [1, , 2]\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a quoted pair in a flow sequence', 'a: ["b":1]\n'],
    ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a multi-line double-quoted scalar', 'a: "x\n  y"\n'],
    ['a multi-line single-quoted scalar', "a: 'x\n  y'\n"],
    ['an escaped line break', 'a: "x\\\n  y"\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a short \\x escape', 'a: "\\x4"\n'],
    ['a code point past Unicode', 'a: "\\U00110000"\n'],
    ['an unterminated quote', "a: 'x\n"],
    ['text after a quoted scalar', "a: 'x' y\n"],
    ['a comment without a space', "a: 'x'#c\n"],
    ['text after a flow collection', 'a: [x] y\n'],
    ['a compact mapping in a value', 'a: b: c\n'],
    ['a list on a key line', 'a: - b\n'],
    ['a multi-line implicit key', 'a: x\n  b: 1\n'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['a less indented key after a list', '- a: 1\nb: 2\n'],
    ['a continuation after a comment', 'a: x\n  # c\n  y\n'],
    ['a plain scalar folded from column 0 (after "#x" there)', '-\n#x\n  a\nb\n'],
    ['an empty document', ''],
    ['only comments', '# a\n\n# b\n'],
    ['a scalar document', 'foo\n'],
    ['a byte-order mark before a list', '\uFEFF- a\n'],
    ['a byte-order mark before spaces', '\uFEFF a: 1\n'],
    ['content after a root flow collection', '[a]\nb: 1\n'],
    ['a key far from its ":"', `${'k'.repeat(1100)}: 1\n`],
    ['deep flow nesting', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`],
    [
      'deep block nesting',
      Array.from({ length: 150 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n') + ' 1\n',
    ],
    ['a reserved first character', 'a: @x\n'],
    ['an explicit key in flow', 'a: [? x]\n'],
    ['a "-" item in flow', 'a: [- x]\n'],
  ];

  it.each(outside)('gives up on %s', (_, text) => {
    expect(fastParse(text)).toBeUndefined();
  });
});

describe(`parseFast against yaml (fast-check, ${PARAMS.numRuns} runs each, seed ${SEED})`, () => {
  it(
    'agrees on stringified values in every style, with comment and blank lines added',
    () => {
      let read = 0;
      fc.assert(
        fc.property(root, style, trivia, (value, options, extra) => {
          if (agrees(withTrivia(stringifyWith(value, options), extra))) read++;
        }),
        PARAMS,
      );
      // Not vacuous: most generated documents are in the subset.
      expect(read).toBeGreaterThan(PARAMS.numRuns / 3);
    },
    TIMEOUT,
  );

  it(
    'agrees on stringified plain block documents, and reads all that hold no strings outside the subset',
    () => {
      fc.assert(
        fc.property(root, fc.constantFrom(2, 4), fc.boolean(), (value, indent, indentSeq) => {
          const text = stringifyWith(value, {
            flowFrom: undefined,
            indent,
            indentSeq,
            lineWidth: 0,
          });
          // yaml writes strings with line breaks as block scalars, and may leave tabs plain.
          expect(agrees(text) || strings(value).some((s) => /[\n\t]/.test(s)), text).toBe(true);
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'agrees after random small edits',
    () => {
      fc.assert(
        fc.property(root, style, mutation, (value, options, { at, remove, insert }) => {
          const text = stringifyWith(value, options);
          const index = at % (text.length + 1);
          agrees(text.slice(0, index) + insert + text.slice(index + remove));
        }),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'agrees on random lines of keys, items, scalars and comments at random indentation',
    () => {
      let read = 0;
      fc.assert(
        fc.property(soup, (text) => {
          if (agrees(text)) read++;
        }),
        PARAMS,
      );
      expect(read).toBeGreaterThan(PARAMS.numRuns / 10);
    },
    TIMEOUT,
  );

  it(
    'agrees on strings of YAML punctuation',
    () => {
      const yamlish = fc.string({
        unit: fc.constantFrom(...CHARS, '  ', '\n', '\n  ', '- ', ': ', 'a', '1'),
        maxLength: 40,
      });
      fc.assert(
        fc.property(yamlish, (text) => void agrees(text)),
        PARAMS,
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
          expect(() => fastParse(text)).not.toThrow();
        }),
        { ...PARAMS, numRuns: 5000 },
      );
    },
    TIMEOUT,
  );
});
