// Art. 6(1) legal bases: gdpr-reference.md §2.1 and §2.2, as of 2026-11-23.
import type { Art6Letter, LegalBasisId, SourceRef } from './types.js';

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
