/**
 * The schema's `pattern`s for the generated validator (scripts/generate.mjs passes this to Ajv
 * as its regular-expression engine): each pattern of privacyspec.schema.json read by hand, any
 * other compiled as Ajv would. A regular expression is compiled on its first two uses (to
 * bytecode, then to machine code): for the nine patterns, more than the rest of validating a
 * declaration once. patterns.test.ts checks each reader against its regular expression.
 */

export interface Pattern {
  test(text: string): boolean;
}

export default function pattern(source: string, flags: string): Pattern {
  const read = flags === 'u' ? READERS.get(source) : undefined;
  return read === undefined ? new RegExp(source, flags) : { test: read };
}

/** The patterns read by hand, each by the schema's source text. */
export const READERS = new Map<string, (text: string) => boolean>([
  ['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', isLanguageTag],
  ['^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$', isDate],
  ['^(?!EU$)([A-Z]{2}|EEA|non-EEA)$', isCountry],
  ['^[^\\s@]+@[^\\s@]+$', isEmail],
  ['^https?://[^\\s]+$', isWebAddress],
  ['^[a-z0-9][a-z0-9-]*$', isId],
  ['^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$', isDuration],
  [
    '^(?:(?!EU$)(?:[A-Z]{2}|EEA|non-EEA)|intl:[A-Za-z0-9][A-Za-z0-9.-]*)$',
    (text) => isCountry(text) || isInternational(text),
  ],
  [
    '^(?:(?:https?://|mailto:)[^\\s]+|[^\\s@]+@[^\\s@]+)$',
    (text) => isWebAddress(text) || isAfter(text, 'mailto:') || isEmail(text),
  ],
]);

function isLanguageTag(text: string): boolean {
  let i = runOf(text, 0, isLower);
  if (i < 2 || i > 3) return false;
  while (i < text.length) {
    if (text.charCodeAt(i) !== DASH) return false;
    const end = runOf(text, i + 1, isAlphanumeric);
    if (end - (i + 1) < 2 || end - (i + 1) > 8) return false;
    i = end;
  }
  return true;
}

function isDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  if (runOf(text, 0, isDigit) !== 4 || runOf(text, 5, isDigit) !== 7) return false;
  if (runOf(text, 8, isDigit) !== 10) return false;
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function isCountry(text: string): boolean {
  if (text.length === 2)
    return text !== 'EU' && isUpper(text.charCodeAt(0)) && isUpper(text.charCodeAt(1));
  return text === 'EEA' || text === 'non-EEA';
}

function isInternational(text: string): boolean {
  if (!text.startsWith('intl:') || !isAlphanumeric(text.charCodeAt(5))) return false;
  for (let i = 6; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAlphanumeric(c) && c !== DOT && c !== DASH) return false;
  }
  return true;
}

function isEmail(text: string): boolean {
  const at = text.indexOf('@');
  return (
    at > 0 && at < text.length - 1 && text.indexOf('@', at + 1) === -1 && !hasWhitespace(text, 0)
  );
}

function isWebAddress(text: string): boolean {
  return isAfter(text, 'http://') || isAfter(text, 'https://');
}

/** `text` is `prefix` and at least one more character, none of them whitespace. */
function isAfter(text: string, prefix: string): boolean {
  return (
    text.length > prefix.length && text.startsWith(prefix) && !hasWhitespace(text, prefix.length)
  );
}

function isId(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(0) === DASH) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLower(c) && !isDigit(c) && c !== DASH) return false;
  }
  return true;
}

/**
 * An ISO 8601 duration as the pattern has it: "P", then digits before Y, M, W and D (each at
 * most once, in this order), then optionally "T" and digits before H, M and S; not "P" alone,
 * and at least one number after a "T".
 */
function isDuration(text: string): boolean {
  if (text.charCodeAt(0) !== UPPER_P || text.length < 2) return false;
  let i = designated(text, 1, 'YMWD');
  if (i === -1) return false;
  if (i === text.length) return true;
  if (text[i] !== 'T' || !isDigit(text.charCodeAt(i + 1))) return false;
  i = designated(text, i + 1, 'HMS');
  return i === text.length;
}

/**
 * Reads numbers each followed by one of `designators`, in their order, from `from` on; returns
 * where they end (at anything but a digit), or -1 when a number is followed by anything else.
 */
function designated(text: string, from: number, designators: string): number {
  let i = from;
  let next = 0;
  while (isDigit(text.charCodeAt(i))) {
    const end = runOf(text, i, isDigit);
    const at = designators.indexOf(text[end] ?? '', next);
    if (at === -1 || text[end] === undefined) return -1;
    next = at + 1;
    i = end + 1;
  }
  return i;
}

/** Where the run of characters meeting `test` from `from` on ends. */
function runOf(text: string, from: number, test: (c: number) => boolean): number {
  let i = from;
  while (i < text.length && test(text.charCodeAt(i))) i++;
  return i;
}

/** Whether `text` has, from `from` on, a character a regular expression's \s matches. */
function hasWhitespace(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/** What a regular expression's \s matches (the line terminators and Unicode spaces included). */
export function isWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const DASH = 0x2d;
const DOT = 0x2e;
const UPPER_P = 0x50;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || isLower(c) || isUpper(c);
}
