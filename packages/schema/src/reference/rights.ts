// Data-subject rights: gdpr-reference.md §4 and §2.3, as of 2026-11-23.
import type { LegalBasisId, RightId, SourceRef } from './types.js';

export interface RightInfo {
  readonly id: RightId;
  /** GDPR article, e.g. `'15'`, `'7(3)'`. */
  readonly article: string;
  /** English title (paraphrase of the article heading). */
  readonly title: string;
  /** Heading (or, for withdrawal, wording) of the Swedish GDPR text. */
  readonly swedishHeading: string;
  /** Wording common in Swedish policies. */
  readonly swedishCommon: readonly string[];
  readonly source: SourceRef;
}

export const RIGHTS: readonly RightInfo[] = [
  // gdpr-reference.md#R-access, as of 2026-11-23
  {
    id: 'access',
    article: '15',
    title: 'Right of access by the data subject',
    swedishHeading: 'Den registrerades rätt till tillgång',
    // "registerutdrag" is a term from the repealed Personuppgiftslagen.
    swedishCommon: ['rätt till tillgång', 'registerutdrag'],
    source: { row: 'R-access', status: 'S' },
  },
  // gdpr-reference.md#R-rectification, as of 2026-11-23
  {
    id: 'rectification',
    article: '16',
    title: 'Right to rectification',
    swedishHeading: 'Rätt till rättelse',
    swedishCommon: ['rättelse'],
    source: { row: 'R-rectification', status: 'V' },
  },
  // gdpr-reference.md#R-erasure, as of 2026-11-23
  {
    id: 'erasure',
    article: '17',
    title: 'Right to erasure ("right to be forgotten")',
    swedishHeading: "Rätt till radering ('rätten att bli bortglömd')",
    swedishCommon: ['radering'],
    source: { row: 'R-erasure', status: 'V' },
  },
  // gdpr-reference.md#R-restriction, as of 2026-11-23
  {
    id: 'restriction',
    article: '18',
    title: 'Right to restriction of processing',
    swedishHeading: 'Rätt till begränsning av behandling',
    swedishCommon: ['begränsning'],
    source: { row: 'R-restriction', status: 'V' },
  },
  // gdpr-reference.md#R-portability, as of 2026-11-23
  {
    id: 'portability',
    article: '20',
    title: 'Right to data portability',
    swedishHeading: 'Rätt till dataportabilitet',
    swedishCommon: ['dataportabilitet'],
    source: { row: 'R-portability', status: 'V' },
  },
  // gdpr-reference.md#R-object, as of 2026-11-23
  // The identifier is `object`; `objection` gets the schema's did-you-mean.
  {
    id: 'object',
    article: '21',
    title: 'Right to object',
    swedishHeading: 'Rätt att göra invändningar',
    swedishCommon: ['invändning', 'rätt att invända'],
    source: { row: 'R-object', status: 'V' },
  },
  // gdpr-reference.md#R-automated-decision, as of 2026-11-23
  {
    id: 'automated-decision',
    article: '22',
    title: 'Automated individual decision-making, including profiling',
    swedishHeading: 'Automatiserat individuellt beslutsfattande, inbegripet profilering',
    swedishCommon: ['rätt att inte bli föremål för automatiserat beslut'],
    source: { row: 'R-automated-decision', status: 'S' },
  },
  // gdpr-reference.md#R-withdraw-consent, as of 2026-11-23
  // Art. 7(3) has no heading of its own: this is the statute wording "(art. 7.3)".
  {
    id: 'withdraw-consent',
    article: '7(3)',
    title: 'Withdrawal of consent at any time',
    swedishHeading: 'återkalla sitt samtycke',
    swedishCommon: ['återkalla samtycke'],
    source: { row: 'R-withdraw-consent', status: 'V' },
  },
  // gdpr-reference.md#R-complaint, as of 2026-11-23
  {
    id: 'complaint',
    article: '77',
    title:
      'Complaint to a supervisory authority, in particular in the Member State of habitual residence, work or alleged infringement',
    swedishHeading: 'Rätt att lämna in klagomål till en tillsynsmyndighet',
    swedishCommon: ['lämna klagomål till IMY'],
    source: { row: 'R-complaint', status: 'S' },
  },
];

export function rightById(id: string): RightInfo | undefined {
  return RIGHTS.find((r) => r.id === id);
}

/**
 * How a right relates to a legal basis (§2.3): `applies` (✓), `not` (✗), `limited` ("ltd"),
 * `if-automated` (portability: "✓ if automated", Art. 20(1)(b)).
 */
export type RightApplicability = 'applies' | 'not' | 'limited' | 'if-automated';

export interface BasisRights {
  readonly rights: Readonly<Record<RightId, RightApplicability>>;
  readonly source: SourceRef;
}

// gdpr-reference.md §2.3 "Rights each basis gives" (rights-complete), as of 2026-11-23.
// The table has no row IDs; each row is St V. Sources: Art. 7(3), 17(3)(b), 20(1),(3),
// 21(1)–(3), 22, 77; EDPB SME guide [S22].
// - The `consent` row also covers Art. 9(2)(a) explicit consent.
// - `automated-decision` is recorded as 'not' in every row: it is triggered separately,
//   whenever a purpose declares `automatedDecision` (Art. 22), whatever the basis.
// - Direct marketing: the Art. 21(2)–(3) objection applies whatever the basis (not encoded here).
// - Erasure: 13(2)(b) names it without qualification; omitting it is defensible only when all
//   purposes are legal-obligation/public-task ('limited'): keep that case below `error`.
export const RIGHTS_BY_BASIS: Readonly<Record<LegalBasisId, BasisRights>> = {
  consent: {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'applies',
      restriction: 'applies',
      portability: 'if-automated',
      object: 'not',
      'automated-decision': 'not',
      'withdraw-consent': 'applies',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
  contract: {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'applies',
      restriction: 'applies',
      portability: 'if-automated',
      object: 'not',
      'automated-decision': 'not',
      'withdraw-consent': 'not',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
  'legal-obligation': {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'limited', // 17(3)(b)
      restriction: 'applies',
      portability: 'not',
      object: 'not',
      'automated-decision': 'not',
      'withdraw-consent': 'not',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
  'vital-interests': {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'applies',
      restriction: 'applies',
      portability: 'not',
      object: 'not',
      'automated-decision': 'not',
      'withdraw-consent': 'not',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
  'public-task': {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'limited', // 17(3)(b)
      restriction: 'applies',
      portability: 'not', // 20(3)
      object: 'applies', // 21(1)
      'automated-decision': 'not',
      'withdraw-consent': 'not',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
  'legitimate-interests': {
    rights: {
      access: 'applies',
      rectification: 'applies',
      erasure: 'applies',
      restriction: 'applies',
      portability: 'not',
      object: 'applies', // 21(1)
      'automated-decision': 'not',
      'withdraw-consent': 'not',
      complaint: 'applies',
    },
    source: { row: '§2.3', status: 'V' },
  },
};

/** The §2.3 row for a basis. The linter decides what to require from it. */
export function rightsForBasis(id: LegalBasisId): Readonly<Record<RightId, RightApplicability>> {
  return RIGHTS_BY_BASIS[id].rights;
}
