/** How the diff compares a scalar: the form in which two values count as the same. */
import { parseArticle6Citation } from '../reference/bases.js';
import { parseArt9Citation } from '../reference/special-categories.js';

export type Normalizer = (value: string) => string;

export function normalizeUrl(url: string): string {
  let normalized = url.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/iu, (m) => m.toLowerCase());
  // Trailing slashes by a loop: /\/+$/ backtracks quadratically on a long run of slashes.
  while (normalized.endsWith('/')) normalized = normalized.slice(0, -1);
  return normalized;
}

export function normalizePlain(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function normalizePhone(value: string): string {
  return value.replace(/[\s\-().]/gu, '');
}

export function normalizeArticle(value: string): string {
  const letter = parseArticle6Citation(value);
  return letter !== undefined ? `6(1)(${letter})` : normalizePlain(value).toLowerCase();
}

export function normalizeArt9(value: string): string {
  const parsed = parseArt9Citation(value);
  return parsed !== undefined
    ? `9(2)(${parsed.letter.toLowerCase()})`
    : normalizePlain(value).toLowerCase();
}
