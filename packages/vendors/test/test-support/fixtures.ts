import { readFileSync } from 'node:fs';

/** The text of a file under test/fixtures/ (`name` may hold folders: `real/go/…/go.mod`). */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** The line of `fixture(name)` that first holds `text` (1-based), to check positions against the file itself. */
export function lineOf(name: string, text: string): number {
  const index = fixture(name)
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} not in ${name}`);
  return index + 1;
}

/** The 1-based column of `needle` on the first line of `fixture(name)` holding `text`. */
export function columnOf(name: string, text: string, needle = text): number {
  return fixture(name).split('\n')[lineOf(name, text) - 1]!.indexOf(needle) + 1;
}
