import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import { START_OF_FILE, type Diagnostic, type Range } from './diagnostic.js';
import type { Declaration } from './generated/declaration.js';
import { parseFast } from './fast-yaml.js';
import { joinPointer } from './pointer.js';
import { forgetRememberedTexts } from './reference/per-text.js';
import { LineStarts, NO_PARENT, PositionMap } from './positions.js';
import { validateShape } from './validate.js';

/** The documented limits on input (README, "Limits"). Each has its own diagnostic. */
export const DEFAULT_LIMITS = {
  /** Larger files are refused before parsing. */
  maxBytes: 10 * 1024 * 1024,
  /** Nesting deeper than this is refused before parsing (a declaration needs about 6). */
  maxDepth: 100,
  /** Alias expansions per file; more is a "billion laughs" bomb. */
  maxAliasCount: 100,
  /**
   * Values reached through aliases, all expansions together: a few aliases of one large
   * anchored list amplify a file as surely as many aliases do (a declaration reuses a handful).
   */
  maxAliasNodes: 10_000,
  /**
   * Values (mappings, lists, scalars, empty values) per file: the work of loading and linting
   * grows with them, so past this a file gets one diagnostic instead of minutes of work. The
   * 10 MB limit holds about 300,000; 50,000 purposes are about 900,000.
   */
  maxNodes: 1_000_000,
} as const;

export interface LoadOptions {
  /** For messages only: load() reads nothing from disk. */
  filename?: string;
  maxBytes?: number;
  maxDepth?: number;
  maxAliasCount?: number;
  maxAliasNodes?: number;
  maxNodes?: number;
  /** False: always yaml's parser, never the fast one (the differential test and the bench compare them). */
  fastPath?: boolean;
}

export interface LoadResult {
  /** Set only when the file parsed and fits the schema. */
  declaration: Declaration | undefined;
  /** Whatever the YAML held, even when it does not fit the schema. */
  data: unknown;
  positions: PositionMap;
  diagnostics: Diagnostic[];
}

/** YAML text in, declaration + positions + diagnostics out. Pure: no file or network I/O. */
export function load(source: string, options: LoadOptions = {}): LoadResult {
  forgetRememberedTexts();
  const limits = { ...DEFAULT_LIMITS, ...options };
  // A lone CR ends a line in YAML, but yaml reads only LF and CRLF. As LF, at the same offset,
  // the text reads the same and every position still points into the file as written.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  // Line starts come from the text, not from yaml's parser: it skips the line breaks inside a
  // scalar it reports as an error, and positions after them would run past the end of a line.
  // yaml reads a leading byte-order mark itself; offsets include it, columns do not.
  const positions = new PositionMap(new LineStarts(text), text.charCodeAt(0) === 0xfeff);
  const result = (diagnostics: Diagnostic[], data: unknown = undefined): LoadResult => ({
    declaration: undefined,
    data,
    positions,
    diagnostics,
  });

  if (exceedsBytes(text, limits.maxBytes)) {
    return result([
      fileProblem(
        `The file is larger than ${formatBytes(limits.maxBytes)}, the limit PrivacySpec reads; it was not parsed.`,
      ),
    ]);
  }
  if (onlyCommentsOrBlank(text)) {
    return result([
      schemaProblem(
        'The file is empty. A declaration needs at least privacyspec: "1.0", controller and purposes.',
        START_OF_FILE,
      ),
    ]);
  }
  const tooDeep = findExcessiveNesting(text, limits.maxDepth);
  if (tooDeep !== undefined) return result([nestingProblem(tooDeep, limits.maxDepth, positions)]);

  // Most declarations are plain block YAML: the fast parser reads them about ten times faster
  // than yaml's full parser, and hands anything it is not sure of to it.
  // Past the node budget the fast path leaves the file to yaml's path, which says where it ran out.
  let fast = options.fastPath === false ? undefined : parseFast(text, positions);
  if (fast && positions.nodeCount > limits.maxNodes) {
    fast = undefined;
    positions.clear();
  }
  const parsed = fast ?? parseWithYaml(text, positions, limits);
  if ('diagnostics' in parsed) return result(parsed.diagnostics);
  const data = parsed.value;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : data === null ? 'empty' : 'a single value';
    return {
      ...result(
        [
          schemaProblem(
            `The file holds ${what}, but a declaration is a mapping of keys (privacyspec: "1.0", controller: …, purposes: …).`,
            positions.closest(''),
          ),
        ],
        data,
      ),
    };
  }

  const diagnostics: Diagnostic[] = validateShape(data).map((problem) => ({
    ruleId: 'schema',
    severity: 'error',
    message: problem.message,
    path: problem.path,
    range: positions.closest(problem.path),
  }));
  return {
    declaration: diagnostics.length === 0 ? (data as Declaration) : undefined,
    data,
    positions,
    diagnostics,
  };
}

/** The full yaml parser: every YAML feature, its errors as positioned diagnostics. */
function parseWithYaml(
  text: string,
  positions: PositionMap,
  { maxDepth, ...budget }: { maxDepth: number } & Budget,
): { value: unknown } | { diagnostics: Diagnostic[] } {
  let document: Document | undefined;
  try {
    // yaml's parseDocument, in its two steps: the syntax tree is built without recursion, so its
    // depth is checked before the recursive composer could run out of stack (where it runs out
    // depends on how deep the caller's stack already is: the same text would give other errors).
    const tokens = Array.from(new Parser().parse(text));
    const tooDeep = deepCollection(tokens, maxDepth);
    if (tooDeep !== undefined)
      return { diagnostics: [nestingProblem(tooDeep, maxDepth, positions)] };
    for (const next of new Composer({
      uniqueKeys: true,
      keepSourceTokens: false,
      strict: true,
    }).compose(tokens, true, text.length)) {
      if (!document) document = next;
      else {
        document.errors.push(
          new YAMLParseError(
            [next.range[0], next.range[1]],
            'MULTIPLE_DOCS',
            'Source contains multiple documents.',
          ),
        );
        break;
      }
    }
  } catch (error) {
    // yaml collects its errors; a throw here means the input exhausted a resource.
    return {
      diagnostics: [
        fileProblem(
          `The YAML could not be read: ${error instanceof Error ? error.message : String(error)}.`,
        ),
      ],
    };
  }
  if (!document) return { diagnostics: [fileProblem('The YAML could not be read.')] };
  // yaml may report an exhausted stack more than once as it unwinds: one diagnostic says it.
  const errors = document.errors.filter(
    (error, index, all) =>
      error.code !== 'RESOURCE_EXHAUSTION' || all.findIndex((e) => e.code === error.code) === index,
  );
  if (errors.length > 0) {
    return {
      diagnostics: errors.map((error) => ({
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: yamlMessage(error.code, error.message),
        path: '',
        // yaml places an error at the end of the input one character past it; keep it inside the file.
        range: positions.rangeOf(
          Math.min(error.pos[0], text.length),
          Math.min(error.pos[1], text.length),
        ),
      })),
    };
  }
  const converted = toData(document, positions, budget);
  return converted.problem ? { diagnostics: [converted.problem] } : { value: converted.value };
}

/** The first collection (in document order) nested deeper than `maxDepth` in yaml's syntax tree. */
function deepCollection(tokens: readonly CST.Token[], maxDepth: number): number | undefined {
  const stack: Array<[token: CST.Token | null | undefined, depth: number]> = tokens
    .map((token): [CST.Token, number] => [token, 0])
    .reverse();
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token?.type === 'document') stack.push([token.value, depth]);
    if (
      token?.type !== 'block-map' &&
      token?.type !== 'block-seq' &&
      token?.type !== 'flow-collection'
    )
      continue;
    if (depth >= maxDepth) return token.offset;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      stack.push([item.value, depth + 1]);
      if ('key' in item) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

function nestingProblem(offset: number, maxDepth: number, positions: PositionMap): Diagnostic {
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    message: `The YAML is nested more than ${maxDepth} levels deep here; PrivacySpec does not read deeper nesting (a declaration needs about 6).`,
    path: '',
    range: positions.rangeOf(offset, offset + 1),
  };
}

function fileProblem(message: string): Diagnostic {
  return { ruleId: 'file', severity: 'error', message, path: '', range: START_OF_FILE };
}

function schemaProblem(message: string, range: Range): Diagnostic {
  return { ruleId: 'schema', severity: 'error', message, path: '', range };
}

function yamlMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS')
    return 'A second YAML document starts here ("---"); a declaration is one document, so everything from here on would be ignored.';
  if (code === 'RESOURCE_EXHAUSTION')
    return 'The YAML is nested too deeply here to be read (a declaration needs about 6 levels).';
  if (code === 'DUPLICATE_KEY')
    return 'This key appears twice in the same mapping; YAML keeps only one, so the other would be lost. Remove or rename one.';
  // yaml appends " at line L, column C" and a source excerpt; the range already says where.
  const at = message.search(/ at line \d+, column \d/);
  const sentence = (at === -1 ? message : message.slice(0, at)).trim();
  return sentence.endsWith('.') || sentence === '' ? sentence : `${sentence}.`;
}

interface Budget {
  maxAliasCount: number;
  maxAliasNodes: number;
  maxNodes: number;
}

/**
 * Converts the YAML tree to plain data without recursion, recording every node's position.
 * Every node is counted, and so is every node reached through an alias (an alias's expansion
 * re-reads its anchor's nodes): past a budget the conversion stops with one diagnostic there.
 */
function toData(
  document: Document,
  positions: PositionMap,
  budget: Budget,
): { value: unknown; problem?: Diagnostic } {
  interface Item {
    node: Node | null;
    /** The parent's node in the position map, and this node's key or index in it. */
    parent: number;
    key: string | number;
    assign: (value: unknown) => void;
    keyStart?: number;
    /** The alias whose expansion this node is part of. */
    alias?: { node: Node; pointer: string };
  }
  const root: { value: unknown } = { value: null };
  const stack: Item[] = [
    {
      node: document.contents,
      parent: NO_PARENT,
      key: '',
      assign: (value) => (root.value = value),
    },
  ];
  let aliases = 0;
  let nodes = 0;
  let expanded = 0;
  const pointerOf = (item: Item) =>
    item.parent === NO_PARENT ? '' : joinPointer(positions.pointerAt(item.parent), item.key);
  const stop = (node: Node, pointer: string, ruleId: 'yaml-syntax' | 'file', message: string) => {
    const [start, end] = node.range ?? [0, 0];
    return {
      value: undefined,
      problem: {
        ruleId,
        severity: 'error' as const,
        message,
        path: pointer,
        range: positions.rangeOf(start, end),
      },
    };
  };
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { node, parent, key, assign, keyStart, alias: outerAlias } = item;
    nodes += 1;
    if (nodes > budget.maxNodes && node) {
      return stop(
        node,
        pointerOf(item),
        'file',
        `The file holds more than ${budget.maxNodes.toLocaleString('en')} values; PrivacySpec reads no further (the work grows with each). Split the declaration, or raise the limit.`,
      );
    }
    if (node === null) {
      assign(null);
      continue;
    }
    let target: Node = node;
    const alias = outerAlias ?? (isAlias(node) ? { node, pointer: pointerOf(item) } : undefined);
    if (alias !== undefined) {
      expanded += 1;
      if (expanded > budget.maxAliasNodes) {
        return stop(
          alias.node,
          alias.pointer,
          'yaml-syntax',
          `The aliases expand to more than ${budget.maxAliasNodes.toLocaleString('en')} values: this looks like a "billion laughs" bomb and was not expanded.`,
        );
      }
    }
    if (isAlias(node)) {
      aliases += 1;
      const resolved = node.resolve(document);
      if (resolved === undefined)
        return stop(
          node,
          pointerOf(item),
          'yaml-syntax',
          `The alias ${node.source} refers to no anchor.`,
        );
      if (aliases > budget.maxAliasCount) {
        return stop(
          node,
          pointerOf(item),
          'yaml-syntax',
          `More than ${budget.maxAliasCount} alias expansions: this looks like a "billion laughs" bomb and was not expanded.`,
        );
      }
      target = resolved;
    }
    const [valueStart, valueEnd] = (isAlias(node) ? node.range : target.range) ?? [0, 0];
    const index = positions.add(
      parent,
      key,
      keyStart ?? valueStart,
      valueEnd,
      valueStart,
      valueEnd,
    );
    if (isMap(target)) {
      const object: Record<string, unknown> = {};
      assign(object);
      for (let i = target.items.length - 1; i >= 0; i--) {
        const pair = target.items[i]!;
        const childKey = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyRange = isScalar(pair.key) || isAlias(pair.key) ? pair.key.range : undefined;
        stack.push({
          node: (pair.value as Node | null) ?? null,
          parent: index,
          key: childKey,
          keyStart: keyRange?.[0],
          // defineProperty: a key named __proto__ is data here, never the object's prototype.
          assign: (value) =>
            Object.defineProperty(object, childKey, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            }),
          alias,
        });
        if (pair.value === null && keyRange)
          positions.add(index, childKey, keyRange[0], keyRange[1], keyRange[1], keyRange[1]);
      }
    } else if (isSeq(target)) {
      const array: unknown[] = new Array<unknown>(target.items.length);
      assign(array);
      for (let i = target.items.length - 1; i >= 0; i--) {
        stack.push({
          node: target.items[i] as Node | null,
          parent: index,
          key: i,
          assign: (value) => (array[i] = value),
          alias,
        });
      }
    } else if (isScalar(target)) {
      assign(target.value);
    } else {
      assign(null);
    }
  }
  return { value: root.value };
}

/**
 * Finds the first place where flow brackets or block indentation go deeper than `maxDepth`,
 * before yaml's recursive composer sees it (deep nesting exhausts its stack or memory).
 * Block depth is bounded by the indentation column, counting compact "- - -" as indent.
 * Not redundant with `deepCollection`, which needs yaml's syntax tree first: measured without
 * this scan, building that tree took 11 s and 1.1 GB for 4 MB of "- - - …", 7.5 s for 2 MB of
 * "? ? ? …", and ran out of memory on 5 MB of "[[[…" (hostile.test.ts has these cases).
 */
function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  const maxIndent = maxDepth * 4;
  if (surelyShallow(text, maxDepth, maxIndent)) return undefined;
  let flowDepth = 0;
  let lineStart = true;
  let indent = 0;
  /** The open quote's character code, or 0. Character codes: no string per character. */
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === NEWLINE) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // A quoted scalar's continuation line is text, not indentation ("- " in it is no list).
      if (
        quote === 0 &&
        (char === SPACE ||
          ((char === DASH || char === QUESTION) && isSpaceOrTab(text.charCodeAt(i + 1))))
      ) {
        indent += 1;
        if (indent > maxIndent) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote !== 0) {
      // Inside quotes only the closing quote matters (a line break there starts no
      // indentation): jump to it with a native search rather than look at every character.
      const close = closingQuote(text, i, quote);
      if (close === -1) return undefined;
      i = close;
      quote = 0;
      continue;
    }
    if (char === DOUBLE_QUOTE || char === SINGLE_QUOTE) {
      if (flowDepth > 0 || i === 0 || opensQuote(text.charCodeAt(i - 1))) quote = char;
    } else if (char === HASH && (i === 0 || isWhitespace(text.charCodeAt(i - 1)))) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      flowDepth += 1;
      if (flowDepth > maxDepth) return i;
    } else if ((char === CLOSE_BRACKET || char === CLOSE_BRACE) && flowDepth > 0) {
      flowDepth -= 1;
    } else {
      // Nothing else on the line matters until one of these: jump to it.
      NESTING_SYNTAX.lastIndex = i + 1;
      const next = NESTING_SYNTAX.exec(text);
      i = (next === null ? text.length : next.index) - 1;
    }
  }
  return undefined;
}

/**
 * True when findExcessiveNesting cannot find anything, known from native searches instead of
 * its walk over every line: flow nesting deeper than `maxDepth` needs more brackets than that,
 * and indentation deeper than `maxIndent` a line starting with more spaces, "-" and "?" than
 * that (the walk counts no more: quotes only keep it from counting).
 */
function surelyShallow(text: string, maxDepth: number, maxIndent: number): boolean {
  let brackets = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if (++brackets > maxDepth) return false;
    }
  }
  for (let start = 0; start < text.length;) {
    let end = start;
    for (let c = text.charCodeAt(end); c === SPACE || c === DASH || c === QUESTION;)
      c = text.charCodeAt(++end);
    if (end - start > maxIndent) return false;
    const newline = text.indexOf('\n', end);
    if (newline === -1) break;
    start = newline + 1;
  }
  return true;
}

/**
 * Where the quoted scalar whose text continues at `from` closes, or -1: its next `quote`; in
 * double quotes, one not escaped (after an even run of backslashes, each escaping the next
 * character).
 */
function closingQuote(text: string, from: number, quote: number): number {
  const mark = quote === DOUBLE_QUOTE ? '"' : "'";
  for (let at = text.indexOf(mark, from); at !== -1; at = text.indexOf(mark, at + 1)) {
    if (quote !== DOUBLE_QUOTE) return at;
    let backslashes = 0;
    while (at - backslashes - 1 >= from && text.charCodeAt(at - backslashes - 1) === BACKSLASH)
      backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/** The characters findExcessiveNesting looks at past a line's indentation, outside quotes. */
const NESTING_SYNTAX = /[\n"'#[\]{}]/g;

const NEWLINE = 0x0a;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const QUESTION = 0x3f;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isSpaceOrTab(char: number): boolean {
  return char === SPACE || char === 0x09;
}

/** What a regular expression's \s matches (the line terminators and Unicode spaces included). */
function isWhitespace(char: number): boolean {
  return (
    (char >= 0x09 && char <= 0x0d) ||
    char === SPACE ||
    char === 0xa0 ||
    char === 0x1680 ||
    (char >= 0x2000 && char <= 0x200a) ||
    char === 0x2028 ||
    char === 0x2029 ||
    char === 0x202f ||
    char === 0x205f ||
    char === 0x3000 ||
    char === 0xfeff
  );
}

/** A quote after one of these (or at the start) opens a quoted scalar: after a word it is an apostrophe. */
function opensQuote(previous: number): boolean {
  return (
    isWhitespace(previous) ||
    previous === COLON ||
    previous === OPEN_BRACKET ||
    previous === OPEN_BRACE ||
    previous === COMMA
  );
}

/** True for an empty file or one with nothing but comments (a line scan: no backtracking regex). */
function onlyCommentsOrBlank(text: string): boolean {
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    if (end === -1) break;
    start = end + 1;
  }
  return true;
}

/** Whether `text` is longer than `limit` bytes in UTF-8, counting no further than needed. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every character is at least one byte
  if (text.length * 3 <= limit) return false; // and at most three per UTF-16 unit
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes > limit;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(0)} MB` : `${bytes} bytes`;
}
