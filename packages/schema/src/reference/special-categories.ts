// Special categories (Art. 9) and criminal-offence data (Art. 10): gdpr-reference.md §3, as of 2026-11-23.
// Swedish umbrella terms (§3 intro, no row ID): "känsliga personuppgifter" (IMY, dataskyddslagen);
// the Swedish GDPR says "särskilda kategorier av personuppgifter". A purpose using such data needs
// both an Art. 6 basis and an Art. 9(2) condition.
import { parseGdprPointCitation } from './citations.js';
import type {
  Art9ConditionId,
  Art9Letter,
  CanonicalSpecialCategoryId,
  CriminalOffenceId,
  SourceRef,
  SpecialCategoryId,
} from './types.js';

export interface SpecialCategoryInfo {
  readonly id: SpecialCategoryId;
  readonly art: '9(1)';
  /** English paraphrase. */
  readonly title: string;
  /** Swedish statute wording. */
  readonly swedish: string;
  /** Definition article, where the GDPR defines the term. */
  readonly definedIn?: string;
  /** Set on the alias record: the canonical identifier it stands for. */
  readonly aliasOf?: CanonicalSpecialCategoryId;
  readonly notes?: string;
  readonly source: SourceRef;
}

export const SPECIAL_CATEGORIES: readonly SpecialCategoryInfo[] = [
  // gdpr-reference.md#SC-racial-ethnic-origin, as of 2026-11-23
  {
    id: 'racial-ethnic-origin',
    art: '9(1)',
    title: 'Racial or ethnic origin',
    swedish: 'ras eller etniskt ursprung',
    source: { row: 'SC-racial-ethnic-origin', status: 'V' },
  },
  // gdpr-reference.md#SC-political-opinions, as of 2026-11-23
  {
    id: 'political-opinions',
    art: '9(1)',
    title: 'Political opinions',
    swedish: 'politiska åsikter',
    source: { row: 'SC-political-opinions', status: 'V' },
  },
  // gdpr-reference.md#SC-religious-beliefs, as of 2026-11-23
  {
    id: 'religious-beliefs',
    art: '9(1)',
    title: 'Religious or philosophical beliefs',
    swedish: 'religiös eller filosofisk övertygelse',
    notes: 'The identifier covers both religious and philosophical beliefs.',
    source: { row: 'SC-religious-beliefs', status: 'V' },
  },
  // gdpr-reference.md#SC-religious-beliefs (alias), as of 2026-11-23
  {
    id: 'religious-philosophical-beliefs',
    art: '9(1)',
    title: 'Religious or philosophical beliefs',
    swedish: 'religiös eller filosofisk övertygelse',
    aliasOf: 'religious-beliefs',
    source: { row: 'SC-religious-beliefs', status: 'V' },
  },
  // gdpr-reference.md#SC-trade-union-membership, as of 2026-11-23
  {
    id: 'trade-union-membership',
    art: '9(1)',
    title: 'Trade union membership',
    swedish: 'medlemskap i fackförening',
    source: { row: 'SC-trade-union-membership', status: 'V' },
  },
  // gdpr-reference.md#SC-genetic, as of 2026-11-23
  {
    id: 'genetic',
    art: '9(1)',
    title: 'Genetic data',
    swedish: 'genetiska uppgifter',
    definedIn: '4(13)',
    source: { row: 'SC-genetic', status: 'V' },
  },
  // gdpr-reference.md#SC-biometric, as of 2026-11-23
  {
    id: 'biometric',
    art: '9(1)',
    title: 'Biometric data for uniquely identifying a person',
    swedish: 'biometriska uppgifter för att entydigt identifiera en fysisk person',
    definedIn: '4(14)',
    notes: 'An ordinary photo is not in itself such data.',
    source: { row: 'SC-biometric', status: 'V' },
  },
  // gdpr-reference.md#SC-health, as of 2026-11-23
  {
    id: 'health',
    art: '9(1)',
    title: 'Data concerning health',
    swedish: 'uppgifter om hälsa',
    definedIn: '4(15)',
    source: { row: 'SC-health', status: 'V' },
  },
  // gdpr-reference.md#SC-sex-life-orientation, as of 2026-11-23
  {
    id: 'sex-life-orientation',
    art: '9(1)',
    title: 'Sex life or sexual orientation',
    swedish: 'sexualliv eller sexuella läggning',
    source: { row: 'SC-sex-life-orientation', status: 'V' },
  },
];

export function specialCategoryById(id: string): SpecialCategoryInfo | undefined {
  return SPECIAL_CATEGORIES.find((c) => c.id === id);
}

/** The canonical identifier (`religious-philosophical-beliefs` → `religious-beliefs`). */
export function canonicalSpecialCategory(id: SpecialCategoryId): CanonicalSpecialCategoryId {
  const record = specialCategoryById(id);
  return record?.aliasOf ?? (id as CanonicalSpecialCategoryId);
}

export interface CriminalOffenceData {
  readonly id: CriminalOffenceId;
  readonly art: '10';
  /** English paraphrase. */
  readonly title: string;
  readonly swedish: string;
  readonly notes: string;
  readonly source: SourceRef;
}

// gdpr-reference.md#SC-criminal-offences, as of 2026-11-23 (St "V (Art. 10)")
export const CRIMINAL_OFFENCE_DATA: CriminalOffenceData = {
  id: 'criminal-offences',
  art: '10',
  title:
    'Data on criminal convictions, offences or related security measures: only under official authority or where law authorises it with safeguards; comprehensive registers only under official authority',
  swedish: 'personuppgifter som rör lagöverträdelser',
  notes:
    'Not an Art. 9 category: its "condition" is a statute. Sweden: dataskyddslagen 3 kap. (section numbers unverified).',
  source: { row: 'SC-criminal-offences', status: 'V' },
};

export interface Art9Condition {
  readonly letter: Art9Letter;
  /** Canonical citation, e.g. `'9(2)(a)'`. */
  readonly citation: string;
  readonly id: Art9ConditionId;
  /** English paraphrase. */
  readonly title: string;
  /** The declaration should name the Union/Member State law or contract relied on. */
  readonly needsLaw: boolean;
  readonly source: SourceRef;
}

export const ART9_CONDITIONS: readonly Art9Condition[] = [
  // gdpr-reference.md#C9-a, as of 2026-11-23
  {
    letter: 'a',
    citation: '9(2)(a)',
    id: 'explicit-consent',
    title:
      'Explicit consent for specified purposes, unless law bars lifting the prohibition; triggers withdrawal and portability',
    needsLaw: false,
    source: { row: 'C9-a', status: 'V' },
  },
  // gdpr-reference.md#C9-b, as of 2026-11-23
  {
    letter: 'b',
    citation: '9(2)(b)',
    id: 'employment-social-security',
    title:
      'Obligations/rights in employment, social security and social protection law, authorised by law or collective agreement with safeguards',
    needsLaw: true,
    source: { row: 'C9-b', status: 'V' },
  },
  // gdpr-reference.md#C9-c, as of 2026-11-23
  {
    letter: 'c',
    citation: '9(2)(c)',
    id: 'vital-interests',
    title:
      'Vital interests where the data subject is physically or legally incapable of consenting',
    needsLaw: false,
    source: { row: 'C9-c', status: 'V' },
  },
  // gdpr-reference.md#C9-d, as of 2026-11-23
  {
    letter: 'd',
    citation: '9(2)(d)',
    id: 'not-for-profit-body',
    title:
      'Political, philosophical, religious or trade-union not-for-profit body; members, former members, regular contacts; no disclosure outside without consent',
    needsLaw: false,
    source: { row: 'C9-d', status: 'V' },
  },
  // gdpr-reference.md#C9-e, as of 2026-11-23
  {
    letter: 'e',
    citation: '9(2)(e)',
    id: 'made-public',
    title: 'Data manifestly made public by the data subject',
    needsLaw: false,
    source: { row: 'C9-e', status: 'V' },
  },
  // gdpr-reference.md#C9-f, as of 2026-11-23
  {
    letter: 'f',
    citation: '9(2)(f)',
    id: 'legal-claims',
    title: 'Establishment, exercise or defence of legal claims; courts in judicial capacity',
    needsLaw: false,
    source: { row: 'C9-f', status: 'V' },
  },
  // gdpr-reference.md#C9-g, as of 2026-11-23
  {
    letter: 'g',
    citation: '9(2)(g)',
    id: 'substantial-public-interest',
    title: 'Substantial public interest on the basis of law, proportionate, with safeguards',
    needsLaw: true,
    source: { row: 'C9-g', status: 'V' },
  },
  // gdpr-reference.md#C9-h, as of 2026-11-23
  {
    letter: 'h',
    citation: '9(2)(h)',
    id: 'health-social-care',
    title:
      'Preventive/occupational medicine, working capacity, diagnosis, health or social care, management of systems; law or contract with a health professional; secrecy per 9(3)',
    needsLaw: true,
    source: { row: 'C9-h', status: 'V' },
  },
  // gdpr-reference.md#C9-i, as of 2026-11-23
  {
    letter: 'i',
    citation: '9(2)(i)',
    id: 'public-health',
    title:
      'Public interest in public health (cross-border threats, quality and safety of care, medicines, devices)',
    needsLaw: true,
    source: { row: 'C9-i', status: 'V' },
  },
  // gdpr-reference.md#C9-j, as of 2026-11-23
  {
    letter: 'j',
    citation: '9(2)(j)',
    id: 'archiving-research-statistics',
    title:
      'Archiving in the public interest, scientific/historical research, statistics under Art. 89(1)',
    needsLaw: true,
    source: { row: 'C9-j', status: 'V' },
  },
];

export function art9ConditionByLetter(letter: string): Art9Condition | undefined {
  const l = letter.trim().toLowerCase();
  return ART9_CONDITIONS.find((c) => c.letter === l);
}

export function art9ConditionById(id: string): Art9Condition | undefined {
  return ART9_CONDITIONS.find((c) => c.id === id);
}

// Read like the §2.2 Art. 6(1) citations (gdpr-reference.md §2.2, as of 2026-11-23; see
// parseGdprPointCitation in citations.ts for the styles of each language) with 9 and 2 instead of 6
// and 1, and any letter a–z kept, so that a caller can tell a nonexistent condition such as
// `9(2)(k)` (parsed, no C9 row) from a malformed string (undefined).
//   Accepts: `9(2)(h)`, `9(2) h`, `9 (2) h`, `9.2 h`, `9.2.h`, `art. 9.2 h`, `artikel 9.2 h`,
//            `Art. 9 Abs. 2 lit. h DSGVO`, `artikel 9, stk. 2, litra h`, `Art. 9 nr. 2 bokstav h`,
//            `Article 9(2)(h) of the GDPR`, `art. 9 lid 2 sub h AVG`, `čl. 9 odst. 2 písm. h) GDPR` …
//   Rejects: `9(1)(h)`, `6(1)(a)`, `19(2)(a)`, `9(2)`, `9(2)(h)(i)`

/**
 * The Art. 9(2) letter (lower case, a–z) a citation names, or `undefined` when the text is not
 * an Art. 9(2) citation. Look the letter up with `art9ConditionByLetter`: only a–j exist.
 */
export function parseArt9Citation(text: string): { readonly letter: string } | undefined {
  const citation = parseGdprPointCitation(text);
  if (citation === undefined || citation.article !== 9 || citation.paragraph !== 2)
    return undefined;
  return { letter: citation.letter };
}

/**
 * The Art. 9(2) condition a `specialCategoryCondition` names, by identifier (`explicit-consent`,
 * C9 rows) or by citation (`9(2)(a)`, `Art. 9 Abs. 2 lit. a DSGVO`); undefined when it names none
 * (a malformed text, or a letter after (j)). The one reading shared by the rules that look at it.
 */
export function art9ConditionOf(text: string): Art9Condition | undefined {
  const byId = art9ConditionById(text.trim().toLowerCase());
  if (byId !== undefined) return byId;
  const parsed = parseArt9Citation(text);
  return parsed === undefined ? undefined : art9ConditionByLetter(parsed.letter);
}
