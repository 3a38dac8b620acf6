// Words of free text, for phrase lists that compare word sequences instead of running regular
// expressions over user text. One pass over the text, so every check built on it stays linear
// however long or hostile the text is.
import { lazy } from './lazy.js';

/** Letters that do not decompose under NFD but are written without their mark in plain text. */
const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ł', 'l'],
  ['ø', 'o'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ħ', 'h'],
  ['ı', 'i'],
  ['ς', 'σ'],
]);
const COMBINING_MARK = /\p{M}/gu;
const FOLDED_LETTER = new RegExp(`[${[...LETTER_FOLDS.keys()].join('')}]`, 'gu');

/**
 * A word as phrase lists compare it: lower case, without diacritics (NFD and its combining
 * marks dropped: "nécessaire" → "necessaire", "απαραίτητο" → "απαραιτητο", Romanian "ș" and
 * "ş" both → "s"), and with ß ł ø æ œ đ ð þ ħ and the Greek final sigma folded. Bulgarian "й"
 * keeps its breve: it is a letter of its own (Bulgarian point letters run а … и, й).
 */
export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded !== undefined) return folded;
  folded = foldText(word);
  // Notices repeat their words (one retention sentence on every purpose): folding each once
  // pays; the cache is emptied when full, so a hostile text cannot grow it without bound.
  if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
  FOLDED.set(word, folded);
  return folded;
}

/**
 * foldWord of every word of a text at once, separators kept: folding works letter by letter
 * (a mark joins the letter before it), so a list folded whole equals its words folded one by
 * one, at the cost of one normalisation instead of one per word.
 */
export function foldText(text: string): string {
  // Plain ASCII has no marks, no letters to fold and nothing NFD changes: lower case is all
  // (most listed and written words; spares the normalisations and the \p{M} scan).
  if (isAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(FOLDED_LETTER, (letter) => LETTER_FOLDS.get(letter) ?? letter)
    .normalize('NFD')
    .replace(/и\u0306/gu, 'й')
    .replace(COMBINING_MARK, '')
    .normalize('NFC');
}

const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Whether a text is written in the Latin blocks only (below U+0250: ASCII, Latin-1, Latin
 * Extended-A and -B): NFC leaves such a text as it is, and lower case turns its letters into
 * letters and marks only, so fast paths can use explicit character classes instead of \p{…}.
 */
export function isLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x250) return false;
  return true;
}

export interface WordToken {
  /** The word as written (NFC). */
  readonly raw: string;
  /** foldWord(raw). */
  readonly word: string;
  /** Only digits (a number such as "24" or "1999"). */
  readonly isNumber: boolean;
  /** The characters between the previous token and this one ("", " ", ", ", " § "). */
  readonly before: string;
  /** Offsets of the word in the NFC text. */
  readonly start: number;
  readonly end: number;
}

// The Unicode classes are built on first use: parsing one costs ≈0.2 ms, and running it the
// first times as much again (issue 12); ASCII and Latin text never needs them.
const wordChar = lazy(() => /[\p{L}\p{M}\p{N}]/u);
const nonAsciiDigits = lazy(() => /^\p{Nd}+$/u);

/** WORD_CHAR's answer per non-ASCII code point: texts repeat their few letters. */
const WORD_CODE_POINTS = new Map<number, boolean>();
const WORD_CODE_POINTS_LIMIT = 4096;

/**
 * Whether a code point below U+0250 is a letter (\p{L}): A–Z, a–z, ª, µ, º, À–ÿ but × and ÷, and
 * all of Latin Extended-A and -B (U+0100–U+024F). The letters of every Latin-script EEA language,
 * decided without the Unicode classes (words.test.ts checks each code point against them).
 */
export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0x100)
    return (
      (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) ||
      code === 0xaa ||
      code === 0xb5 ||
      code === 0xba
    );
  return code < 0x250;
}

/** Whether a code point below U+0250 is a digit (\p{N}): 0–9, ², ³, ¹ and ¼–¾. There are no marks below U+0300. */
export function isLatinDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb9 ||
    (code >= 0xbc && code <= 0xbe)
  );
}

/** Whether a code point is a letter, mark or digit (\p{L}, \p{M}, \p{N}); the Unicode class only above U+024F. */
export function isWordCodePoint(code: number): boolean {
  if (code < 0x250) return isLatinLetter(code) || isLatinDigit(code);
  let known = WORD_CODE_POINTS.get(code);
  if (known === undefined) {
    known = wordChar().test(String.fromCodePoint(code));
    if (WORD_CODE_POINTS.size >= WORD_CODE_POINTS_LIMIT) WORD_CODE_POINTS.clear();
    WORD_CODE_POINTS.set(code, known);
  }
  return known;
}

/**
 * Only digits (\p{Nd}). ASCII digits by range; a character below U+0250 that is not one is no
 * digit at all (the Latin blocks have none), so the class is asked only about other scripts.
 */
function isNumberWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) continue;
    return code < 0x250 ? false : nonAsciiDigits().test(raw);
  }
  return raw.length > 0;
}

/** UTF-16 units of a code point. */
const unitsOf = (code: number): number => (code > 0xffff ? 2 : 1);

/**
 * The words of a text: runs of letters, marks and digits ("P24M" is one word, "24-month" and
 * "n'excédant" two). Everything else separates words and is kept in `before`.
 */
export function wordTokens(text: string): {
  readonly text: string;
  readonly tokens: readonly WordToken[];
} {
  const normalized = text.normalize('NFC');
  const tokens: WordToken[] = [];
  let at = 0;
  let gapStart = 0;
  while (at < normalized.length) {
    const code = normalized.codePointAt(at) ?? 0;
    if (!isWordCodePoint(code)) {
      at += unitsOf(code);
      continue;
    }
    const start = at;
    at += unitsOf(code);
    while (at < normalized.length) {
      const next = normalized.codePointAt(at) ?? 0;
      if (!isWordCodePoint(next)) break;
      at += unitsOf(next);
    }
    const raw = normalized.slice(start, at);
    tokens.push({
      raw,
      word: foldWord(raw),
      isNumber: isNumberWord(raw),
      before: normalized.slice(gapStart, start),
      start,
      end: at,
    });
    gapStart = at;
  }
  return { text: normalized, tokens };
}

/** Apostrophes as word breaks: "l'autorité" is two words here. */
export const splitElisions = (text: string): string => text.replace(/['’ʼ‘`´]/gu, ' ');

/** Whether the separator before a token ends a clause (". ", "; ", ": ", "! ", "? "): phrases with a gap do not reach across it. */
export function endsClause(separator: string): boolean {
  return /[.;:!?]/u.test(separator);
}

/** A word of a list: `word` folded, `prefix` when the list wrote it `word*` (any word beginning so). */
export interface ListedWord {
  readonly word: string;
  readonly prefix: boolean;
}

/** Compiles a word list ("nödvändig*", "behövs") for wordIsListed: folded, `*` marks a prefix. */
export function listedWords(words: readonly string[]): ListedWord[] {
  return foldText(words.join('\n')).split('\n').flatMap(foldedListedWords);
}

/** listedWords of one entry already folded ("nodvandig*|behovs"). */
export function foldedListedWords(spec: string): ListedWord[] {
  return spec
    .split('|')
    .map((alternative) =>
      alternative.endsWith('*')
        ? { word: alternative.slice(0, -1), prefix: true }
        : { word: alternative, prefix: false },
    );
}

/** Whether a folded word is one of the listed words (or begins like a `word*` entry). */
export function wordIsListed(word: string, listed: readonly ListedWord[]): boolean {
  return listed.some((w) => (w.prefix ? word.startsWith(w.word) : word === w.word));
}
