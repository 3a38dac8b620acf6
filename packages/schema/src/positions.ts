import type { LineCounter } from 'yaml';
import type { Range } from './diagnostic.js';
import { parentPointer } from './pointer.js';

/** Source offsets of one node: `start`..`end` covers key and value; `value*` the value alone. */
export interface NodeOffsets {
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Maps every JSON pointer of a loaded declaration to where it stands in the source.
 * Offsets are kept and turned into line:column only when asked, so loading stays cheap.
 */
export class PositionMap {
  readonly #offsets = new Map<string, NodeOffsets>();
  readonly #lineCounter: LineCounter;
  readonly #bom: boolean;

  /**
   * `bom`: the source starts with a byte-order mark. Offsets keep counting it (they index the
   * text as given, which --fix edits), but columns do not: editors do not show it.
   */
  constructor(lineCounter: LineCounter, bom = false) {
    this.#lineCounter = lineCounter;
    this.#bom = bom;
  }

  set(pointer: string, offsets: NodeOffsets): void {
    this.#offsets.set(pointer, offsets);
  }

  has(pointer: string): boolean {
    return this.#offsets.has(pointer);
  }

  offsets(pointer: string): NodeOffsets | undefined {
    return this.#offsets.get(pointer);
  }

  pointers(): IterableIterator<string> {
    return this.#offsets.keys();
  }

  get size(): number {
    return this.#offsets.size;
  }

  /** The range of the node at `pointer` (key and value), or undefined when it is not in the source. */
  get(pointer: string): Range | undefined {
    const offsets = this.#offsets.get(pointer);
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
    const position = this.#lineCounter.linePos(offset);
    return this.#bom && position.line === 1
      ? { line: 1, col: Math.max(1, position.col - 1) }
      : position;
  }
}
