// Vague retention phrases and retention anchors: gdpr-reference.md §7.1 (lint heuristics, not
// law), as of 2026-11-23. Related guidance: WP-RETENTION ("as long as necessary" is not enough:
// give the period, or criteria concrete enough to work it out).
//
// Status: the §7.1 rows have no St column. They are project heuristics, not legal facts; they
// are recorded as S (fit for a warning, like `retention-specific`), not V.
import type { LanguageCode, SourceRef } from './types.js';

export const LANGUAGE_CODES: readonly LanguageCode[] = ['sv', 'en', 'nb', 'da', 'de', 'fr', 'nl'];

// ◆ = seen in the project's Swedish seed policies (§7.1).
// "Så länge du är kund" is an end event, not a vague phrase, but still needs the period after it.
export const VAGUE_RETENTION_PHRASES: Readonly<Record<LanguageCode, readonly string[]>> = {
  // gdpr-reference.md#VAG-sv, as of 2026-11-23
  sv: [
    'så länge som nödvändigt',
    'så länge som är nödvändigt', // ◆
    'så länge det är nödvändigt',
    'så länge det behövs',
    'under den tid som behövs',
    'inte längre än nödvändigt',
    'inte längre än vad som är nödvändigt',
    'längre tid än vad som är nödvändigt', // ◆
    'längre än vad vi behöver', // ◆
    'så länge det finns rättslig grund', // ◆
  ],
  // gdpr-reference.md#VAG-en, as of 2026-11-23
  en: [
    'as long as necessary',
    'for as long as necessary',
    'as long as is necessary',
    'no longer than necessary',
    'no longer than is necessary',
    'as long as needed',
    'as long as required',
  ],
  // gdpr-reference.md#VAG-no, as of 2026-11-23 (row VAG-no, language code nb)
  nb: [
    'så lenge det er nødvendig',
    'så lenge som nødvendig',
    'ikke lenger enn nødvendig',
    'ikke lenger enn det som er nødvendig',
  ],
  // gdpr-reference.md#VAG-da, as of 2026-11-23
  da: [
    'så længe det er nødvendigt',
    'ikke længere end nødvendigt',
    'ikke længere end det er nødvendigt',
  ],
  // gdpr-reference.md#VAG-de, as of 2026-11-23
  de: [
    'so lange wie nötig',
    'so lange wie erforderlich',
    'solange dies erforderlich ist',
    'nicht länger als nötig',
    'nicht länger als erforderlich',
  ],
  // gdpr-reference.md#VAG-fr, as of 2026-11-23
  fr: [
    'aussi longtemps que nécessaire',
    'pendant la durée nécessaire',
    'pas au-delà de la durée nécessaire',
    "n'excédant pas la durée nécessaire",
    'le temps nécessaire',
  ],
  // gdpr-reference.md#VAG-nl, as of 2026-11-23
  nl: [
    'zo lang als nodig',
    'zolang dat nodig is',
    'niet langer dan noodzakelijk',
    'niet langer dan nodig',
  ],
};

// gdpr-reference.md#VAG-sv … #VAG-nl, as of 2026-11-23
export const VAGUE_RETENTION_PHRASE_SOURCES: Readonly<Record<LanguageCode, SourceRef>> = {
  sv: { row: 'VAG-sv', status: 'S' },
  en: { row: 'VAG-en', status: 'S' },
  nb: { row: 'VAG-no', status: 'S' },
  da: { row: 'VAG-da', status: 'S' },
  de: { row: 'VAG-de', status: 'S' },
  fr: { row: 'VAG-fr', status: 'S' },
  nl: { row: 'VAG-nl', status: 'S' },
};

export type RetentionAnchorKind = 'iso-duration' | 'number-unit' | 'statute';

export interface RetentionAnchorPattern {
  readonly id: string;
  readonly kind: RetentionAnchorKind;
  /** Language of the unit words / statute words, when the pattern is language-specific. */
  readonly language?: LanguageCode;
  /** Tested against NFC-normalised, whitespace-collapsed text. No `g` flag (stateless). */
  readonly pattern: RegExp;
  readonly source: SourceRef;
}

const NUMBER_DIGITS = String.raw`\d+(?:[.,]\d+)?`;
// Swedish and English number words one–ten ("en månad", "sju år", "two years").
const NUMBER_WORDS_SV = 'en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio';
const NUMBER_WORDS_EN = 'one|two|three|four|five|six|seven|eight|nine|ten';
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// Between number and unit: spaces, a hyphen ("24-month"), or "(3) år" style closing parenthesis.
const GAP = String.raw`\)?\s*[-‐‑–]?\s*`;

function numberUnit(numberWords: string | undefined, units: string): RegExp {
  const num = numberWords === undefined ? NUMBER_DIGITS : `(?:${NUMBER_DIGITS}|${numberWords})`;
  return new RegExp(`${WORD_START}${num}${GAP}(?:${units})${WORD_END}`, 'iu');
}

// gdpr-reference.md §7.1 (anchor list, no row ID), as of 2026-11-23: an ISO 8601 duration, a
// number with a time unit (dagar/månader/år, days/months/years, dager/måneder, dage,
// Tage/Monate/Jahre), a statute reference ("lag", "kap.", "§", "Act", "Gesetz"; here also
// "lov"/"loven"), or a named end event with a period ("24 månader efter avslutat
// kundförhållande", caught by the number-unit patterns). Unit lists are extended with the
// singular/definite forms and weeks; French and Dutch units are added for the two languages of
// §7.1 that the anchor sentence does not list.
export const RETENTION_ANCHOR_PATTERNS: readonly RetentionAnchorPattern[] = [
  {
    id: 'iso-duration',
    kind: 'iso-duration',
    // P7Y, P24M, P30D, P1Y6M, PT12H, P2W. Case-sensitive, as ISO 8601 writes it.
    pattern:
      /(?<![\p{L}\p{N}])P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:[.,]\d+)?S)?)?(?![\p{L}\p{N}])/u,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-sv',
    kind: 'number-unit',
    language: 'sv',
    pattern: numberUnit(
      NUMBER_WORDS_SV,
      'dag(?:ar|en|arna)?|dygn|veck(?:a|an|or|orna)|månad(?:er|en|erna)?|år(?:en|et)?|kalenderår(?:et|en)?|räkenskapsår(?:et|en)?',
    ),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-en',
    kind: 'number-unit',
    language: 'en',
    pattern: numberUnit(NUMBER_WORDS_EN, 'days?|weeks?|months?|years?|calendar years?'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-nb',
    kind: 'number-unit',
    language: 'nb',
    pattern: numberUnit(undefined, 'dag(?:er|en|ene)?|døgn|uke(?:r|n|ne)?|måned(?:er|en|ene)?|år(?:et|ene)?'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-da',
    kind: 'number-unit',
    language: 'da',
    pattern: numberUnit(undefined, 'dag(?:e|en|ene)?|døgn|uge(?:r|n|rne)?|måned(?:er|en|erne)?|år(?:et|ene)?'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-de',
    kind: 'number-unit',
    language: 'de',
    pattern: numberUnit(undefined, 'Tag(?:e|en)?|Woche(?:n)?|Monat(?:e|en)?|Jahr(?:e|en)?|Kalenderjahr(?:e|en)?'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-fr',
    kind: 'number-unit',
    language: 'fr',
    pattern: numberUnit(undefined, 'jours?|semaines?|mois|ans?|années?'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'number-unit-nl',
    kind: 'number-unit',
    language: 'nl',
    pattern: numberUnit(undefined, 'dag(?:en)?|weken|week|maand(?:en)?|jaar|jaren'),
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-paragraph',
    kind: 'statute',
    pattern: /§/u,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-sv',
    kind: 'statute',
    language: 'sv',
    // "lag", "lagen", "lagar", compounds such as "bokföringslagen" (but not "förslagen",
    // "underlagen", "upplagen" …), SFS numbers "(1999:1078)", "7 kap." / "kap. 7".
    pattern:
      /(?<![\p{L}\p{N}])(?:lag(?:en|ar|arna)?|(?!(?:för|in|an|be|ut|om|på|av|under|upp)s?lagen(?![\p{L}\p{N}]))\p{L}+lagen)(?![\p{L}\p{N}])|\(\s*\d{4}\s*:\s*\d+\s*\)|(?<![\p{L}\p{N}])kap\./iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-en',
    kind: 'statute',
    language: 'en',
    // "Act" with a capital A ("Companies Act 2006"); the lower-case verb does not count.
    pattern: /(?<![\p{L}\p{N}])Act(?![\p{L}\p{N}])/u,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-de',
    kind: 'statute',
    language: 'de',
    // "Gesetz", compounds ("Handelsgesetzbuch") and "gesetzlich".
    pattern: /gesetz/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-no-da',
    kind: 'statute',
    // Norwegian/Danish "lov", "loven" and compounds ("bokføringsloven", "bogføringsloven").
    pattern: /(?<![\p{L}\p{N}])lov(?:en|er|ene)?(?![\p{L}\p{N}])|\p{L}+loven(?![\p{L}\p{N}])/iu,
    source: { row: '§7.1', status: 'S' },
  },
];

/** NFC, apostrophes unified, whitespace collapsed and trimmed. */
function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/[’ʼ‘`´]/gu, "'").replace(/\s+/gu, ' ').trim();
}

function isLanguageCode(code: string): code is LanguageCode {
  return (LANGUAGE_CODES as readonly string[]).includes(code);
}

/** Maps a BCP 47 tag (`sv-SE`, `no`, `nb-NO`) to a §7.1 language, or undefined. */
export function retentionLanguage(tag: string): LanguageCode | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === 'no') return 'nb';
  return isLanguageCode(primary) ? primary : undefined;
}

function containsPhrase(haystack: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(phrase, from);
    if (i < 0) return false;
    const before = haystack.slice(0, i);
    const after = haystack.slice(i + phrase.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
    from = i + 1;
  }
}

/**
 * The first (longest, within a language) vague retention phrase of §7.1 in a text. Matching is
 * case-insensitive after NFC normalisation and whitespace collapsing, on whole words. With a
 * language (BCP 47 tag accepted) only that language's phrases are tried; without one, or with a
 * language §7.1 does not cover, all languages in the order sv, en, nb, da, de, fr, nl.
 * This does not look for anchors: combine with `hasRetentionAnchor`.
 */
export function findVaguePhrase(
  text: string,
  language?: string,
): { readonly phrase: string; readonly language: LanguageCode } | undefined {
  const haystack = normalizeText(text).toLowerCase();
  const lang = language === undefined ? undefined : retentionLanguage(language);
  const languages = lang === undefined ? LANGUAGE_CODES : [lang];
  for (const l of languages) {
    for (const { phrase, normalized } of phrasesLongestFirst(l)) {
      if (containsPhrase(haystack, normalized)) return { phrase, language: l };
    }
  }
  return undefined;
}

const preparedPhrases = new Map<LanguageCode, ReadonlyArray<{ phrase: string; normalized: string }>>();

/** A language's phrases, normalized once and longest first (so the most specific one is named). */
function phrasesLongestFirst(language: LanguageCode): ReadonlyArray<{ phrase: string; normalized: string }> {
  let prepared = preparedPhrases.get(language);
  if (prepared === undefined) {
    prepared = [...VAGUE_RETENTION_PHRASES[language]]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => ({ phrase, normalized: normalizeText(phrase).toLowerCase() }));
    preparedPhrases.set(language, prepared);
  }
  return prepared;
}

/** Whether a retention text has an anchor of §7.1 (ISO duration, number + unit, statute). */
export function hasRetentionAnchor(text: string): boolean {
  const normalized = normalizeText(text);
  return RETENTION_ANCHOR_PATTERNS.some((a) => a.pattern.test(normalized));
}

// gdpr-reference.md §7.1 (anchor list, no row ID) and #WP-RETENTION, as of 2026-11-23: the
// statute words of §7.1 ("lag", "Act", "Gesetz", "lov") are anchors because a statute fixes a
// period a reader can look up ("statutory period", WP-RETENTION). A bare "enligt lag",
// "gesetzliche Fristen" or "as the Act requires" names no statute, so nobody can look the
// period up. These patterns accept only a reference that identifies one statute: an SFS number,
// a numbered chapter or section, a named compound ("bokföringslagen", "bogføringsloven",
// "Handelsgesetzbuch"), a Nordic "lov nr. …"/"lov av 19. juni …", or a named English Act.
export const NAMED_STATUTE_PATTERNS: readonly RetentionAnchorPattern[] = [
  {
    id: 'statute-number',
    kind: 'statute',
    // SFS numbers "(1999:1078)", "SFS 1999:1078".
    pattern: /\(\s*\d{4}\s*:\s*\d+\s*\)|(?<![\p{L}\p{N}])SFS\s*\d{4}\s*:\s*\d+/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-section',
    kind: 'statute',
    // A numbered section or chapter: "§ 147 AO", "7 kap. 2 §", "kap. 7", "Kapitel 3".
    pattern:
      /§{1,2}\s*\d|\d+\s*[a-z]?\s*§|(?<![\p{L}\p{N}])\d+\s*kap(?:\.|itel)|(?<![\p{L}\p{N}])kap(?:\.|itel)\s*\d/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-sv-named',
    kind: 'statute',
    language: 'sv',
    // Compounds naming a Swedish act ("bokföringslagen", "arkivlagen"), but not "förslagen",
    // "underlagen", "upplagen" … (as `statute-sv`); bare "lag", "lagen", "lagar" name none.
    pattern:
      /(?<![\p{L}\p{N}])(?!(?:för|in|an|be|ut|om|på|av|under|upp)s?lagen(?![\p{L}\p{N}]))\p{L}+lagen(?![\p{L}\p{N}])/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-no-da-named',
    kind: 'statute',
    // "bokføringsloven", "bogføringsloven"; "lov nr. 700", "lov 19. juni 1998 nr. 56".
    pattern:
      /\p{L}+loven(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])lov(?:en)?\s+(?:nr\.?\s*|av\s+|af\s+)?\d/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-de-named',
    kind: 'statute',
    language: 'de',
    // "Handelsgesetzbuch", "Geldwäschegesetz", "Abgabengesetzes"; not "Gesetz" or "gesetzlich".
    pattern: /\p{L}+gesetz(?:es|e|buch(?:es|s)?)?(?![\p{L}\p{N}])/iu,
    source: { row: '§7.1', status: 'S' },
  },
  {
    id: 'statute-en-named',
    kind: 'statute',
    language: 'en',
    // "Companies Act 2006", "the Limitation Act", "Act of 1980"; not "the Act", "this Act".
    pattern:
      /(?<![\p{L}\p{N}])(?!(?:The|This|That|Such|An|A|Any|Each|Every|Our|Its|Relevant|Applicable)\s)\p{Lu}[\p{L}'’-]*\s+Act(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Act\s+(?:of\s+)?\d{4}/u,
    source: { row: '§7.1', status: 'S' },
  },
];

/**
 * Whether a retention text has an anchor a reader can work the period out from: an ISO 8601
 * duration or a number with a time unit (as `hasRetentionAnchor`), or a statute reference that
 * names the statute (NAMED_STATUTE_PATTERNS). Unlike `hasRetentionAnchor`, a bare "enligt lag",
 * "gesetzlich" or "the Act" does not count.
 */
export function hasNamedRetentionAnchor(text: string): boolean {
  const normalized = normalizeText(text);
  return (
    RETENTION_ANCHOR_PATTERNS.some((a) => a.kind !== 'statute' && a.pattern.test(normalized)) ||
    NAMED_STATUTE_PATTERNS.some((a) => a.pattern.test(normalized))
  );
}
