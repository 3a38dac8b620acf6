// Art. 6(1) legal bases: gdpr-reference.md §2.1 and §2.2, as of 2026-11-23.
import type { Art6Letter, LanguageCode, LegalBasisId, SourceRef } from './types.js';

export interface LegalBasisInfo {
  readonly id: LegalBasisId;
  readonly letter: Art6Letter;
  /** Canonical citation, e.g. `'6(1)(a)'`. */
  readonly article: string;
  /** English paraphrase of the condition (not verbatim). */
  readonly title: string;
  /** Wording of the Swedish GDPR text, as quoted in the reference. */
  readonly swedishStatuteWording: string;
  /** Terms Swedish policies use for this basis. */
  readonly swedishTerms: readonly string[];
  /** Declaration field that should accompany this basis (§2.1 "Companion field"). */
  readonly companionField?: 'legalObligation' | 'legitimateInterest';
  readonly source: SourceRef;
}

export const LEGAL_BASES: readonly LegalBasisInfo[] = [
  // gdpr-reference.md#LB-consent, as of 2026-11-23
  {
    id: 'consent',
    letter: 'a',
    article: '6(1)(a)',
    title: 'Consent for one or more specific purposes (conditions: Art. 7)',
    swedishStatuteWording: 'lämnat sitt samtycke',
    swedishTerms: ['samtycke'],
    source: { row: 'LB-consent', status: 'V' },
  },
  // gdpr-reference.md#LB-contract, as of 2026-11-23
  {
    id: 'contract',
    letter: 'b',
    article: '6(1)(b)',
    title: 'Necessary for a contract with the data subject or pre-contract steps at their request',
    swedishStatuteWording: 'fullgöra ett avtal',
    swedishTerms: ['avtal', 'fullgörande av avtal'],
    source: { row: 'LB-contract', status: 'V' },
  },
  // gdpr-reference.md#LB-legal-obligation, as of 2026-11-23
  {
    id: 'legal-obligation',
    letter: 'c',
    article: '6(1)(c)',
    title:
      'Necessary to comply with a legal obligation of the controller (Union/Member State law, 6(3))',
    swedishStatuteWording: 'fullgöra en rättslig förpliktelse',
    swedishTerms: ['rättslig förpliktelse'],
    companionField: 'legalObligation',
    source: { row: 'LB-legal-obligation', status: 'V' },
  },
  // gdpr-reference.md#LB-vital-interests, as of 2026-11-23
  {
    id: 'vital-interests',
    letter: 'd',
    article: '6(1)(d)',
    title: 'Necessary to protect vital interests of the data subject or another person',
    swedishStatuteWording: 'intressen som är av grundläggande betydelse',
    swedishTerms: ['grundläggande intresse'],
    source: { row: 'LB-vital-interests', status: 'V' },
  },
  // gdpr-reference.md#LB-public-task, as of 2026-11-23
  // Companion field in the reference: "statute (may reuse `legalObligation`)".
  {
    id: 'public-task',
    letter: 'e',
    article: '6(1)(e)',
    title:
      'Necessary for a task in the public interest or exercise of official authority (basis in law, 6(3))',
    swedishStatuteWording: 'uppgift av allmänt intresse … myndighetsutövning',
    swedishTerms: ['allmänt intresse', 'myndighetsutövning'],
    companionField: 'legalObligation',
    source: { row: 'LB-public-task', status: 'V' },
  },
  // gdpr-reference.md#LB-legitimate-interests, as of 2026-11-23
  {
    id: 'legitimate-interests',
    letter: 'f',
    article: '6(1)(f)',
    title:
      'Necessary for legitimate interests of the controller or a third party unless overridden (especially for a child)',
    swedishStatuteWording: 'berättigade intressen',
    swedishTerms: ['berättigat intresse', 'intresseavvägning'],
    companionField: 'legitimateInterest',
    source: { row: 'LB-legitimate-interests', status: 'V' },
  },
];

export function legalBasisById(id: string): LegalBasisInfo | undefined {
  return LEGAL_BASES.find((b) => b.id === id);
}

export function legalBasisByLetter(letter: string): LegalBasisInfo | undefined {
  const l = letter.trim().toLowerCase();
  return LEGAL_BASES.find((b) => b.letter === l);
}

// gdpr-reference.md §2.2 (citation normalisation for `article`), as of 2026-11-23.
// The regex is copied verbatim from the reference; group 1 = letter; flags `iu`.
//   Accepts: `6(1)(b)`, `6(1) b`, `6 (1) b`, `6.1 b`, `6.1.b`, `artikel 6.1 b`, `art. 6 (1) f`,
//            `Art. 6 Abs. 1 lit. b DSGVO`, `artikel 6, stk. 1, litra c`, `Art. 6 nr. 1 bokstav f`
//   Rejects: `6(1)(g)`, `9(2)(a)`, `16(1)(a)`
export const ARTICLE_6_CITATION_PATTERN: RegExp =
  /^\s*(?:art(?:ikel|icle|\.)?\s*)?6\s*,?\s*(?:\(\s*1\s*\)|\.\s*1|(?:(?:abs|stk|nr)\.?\s*)?1)\s*[.,]?\s*(?:(?:lit|led|litra|bokstav)\.?\s*)?\(?\s*([a-f])\s*\)?\s*(?:gdpr|dsgvo|dataskyddsförordningen)?\s*$/iu;

/**
 * The Art. 6(1) letter a citation such as `"art. 6 (1) f"` names, or `undefined` when the
 * text is not an Art. 6(1) citation (§2.2). The input is NFC-normalised first so that a
 * decomposed `ö` in "dataskyddsförordningen" still matches.
 */
export function parseArticle6Citation(text: string): Art6Letter | undefined {
  const m = ARTICLE_6_CITATION_PATTERN.exec(text.normalize('NFC'));
  const letter = m?.[1]?.toLowerCase();
  switch (letter) {
    case 'a':
    case 'b':
    case 'c':
    case 'd':
    case 'e':
    case 'f':
      return letter;
    default:
      return undefined;
  }
}

// gdpr-reference.md#LB-legitimate-interests and #WP-LI, as of 2026-11-23.
// Art. 13(1)(d) / 14(2)(b) (INF-LI, V) require "the legitimate interests pursued"; WP-LI: identify
// the specific interest, not a generic "legitimate interests". A text that is nothing but the name
// of the basis (or of its balancing test) therefore states no interest. Swedish: the statute
// wording and policy terms of LB-legitimate-interests (V), with their inflections. Other
// languages: the wording of Art. 6(1)(f) in that language version of the GDPR [S1] and the usual
// name of the balancing test, read in reproductions (gdpr-text.com, gdprinfo.eu, sandtro.no); not
// yet rows of gdpr-reference.md, hence S.
export const GENERIC_LEGITIMATE_INTEREST_PHRASES: Readonly<Record<LanguageCode, readonly string[]>> = {
  sv: [
    'berättigat intresse', // LB-legitimate-interests swedishTerms
    'intresseavvägning', // LB-legitimate-interests swedishTerms
    'berättigade intressen', // LB-legitimate-interests statute wording
    'berättigade intresse',
    'vårt berättigade intresse',
    'våra berättigade intressen',
    'legitimt intresse',
    'legitima intressen',
  ],
  en: [
    'legitimate interest',
    'legitimate interests',
    'our legitimate interest',
    'our legitimate interests',
    'balancing of interests',
    'balancing test',
  ],
  nb: [
    'berettiget interesse',
    'berettigede interesser',
    'legitim interesse',
    'legitimt interesse',
    'legitime interesser',
    'interesseavveining',
  ],
  da: ['legitim interesse', 'legitime interesser', 'berettiget interesse', 'berettigede interesser', 'interesseafvejning'],
  de: [
    'berechtigtes interesse',
    'berechtigte interessen',
    'berechtigten interessen',
    'unser berechtigtes interesse',
    'unsere berechtigten interessen',
    'interessenabwägung',
  ],
  fr: ['intérêt légitime', 'intérêts légitimes', 'notre intérêt légitime', 'nos intérêts légitimes'],
  nl: ['gerechtvaardigd belang', 'gerechtvaardigde belangen', 'ons gerechtvaardigd belang', 'belangenafweging'],
};

export const GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES: Readonly<Record<LanguageCode, SourceRef>> = {
  sv: { row: 'LB-legitimate-interests', status: 'V' },
  en: { row: 'LB-legitimate-interests', status: 'S' },
  nb: { row: 'LB-legitimate-interests', status: 'S' },
  da: { row: 'LB-legitimate-interests', status: 'S' },
  de: { row: 'LB-legitimate-interests', status: 'S' },
  fr: { row: 'LB-legitimate-interests', status: 'S' },
  nl: { row: 'LB-legitimate-interests', status: 'S' },
};

/** Lower case, NFC, every run of punctuation, symbols and spaces as one space, trimmed. */
function normaliseBasisPhrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const GENERIC_LEGITIMATE_INTEREST_SET: ReadonlySet<string> = new Set(
  Object.values(GENERIC_LEGITIMATE_INTEREST_PHRASES).flatMap((phrases) => phrases.map(normaliseBasisPhrase)),
);

/**
 * Whether a `legitimateInterest` text only restates the basis instead of stating the interest:
 * the whole text (case, punctuation and spacing aside) is a generic phrase of
 * GENERIC_LEGITIMATE_INTEREST_PHRASES in any language, a basis identifier, or an Art. 6(1)
 * citation. Deliberately strict: any further word (an actual interest) makes it specific.
 */
export function isGenericLegitimateInterest(text: string): boolean {
  const normalised = normaliseBasisPhrase(text);
  if (normalised === '') return false;
  if (GENERIC_LEGITIMATE_INTEREST_SET.has(normalised)) return true;
  if (LEGAL_BASES.some((b) => normaliseBasisPhrase(b.id) === normalised)) return true;
  return parseArticle6Citation(text) !== undefined;
}
