import { parse } from 'yaml';
import { isLatinDigit, isLatinLetter, type PositionMap } from '@privacyspec/schema';
import type { FixSpec } from './rule.js';
import type { Fix } from './types.js';

/**
 * Turns "set the scalar at this pointer to this value" into a source edit that touches only
 * that scalar, keeping its quoting style, so comments, key order and blank lines survive
 * byte for byte.
 */
export function toSourceFix(
  specs: FixSpec | readonly FixSpec[],
  positions: PositionMap,
  source: string,
): Fix | undefined {
  const edits: Fix[] = [];
  for (const spec of Array.isArray(specs) ? specs : [specs as FixSpec]) {
    const offsets = positions.offsets(spec.path);
    if (!offsets) return undefined;
    const original = source.slice(offsets.valueStart, offsets.valueEnd);
    if (/[\r\n]/.test(original) || /^[|>]/.test(original)) return undefined; // multi-line and block scalars (any line break, CR-only too) are left to a person
    edits.push({
      range: [offsets.valueStart, offsets.valueEnd],
      text: renderScalar(spec.value, original),
    });
  }
  return mergeEdits(edits, source);
}

/** Several edits become one Fix (as ESLint's fixer.replaceTextRange list), keeping the text between them. */
function mergeEdits(edits: Fix[], source: string): Fix | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const first = sorted[0];
  if (!first) return undefined;
  let text = '';
  let cursor = first.range[0];
  for (const edit of sorted) {
    if (edit.range[0] < cursor) return undefined;
    text += source.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  return { range: [first.range[0], cursor], text };
}

function renderScalar(value: string, original: string): string {
  if (original.startsWith("'")) return `'${value.replace(/'/g, "''")}'`;
  if (original.startsWith('"') || !isSafePlain(value)) return JSON.stringify(value);
  return value;
}

/** Letters first, then only letters, digits, spaces and a few marks: the names and addresses fixes write. */
const PLAIN_WORDS = /^\p{L}[\p{L}\p{M}\p{N} ().\-/'’&:]*$/u;
const PLAIN_MARKS = " ().-/'&:";

/**
 * PLAIN_WORDS for text below U+0250 (Latin scripts, which have no marks there), read by code
 * ranges; undefined for other text, which the \p{…} classes decide. Compiling those classes
 * costs a lint's start about a millisecond (issue 12).
 */
function latinPlainWords(value: string): boolean | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x250) return undefined;
    if (isLatinLetter(code)) continue;
    if (i === 0 || !(isLatinDigit(code) || PLAIN_MARKS.includes(value[i]!))) return false;
  }
  return value.length > 0;
}
/** YAML 1.2's plain scalars that are not strings and start with a letter (null, booleans), in any case. */
const KEYWORD = /^(?:null|true|false)$/i;

/**
 * Whether yaml reads `value` written plain back as the same string, decided without yaml for
 * the common case (its first parse costs a cold run about as much as the rest of a lint).
 */
export function surelyPlain(value: string): boolean {
  return (
    (latinPlainWords(value) ?? PLAIN_WORDS.test(value)) &&
    !value.includes(': ') &&
    !value.endsWith(':') &&
    !value.endsWith(' ') &&
    !KEYWORD.test(value)
  );
}

function isSafePlain(value: string): boolean {
  if (surelyPlain(value)) return true;
  if (value === '' || /[\n#]|: |^[\s\-?:,[\]{}&*!|>'"%@`]|\s$/.test(value)) return false;
  try {
    return (parse(`k: ${value}`) as { k: unknown }).k === value;
  } catch {
    return false;
  }
}

/** Applies non-overlapping fixes (the first wins, as ESLint), returning the new text. */
export function applyFixes(
  source: string,
  fixes: readonly Fix[],
): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue;
    output += source.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied += 1;
  }
  return { output: output + source.slice(cursor), applied };
}
