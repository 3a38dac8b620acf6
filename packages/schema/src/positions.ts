import type { Range } from './diagnostic.js';
import { escapePointerToken, parentPointer, parsePointer } from './pointer.js';

/** Source offsets of one node: `start`..`end` covers key and value; `value*` the value alone. */
export interface NodeOffsets {
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/** What turns an offset into a 1-based line and column: LineStarts, or yaml's LineCounter. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number };
}

/**
 * The start of every line of a text (after each LF, as yaml counts lines), found on the first
 * look-up and kept in a typed array: a million lines take 4 MB, not yaml's array of numbers.
 */
export class LineStarts implements LinePositions {
  #text: string | undefined;
  #starts: Int32Array | undefined;

  constructor(text: string) {
    this.#text = text;
  }

  /** As yaml's LineCounter.linePos: the last line starting at or before `offset`. */
  linePos(offset: number): { line: number; col: number } {
    const starts = this.#lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }

  #lineStarts(): Int32Array {
    if (this.#starts) return this.#starts;
    const text = this.#text!;
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
    const starts = new Int32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      starts[line++] = i + 1;
    this.#starts = starts;
    this.#text = undefined;
    return starts;
  }
}

/** The parent of the root node. */
export const NO_PARENT = -1;

/** Offsets of a node that only holds others up (set() made it for a deeper pointer). */
const ABSENT = -1;

/**
 * Maps every JSON pointer of a loaded declaration to where it stands in the source.
 *
 * Compact, because a large declaration has a node for every key and value (50,000 purposes
 * are 900,000 nodes): a node is its parent's index and its key (a mapping key, shared with
 * the loaded data, or a list index) plus four offsets, in typed arrays. Pointers are not
 * stored: a look-up walks from the root through a child index built on the first look-up,
 * and pointers() spells them out on demand. Offsets become line:column only when asked.
 */
export class PositionMap {
  readonly #lines: LinePositions;
  readonly #bom: boolean;
  #count = 0;
  #root = ABSENT;
  /** Per node: start, end, valueStart, valueEnd. */
  #offsets = new Int32Array(4 * 256);
  #parents = new Int32Array(256);
  #keys: Array<string | number> = [];
  /** Built on the first look-up after nodes were added (see #index). */
  #index: ChildIndex | undefined;

  /**
   * `bom`: the source starts with a byte-order mark. Offsets keep counting it (they index the
   * text as given, which --fix edits), but columns do not: editors do not show it.
   */
  constructor(lines: LinePositions, bom = false) {
    this.#lines = lines;
    this.#bom = bom;
  }

  /**
   * Records a node under the node `parent` (NO_PARENT for the root) at `key`, in document
   * order, each node after its parent; returns its index for its children and update().
   * A later node with the same key as an earlier sibling replaces it.
   */
  add(
    parent: number,
    key: string | number,
    start: number,
    end: number,
    valueStart: number,
    valueEnd: number,
  ): number {
    const index = this.#count;
    if (index === this.#parents.length) this.#grow();
    this.#parents[index] = parent;
    this.#keys.push(key);
    // As update() does, written out: loading calls this once per node, mostly before V8 has
    // compiled it, when a call costs as much as these stores.
    const at = 4 * index;
    this.#offsets[at] = start;
    this.#offsets[at + 1] = end;
    this.#offsets[at + 2] = valueStart;
    this.#offsets[at + 3] = valueEnd;
    if (parent === NO_PARENT) this.#root = index;
    this.#count += 1;
    this.#index = undefined;
    return index;
  }

  /** Sets the offsets of the node at `index` (a collection's end is known only once it closes). */
  update(index: number, start: number, end: number, valueStart: number, valueEnd: number): void {
    const at = 4 * index;
    this.#offsets[at] = start;
    this.#offsets[at + 1] = end;
    this.#offsets[at + 2] = valueStart;
    this.#offsets[at + 3] = valueEnd;
  }

  /** Sets where the node at `index` ends, key and value alike. */
  updateEnd(index: number, end: number): void {
    this.#offsets[4 * index + 1] = end;
    this.#offsets[4 * index + 3] = end;
  }

  /** Nodes added so far, replaced ones included: what loading cost. */
  get nodeCount(): number {
    return this.#count;
  }

  /** Forgets every node (a parser that gave up half-way). */
  clear(): void {
    this.#count = 0;
    this.#root = ABSENT;
    this.#keys = [];
    this.#index = undefined;
  }

  /** The JSON pointer of the node at `index`. */
  pointerAt(index: number): string {
    let pointer = '';
    for (let node = index; node !== this.#root && node !== NO_PARENT; node = this.#parents[node]!) {
      pointer = `/${escapePointerToken(this.#keys[node]!)}${pointer}`;
    }
    return pointer;
  }

  /** Sets the offsets at `pointer`, adding the node (and any missing parents) when new. */
  set(pointer: string, offsets: NodeOffsets): void {
    let node = this.#find(pointer);
    if (node === ABSENT) {
      const parent = pointer === '' ? NO_PARENT : this.#findOrHold(parentPointer(pointer)!);
      node = this.add(
        parent,
        pointer === '' ? '' : parsePointer(pointer).pop()!,
        ABSENT,
        ABSENT,
        ABSENT,
        ABSENT,
      );
    }
    this.update(node, offsets.start, offsets.end, offsets.valueStart, offsets.valueEnd);
  }

  has(pointer: string): boolean {
    const node = this.#find(pointer);
    return node !== ABSENT && this.#offsets[4 * node] !== ABSENT;
  }

  offsets(pointer: string): NodeOffsets | undefined {
    const node = this.#find(pointer);
    if (node === ABSENT || this.#offsets[4 * node] === ABSENT) return undefined;
    const at = 4 * node;
    const o = this.#offsets;
    return { start: o[at]!, end: o[at + 1]!, valueStart: o[at + 2]!, valueEnd: o[at + 3]! };
  }

  /** Every pointer with a position, in document order; spelled out as it goes. */
  *pointers(): IterableIterator<string> {
    const index = this.#childIndex();
    for (let node = 0; node < this.#count; node++) {
      if (index.replaced[node] === 0 && this.#offsets[4 * node] !== ABSENT)
        yield this.pointerAt(node);
    }
  }

  /** Pointers with a position. */
  get size(): number {
    const { replaced } = this.#childIndex();
    let size = 0;
    for (let node = 0; node < this.#count; node++)
      if (replaced[node] === 0 && this.#offsets[4 * node] !== ABSENT) size += 1;
    return size;
  }

  /** The range of the node at `pointer` (key and value), or undefined when it is not in the source. */
  get(pointer: string): Range | undefined {
    const offsets = this.offsets(pointer);
    return offsets && this.rangeOf(offsets.start, offsets.end);
  }

  /**
   * The range of the node at `pointer` or, when it does not exist (a missing key), of its
   * closest existing parent, as Spectral does: a missing `retention` lands on its purpose.
   */
  closest(pointer: string): Range {
    for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
      const range = this.get(p);
      if (range) return range;
    }
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /** The 1-based range of source offsets [start, end). */
  rangeOf(start: number, end: number): Range {
    const from = this.#linePos(start);
    const to = this.#linePos(Math.max(start, end));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  #linePos(offset: number): { line: number; col: number } {
    const position = this.#lines.linePos(offset);
    return this.#bom && position.line === 1
      ? { line: 1, col: Math.max(1, position.col - 1) }
      : position;
  }

  #grow(): void {
    const parents = new Int32Array(this.#parents.length * 2);
    parents.set(this.#parents);
    this.#parents = parents;
    const offsets = new Int32Array(this.#offsets.length * 2);
    offsets.set(this.#offsets);
    this.#offsets = offsets;
  }

  #findOrHold(pointer: string): number {
    const node = this.#find(pointer);
    if (node !== ABSENT) return node;
    const parent = pointer === '' ? NO_PARENT : this.#findOrHold(parentPointer(pointer)!);
    return this.add(
      parent,
      pointer === '' ? '' : parsePointer(pointer).pop()!,
      ABSENT,
      ABSENT,
      ABSENT,
      ABSENT,
    );
  }

  /** The node at `pointer`, or ABSENT. */
  #find(pointer: string): number {
    if (this.#root === ABSENT) return ABSENT;
    if (pointer === '') return this.#root;
    if (!pointer.startsWith('/')) return ABSENT;
    const index = this.#childIndex();
    let node = this.#root;
    for (let from = 1; ;) {
      const slash = pointer.indexOf('/', from);
      const raw = pointer.slice(from, slash === -1 ? pointer.length : slash);
      node = index.child(
        node,
        raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw,
      );
      if (node === ABSENT || slash === -1) return node;
      from = slash + 1;
    }
  }

  #childIndex(): ChildIndex {
    return (this.#index ??= new ChildIndex(this.#parents, this.#keys, this.#count));
  }
}

/** Mappings with more keys than this get a Map for their look-ups (once, when first asked). */
const SCAN_LIMIT = 8;

/**
 * The children of every node, in document order (compressed rows: the children of node n are
 * list[start[n]] … list[start[n + 1] - 1]), and which nodes a later sibling with the same key
 * replaced (keys 1 and "1" are one pointer).
 */
class ChildIndex {
  readonly start: Int32Array;
  readonly list: Int32Array;
  readonly replaced: Uint8Array;
  readonly #keys: ReadonlyArray<string | number>;
  readonly #byKey = new Map<number, Map<string, number>>();

  constructor(parents: Int32Array, keys: ReadonlyArray<string | number>, count: number) {
    this.#keys = keys;
    this.start = new Int32Array(count + 1);
    for (let node = 0; node < count; node++) {
      const parent = parents[node]!;
      if (parent !== NO_PARENT) this.start[parent + 1]! += 1;
    }
    for (let node = 0; node < count; node++) this.start[node + 1]! += this.start[node]!;
    this.list = new Int32Array(count);
    const next = this.start.slice(0, count);
    for (let node = 0; node < count; node++) {
      const parent = parents[node]!;
      if (parent !== NO_PARENT) this.list[next[parent]!++] = node;
    }
    this.replaced = new Uint8Array(count);
    const seen = new Map<string | number, number>();
    for (let node = 0; node < count; node++) {
      const from = this.start[node]!;
      const to = this.start[node + 1]!;
      // List indexes are unique; only mapping keys can repeat.
      if (to - from < 2 || typeof keys[this.list[from]!] === 'number') continue;
      seen.clear();
      for (let i = from; i < to; i++) {
        const child = this.list[i]!;
        const earlier = seen.get(String(keys[child]));
        if (earlier !== undefined) this.replaced[earlier] = 1;
        seen.set(String(keys[child]), child);
      }
    }
  }

  /** The child of `parent` at the pointer token `token`, or ABSENT. */
  child(parent: number, token: string): number {
    const from = this.start[parent]!;
    const to = this.start[parent + 1]!;
    if (from === to) return ABSENT;
    const keys = this.#keys;
    if (typeof keys[this.list[from]!] === 'number') {
      // A list: item k is the k-th child unless some were left out.
      if (!isIndex(token)) return ABSENT;
      const k = Number(token);
      const guess = this.list[from + k];
      if (from + k < to && keys[guess!] === k) return guess!;
      for (let i = to - 1; i >= from; i--) if (keys[this.list[i]!] === k) return this.list[i]!;
      return ABSENT;
    }
    if (to - from > SCAN_LIMIT) {
      let byKey = this.#byKey.get(parent);
      if (byKey === undefined) {
        byKey = new Map();
        for (let i = from; i < to; i++) byKey.set(String(keys[this.list[i]!]), this.list[i]!);
        this.#byKey.set(parent, byKey);
      }
      return byKey.get(token) ?? ABSENT;
    }
    for (let i = to - 1; i >= from; i--)
      if (String(keys[this.list[i]!]) === token) return this.list[i]!;
    return ABSENT;
  }
}

function isIndex(token: string): boolean {
  if (token === '0') return true;
  if (token === '' || token.length > 15 || token[0] === '0') return false;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
