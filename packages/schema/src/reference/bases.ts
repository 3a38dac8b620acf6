// Art. 6(1) legal bases: gdpr-reference.md §2.1 and §2.2, as of 2026-11-23.
import { parseGdprPointCitation } from './citations.js';
import { GENERIC_INTEREST_PHRASE_KEYS } from './generated/compiled-lists.js';
import { genericPhraseList, normaliseGenericPhrase } from './generic-phrases.js';
import { lazy } from './lazy.js';
import { perText } from './per-text.js';
import type { Art6Letter, LanguageCode, LegalBasisId, SourceRef, SourceStatus } from './types.js';

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

/**
 * The Art. 6(1) letter a citation such as `"art. 6 (1) f"` names, or `undefined` when the
 * text is not a citation of a point of Art. 6(1) (§2.2): another article or paragraph, a letter
 * after (f), or text that is not a citation.
 */
export function parseArticle6Citation(text: string): Art6Letter | undefined {
  const citation = parseGdprPointCitation(text);
  if (citation === undefined || citation.article !== 6 || citation.paragraph !== 1)
    return undefined;
  switch (citation.letter) {
    case 'a':
    case 'b':
    case 'c':
    case 'd':
    case 'e':
    case 'f':
      return citation.letter;
    default:
      return undefined;
  }
}

// gdpr-reference.md#LB-legitimate-interests and #WP-LI, as of 2026-11-23.
// Art. 13(1)(d) / 14(2)(b) (INF-LI, V) require "the legitimate interests pursued"; WP-LI: identify
// the specific interest, not a generic "legitimate interests". A text that is nothing but the name
// of the basis (or of its balancing test) therefore states no interest. Swedish: the statute
// wording and policy terms of LB-legitimate-interests (V), with their inflections. English: the
// reference's own wording of the V rows INF-LI ("the legitimate interests pursued") and
// LB-legitimate-interests, and §8.2's "legitimate interests; balancing test (6(1)(f))", read in
// the English text [S1]: V on the same footing as the English terms of sources.ts. Other
// languages: the wording of Art. 6(1)(f) in that language version of the GDPR [S1] and the usual
// name of the balancing test, read in reproductions (gdpr-text.com, gdprinfo.eu, sandtro.no); not
// yet rows of gdpr-reference.md, hence S: a phrase found only in those lists may back a warning,
// not an error (genericLegitimateInterestStatus).
export const GENERIC_LEGITIMATE_INTEREST_PHRASES: Readonly<
  Record<LanguageCode, readonly string[]>
> = {
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
  da: [
    'legitim interesse',
    'legitime interesser',
    'berettiget interesse',
    'berettigede interesser',
    'interesseafvejning',
  ],
  de: [
    'berechtigtes interesse',
    'berechtigte interessen',
    'berechtigten interessen',
    'unser berechtigtes interesse',
    'unsere berechtigten interessen',
    'interessenabwägung',
  ],
  fr: [
    'intérêt légitime',
    'intérêts légitimes',
    'notre intérêt légitime',
    'nos intérêts légitimes',
  ],
  nl: [
    'gerechtvaardigd belang',
    'gerechtvaardigde belangen',
    'ons gerechtvaardigd belang',
    'belangenafweging',
  ],
};

export const GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES: Readonly<Record<LanguageCode, SourceRef>> =
  {
    sv: { row: 'LB-legitimate-interests', status: 'V' },
    en: { row: 'LB-legitimate-interests', status: 'V' },
    nb: { row: 'LB-legitimate-interests', status: 'S' },
    da: { row: 'LB-legitimate-interests', status: 'S' },
    de: { row: 'LB-legitimate-interests', status: 'S' },
    fr: { row: 'LB-legitimate-interests', status: 'S' },
    nl: { row: 'LB-legitimate-interests', status: 'S' },
  };

// GENERIC_LEGITIMATE_INTEREST_PHRASES normalised at build time (list-compiler.ts).
const GENERIC_INTERESTS = genericPhraseList(
  GENERIC_INTEREST_PHRASE_KEYS,
  GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES,
);

/**
 * Whether a `legitimateInterest` text only restates the basis instead of stating the interest:
 * the whole text (case, punctuation and spacing aside) is a generic phrase of
 * GENERIC_LEGITIMATE_INTEREST_PHRASES in any language, a basis identifier, or an Art. 6(1)
 * citation. Deliberately strict: any further word (an actual interest) makes it specific.
 */
export const isGenericLegitimateInterest = perText(restatesBasis);

function restatesBasis(text: string): boolean {
  const normalised = normaliseGenericPhrase(text);
  if (normalised === '') return false;
  if (GENERIC_INTERESTS.has(text)) return true;
  if (BASIS_IDS().has(normalised)) return true;
  return parseArticle6Citation(text) !== undefined;
}

/** The legal basis identifiers, normalised as generic phrases are. */
const BASIS_IDS = lazy(
  (): ReadonlySet<string> => new Set(LEGAL_BASES.map((basis) => normaliseGenericPhrase(basis.id))),
);

/**
 * The status that backs a generic-interest finding for `text` (see isGenericLegitimateInterest):
 * `'V'` for a basis identifier, an Art. 6(1) citation or a phrase of a V list (sv, en); `'S'`
 * when only S lists have the phrase (a warning, not an error); undefined when not generic.
 */
export function genericLegitimateInterestStatus(text: string): SourceStatus | undefined {
  if (!isGenericLegitimateInterest(text)) return undefined;
  return GENERIC_INTERESTS.status(text) ?? 'V'; // an identifier or a citation: no language list involved
}
