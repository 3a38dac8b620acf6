import { positionFinder } from '../position.js';
import type { Position } from '../types.js';

/** A string literal found in a TOML value, with the offset of its first character. */
export interface TomlString {
  value: string;
  offset: number;
}

/** One `key = value` line: the table it is in, the key, and the strings of its value. */
export interface TomlEntry {
  table: string;
  key: string;
  keyOffset: number;
  /** The value when it is a plain string. */
  text?: string;
  /** Top-level strings of an array value (not those inside inline tables). */
  items: TomlString[];
}

/**
 * A forward-only TOML scanner: enough of the grammar to list every `key = value` with its
 * table and the strings of array values, for manifests. Each character is visited once, so
 * the time is linear on any input; what it does not understand it skips to the line end.
 */
export function scanToml(text: string): { entries: TomlEntry[]; at: (offset: number) => Position } {
  const entries: TomlEntry[] = [];
  let table = '';
  let i = 0;
  const length = text.length;
  /** The current line from i, so that searches stay within it (linear over the file). */
  const restOfLine = (): string => {
    const end = text.indexOf('\n', i);
    return text.slice(i, end === -1 ? length : end);
  };
  const skipToLineEnd = () => {
    const end = text.indexOf('\n', i);
    i = end === -1 ? length : end + 1;
  };
  /** Reads the string starting at i (a quote); returns its value and leaves i after it. */
  const readString = (): string => {
    const quote = text[i]!;
    const triple = text.startsWith(quote.repeat(3), i);
    const open = triple ? 3 : 1;
    const start = i + open;
    let j = start;
    while (j < length) {
      if (quote === '"' && text[j] === '\\') j += 2;
      else if (text.startsWith(triple ? quote.repeat(3) : quote, j)) break;
      else if (!triple && text[j] === '\n') break;
      else j++;
    }
    const value = text.slice(start, Math.min(j, length));
    i = Math.min(j + open, length);
    return value;
  };
  while (i < length) {
    const character = text[i]!;
    if (character === ' ' || character === '\t' || character === '\r' || character === '\n') {
      i++;
    } else if (character === '#') {
      skipToLineEnd();
    } else if (character === '[') {
      const line = restOfLine();
      const end = line.indexOf(']');
      if (end === -1) {
        skipToLineEnd();
        continue;
      }
      table = line
        .slice(0, end)
        .replace(/^\[+/, '')
        .split('.')
        .map((part) => part.trim().replace(/^["']|["']$/g, ''))
        .join('.');
      skipToLineEnd();
    } else {
      const keyOffset = i;
      const equals = restOfLine().indexOf('=');
      if (equals === -1) {
        skipToLineEnd();
        continue;
      }
      const key = text
        .slice(i, i + equals)
        .trim()
        .replace(/^["']|["']$/g, '');
      i += equals + 1;
      while (text[i] === ' ' || text[i] === '\t') i++;
      const entry: TomlEntry = { table, key, keyOffset, items: [] };
      entries.push(entry);
      if (text[i] === '"' || text[i] === "'") {
        entry.text = readString();
      } else if (text[i] === '[' || text[i] === '{') {
        // Brackets and braces nest; only strings at array depth 1 outside braces are items.
        let depth = 0;
        let braces = 0;
        while (i < length) {
          const c = text[i]!;
          if (c === '"' || c === "'") {
            const offset = i + (text.startsWith(c.repeat(3), i) ? 3 : 1);
            const value = readString();
            if (depth === 1 && braces === 0) entry.items.push({ value, offset });
            continue;
          }
          if (c === '#') {
            skipToLineEnd();
            continue;
          }
          if (c === '[') depth++;
          else if (c === ']') depth--;
          else if (c === '{') braces++;
          else if (c === '}') braces--;
          i++;
          if (depth <= 0 && braces <= 0) break;
        }
      }
      skipToLineEnd();
    }
  }
  return { entries, at: positionFinder(text) };
}
