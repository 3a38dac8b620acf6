import type { Position } from './types.js';

/** Offsets to 1-based line:column, by binary search over the line starts (O(log n) per lookup). */
export function positionFinder(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** The text's lines with the offset each starts at; a trailing `\r` is dropped. */
export function linesOf(text: string): { text: string; offset: number }[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  while (offset <= text.length) {
    const end = text.indexOf('\n', offset);
    const stop = end === -1 ? text.length : end;
    lines.push({ text: text.slice(offset, text[stop - 1] === '\r' ? stop - 1 : stop), offset });
    if (end === -1) break;
    offset = end + 1;
  }
  return lines;
}
