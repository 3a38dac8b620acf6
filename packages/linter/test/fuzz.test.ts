// Robustness (issue 7; design.md, "Bad input"): fast-check properties over hostile input,
// through load, every rule, every formatter, review and diff.
//
// The run is seeded with FC_SEED, as every property test (vitest.config.base.js: fixed unless
// set, so CI is reproducible), and the seed is part of the suite's name. On a failure
// fast-check reports the seed, the path and the shrunk counterexample; FC_SEED=<that seed>
// replays it.
//
// RUNS keeps the total at or above 10,000 cases while the file stays well under a minute on
// two cores: lower a property's runs rather than drop one, and keep the total (a test checks it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexer, parseDocument, stringify as toYaml } from 'yaml';
import {
  CHANGE_KINDS,
  SUPERVISORY_AUTHORITIES,
  declarationSchema,
  diff,
  getAtPointer,
  joinPointer,
  load,
  validateShape,
  type Declaration,
  type LoadResult,
} from '@privacyspec/schema';
import { preset } from '../src/config.js';
import { lintAndFix, lintText, type LintOptions } from '../src/engine.js';
import { formatters } from '../src/formatters/index.js';
import type { FormatterContext } from '../src/formatters/types.js';
import { review, type Review } from '../src/review/index.js';
import { renderReviewMarkdown } from '../src/review/markdown.js';
import { rules } from '../src/rules/index.js';
import { splitCodeSpans } from '../src/test-support/formatter-results.js';
import type { LintResult } from '../src/types.js';

// ── seed and budget ─────────────────────────────────────────────────────────────────────────

const seed = Number(process.env.FC_SEED);

const RUNS = {
  yamlText: 5800,
  jsonValues: 2200,
  mutatedExamples: 400,
  sarif: 200,
  markdown: 200,
  review: 120,
  diff: 400,
  fix: 100,
  determinism: 600,
  validDeclarations: 150,
} as const;

const params = (numRuns: number) => ({ seed, numRuns });
const TIMEOUT = 180_000;
const TODAY = '2026-11-23';
const CWD = '/repo';
const FILE = '/repo/declarations/privacy.yaml';

// ── fixtures ────────────────────────────────────────────────────────────────────────────────

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const examplesRoot = new URL('../../../examples/', import.meta.url);
const EXAMPLES = readdirSync(examplesRoot, { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && existsSync(new URL(`${entry.name}/privacy.yaml`, examplesRoot)),
  )
  .map((entry) => entry.name)
  .sort()
  .map((name) => {
    const text = readFileSync(new URL(`${name}/privacy.yaml`, examplesRoot), 'utf8');
    const loaded = load(text);
    if (!loaded.declaration)
      throw new Error(
        `examples/${name}/privacy.yaml does not load: ${JSON.stringify(loaded.diagnostics)}`,
      );
    return { name, text, data: loaded.data as Json };
  });

// The official SARIF 2.1.0 schema, copied into the package; compiled once. unicodeRegExp: false
// because its `language` pattern has a stray `]` that is a syntax error under the u flag.
const sarifSchema = JSON.parse(
  readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

const context = (color: boolean): FormatterContext => ({
  cwd: CWD,
  color,
  rules,
  version: '0.1.0',
  referenceDataAsOf: '2026-01-01',
});
const STRICT = { severities: preset('strict', rules), strict: true };

// ── checks ──────────────────────────────────────────────────────────────────────────────────

function assert(condition: boolean, message: () => string): asserts condition {
  if (!condition) throw new Error(message());
}

interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Lengths of the lines as an editor shows them: split at LF and a lone CR, a leading BOM not counted. */
function lineLengths(text: string): number[] {
  const lengths = text.split(/\r(?!\n)|\n/).map((line) => line.length);
  if (text.charCodeAt(0) === 0xfeff) lengths[0] = lengths[0]! - 1;
  return lengths;
}

/** Integer 1-based positions inside the text, the end not before the start. */
function expectInside(text: string, spans: readonly Span[], what: string): void {
  const lengths = lineLengths(text);
  for (const span of spans) {
    const { line, column, endLine, endColumn } = span;
    const show = () =>
      `${what} at ${line}:${column}-${endLine}:${endColumn} is outside the text (${lengths.length} lines): ${JSON.stringify(span).slice(0, 400)}`;
    assert([line, column, endLine, endColumn].every(Number.isInteger), show);
    assert(
      line >= 1 && line <= lengths.length && column >= 1 && column <= lengths[line - 1]! + 1,
      show,
    );
    assert(
      endLine >= line &&
        endLine <= lengths.length &&
        endColumn >= 1 &&
        endColumn <= lengths[endLine - 1]! + 1,
      show,
    );
    assert(endLine > line || endColumn >= column, show);
  }
}

/** Every pointer the loader recorded lies inside the text (valid or not), with ordered offsets. */
function expectPositionsInside(text: string, loaded: LoadResult): void {
  const spans: Span[] = [];
  for (const pointer of loaded.positions.pointers()) {
    const offsets = loaded.positions.offsets(pointer)!;
    const { start, valueStart, valueEnd, end } = offsets;
    assert(
      [start, valueStart, valueEnd, end].every(Number.isInteger) &&
        0 <= start &&
        start <= valueStart &&
        valueStart <= valueEnd &&
        valueEnd <= end &&
        end <= text.length,
      () =>
        `offsets of "${pointer}" are not inside the text of ${text.length} characters: ${JSON.stringify(offsets)}`,
    );
    spans.push(loaded.positions.get(pointer)!);
  }
  expectInside(text, spans, 'a position');
}

/** Runs `run` from `frames` calls deeper on the stack. */
function deeper<T>(frames: number, run: () => T): T {
  return frames === 0 ? run() : deeper(frames - 1, run);
}

/**
 * Two loads of one text agree: data, declaration, diagnostics and every position. The second
 * runs from a deeper stack, so that a result which depends on how much stack is left shows.
 */
function expectDeterministic(text: string, first: LoadResult): void {
  const second = deeper(300, () => load(text));
  const offsets = (loaded: LoadResult) =>
    [...loaded.positions.pointers()].map((pointer) => [pointer, loaded.positions.offsets(pointer)]);
  const view = (loaded: LoadResult) => ({
    diagnostics: loaded.diagnostics,
    data: loaded.data,
    declaration: loaded.declaration,
    offsets: offsets(loaded),
  });
  // isDeepStrictEqual is fast (NaN equals NaN, 0 is not -0); expect() only to show a difference.
  if (!isDeepStrictEqual(view(second), view(first))) expect(view(second)).toEqual(view(first));
}

/** Every JSON pointer of a value, the root included. */
function pointersOf(value: unknown, pointer = '', out: string[] = []): string[] {
  out.push(pointer);
  if (Array.isArray(value))
    value.forEach((item, index) => pointersOf(item, joinPointer(pointer, index), out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      pointersOf(item, joinPointer(pointer, key), out);
  return out;
}

const ALLOWED_TAGS = new Set(['details', 'summary', 'sub', 'br', 'ins', 'del']);

/**
 * What markdown-escape.ts promises, checked on whole outputs. The only HTML is the formatters'
 * own (details, summary, sub, br, ins, del): input `<` arrives as `&lt;`, so `<script`, `<img`,
 * `<!--` and `<https://…>` never appear, and <details> stays balanced. "Escaped" is
 * markdown-escape.ts's definition: GitHub links mentions, issue references and emoji on the
 * rendered text, so a backslash does not stop them; a zero-width space (`&#8203;`) does. So an
 * `@` that could start a mention (not after a word character) must be followed by `&#8203;`,
 * as must the `#` of `#12`, the `GH-` of `GH-12`, the first colon of `:smile:` and the `:` of a
 * bare `scheme://` (only the formatters' own `](https://…)` links may be live). These checks
 * read the text outside code spans: a URL is written as code, whole, with no zero-width space. No bidi control
 * survives, every `&` is an entity the escaping wrote, and every table row has as many
 * unescaped `|` as its header, the table ended by a blank line (no line break got into a cell).
 */
function expectSafeMarkdown(full: string): void {
  // Code spans are shown as they are (URLs among them, whole and copyable): the checks are on the rest.
  const { outside: markdown, spans } = splitCodeSpans(full);
  const show = (what: string, index: number) => () =>
    `${what} in markdown: …${JSON.stringify(markdown.slice(Math.max(0, index - 80), index + 80))}…`;
  for (const span of spans)
    assert(
      !span.includes('&#8203;') && !span.includes('\n'),
      () => `a code span with a zero-width space or a line break: ${span.slice(0, 200)}`,
    );
  for (const match of markdown.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)) {
    assert(ALLOWED_TAGS.has(match[1]!.toLowerCase()), show(`raw HTML <${match[1]!}`, match.index));
  }
  const checks: Array<[RegExp, string]> = [
    [/<script|<img/i, 'a script or image tag'],
    [/<[!?]/, 'an HTML comment or declaration'],
    [/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/, 'an unescaped @mention'],
    [/(?<!&)#(?=\d)/, 'an unescaped #issue reference'],
    [/\bGH-(?=\d)/i, 'an unescaped GH- reference'],
    [/:[a-z0-9_+-]+:/i, 'an unescaped :emoji: shortcode'],
    [/(?<!\]\()\b[a-z][a-z0-9+.-]*:\/\//i, 'a bare URL'],
    [/\bwww\./i, 'a bare www. link'],
    [/[\u202A-\u202E\u2066-\u2069]/, 'a bidi control'],
    [/&(?!amp;|lt;|gt;|#8203;)/, 'a raw &'],
  ];
  for (const [pattern, what] of checks) {
    const match = pattern.exec(markdown);
    assert(match === null, show(what, match?.index ?? 0));
  }
  let depth = 0;
  for (const match of markdown.matchAll(/<(\/?)details>/g)) {
    depth += match[1] === '/' ? -1 : 1;
    assert(depth >= 0, show('a </details> without its <details>', match.index));
  }
  assert(depth === 0, () => `${depth} <details> left open in markdown`);
  const lines = full.split('\n');
  for (const [index, line] of lines.entries()) {
    assert(
      (line.match(/<summary>/g) ?? []).length === (line.match(/<\/summary>/g) ?? []).length,
      () => `unbalanced <summary> on line ${index + 1}: ${line.slice(0, 200)}`,
    );
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|(?:\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1]!)) continue;
    const pipes = unescapedPipes(lines[i]!);
    assert(
      unescapedPipes(lines[i + 1]!) === pipes,
      () => `table delimiter row of line ${i + 2} does not match its header`,
    );
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const row = lines[j]!;
      assert(
        unescapedPipes(row) === pipes,
        () =>
          `table row on line ${j + 1} has ${unescapedPipes(row)} unescaped pipes, its header ${pipes}: ${row.slice(0, 300)}`,
      );
    }
    assert(
      j === lines.length || lines[j] === '',
      () => `table row continues on line ${j + 1} without a pipe: ${lines[j]!.slice(0, 300)}`,
    );
    i = j;
  }
}

/** Pipes that split a GFM table row: a backslash escapes the character after it. */
function unescapedPipes(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') count++;
  }
  return count;
}

function expectValidSarif(output: string): void {
  const log: unknown = JSON.parse(output);
  const valid = validateSarif(log);
  assert(
    valid,
    () => `SARIF does not validate: ${JSON.stringify(validateSarif.errors?.slice(0, 3))}`,
  );
}

/** Every formatter over the results must not throw, and each keeps its own framing. */
function runFormatters(results: LintResult[], options: { sarif: boolean }): void {
  const count = results.reduce((sum, result) => sum + result.messages.length, 0);
  formatters.stylish(results, context(true));
  formatters.stylish(results, context(false));
  const json = JSON.parse(formatters.json(results, context(false))) as Array<{
    messages: unknown[];
  }>;
  expect(json.reduce((sum, result) => sum + result.messages.length, 0)).toBe(count);
  const github = formatters.github(results, context(false));
  const commands = github === '' ? [] : github.replace(/\n$/, '').split('\n');
  assert(
    commands.length === count && commands.every((line) => /^::(error|warning) /.test(line)),
    () => `github output is not one command per finding:\n${github.slice(0, 1000)}`,
  );
  expectSafeMarkdown(formatters.markdown(results, context(false)));
  if (options.sarif) expectValidSarif(formatters.sarif(results, context(false)));
}

/** load, then lint with every rule (recommended or strict), then check positions. */
function lintChecked(
  text: string,
  options: Partial<LintOptions> & { strict?: boolean } = {},
): LintResult {
  const { strict = false, ...rest } = options;
  const result = lintText(text, {
    filePath: FILE,
    today: TODAY,
    ...(strict ? { config: STRICT } : {}),
    ...rest,
  });
  expectInside(text, result.messages, 'a finding');
  return result;
}

/** The pipeline on one text: load, positions, every rule, every formatter. */
function checkText(text: string, strict: boolean): void {
  const loaded = load(text);
  expectInside(
    text,
    loaded.diagnostics.map((d) => d.range),
    'a diagnostic',
  );
  expectPositionsInside(text, loaded);
  runFormatters([lintChecked(text, { strict })], { sarif: false });
}

// ── arbitraries: (1) YAML-ish text ──────────────────────────────────────────────────────────

const UNICODE = [
  '😀',
  '👨‍👩‍👧',
  '🇸🇪',
  'é',
  'e\u0301',
  'a\u0308\u0308',
  '\u0301',
  'ß',
  'İ',
  'ﬃ',
  '𝔘',
  '漢字',
  'שלום',
  'مرحبا',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u200E',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0001',
  '\u0007',
  '\b',
  '\u000B',
  '\f',
  '\u001B',
  '\u001F',
  '\u007F',
  '\u009F',
  '\uFFFD',
  '\uFFFF',
];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<details>',
  '<summary>',
  '</sub>',
  '<br>',
  '<!--',
  '-->',
  '<?xml',
  '@octocat',
  '\\@octocat',
  '&#64;octocat',
  '#12',
  'owner/repo#12',
  'GH-12',
  '| x |',
  '|',
  '\\|',
  '\\',
  '`',
  '```',
  '<https://evil.example>',
  'https://evil.example/x',
  'www.evil.example',
  ':smile:',
  ':+1:',
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '**bold**',
  '_em_',
  '~~s~~',
  '$x$',
  '&lt;script&gt;',
  '&amp;',
  '\u202Eevil',
  '\n# heading\n',
  '\n\n| a | b |\n| - | - |\n',
  '\r\n---\r\n',
  '1. ',
  '- ',
  '= ',
];
const YAML_CHARS = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  "'",
  '"',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '\n',
  '\n',
  ' ',
  ' ',
  ' ',
  '\t',
  ',',
  '?',
  '%',
  '@',
  '`',
  '\\',
  '.',
  '\r',
];
const YAML_TOKENS = [
  'privacyspec',
  '"1.0"',
  'controller',
  'name',
  'purposes',
  'id',
  'legalBasis',
  'consent',
  'dataCategories',
  'recipients',
  'country',
  'US',
  '- ',
  ': ',
  '  ',
  '    ',
  '\n- ',
  '\n  ',
  '---',
  '...',
  '&a ',
  '*a',
  '<<: *a',
  '!!str ',
  '!!binary ',
  '!!map ',
  '!tag ',
  '%YAML 1.2\n',
  '%TAG ! x\n',
  '? ',
  '|-\n',
  '>+\n',
  '# c\n',
  '# privacyspec-disable-next-line ',
  'complaint-authority-named',
  'rights-complete, ',
  ' -- why\n',
  'null',
  '~',
  'true',
  '0x1F',
  '1e309',
  '.nan',
  '-.inf',
  '"\\u0000"',
  '"\\uD800"',
  "'it''s'",
];
const yamlChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...YAML_CHARS) },
  { weight: 6, arbitrary: fc.constantFrom(...'abcdexyzAZ0129') },
  { weight: 3, arbitrary: fc.constantFrom(...YAML_TOKENS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE, '\uD800', '\uDFFF') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const yamlish = fc.array(yamlChar, { maxLength: 160 }).map((parts) => parts.join(''));
const HEADER =
  'privacyspec: "1.0"\ncontroller:\n  name: Acme AB\n  country: SE\npurposes:\n  - id: p\n    legalBasis: consent\n';
const yamlText = fc.oneof(
  { weight: 3, arbitrary: yamlish },
  { weight: 2, arbitrary: yamlish.map((tail) => HEADER + tail) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(yamlish, fc.nat())
      .map(
        ([inner, at]) =>
          HEADER.slice(0, at % HEADER.length) + inner + HEADER.slice(at % HEADER.length),
      ),
  },
);

// ── (2) JSON values, as YAML and as JSON ────────────────────────────────────────────────────

/** Every property name and every string enum/const of the declaration schema. */
function schemaVocabulary(): { keys: string[]; strings: string[] } {
  const keys = new Set<string>();
  const strings = new Set<string>([
    '1.0',
    'SE',
    'US',
    'EEA',
    'non-EEA',
    'P1Y',
    'P30D',
    '6(1)(a)',
    '9(2)(h)',
    'Datainspektionen',
    'https://x.example',
    'dpo@x.example',
    'sv',
    'en',
  ]);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object')
        Object.keys(value).forEach((k) => keys.add(k));
      if (key === 'enum' && Array.isArray(value))
        value.forEach((v) => typeof v === 'string' && strings.add(v));
      if (key === 'const' && typeof value === 'string') strings.add(value);
      visit(value);
    }
  };
  visit(declarationSchema);
  return { keys: [...keys].sort(), strings: [...strings].sort() };
}
const VOCABULARY = schemaVocabulary();

const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VOCABULARY.strings) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, ...UNICODE) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
const schemaKey = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...VOCABULARY.keys) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '<<') },
);
const { value: schemaish } = fc.letrec<{ value: Json; list: Json[]; map: { [key: string]: Json } }>(
  (tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(schemaKey, tie('value'), { maxKeys: 6 }),
  }),
);
const declarationish: fc.Arbitrary<Json> = fc
  .tuple(
    fc.oneof(fc.constant<Json>('1.0'), leaf),
    schemaish,
    fc.array(schemaish, { maxLength: 3 }),
    fc.dictionary(schemaKey, schemaish, { maxKeys: 4 }),
  )
  .map(
    ([version, controller, purposes, rest]) =>
      Object.fromEntries([
        ['privacyspec', version],
        ['controller', controller],
        ['purposes', purposes],
        ...Object.entries(rest),
      ]) as Json,
  );

const SERIALISERS = {
  yaml: (value: unknown) => toYaml(value),
  'yaml-flow': (value: unknown) => toYaml(value, { collectionStyle: 'flow' }),
  'yaml-narrow': (value: unknown) =>
    toYaml(value, { lineWidth: 20, minContentWidth: 0, indent: 4 }),
  'yaml-single': (value: unknown) =>
    toYaml(value, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' }),
  'yaml-double': (value: unknown) =>
    toYaml(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
  json: (value: unknown) => `${JSON.stringify(value, null, 2)}\n`,
  'json-compact': (value: unknown) => JSON.stringify(value),
} as const;
type Serialiser = keyof typeof SERIALISERS;
const serialiser = fc.constantFrom(...(Object.keys(SERIALISERS) as Serialiser[]));

const jsonText = fc
  .tuple(fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, schemaish, declarationish), serialiser)
  .map(([value, style]) => SERIALISERS[style](value));

// ── (3) mutated real declarations ───────────────────────────────────────────────────────────

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

/** Every place a value sits (object property or list item), depth first, without recursion. */
function slotsOf(root: Json): Slot[] {
  const slots: Slot[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const entries: Array<[string | number, Json]> = Array.isArray(node)
      ? [...node.entries()]
      : node !== null && typeof node === 'object'
        ? Object.entries(node)
        : [];
    for (const [key, item] of entries) {
      slots.push({ parent: node as Slot['parent'], key });
      stack.push(item);
    }
  }
  return slots;
}

const valueAt = (slot: Slot): Json =>
  Array.isArray(slot.parent) ? slot.parent[slot.key as number]! : slot.parent[slot.key as string]!;
const setAt = (slot: Slot, value: Json): void => {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else
    Object.defineProperty(slot.parent, slot.key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
};
const pick = <T>(items: readonly T[], at: number): T | undefined =>
  items.length === 0 ? undefined : items[at % items.length];

type DataMutation =
  | { kind: 'drop'; at: number }
  | { kind: 'retype'; at: number; value: Json }
  | { kind: 'unicode'; at: number; offset: number; text: string }
  | { kind: 'huge'; at: number; length: number; chunk: string }
  | { kind: 'shuffle'; at: number; order: number[] }
  | { kind: 'renameId'; at: number; id: string; collide: boolean }
  | { kind: 'renameKey'; at: number; key: string }
  | { kind: 'inject'; at: number; text: string; where: 'replace' | 'prepend' | 'append' };

const unicodeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...UNICODE),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const retypeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constant(null),
  fc.boolean(),
  fc.constant(''),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.array(fc.constant<Json>({}), { maxLength: 2 }),
);
const idText = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
  fc.string({ maxLength: 10 }),
  unicodeText,
  hostileText,
);

const dataMutation: fc.Arbitrary<DataMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('retype' as const),
      at: fc.nat(),
      value: retypeValue,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('unicode' as const),
      at: fc.nat(),
      offset: fc.nat(),
      text: unicodeText,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 100_000 }),
      chunk: fc.constantFrom(
        'a',
        'word ',
        'Datainspektionen ',
        'ö',
        '🙂',
        ' - ',
        'x: y ',
        '<b>@octocat</b> ',
        '\\',
        'P1Y ',
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('shuffle' as const),
      at: fc.nat(),
      order: fc.array(fc.nat(), { minLength: 2, maxLength: 12 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('renameId' as const),
      at: fc.nat(),
      id: idText,
      collide: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameKey' as const),
      at: fc.nat(),
      key: fc.oneof(schemaKey, hostileText),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('inject' as const),
      at: fc.nat(),
      text: hostileText,
      where: fc.constantFrom('replace' as const, 'prepend' as const, 'append' as const),
    }),
  },
);

/** Keeps a surrogate pair whole: an offset between its halves moves before it. */
function safeOffset(text: string, offset: number): number {
  const at = offset % (text.length + 1);
  const code = text.charCodeAt(at - 1);
  return at > 0 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

function applyDataMutation(root: Json, mutation: DataMutation): void {
  const slots = slotsOf(root);
  const strings = slots.filter((slot) => typeof valueAt(slot) === 'string');
  switch (mutation.kind) {
    case 'drop': {
      const slot = pick(slots, mutation.at);
      if (!slot) return;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else Reflect.deleteProperty(slot.parent, slot.key);
      return;
    }
    case 'retype': {
      const slot = pick(slots, mutation.at);
      if (slot) setAt(slot, mutation.value);
      return;
    }
    case 'unicode': {
      const slot = pick(strings, mutation.at);
      if (!slot) return;
      const text = valueAt(slot) as string;
      const at = safeOffset(text, mutation.offset);
      setAt(slot, text.slice(0, at) + mutation.text + text.slice(at));
      return;
    }
    case 'huge': {
      const slot = pick(
        slots.filter((s) => typeof valueAt(s) !== 'object' || valueAt(s) === null),
        mutation.at,
      );
      if (slot)
        setAt(slot, mutation.chunk.repeat(Math.ceil(mutation.length / mutation.chunk.length)));
      return;
    }
    case 'shuffle': {
      const slot = pick(
        slots.filter((s) => Array.isArray(valueAt(s)) && (valueAt(s) as Json[]).length >= 2),
        mutation.at,
      );
      if (!slot) return;
      const list = valueAt(slot) as Json[];
      const order = list.map((item, index) => ({
        item,
        index,
        key: mutation.order[index % mutation.order.length]!,
      }));
      order.sort((a, b) => a.key - b.key || a.index - b.index);
      setAt(
        slot,
        order.map((entry) => entry.item),
      );
      return;
    }
    case 'renameId': {
      const owners = slots
        .map(valueAt)
        .filter(
          (v): v is { [key: string]: Json } =>
            v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.id === 'string',
        );
      const owner = pick(owners, mutation.at);
      if (!owner) return;
      const other = mutation.collide ? pick(owners, mutation.at + 1) : undefined;
      owner.id = other && other !== owner ? other.id! : mutation.id;
      return;
    }
    case 'renameKey': {
      const slot = pick(
        slots.filter((s) => !Array.isArray(s.parent)),
        mutation.at,
      );
      if (!slot) return;
      const parent = slot.parent as { [key: string]: Json };
      const entries = Object.entries(parent).map(([key, value]): [string, Json] => [
        key === slot.key ? mutation.key : key,
        value,
      ]);
      for (const key of Object.keys(parent)) Reflect.deleteProperty(parent, key);
      for (const [key, value] of entries)
        Object.defineProperty(parent, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
    }
    case 'inject': {
      const slot = pick(strings, mutation.at);
      if (!slot) return;
      const text = valueAt(slot) as string;
      setAt(
        slot,
        mutation.where === 'replace'
          ? mutation.text
          : mutation.where === 'prepend'
            ? `${mutation.text} ${text}`
            : `${text} ${mutation.text}`,
      );
      return;
    }
  }
}

type TextMutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'duplicateKey'; at: number; value: string }
  | { kind: 'indent'; at: number; delta: number; tab: boolean }
  | { kind: 'comment'; at: number; indent: number; text: string }
  | { kind: 'splice'; at: number; offset: number; text: string };

const commentText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'abc xyz:#"\'-[]{}|>&*!%@`\\'.split(''),
        'Datainspektionen',
        'name: Datainspektionen',
        '😀',
        '\u202E',
        'é',
        '\t',
      ),
      fc
        .string({ unit: 'grapheme', maxLength: 2 })
        .filter((s) => !/[\r\n\u2028\u2029\u0085]/.test(s)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Disable comments, well-formed or not: they silence findings and report themselves. */
const directiveText = fc
  .tuple(
    fc.subarray([
      ...rules.map((rule) => rule.id).slice(0, 4),
      'no-such-rule',
      'complaint-authority-named',
    ]),
    fc.constantFrom('', ' -- reason', ' --', '--x'),
    fc.constantFrom('', ' ', '\t'),
  )
  .map(
    ([ids, reason, space]) => `${space}privacyspec-disable-next-line ${ids.join(', ')}${reason}`,
  );

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicateKey' as const),
    at: fc.nat(),
    value: fc.oneof(fc.constantFrom('x', '"x"', '[]', '{}', '~', '1'), fc.string({ maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant('indent' as const),
    at: fc.nat(),
    delta: fc.integer({ min: -4, max: 4 }),
    tab: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('comment' as const),
    at: fc.nat(),
    indent: fc.nat({ max: 8 }),
    text: fc.oneof(commentText, directiveText),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    offset: fc.nat(),
    text: yamlish,
  }),
);

function applyTextMutation(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  const at = mutation.at % lines.length;
  const line = lines[at]!;
  switch (mutation.kind) {
    case 'deleteLine':
      lines.splice(at, 1);
      break;
    case 'duplicateLine':
      lines.splice(at, 0, line);
      break;
    case 'duplicateKey': {
      const keyLines = lines
        .map((l, index) => ({ l, index, match: /^(\s*)(- )?([^\s:#'"][^:#]*):(?=\s|$)/.exec(l) }))
        .filter((entry) => entry.match);
      const target = pick(keyLines, mutation.at);
      if (!target) break;
      const [, indent = '', dash, key = ''] = target.match!;
      lines.splice(
        target.index + 1,
        0,
        `${indent}${dash ? '  ' : ''}${key}: ${mutation.value.replace(/[\r\n]/g, ' ')}`,
      );
      break;
    }
    case 'indent':
      lines[at] =
        mutation.delta >= 0
          ? (mutation.tab ? '\t' : ' '.repeat(mutation.delta)) + line
          : line.replace(new RegExp(`^ {0,${-mutation.delta}}`), '');
      break;
    case 'comment':
      lines.splice(at, 0, `${' '.repeat(mutation.indent)}# ${mutation.text}`);
      break;
    case 'splice': {
      const offset = safeOffset(text, mutation.offset);
      return text.slice(0, offset) + mutation.text + text.slice(offset);
    }
  }
  return lines.join('\n');
}

interface MutationPlan {
  example: number;
  data: DataMutation[];
  style: Serialiser | 'original';
  text: TextMutation[];
  crlf: boolean;
  bom: boolean;
}

function mutatedData(plan: { example: number; data: readonly DataMutation[] }): Json {
  const data = structuredClone(EXAMPLES[plan.example % EXAMPLES.length]!.data);
  for (const mutation of plan.data) applyDataMutation(data, mutation);
  return data;
}

function buildText(plan: MutationPlan): string {
  let text =
    plan.style === 'original'
      ? EXAMPLES[plan.example % EXAMPLES.length]!.text
      : SERIALISERS[plan.style](mutatedData(plan));
  for (const mutation of plan.text) text = applyTextMutation(text, mutation);
  if (plan.crlf) text = text.replace(/\r?\n/g, '\r\n');
  return plan.bom ? `\uFEFF${text}` : text;
}

const style = fc.oneof(
  { weight: 2, arbitrary: fc.constant('original' as const) },
  { weight: 5, arbitrary: serialiser },
);
const rarely = fc.oneof(
  { weight: 6, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);
const plan = (
  data: fc.Arbitrary<DataMutation[]>,
  text: fc.Arbitrary<TextMutation[]>,
): fc.Arbitrary<MutationPlan> =>
  fc.record({
    example: fc.nat({ max: EXAMPLES.length - 1 }),
    data,
    style,
    text,
    crlf: rarely,
    bom: rarely,
  });
const mutatedExample = plan(
  fc.array(dataMutation, { maxLength: 4 }),
  fc.array(textMutation, { maxLength: 3 }),
).map(buildText);

/**
 * An example with mutations applied one by one, each kept only when the result still fits
 * the schema (validateShape is what load() checks): valid declarations with odd content.
 */
const validMutated = (
  mutations: fc.Arbitrary<DataMutation[]>,
): fc.Arbitrary<{ example: number; declaration: Declaration }> =>
  fc
    .record({ example: fc.nat({ max: EXAMPLES.length - 1 }), mutations })
    .map(({ example, mutations: list }) => {
      let data = structuredClone(EXAMPLES[example]!.data);
      for (const mutation of list) {
        const candidate = structuredClone(data);
        applyDataMutation(candidate, mutation);
        if (validateShape(candidate).length === 0) data = candidate;
      }
      return { example, declaration: data as unknown as Declaration };
    });
const validDeclaration: fc.Arbitrary<Declaration> = validMutated(
  fc.array(dataMutation, { maxLength: 6 }),
).map(({ declaration }) => declaration);
const validText = fc
  .tuple(validDeclaration, serialiser)
  .map(([declaration, how]) => SERIALISERS[how](declaration));

/** Hostile strings in the declaration's text fields and keys: mostly still valid (so rules and diff run on them), sometimes not. */
const injection = fc.record({
  kind: fc.constant('inject' as const),
  at: fc.nat(),
  text: hostileText,
  where: fc.constantFrom('replace' as const, 'prepend' as const, 'append' as const),
});
const injections = fc
  .tuple(
    fc.array(injection, { minLength: 1, maxLength: 8 }),
    fc.array(dataMutation, { maxLength: 2 }),
  )
  .map(([injected, others]) => [...injected, ...others]);
const injectedExample: fc.Arbitrary<{ base: string; head: string }> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(validMutated(injections), serialiser)
      .map(([{ example, declaration }, how]) => ({
        base: EXAMPLES[example]!.text,
        head: SERIALISERS[how](declaration),
      })),
  },
  {
    weight: 1,
    arbitrary: plan(
      injections,
      fc.array(
        fc.oneof(
          textMutation,
          fc.record({
            kind: fc.constant('comment' as const),
            at: fc.nat(),
            indent: fc.constant(0),
            text: hostileText.map((t) => t.replace(/[\r\n]/g, ' ')),
          }),
        ),
        { maxLength: 1 },
      ),
    ).map((p) => ({
      base: EXAMPLES[p.example]!.text,
      head: buildText({ ...p, style: p.style === 'original' ? 'yaml' : p.style }),
    })),
  },
);

// ── the --fix cases: a former authority name, quoted and commented in random ways ───────────

const FORMER_NAMES = SUPERVISORY_AUTHORITIES.flatMap((authority) =>
  authority.formerNames
    .filter((former) => former.lastValid !== undefined && former.lastValid < TODAY)
    .map((former) => ({
      country: authority.country,
      name: former.name,
      host: former.host,
      url: authority.url,
    })),
);

interface FixPlan {
  example: number;
  authority: number;
  form: 'plain' | 'single' | 'double' | 'languages' | 'flow';
  otherLanguage: 'former' | 'current' | 'none';
  url: 'former' | 'current' | 'other' | 'none';
  country: boolean;
  comments: Array<string | null>;
  trailing: Array<string | null>;
  position: number;
  indent: number;
  crlf: boolean;
  bom: boolean;
}

const fixPlan: fc.Arbitrary<FixPlan> = fc.record({
  example: fc.nat({ max: EXAMPLES.length - 1 }),
  authority: fc.nat({ max: FORMER_NAMES.length - 1 }),
  form: fc.constantFrom(
    'plain' as const,
    'single' as const,
    'double' as const,
    'languages' as const,
    'flow' as const,
  ),
  otherLanguage: fc.constantFrom('former' as const, 'current' as const, 'none' as const),
  url: fc.constantFrom('former' as const, 'current' as const, 'other' as const, 'none' as const),
  country: fc.boolean(),
  comments: fc.array(fc.option(commentText, { nil: null }), { minLength: 8, maxLength: 8 }),
  trailing: fc.array(fc.option(commentText, { nil: null }), { minLength: 8, maxLength: 8 }),
  position: fc.nat(),
  indent: fc.constantFrom(2, 4),
  crlf: rarely,
  bom: rarely,
});

function quoteAs(form: FixPlan['form'], value: string): string {
  if (form === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (form === 'double') return JSON.stringify(value);
  return value;
}

function buildFixText(p: FixPlan): string {
  const authority = FORMER_NAMES[p.authority]!;
  const I = ' '.repeat(p.indent);
  const comment = (index: number, indent: string) =>
    p.comments[index] != null ? `${indent}# ${p.comments[index]}\n` : '';
  const trail = (index: number) => (p.trailing[index] != null ? ` # ${p.trailing[index]}` : '');
  const other = p.otherLanguage === 'former' ? authority.name : 'Current Authority';
  let name: string;
  if (p.form === 'languages') {
    name = `${I}name:${trail(1)}\n${comment(2, I + I)}${I}${I}sv: ${authority.name}${trail(2)}\n${p.otherLanguage === 'none' ? '' : `${comment(3, I + I)}${I}${I}en: '${other}'${trail(3)}\n`}`;
  } else if (p.form === 'flow') {
    name = `${I}name: {sv: ${JSON.stringify(authority.name)}${p.otherLanguage === 'none' ? '' : `, en: ${other}`}}${trail(1)}\n`;
  } else {
    name = `${I}name: ${quoteAs(p.form, authority.name)}${trail(1)}\n`;
  }
  const url = {
    former: authority.host ? `https://www.${authority.host}/` : undefined,
    current: authority.url,
    other: 'https://example.org/dpa',
    none: undefined,
  }[p.url];
  // A former name is fixed only where nothing points to another country (the rule's doc): the
  // authority's country is stated when the controller is in another one.
  const controller = (EXAMPLES[p.example]!.data as { controller?: { country?: unknown } })
    .controller;
  const statesCountry = p.country || controller?.country !== authority.country;
  const block =
    `${comment(0, '')}supervisoryAuthority:${trail(0)}\n${comment(1, I)}${name}` +
    `${url !== undefined ? `${comment(4, I)}${I}url: ${p.form === 'double' ? JSON.stringify(url) : url}${trail(4)}\n` : ''}` +
    `${statesCountry ? `${comment(5, I)}${I}country: ${authority.country}${trail(5)}\n` : ''}${comment(6, '')}`;

  // The example without its own supervisoryAuthority block, the new block before a top-level key.
  const lines = EXAMPLES[p.example]!.text.replace(/\n$/, '').split('\n');
  const start = lines.findIndex((line) => line.startsWith('supervisoryAuthority:'));
  if (start !== -1) {
    let end = start + 1;
    while (end < lines.length && (lines[end] === '' || /^\s/.test(lines[end]!))) end++;
    lines.splice(start, end - start);
  }
  const boundaries = [...lines.keys()]
    .filter((index) => /^[A-Za-z]/.test(lines[index]!))
    .concat(lines.length);
  const at = boundaries[p.position % boundaries.length]!;
  lines.splice(at, 0, ...block.replace(/\n$/, '').split('\n'));
  let text = `${lines.join('\n')}\n`;
  if (p.crlf) text = text.replace(/\n/g, '\r\n');
  return p.bom ? `\uFEFF${text}` : text;
}

/** The comment tokens of a YAML text, as yaml's own lexer finds them (block scalar text is not one). */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#'));
}

// ── properties ──────────────────────────────────────────────────────────────────────────────

describe(`fuzz (seed ${seed}; FC_SEED=<n> to change)`, () => {
  it('runs at least 10,000 cases in total', () => {
    expect(Object.values(RUNS).reduce((sum, runs) => sum + runs, 0)).toBeGreaterThanOrEqual(10_000);
  });

  it(
    `arbitrary YAML-ish text: load, every rule and every formatter never throw; positions are inside the file (${RUNS.yamlText} runs)`,
    () => {
      fc.assert(
        fc.property(yamlText, fc.boolean(), (text, strict) => checkText(text, strict)),
        params(RUNS.yamlText),
      );
    },
    TIMEOUT,
  );

  it(
    `arbitrary JSON values as YAML and as JSON: the same (${RUNS.jsonValues} runs)`,
    () => {
      fc.assert(
        fc.property(jsonText, fc.boolean(), (text, strict) => checkText(text, strict)),
        params(RUNS.jsonValues),
      );
    },
    TIMEOUT,
  );

  it(
    `mutated examples, and valid declarations with odd content: the same (${RUNS.mutatedExamples} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.oneof({ weight: 2, arbitrary: mutatedExample }, { weight: 1, arbitrary: validText }),
          fc.boolean(),
          (text, strict) => checkText(text, strict),
        ),
        params(RUNS.mutatedExamples),
      );
    },
    TIMEOUT,
  );

  it(
    `SARIF output always validates against the SARIF 2.1.0 schema (${RUNS.sarif} runs)`,
    () => {
      const filePath = fc.oneof(
        { weight: 3, arbitrary: fc.constant(FILE) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'privacy.yaml',
            './a b/privacy.yaml',
            '/elsewhere/p.yaml',
            'C:\\repo\\x.yaml',
            '\\\\server\\share\\p.yaml',
            '/repo/%41#?.yaml',
            '/repo/ü/😀.yaml',
            '/repo/\uD800.yaml',
            '',
          ),
        },
        {
          weight: 1,
          arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map((name) => `/repo/${name}`),
        },
      );
      const input = fc.oneof(
        yamlText,
        jsonText,
        mutatedExample,
        validText,
        fixPlan.map(buildFixText),
      );
      fc.assert(
        fc.property(
          fc.array(fc.tuple(input, filePath), { minLength: 1, maxLength: 2 }),
          fc.boolean(),
          (files, strict) => {
            const results = files.map(([text, path]) =>
              lintChecked(text, { filePath: path, strict }),
            );
            expectValidSarif(formatters.sarif(results, context(false)));
          },
        ),
        params(RUNS.sarif),
      );
    },
    TIMEOUT,
  );

  it(
    `markdown output never contains raw HTML, mentions or broken tables from the input (${RUNS.markdown} runs)`,
    () => {
      const maxLength = fc.oneof(fc.constant(undefined), fc.integer({ min: 2_000, max: 60_000 }));
      fc.assert(
        fc.property(
          injectedExample,
          fc.boolean(),
          maxLength,
          ({ base, head }, newDeclaration, limit) => {
            expectSafeMarkdown(formatters.markdown([lintChecked(head)], context(false)));
            const reviews = [
              review(
                { base: newDeclaration ? undefined : base, head, filePath: FILE },
                { today: TODAY },
              ),
            ];
            expectSafeMarkdown(
              renderReviewMarkdown(reviews, {
                cwd: CWD,
                ...(limit !== undefined ? { maxLength: limit } : {}),
              }),
            );
          },
        ),
        params(RUNS.markdown),
      );
    },
    TIMEOUT,
  );

  it(
    `review and renderReviewMarkdown over (base, mutated head) never throw (${RUNS.review} runs)`,
    () => {
      const base = fc.oneof(
        {
          weight: 3,
          arbitrary: fc.nat({ max: EXAMPLES.length - 1 }).map((index) => EXAMPLES[index]!.text),
        },
        { weight: 1, arbitrary: mutatedExample },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: yamlText },
      );
      fc.assert(
        fc.property(base, fc.oneof(mutatedExample, validText), (baseText, headText) => {
          const result: Review = review(
            { base: baseText, head: headText, filePath: FILE },
            { today: TODAY },
          );
          expectInside(headText, result.head.messages, 'a head finding');
          if (baseText !== undefined)
            expectInside(baseText, result.base!.messages, 'a base finding');
          for (const m of result.introduced)
            assert(
              result.head.messages.includes(m),
              () => `introduced finding not on head: ${m.message}`,
            );
          for (const m of result.resolved)
            assert(
              result.base?.messages.includes(m) === true,
              () => `resolved finding not on base: ${m.message}`,
            );
          expectSafeMarkdown(renderReviewMarkdown([result], { cwd: CWD }));
        }),
        params(RUNS.review),
      );
    },
    TIMEOUT,
  );

  it(
    `diff over pairs of valid declarations never throws and reports well-formed changes (${RUNS.diff} runs)`,
    () => {
      const risks = new Map<string, string>(CHANGE_KINDS.map((info) => [info.kind, info.risk]));
      const order = ['high', 'medium', 'low'];
      fc.assert(
        fc.property(validDeclaration, validDeclaration, (a, b) => {
          for (const [base, head] of [
            [a, b],
            [b, a],
          ] as const) {
            const { changes } = diff(base, head, { today: TODAY });
            for (const change of changes) {
              assert(
                risks.get(change.kind) === change.risk,
                () => `unknown kind or wrong risk: ${JSON.stringify(change).slice(0, 300)}`,
              );
              assert(
                change.path === '' || change.path.startsWith('/'),
                () => `not a JSON pointer: ${change.path}`,
              );
              assert(
                typeof change.message === 'string' && change.message.trim() !== '',
                () => `no message: ${change.kind}`,
              );
            }
            const ranks = changes.map((change) => order.indexOf(change.risk));
            assert(
              ranks.every((rank, index) => index === 0 || ranks[index - 1]! <= rank),
              () => 'changes are not sorted high risk first',
            );
          }
          expect(diff(a, a, { today: TODAY }).changes).toEqual([]);
        }),
        params(RUNS.diff),
      );
    },
    TIMEOUT,
  );

  it(
    `--fix output re-parses, keeps every comment, changes only the fixed values and is idempotent (${RUNS.fix} runs)`,
    () => {
      fc.assert(
        fc.property(fixPlan, (p) => {
          const input = buildFixText(p);
          const before = load(input);
          assert(
            before.declaration !== undefined,
            () => `the generated input does not load: ${JSON.stringify(before.diagnostics)}`,
          );
          const fixed = lintAndFix(input, { filePath: FILE, today: TODAY });
          assert(fixed.output !== undefined, () => 'nothing was fixed');
          const output = fixed.output;
          expectInside(output, fixed.messages, 'a finding after --fix');
          assert(
            !fixed.messages.some(
              (m) => m.messageId === 'formerName' || m.messageId === 'formerUrl',
            ),
            () => 'a former name or website is left after --fix',
          );

          // Re-parses, without a YAML error, into a declaration.
          expect(parseDocument(output).errors).toEqual([]);
          const after = load(output);
          assert(
            after.declaration !== undefined,
            () => `the fixed output does not load: ${JSON.stringify(after.diagnostics)}`,
          );

          // Every comment survives, untouched and in order.
          expect(comments(output)).toEqual(comments(input));

          // Only the authority's name and website change: in the data, and in the text around them.
          const changed = pointersOf(before.data).filter(
            (pointer) =>
              pointer.startsWith('/supervisoryAuthority/name') ||
              pointer === '/supervisoryAuthority/url',
          );
          const strip = (data: unknown) => {
            const copy = structuredClone(data) as {
              supervisoryAuthority?: Record<string, unknown>;
            };
            Reflect.deleteProperty(copy.supervisoryAuthority ?? {}, 'name');
            Reflect.deleteProperty(copy.supervisoryAuthority ?? {}, 'url');
            return copy;
          };
          expect(strip(after.data)).toEqual(strip(before.data));
          const scalars = changed.filter(
            (pointer) => typeof getAtPointer(before.data, pointer) === 'string',
          );
          const outside = (text: string, loaded: LoadResult) => {
            const spans = scalars
              .map((pointer) => loaded.positions.offsets(pointer)!)
              .sort((x, y) => x.valueStart - y.valueStart);
            const parts: string[] = [];
            let cursor = 0;
            for (const span of spans) {
              parts.push(text.slice(cursor, span.valueStart));
              cursor = span.valueEnd;
            }
            return [...parts, text.slice(cursor)];
          };
          expect(outside(output, after)).toEqual(outside(input, before));

          // Fixing the output again changes nothing.
          expect(lintAndFix(output, { filePath: FILE, today: TODAY }).output).toBeUndefined();
        }),
        params(RUNS.fix),
      );
    },
    TIMEOUT,
  );

  it(
    `load on the same text twice gives equal results (${RUNS.determinism} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 3, arbitrary: yamlText },
            { weight: 2, arbitrary: jsonText },
            { weight: 1, arbitrary: mutatedExample },
          ),
          (text) => expectDeterministic(text, load(text)),
        ),
        params(RUNS.determinism),
      );
    },
    TIMEOUT,
  );

  it(
    `valid declarations round-trip, and every position is inside the text (${RUNS.validDeclarations} runs)`,
    () => {
      const source = fc.oneof(
        { weight: 4, arbitrary: fc.tuple(validDeclaration, serialiser, rarely, rarely) },
        {
          weight: 1,
          arbitrary: fc.tuple(
            fc.nat({ max: EXAMPLES.length - 1 }),
            fc.constant('original' as const),
            rarely,
            rarely,
          ),
        },
      );
      fc.assert(
        fc.property(source, ([declaration, how, crlf, bom]) => {
          let text =
            typeof declaration === 'number'
              ? EXAMPLES[declaration]!.text
              : SERIALISERS[how as Serialiser](declaration);
          if (crlf) text = text.replace(/\r?\n/g, '\r\n');
          if (bom) text = `\uFEFF${text}`;
          const loaded = load(text);
          assert(
            loaded.declaration !== undefined,
            () =>
              `a valid declaration does not load: ${JSON.stringify(loaded.diagnostics).slice(0, 500)}`,
          );
          if (typeof declaration !== 'number') expect(loaded.declaration).toEqual(declaration);
          expectPositionsInside(text, loaded);
          expect(new Set(loaded.positions.pointers())).toEqual(new Set(pointersOf(loaded.data)));
        }),
        params(RUNS.validDeclarations),
      );
    },
    TIMEOUT,
  );
});
