/** Comparing free text (a string or {sv: …, en: …}) per language version, ignoring layout. */
import type { Text } from '../generated/declaration.js';
import { joinPointer } from '../pointer.js';
import { textIn } from '../text.js';

/** The wording that counts: NFC, whitespace runs as one space, no leading or trailing space. */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- NFC only matters beyond ASCII
  return (/[^\u0000-\u007f]/u.test(text) ? text.normalize('NFC') : text)
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface TextDelta {
  op: 'added' | 'removed' | 'changed';
  /** The language tag, or '' when both sides are plain strings or the language is unknown. */
  language: string;
  /** Into head for added and changed, into base for removed. */
  path: string;
  before?: unknown;
  after?: unknown;
  /** True when the whole field appears or disappears (not one language version of it). */
  whole: boolean;
}

/** Fast path: the same text character for character (a string, or a map with the same versions). */
export function sameText(before: unknown, after: unknown): boolean {
  return before === after || sameVersions(before, after);
}

function sameVersions(before: unknown, after: unknown): boolean {
  if (before === null || after === null || typeof before !== 'object' || typeof after !== 'object')
    return false;
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) if (b[key] !== a[key] || typeof b[key] !== 'string') return false;
  return true;
}

class Version {
  private normalized: string | undefined;
  constructor(readonly raw: string) {}
  get norm(): string {
    return (this.normalized ??= normalizeText(this.raw));
  }
}

function versions(
  text: unknown,
  language: string | undefined,
  other: unknown,
): Map<string, Version> {
  const map = new Map<string, Version>();
  if (typeof text === 'string') {
    // A plain string is in the declaration's language. When that is unknown and the other side
    // gives one language only, it is taken to be that one.
    let lang = language;
    if (lang === undefined && other !== null && typeof other === 'object') {
      const keys = Object.keys(other);
      if (keys.length === 1) lang = keys[0];
    }
    map.set(lang ?? '', new Version(text));
  } else if (text !== null && typeof text === 'object' && !Array.isArray(text)) {
    for (const [lang, value] of Object.entries(text)) {
      if (typeof value === 'string') map.set(lang, new Version(value));
    }
  }
  return map;
}

/**
 * Per-language differences between two text values. Two plain strings compare directly, so a
 * change of the declaration's `language` alone does not change every text.
 */
export function textDeltas(
  before: unknown,
  after: unknown,
  paths: { base: string; head: string },
  languages: { base: string | undefined; head: string | undefined },
): TextDelta[] {
  const { base: basePath, head: headPath } = paths;
  const { base: baseLanguage, head: headLanguage } = languages;
  if (before === after) return [];
  if (typeof before === 'string' && typeof after === 'string') {
    if (normalizeText(before) === normalizeText(after)) return [];
    return [{ op: 'changed', language: '', path: headPath, before, after, whole: false }];
  }
  if (sameVersions(before, after)) return [];
  const b = versions(before, baseLanguage ?? headLanguage, after);
  const h = versions(after, headLanguage ?? baseLanguage, before);
  if (b.size === 0 && h.size === 0) return [];
  if (b.size === 0) return [{ op: 'added', language: '', path: headPath, after, whole: true }];
  if (h.size === 0) return [{ op: 'removed', language: '', path: basePath, before, whole: true }];
  const pathIn = (side: unknown, root: string, lang: string) =>
    typeof side === 'string' ? root : joinPointer(root, lang);
  const deltas: TextDelta[] = [];
  for (const [lang, hv] of h) {
    const bv = b.get(lang);
    if (bv === undefined)
      deltas.push({
        op: 'added',
        language: lang,
        path: pathIn(after, headPath, lang),
        after: hv.raw,
        whole: false,
      });
    else if (bv.raw !== hv.raw && bv.norm !== hv.norm)
      deltas.push({
        op: 'changed',
        language: lang,
        path: pathIn(after, headPath, lang),
        before: bv.raw,
        after: hv.raw,
        whole: false,
      });
  }
  for (const [lang, bv] of b) {
    if (!h.has(lang))
      deltas.push({
        op: 'removed',
        language: lang,
        path: pathIn(before, basePath, lang),
        before: bv.raw,
        whole: false,
      });
  }
  return deltas;
}

/** A key equal for texts that read the same (used for examples, compared as a set). */
export function textKey(text: unknown): string {
  if (typeof text === 'string') return `s\u0000${normalizeText(text)}`;
  if (text !== null && typeof text === 'object') {
    const pairs = Object.entries(text)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([lang, value]) => `${lang}\u0001${normalizeText(value)}`)
      .sort();
    return `m\u0000${pairs.join('\u0002')}`;
  }
  return `x\u0000${String(text)}`;
}

/** One readable version of a text: the given language, else the plain string, else the first. */
export function displayText(text: unknown, language?: string): string | undefined {
  // The diff handles before/after values of any field; Text ones go through textIn.
  return typeof text === 'string' || (text !== null && typeof text === 'object')
    ? textIn(text as Text, language)
    : undefined;
}

/** A short quotation for a message. */
export function quote(text: string, max = 80): string {
  const flat = normalizeText(text);
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
