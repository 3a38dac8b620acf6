import { NO_PARENT, type PositionMap } from './positions.js';

/**
 * A fast path for load(): a one-pass, allocation-light parser for the plain YAML that
 * declarations are written in. It returns exactly what the yaml package would give (the
 * value of `parseDocument(text, { uniqueKeys: true }).toJS()` and the offsets load() records)
 * or, for anything outside its subset or that yaml would report as an error, `undefined`:
 * then the caller uses yaml. Correctness never depends on this file; speed does (yaml's
 * generator-based parser spends seconds collecting garbage on a 5 MB declaration).
 *
 * The subset: block mappings and sequences (also "- key: value" and "- - x"), empty values,
 * one-line flow collections, plain scalars (also folded over several lines), one-line single-
 * and double-quoted scalars, comments, blank lines, a leading "---" and byte-order mark.
 * Everything else gives up: anchors, aliases, tags, block scalars, explicit keys, multi-line
 * quoted scalars and flow collections, several documents, directives, tabs, CR, duplicate
 * or null keys, empty values in flow collections, a document that is one scalar, ...
 *
 * Offsets follow yaml's node ranges: a node's value runs from range[0] to range[1]. For a
 * block collection, range[1] is range[2] of its last item's value: the end of that value's
 * line (trailing comment and line break included), extended by the comment lines yaml
 * attaches to it and, for a nested collection, by the comment lines it keeps (see #comment
 * and #close).
 */

export interface FastParse {
  value: unknown;
}

/**
 * The text as data, its positions added to `positions`; or undefined when it is not in the
 * subset (use yaml), `positions` then left empty.
 */
export function parseFast(text: string, positions: PositionMap): FastParse | undefined {
  try {
    return new Parser(text, positions).parse();
  } catch (error) {
    positions.clear();
    if (error === OUTSIDE_SUBSET) return undefined;
    throw error;
  }
}

/** Thrown (always this one object: no stack to capture) to give up; parseFast catches it. */
const OUTSIDE_SUBSET = new Error('outside the fast YAML subset');

function bail(): never {
  throw OUTSIDE_SUBSET;
}

/** Deeper nesting goes to yaml, which reports it (load() refuses more than 100 levels anyway). */
const MAX_DEPTH = 100;
/** Strings #shared keeps one of: ids and enumerated values are short; longer texts seldom repeat. */
const MAX_SHARED_LENGTH = 64;
/** Texts shorter than this hold too few copies to be worth the look-ups (about 5,000 lines). */
const SHARE_FROM_LENGTH = 256 * 1024;
/** Distinct strings it remembers, so that a file of distinct strings costs a bounded map. */
const MAX_SHARED_STRINGS = 65_536;
/** yaml (strict) refuses an implicit key whose ':' is further than this from its start. */
const MAX_KEY_SPAN = 1024;

const TAB = 9;
const NL = 10;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_7 = 55;
const DIGIT_9 = 57;
const COLON = 58;
const QUESTION = 63;
const UPPER_A = 65;
const UPPER_E = 69;
const UPPER_F = 70;
const LBRACKET = 91;
const RBRACKET = 93;
const LOWER_A = 97;
const LOWER_E = 101;
const LOWER_F = 102;
const LOWER_O = 111;
const LOWER_X = 120;
const LOWER_Z = 122;
const LBRACE = 123;
const RBRACE = 125;
const BOM = 0xfeff;

/** An open block collection. */
interface Frame {
  seq: boolean;
  /** The column of its "-" indicators or keys. */
  indent: number;
  node: Record<string, unknown> | unknown[];
  /** Its node in the position map, whose ends are filled in when it closes. */
  index: number;
  /** yaml's range[2] of the last item's value so far: this collection's range[1] once closed. */
  lastEnd: number;
  /** The last item ("key:" or "-" ending its line) still waits for its value. */
  pending: boolean;
  /** Mappings: the key of the last item. */
  key: string;
  /** The pending item: its key (or list index), where its key starts, where an empty value would be. */
  itemKey: string | number;
  keyStart: number;
  emptyAt: number;
}

class Parser {
  readonly #text: string;
  readonly #length: number;
  readonly #positions: PositionMap;
  readonly #frames: Frame[] = [];
  #root: unknown = undefined;
  #hasRoot = false;
  /** Where the current line starts, for columns (just past a byte-order mark on line 1). */
  #lineStart = 0;
  /** Set by the scalar and flow readers: where what they read ends. */
  #pos = 0;
  /** See #shared; none for a text too small to hold many copies. */
  readonly #strings: Map<string, string> | undefined;
  // Where the next line break, comment (" #"), ':' indicator, tab and backslash are, at or after where
  // each was last searched from (see #plainEnd). The parser reads forward: each occurrence is
  // searched for about once, not once per scalar (that would re-read a long line per flow item).
  #newlineFrom = 1;
  #newlineAt = 0;
  #commentFrom = 1;
  #commentAt = 0;
  #colonFrom = 1;
  #colonAt = 0;
  #tabFrom = 1;
  #tabAt = 0;
  #backslashFrom = 1;
  #backslashAt = 0;

  // What the comment lines since the last content line mean to yaml (see comment()).
  #absorbing = false;
  #tailIndent = -1;
  #pendingComment = false;
  /** Where lines continue a plain scalar that starts the next content line, as these lines lower it. */
  #foldFrom = Infinity;

  constructor(text: string, positions: PositionMap) {
    this.#text = text;
    this.#length = text.length;
    this.#positions = positions;
    this.#strings = text.length >= SHARE_FROM_LENGTH ? new Map() : undefined;
  }

  parse(): FastParse {
    const text = this.#text;
    if (text.includes('\r')) bail();
    let lineStart = 0;
    if (text.charCodeAt(0) === BOM) {
      // yaml stops counting indentation on the first line after a byte-order mark: only a
      // key (or a comment, blank or "---" line), starting right after it, reads the same.
      const next = text.charCodeAt(1);
      if (next === SPACE || (next === DASH && !this.#isDocumentMarker(1))) bail();
      lineStart = 1;
    }
    let documentStart = true;
    while (lineStart < this.#length) {
      this.#lineStart = lineStart;
      let p = lineStart;
      while (text.charCodeAt(p) === SPACE) p++;
      const c = text.charCodeAt(p);
      if (c === NL || c === HASH || p === this.#length) {
        // yaml's lexer lowers its threshold for continuing a plain scalar to the indentation
        // of any line whose second non-space character is not blank (blank lines included).
        if (!isLexerEmpty(text.charCodeAt(p + 1)))
          this.#foldFrom = Math.min(this.#foldFrom, p - this.#lineStart);
        lineStart = c === HASH ? this.#lineEnd(p) : Math.min(p + 1, this.#length);
        if (c === HASH) this.#comment(p - this.#lineStart, lineStart);
      } else if (p === this.#lineStart && this.#isDocumentMarker(p)) {
        // Only one "---", before the content; "..." and further documents are yaml's.
        if (!documentStart || c !== DASH) bail();
        documentStart = false;
        lineStart = this.#rest(p + 3);
      } else {
        documentStart = false;
        lineStart = this.#contentLine(p, p - this.#lineStart);
      }
    }
    const top = this.#top();
    if (top?.pending) this.#emptyValue(top, this.#length);
    while (this.#frames.length > 0) this.#close(this.#length);
    if (!this.#hasRoot) bail();
    return { value: this.#root };
  }

  // ── lines ──────────────────────────────────────────────────────────────────────────────

  /** A line with content, its first character at `p`. Returns where the next line starts. */
  #contentLine(p: number, col: number): number {
    // Calls cost as much as the work in them while the code is cold: the checks most lines
    // fail, and helpers of a line or two, are written out on this path.
    const dash = this.#text.charCodeAt(p) === DASH && this.#isDash(p);
    let top = this.#frames[this.#frames.length - 1];
    if (top === undefined) {
      // The root, or content after a root flow collection (an error in yaml).
      if (this.#hasRoot) bail();
      this.#hasRoot = true;
      this.#startLine();
      return this.#node(p, col, '', p, undefined, true, 0);
    }
    if (top.pending) {
      // A value on its own line: deeper than its key or "-", or a "- " list level with its key.
      if (col > top.indent || (col === top.indent && dash && !top.seq)) {
        top.pending = false;
        const foldFrom = Math.min(top.indent + 1, this.#foldFrom);
        this.#startLine();
        return this.#node(p, col, top.itemKey, top.seq ? p : top.keyStart, top, true, foldFrom);
      }
      this.#emptyValue(top, p);
    }
    while (top.indent > col) {
      this.#close(p);
      top = this.#top() ?? bail();
    }
    if (top.indent !== col) bail();
    if (top.seq && !dash) {
      // A key after a list that is the value of a key at the same column.
      const parent = this.#frames[this.#frames.length - 2];
      if (parent === undefined || parent.seq || parent.indent !== col) bail();
      this.#close(p);
      top = parent;
    }
    this.#startLine();
    if (top.seq) return this.#seqItem(top, p);
    if (dash) bail();
    const key = this.#scalar(p, false);
    const colon = this.#colonAfter(this.#pos);
    if (colon === -1) bail();
    return this.#entry(top, p, key, colon + 1);
  }

  #startLine(): void {
    this.#absorbing = false;
    this.#tailIndent = -1;
    this.#pendingComment = false;
    this.#foldFrom = Infinity;
  }

  /**
   * A comment line at column `col`, the next line starting at `next`. After an item waiting
   * for its value, a comment only matters if the value turns out empty (see #emptyValue).
   * After a scalar or flow value, yaml attaches comment lines indented past the innermost
   * collection to that value (they extend its range[2]) until one is not; that one and all
   * after it trail the collection, which keeps them if indented at least as far as itself.
   */
  #comment(col: number, next: number): void {
    const top = this.#top();
    if (top === undefined) return;
    if (top.pending) {
      this.#pendingComment = true;
    } else if (this.#absorbing && col > top.indent) {
      top.lastEnd = next;
    } else {
      this.#absorbing = false;
      if (col > this.#tailIndent) this.#tailIndent = col;
    }
  }

  /**
   * Closes the innermost collection; `tailEnd` is where the trailing comment lines end (the
   * next content). yaml passes them to the parent unless this collection keeps them (not at
   * column 0, a comment at or past its column): then its range[2] runs to their end.
   */
  #close(tailEnd: number): void {
    const frame = this.#frames.pop()!;
    this.#positions.updateEnd(frame.index, frame.lastEnd);
    if (frame.seq) this.#trim(frame);
    let end = frame.lastEnd;
    if (frame.indent !== 0 && this.#tailIndent >= frame.indent) {
      end = tailEnd;
      this.#tailIndent = -1;
    }
    const parent = this.#top();
    if (parent !== undefined) parent.lastEnd = end;
  }

  /**
   * Puts an exact-size copy of a closed list where its growing array stood: an array grown by
   * push keeps room for 16 more items, and a declaration holds about three short lists per
   * purpose (18 MB at 50,000 purposes).
   */
  #trim(frame: Frame): void {
    const exact = (frame.node as unknown[]).slice();
    const parent = this.#top();
    if (parent === undefined) this.#root = exact;
    else if (parent.seq) (parent.node as unknown[])[(parent.node as unknown[]).length - 1] = exact;
    else setKey(parent.node as Record<string, unknown>, parent.key, exact);
  }

  // ── block nodes ────────────────────────────────────────────────────────────────────────

  /**
   * The node starting at `p` (column `col`), the value at `key` of `parent`'s current item
   * (the root when no parent). `block`: a block collection may start here. `foldFrom`: lines
   * indented this far continue a plain scalar. Returns where the next line starts.
   */
  #node(
    p: number,
    col: number,
    key: string | number,
    start: number,
    parent: Frame | undefined,
    block: boolean,
    foldFrom: number,
  ): number {
    const text = this.#text;
    const c = text.charCodeAt(p);
    if (c === DASH && this.#isDash(p)) {
      if (!block) bail();
      return this.#seqItem(this.#open(true, col, [], key, start, p, parent), p);
    }
    let value: unknown;
    if (c === LBRACKET || c === LBRACE) {
      value = this.#flow(p, parent?.index ?? NO_PARENT, key, start, 0);
    } else {
      value = this.#scalar(p, false);
      const colon = this.#colonAfter(this.#pos);
      if (colon !== -1) {
        if (!block) bail();
        return this.#entry(this.#open(false, col, {}, key, start, p, parent), p, value, colon + 1);
      }
      if (parent === undefined) bail(); // a document that is one scalar
      if (c !== SQUOTE && c !== DQUOTE) {
        let q = this.#pos;
        while (text.charCodeAt(q) === SPACE) q++;
        if (text.charCodeAt(q) === NL && this.#mayFold(q + 1, foldFrom))
          value = this.#foldLines(p, foldFrom) ?? value;
      }
      this.#positions.add(parent.index, key, start, this.#pos, p, this.#pos);
    }
    const pos = this.#pos;
    const next = text.charCodeAt(pos) === NL ? pos + 1 : this.#rest(pos);
    if (parent !== undefined) {
      if (parent.seq) (parent.node as unknown[]).push(value);
      else setKey(parent.node as Record<string, unknown>, parent.key, value);
      parent.lastEnd = next;
    } else {
      this.#root = value;
    }
    this.#absorbing = true;
    return next;
  }

  #open(
    seq: boolean,
    indent: number,
    node: Frame['node'],
    key: string | number,
    start: number,
    valueStart: number,
    parent: Frame | undefined,
  ): Frame {
    if (this.#frames.length >= MAX_DEPTH) bail();
    const index = this.#positions.add(
      parent?.index ?? NO_PARENT,
      key,
      start,
      valueStart,
      valueStart,
      valueStart,
    );
    if (parent !== undefined) this.#assign(parent, node);
    else this.#root = node;
    const frame: Frame = {
      seq,
      indent,
      node,
      index,
      lastEnd: valueStart,
      pending: false,
      key: '',
      itemKey: '',
      keyStart: 0,
      emptyAt: 0,
    };
    this.#frames.push(frame);
    return frame;
  }

  /** A "-" item of `frame` at `p`. */
  #seqItem(frame: Frame, p: number): number {
    const index = (frame.node as unknown[]).length;
    const text = this.#text;
    let q = p + 1;
    while (text.charCodeAt(q) === SPACE) q++;
    const c = text.charCodeAt(q);
    if (c === NL || c === HASH || q >= this.#length) return this.#await(frame, index, -1, q);
    return this.#node(q, q - this.#lineStart, index, q, frame, true, frame.indent + 1);
  }

  /** A "key: ..." item of the mapping `frame`, the key starting at `keyStart`; `p` is past the ':'. */
  #entry(frame: Frame, keyStart: number, keyValue: unknown, p: number): number {
    if (p - 1 - keyStart > MAX_KEY_SPAN) bail();
    const key = typeof keyValue === 'string' ? keyValue : keyString(keyValue);
    if (Object.hasOwn(frame.node, key)) bail(); // yaml reports duplicate keys
    frame.key = key;
    const text = this.#text;
    let q = p;
    while (text.charCodeAt(q) === SPACE) q++;
    const c = text.charCodeAt(q);
    if (c === NL || c === HASH || q >= this.#length) return this.#await(frame, key, keyStart, q);
    return this.#node(q, q - this.#lineStart, key, keyStart, frame, false, frame.indent + 1);
  }

  /** The item's value is on a later line, or empty; yaml puts an empty one at `emptyAt`. */
  #await(frame: Frame, key: string | number, keyStart: number, emptyAt: number): number {
    frame.pending = true;
    frame.itemKey = key;
    frame.keyStart = keyStart;
    frame.emptyAt = emptyAt;
    if (this.#text.charCodeAt(emptyAt) === HASH) this.#pendingComment = true;
    return this.#lineEnd(emptyAt);
  }

  /**
   * The pending item of `frame` has no value: null, the next content at `next`. yaml extends
   * an empty value's range[2] over the comments after it up to there (when the next item
   * follows at the same column, the range no longer matters).
   */
  #emptyValue(frame: Frame, next: number): void {
    frame.pending = false;
    const at = frame.emptyAt;
    this.#positions.add(frame.index, frame.itemKey, frame.seq ? at : frame.keyStart, at, at, at);
    this.#assign(frame, null);
    frame.lastEnd = this.#pendingComment ? next : at;
  }

  #assign(frame: Frame, value: unknown): void {
    if (frame.seq) (frame.node as unknown[]).push(value);
    else setKey(frame.node as Record<string, unknown>, frame.key, value);
  }

  #top(): Frame | undefined {
    return this.#frames[this.#frames.length - 1];
  }

  // ── flow collections ───────────────────────────────────────────────────────────────────

  /** The one-line flow collection at `p` ("[" or "{"); leaves #pos past its closing bracket. */
  #flow(p: number, parent: number, at: string | number, start: number, depth: number): unknown {
    if (depth >= MAX_DEPTH) bail();
    const text = this.#text;
    const map = text.charCodeAt(p) === LBRACE;
    const close = map ? RBRACE : RBRACKET;
    const index = this.#positions.add(parent, at, start, p, p, p);
    const node: Record<string, unknown> | unknown[] = map ? {} : [];
    let i = this.#skipSpaces(p + 1);
    while (text.charCodeAt(i) !== close) {
      if (map) {
        const key = keyString(this.#scalar(i, true));
        if (Object.hasOwn(node, key)) bail();
        // A plain key stops only at a ':' indicator; after a quoted key any ':' is one.
        const colon = this.#skipSpaces(this.#pos);
        if (text.charCodeAt(colon) !== COLON) bail(); // "{a}" or "{a:1}": a key without value
        const value = this.#flowItem(this.#skipSpaces(colon + 1), index, key, i, depth);
        setKey(node as Record<string, unknown>, key, value);
      } else {
        const array = node as unknown[];
        array.push(this.#flowItem(i, index, array.length, i, depth));
      }
      i = this.#skipSpaces(this.#pos);
      const c = text.charCodeAt(i);
      if (c === COMMA)
        i = this.#skipSpaces(i + 1); // a trailing comma is allowed
      else if (c !== close) bail(); // a pair in a sequence, a comment, the line's end, ...
    }
    this.#pos = i + 1;
    this.#positions.updateEnd(index, i + 1);
    // An exact-size copy, as #trim does for block lists.
    return map ? node : (node as unknown[]).slice();
  }

  #flowItem(
    p: number,
    parent: number,
    key: string | number,
    start: number,
    depth: number,
  ): unknown {
    const c = this.#text.charCodeAt(p);
    if (c === LBRACKET || c === LBRACE) return this.#flow(p, parent, key, start, depth + 1);
    const value = this.#scalar(p, true); // bails on ',', '}', ... : an empty value
    this.#positions.add(parent, key, start, this.#pos, p, this.#pos);
    return value;
  }

  // ── scalars ────────────────────────────────────────────────────────────────────────────

  /** The one-line scalar at `p`, resolved; leaves #pos at its end. */
  #scalar(p: number, inFlow: boolean): unknown {
    const text = this.#text;
    const c = text.charCodeAt(p);
    let value: unknown;
    if (c === SQUOTE) {
      value = this.#singleQuoted(p);
    } else if (c === DQUOTE) {
      value = this.#doubleQuoted(p);
    } else {
      // Indicators and reserved characters start something else (or an error); so do "-", "?"
      // and ":" before a space (and, in flow, before , [ ] { }). A letter starts none of these.
      const letter = (c | 0x20) >= LOWER_A && (c | 0x20) <= LOWER_Z;
      if (!letter) {
        if (isBlank(c) || PLAIN_NEVER_STARTS.includes(text[p]!)) bail();
        const next = text.charCodeAt(p + 1);
        if (
          (c === DASH || c === QUESTION || c === COLON) &&
          (isBlank(next) || (inFlow && isFlowIndicator(next)))
        )
          bail();
      }
      const end = inFlow ? this.#flowPlainEnd(p + 1) : this.#plainEnd(p + 1);
      this.#pos = end;
      value = resolvePlain(text.slice(p, end));
    }
    return this.#strings === undefined ? value : this.#shared(value);
  }

  /**
   * One string object for each short text: keys, ids and enumerated values repeat on every
   * purpose, and each copy would stay in memory as long as the data (10 MB at 50,000 purposes).
   */
  #shared(value: unknown): unknown {
    const strings = this.#strings;
    if (strings === undefined || typeof value !== 'string' || value.length > MAX_SHARED_LENGTH)
      return value;
    const known = strings.get(value);
    if (known !== undefined) return known;
    if (strings.size < MAX_SHARED_STRINGS) strings.set(value, value);
    return value;
  }

  /** Where the plain text from `p` on ends (outside flow): before " #", a ":" indicator or the line's end. */
  #plainEnd(p: number): number {
    // Native searches (indexOf) find where it stops, remembered (see #newlineAt): a loop over
    // its characters, or a regular expression (compiled on first use), cost more in a process
    // that parses one file, in V8's interpreter. Written out: a call costs as much as a search.
    const text = this.#text;
    const length = this.#length;
    let stop = this.#newline(p);
    if (p < this.#commentFrom || p > this.#commentAt) {
      const at = text.indexOf(' #', p);
      this.#commentFrom = p;
      this.#commentAt = at === -1 ? length : at;
    }
    if (this.#commentAt < stop) stop = this.#commentAt;
    if (p < this.#colonFrom || p > this.#colonAt) {
      this.#colonFrom = p;
      this.#colonAt = colonIndicator(text, p);
    }
    if (this.#colonAt < stop) stop = this.#colonAt;
    if (p < this.#tabFrom || p > this.#tabAt) {
      const at = text.indexOf('\t', p);
      this.#tabFrom = p;
      this.#tabAt = at === -1 ? length : at;
    }
    if (this.#tabAt < stop) bail();
    if (stop === this.#colonAt && text.charCodeAt(stop + 1) === TAB) bail();
    while (stop > p && text.charCodeAt(stop - 1) === SPACE) stop--;
    return stop;
  }

  /** The first line break at or after `p`, or the text's length. */
  #newline(p: number): number {
    if (p < this.#newlineFrom || p > this.#newlineAt) {
      const at = this.#text.indexOf('\n', p);
      this.#newlineFrom = p;
      this.#newlineAt = at === -1 ? this.#length : at;
    }
    return this.#newlineAt;
  }

  /** Where the plain text from `p` on ends in a flow collection: also before , [ ] { }. Character by character: flow scalars are short. */
  #flowPlainEnd(p: number): number {
    const text = this.#text;
    const length = this.#length;
    let end = p;
    for (let i = p; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c > COLON) {
        // Letters and most text: of these only brackets and braces end it.
        if (c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE) break;
      } else if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break; // a comment
        continue;
      } else if (c === COLON) {
        const after = text.charCodeAt(i + 1);
        if (after === TAB) bail();
        if (isBlank(after) || isFlowIndicator(after)) break;
      } else if (c === NL || c === COMMA) {
        break;
      } else if (c === TAB) {
        bail();
      }
      end = i + 1;
    }
    return end;
  }

  /**
   * False when the line starting at `line` surely does not continue a plain scalar (#foldLines
   * would stop there at once): the end of the text, or content less indented than `foldFrom`
   * or a comment. Most values are one line: this saves reading them again.
   */
  #mayFold(line: number, foldFrom: number): boolean {
    const text = this.#text;
    let q = line;
    while (text.charCodeAt(q) === SPACE) q++;
    if (q >= this.#length) return false;
    const c = text.charCodeAt(q);
    return c === NL || foldFrom === 0 || (q - line >= foldFrom && c !== HASH);
  }

  /**
   * The plain scalar at `p`, whose first line ends at #pos, continued on the following lines
   * indented at least `foldFrom` (yaml's rule: one past its collection's column, unless lines
   * in between lowered it) up to a comment: each line break folds into a space, n blank lines
   * into n line breaks. Undefined when no line continues it.
   */
  #foldLines(p: number, foldFrom: number): string | undefined {
    const text = this.#text;
    let value: string | undefined;
    let end = this.#pos;
    let blanks = 0;
    let line = this.#lineEnd(end);
    for (;;) {
      const q = this.#skipSpaces(line);
      const c = text.charCodeAt(q);
      if (c === NL) {
        blanks++;
        line = q + 1;
        continue;
      }
      if (q >= this.#length) break;
      if (foldFrom === 0) bail(); // then every line continues it, comments included
      if (q - line < foldFrom || c === HASH) break;
      const lineEnd = this.#plainEnd(q);
      if (text.charCodeAt(this.#skipSpaces(lineEnd)) === COLON) bail(); // a multi-line key
      value =
        (value ?? text.slice(p, end)) +
        (blanks === 0 ? ' ' : '\n'.repeat(blanks)) +
        text.slice(q, lineEnd);
      blanks = 0;
      end = lineEnd;
      if (text.charCodeAt(this.#skipSpaces(end)) !== NL) break; // a comment or the end of the text
      line = this.#lineEnd(end);
    }
    this.#pos = end;
    return value;
  }

  /** A one-line single-quoted scalar; its quotes found by indexOf, as #plainEnd says why. */
  #singleQuoted(p: number): string {
    const text = this.#text;
    const lineEnd = this.#newline(p);
    let escaped = false;
    let i = text.indexOf("'", p + 1);
    for (;;) {
      if (i === -1 || i > lineEnd) bail(); // a multi-line or unterminated scalar
      if (text.charCodeAt(i + 1) !== SQUOTE) break;
      escaped = true;
      i = text.indexOf("'", i + 2);
    }
    this.#pos = i + 1;
    const value = text.slice(p + 1, i);
    return escaped ? value.replaceAll("''", "'") : value;
  }

  /** A one-line double-quoted scalar; its quote and escapes found by indexOf, as #plainEnd says why. */
  #doubleQuoted(p: number): string {
    const text = this.#text;
    const lineEnd = this.#newline(p);
    let value = '';
    let from = p + 1;
    let close = -1;
    for (;;) {
      // Searched again only past an escaped quote: once per escape, a long scalar of escapes
      // would be read once per escape.
      if (close < from) close = text.indexOf('"', from);
      if (close === -1 || close > lineEnd) bail(); // a multi-line or unterminated scalar
      if (from < this.#backslashFrom || from > this.#backslashAt) {
        const at = text.indexOf('\\', from);
        this.#backslashFrom = from;
        this.#backslashAt = at === -1 ? this.#length : at;
      }
      const i = this.#backslashAt;
      if (i > close) {
        this.#pos = close + 1;
        return value + text.slice(from, close);
      }
      value += text.slice(from, i);
      const code = text[i + 1]!;
      const simple = ESCAPES[code];
      if (simple !== undefined) {
        value += simple;
        from = i + 2;
      } else {
        const digits = code === 'x' ? 2 : code === 'u' ? 4 : code === 'U' ? 8 : bail();
        const hex = text.slice(i + 2, i + 2 + digits);
        if (hex.length !== digits || !allDigits(hex, 0, 16)) bail();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) bail();
        value += String.fromCodePoint(point);
        from = i + 2 + digits;
      }
    }
  }

  // ── characters ─────────────────────────────────────────────────────────────────────────

  #skipSpaces(p: number): number {
    while (this.#text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** Where the line holding `p` ends, its line break included. */
  #lineEnd(p: number): number {
    const nl = this.#newline(p);
    return nl === this.#length ? nl : nl + 1;
  }

  /** After a value or "---" at `p`: spaces and a comment may end the line, nothing else. */
  #rest(p: number): number {
    const q = this.#skipSpaces(p);
    const c = this.#text.charCodeAt(q);
    if (c === NL || q >= this.#length || (c === HASH && q > p)) return this.#lineEnd(q);
    bail();
  }

  /** The ':' of a block mapping after the scalar ending at `p`, or -1. */
  #colonAfter(p: number): number {
    const text = this.#text;
    let q = p;
    while (text.charCodeAt(q) === SPACE) q++;
    if (text.charCodeAt(q) !== COLON) return -1;
    const after = text.charCodeAt(q + 1);
    if (after === TAB) bail();
    return isBlank(after) ? q : -1;
  }

  /** "- " or "-" ending its line: a sequence item. */
  #isDash(p: number): boolean {
    if (this.#text.charCodeAt(p) !== DASH) return false;
    const next = this.#text.charCodeAt(p + 1);
    if (next === TAB) bail();
    return isBlank(next);
  }

  /** "---" or "..." followed by a space or the line's end. */
  #isDocumentMarker(p: number): boolean {
    const text = this.#text;
    const c = text.charCodeAt(p);
    return (
      (c === DASH || c === DOT) &&
      text.charCodeAt(p + 1) === c &&
      text.charCodeAt(p + 2) === c &&
      isBlank(text.charCodeAt(p + 3))
    );
  }
}

/** The first ':' at or after `p` before a blank or a tab (others are text, as in URLs), or the text's length. */
function colonIndicator(text: string, p: number): number {
  for (let at = text.indexOf(':', p); at !== -1; at = text.indexOf(':', at + 1)) {
    const after = text.charCodeAt(at + 1);
    if (after === SPACE || after === NL || after === TAB || at + 1 === text.length) return at;
  }
  return text.length;
}

/** What yaml's lexer calls empty: a space, tab or line break, or the end of the text. */
function isLexerEmpty(c: number): boolean {
  return c === SPACE || c === TAB || c === NL || Number.isNaN(c);
}

/** A space, a line break or the end of the text (NaN from charCodeAt). */
function isBlank(c: number): boolean {
  return c === SPACE || c === NL || Number.isNaN(c);
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/**
 * First characters that make anything but a plain scalar (or an error): flow and other
 * indicators, reserved characters, the tab, and ' " [ { (read before a plain scalar is
 * tried, but listed: a plain one never starts so).
 */
const PLAIN_NEVER_STARTS = ',[]{}#&*!|>\'"%@`\t';

/** Double-quoted escapes of one character (\x, \u and \U are read apart). */
const ESCAPES: Record<string, string | undefined> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

// The YAML 1.2 core schema, as yaml resolves it (yaml/dist/schema/core): null, bool, int
// (octal, decimal, hex), float (.inf/.nan, exponent, decimal); anything else is a string.
// Read by hand, not by yaml's regular expressions: each one compiles on its first use, twice
// (bytecode, then machine code), and that cost more than the parse of a whole declaration.

function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Most scalars are words: only these first characters can start a non-string.
  if (isDigit(c) || c === PLUS || c === DASH || c === DOT) return resolveNumber(source);
  if (source.length > 5) return source; // longer than "false": no null or boolean
  switch (source) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    default:
      return source;
  }
}

/**
 * A scalar starting with a digit, sign or dot as the core schema reads it: 0o17 and 0x1F
 * (unsigned), [-+]digits, [-+].inf, .nan, and [-+] mantissa (digits, digits.digits*, or
 * .digits) with an optional exponent; anything else stays the string.
 */
function resolveNumber(source: string): unknown {
  const length = source.length;
  if (length > 2 && source.charCodeAt(0) === DIGIT_0) {
    const radix = source.charCodeAt(1) === LOWER_O ? 8 : source.charCodeAt(1) === LOWER_X ? 16 : 0;
    if (radix !== 0) return allDigits(source, 2, radix) ? parseInt(source.slice(2), radix) : source;
  }
  const first = source.charCodeAt(0);
  let i = first === PLUS || first === DASH ? 1 : 0;
  if (length - i === 4 && source.charCodeAt(i) === DOT) {
    switch (source.slice(i + 1)) {
      case 'inf':
      case 'Inf':
      case 'INF':
        return first === DASH ? -Infinity : Infinity;
      case 'nan':
      case 'NaN':
      case 'NAN':
        return i === 0 ? NaN : source;
    }
  }
  const whole = i;
  while (isDigit(source.charCodeAt(i))) i++;
  let digits = i - whole;
  const point = source.charCodeAt(i) === DOT;
  if (point) {
    const fraction = ++i;
    while (isDigit(source.charCodeAt(i))) i++;
    digits += i - fraction;
  }
  if (digits === 0) return source;
  if (i === length) return point ? parseFloat(source) : parseInt(source, 10);
  const e = source.charCodeAt(i);
  if (e !== LOWER_E && e !== UPPER_E) return source;
  i++;
  if (source.charCodeAt(i) === PLUS || source.charCodeAt(i) === DASH) i++;
  const exponent = i;
  while (isDigit(source.charCodeAt(i))) i++;
  return i > exponent && i === length ? parseFloat(source) : source;
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** Whether `text` from `from` on is all digits of `radix` (8 or 16). */
function allDigits(text: string, from: number, radix: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      radix === 8
        ? c >= DIGIT_0 && c <= DIGIT_7
        : isDigit(c) || (c >= UPPER_A && c <= UPPER_F) || (c >= LOWER_A && c <= LOWER_F);
    if (!ok) return false;
  }
  return true;
}

/** A mapping key as load() and toJS() make it; a null key reads differently in each: give up. */
function keyString(key: unknown): string {
  if (key === null) bail();
  return typeof key === 'string' ? key : String(key);
}

function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty: a key named __proto__ is data here, never the object's prototype.
  if (key === '__proto__')
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else object[key] = value;
}
