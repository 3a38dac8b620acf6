// Adequacy decisions in force (Art. 45): gdpr-reference.md §5.2, as of 2026-11-23.
// Pre-GDPR decisions (Directive 95/46/EC Art. 25(6)) remain in force (GDPR Art. 45(9)); amended by
// Implementing Decision (EU) 2016/2295 of 2016-12-16 [S3] and confirmed by the first review,
// COM(2024) 7 of 2024-01-15 [S4]. "Decision" = Commission (Implementing) Decision.
import type { Recipient } from '../generated/declaration.js';
import { normalizeCountryCode } from './eea.js';
import type { SourceRef } from './types.js';

/** A recipient's `role` in the declaration (processor, controller, joint-controller, public-authority). */
export type RecipientRole = NonNullable<Recipient['role']>;

export interface AdequacyDecision {
  /** Row ID, e.g. `'ADQ-JP'`. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code, or `intl:` + acronym for an international organisation. */
  readonly country: string;
  readonly territory: string;
  /** Paraphrase of the decision's scope. */
  readonly scope: string;
  /** Decision number as the reference writes it, e.g. `'(EU) 2019/419'`. */
  readonly decision: string;
  /** Adoption date (ISO 8601). */
  readonly adopted: string;
  /** Last day valid, when the decision has a sunset. */
  readonly validUntil?: string;
  /** True when the decision covers only part of the country (sector, law or kind of processing). */
  readonly partial: boolean;
  /** The transfer needs this mechanism identifier as well (US: recipient DPF-certified). */
  readonly requiresMechanism?: 'dpf';
  /**
   * Recipient roles the decision does not cover, where its scope is a kind of organisation the
   * declaration can tell by `recipients[].role`: Canada's covers commercial organisations under
   * PIPEDA, Japan's business operators under the APPI, the US one DPF-certified organisations
   * (only those under FTC or DoT jurisdiction may certify): none covers a public authority.
   * Other partial scopes (automated processing, a sector left out) the declaration cannot show.
   */
  readonly excludedRoles?: readonly RecipientRole[];
  readonly notes: string;
  readonly source: SourceRef;
}

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  // gdpr-reference.md#ADQ-AD, as of 2026-11-23
  {
    id: 'ADQ-AD',
    country: 'AD',
    territory: 'Andorra',
    scope: 'Whole',
    decision: '2010/625/EU',
    adopted: '2010-10-19',
    partial: false,
    notes: '',
    source: { row: 'ADQ-AD', status: 'V' },
  },
  // gdpr-reference.md#ADQ-AR, as of 2026-11-23
  {
    id: 'ADQ-AR',
    country: 'AR',
    territory: 'Argentina',
    scope: 'Whole',
    decision: '2003/490/EC',
    adopted: '2003-06-30',
    partial: false,
    notes: '',
    source: { row: 'ADQ-AR', status: 'V' },
  },
  // gdpr-reference.md#ADQ-BR, as of 2026-11-23
  // Scope "LGPD; exact scope (unverified)": recorded as partial, like JP/KR whose scope is
  // likewise the organisations under a named law.
  {
    id: 'ADQ-BR',
    country: 'BR',
    territory: 'Brazil',
    scope: 'LGPD; exact scope (unverified)',
    decision: '(EU) 2026/179',
    adopted: '2026-01-26',
    partial: true,
    notes: 'OJ 2026-01-28; reciprocal Brazilian decision; review after 4 years',
    source: { row: 'ADQ-BR', status: 'V' },
  },
  // gdpr-reference.md#ADQ-CA, as of 2026-11-23
  {
    id: 'ADQ-CA',
    country: 'CA',
    territory: 'Canada',
    scope: 'Commercial organisations under PIPEDA only',
    decision: '2002/2/EC',
    adopted: '2001-12-20',
    partial: true,
    excludedRoles: ['public-authority'],
    notes: '',
    source: { row: 'ADQ-CA', status: 'V' },
  },
  // gdpr-reference.md#ADQ-CH, as of 2026-11-23
  {
    id: 'ADQ-CH',
    country: 'CH',
    territory: 'Switzerland',
    scope: 'Whole',
    decision: '2000/518/EC',
    adopted: '2000-07-26',
    partial: false,
    notes: '',
    source: { row: 'ADQ-CH', status: 'V' },
  },
  // gdpr-reference.md#ADQ-FO, as of 2026-11-23
  {
    id: 'ADQ-FO',
    country: 'FO',
    territory: 'Faroe Islands',
    scope: 'Recipients under the Faroese data protection act',
    decision: '2010/146/EU',
    adopted: '2010-03-05',
    partial: true,
    notes: '',
    source: { row: 'ADQ-FO', status: 'V' },
  },
  // gdpr-reference.md#ADQ-GB, as of 2026-11-23 (see also WATCH-UK)
  // Scope is all GDPR transfers (law-enforcement transfers have a separate decision): not partial
  // for this linter.
  {
    id: 'ADQ-GB',
    country: 'GB',
    territory: 'United Kingdom',
    scope: 'GDPR transfers (separate LED decision)',
    decision: '(EU) 2021/1772',
    adopted: '2021-06-28',
    validUntil: '2031-12-27',
    partial: false,
    notes:
      'Extended June 2025 to 2025-12-27; renewed 2025-12-19, valid until 2031-12-27, now also covering UK immigration-control data. Numbers of the 2025 extension and renewal decisions (unverified)',
    source: { row: 'ADQ-GB', status: 'V' },
  },
  // gdpr-reference.md#ADQ-GG, as of 2026-11-23
  {
    id: 'ADQ-GG',
    country: 'GG',
    territory: 'Guernsey',
    scope: 'Whole',
    decision: '2003/821/EC',
    adopted: '2003-11-21',
    partial: false,
    notes: '',
    source: { row: 'ADQ-GG', status: 'V' },
  },
  // gdpr-reference.md#ADQ-IL, as of 2026-11-23
  {
    id: 'ADQ-IL',
    country: 'IL',
    territory: 'Israel',
    scope:
      'Automated international transfers (and non-automated ones later processed automatically)',
    decision: '2011/61/EU',
    adopted: '2011-01-31',
    partial: true,
    notes: '',
    source: { row: 'ADQ-IL', status: 'V' },
  },
  // gdpr-reference.md#ADQ-IM, as of 2026-11-23
  {
    id: 'ADQ-IM',
    country: 'IM',
    territory: 'Isle of Man',
    scope: 'Whole',
    decision: '2004/411/EC',
    adopted: '2004-04-28',
    partial: false,
    notes: '',
    source: { row: 'ADQ-IM', status: 'V' },
  },
  // gdpr-reference.md#ADQ-JP, as of 2026-11-23
  {
    id: 'ADQ-JP',
    country: 'JP',
    territory: 'Japan',
    scope: 'Business operators under the APPI, with Supplementary Rules',
    decision: '(EU) 2019/419',
    adopted: '2019-01-23',
    partial: true,
    excludedRoles: ['public-authority'],
    notes: 'Mutual',
    source: { row: 'ADQ-JP', status: 'V' },
  },
  // gdpr-reference.md#ADQ-JE, as of 2026-11-23
  {
    id: 'ADQ-JE',
    country: 'JE',
    territory: 'Jersey',
    scope: 'Whole',
    decision: '2008/393/EC',
    adopted: '2008-05-08',
    partial: false,
    notes: '',
    source: { row: 'ADQ-JE', status: 'V' },
  },
  // gdpr-reference.md#ADQ-KR, as of 2026-11-23
  {
    id: 'ADQ-KR',
    country: 'KR',
    territory: 'Republic of Korea',
    scope:
      'Controllers under PIPA; excludes credit information supervised by the FSC, religious missionary activities, party nominations',
    decision: '(EU) 2022/254',
    adopted: '2021-12-17',
    partial: true,
    notes: 'OJ L 44, 24.2.2022',
    source: { row: 'ADQ-KR', status: 'V' },
  },
  // gdpr-reference.md#ADQ-NZ, as of 2026-11-23
  {
    id: 'ADQ-NZ',
    country: 'NZ',
    territory: 'New Zealand',
    scope: 'Whole',
    decision: '2013/65/EU',
    adopted: '2012-12-19',
    partial: false,
    notes: '',
    source: { row: 'ADQ-NZ', status: 'V' },
  },
  // gdpr-reference.md#ADQ-US, as of 2026-11-23 (see also WATCH-LATOMBE, WATCH-REVIEWS)
  {
    id: 'ADQ-US',
    country: 'US',
    territory: 'United States',
    scope: 'Only organisations certified under the EU-US Data Privacy Framework',
    decision: '(EU) 2023/1795',
    adopted: '2023-07-10',
    partial: true,
    excludedRoles: ['public-authority'],
    requiresMechanism: 'dpf',
    notes:
      'First review 2024-10-09, next ~3 years. Upheld, General Court T-553/23 Latombe, 2025-09-03; appeal pending (WATCH-LATOMBE)',
    source: { row: 'ADQ-US', status: 'V' },
  },
  // gdpr-reference.md#ADQ-UY, as of 2026-11-23
  {
    id: 'ADQ-UY',
    country: 'UY',
    territory: 'Uruguay',
    scope: 'Automated processing',
    decision: '2012/484/EU',
    adopted: '2012-08-21',
    partial: true,
    notes: '',
    source: { row: 'ADQ-UY', status: 'V' },
  },
  // gdpr-reference.md#ADQ-EPO, as of 2026-11-23 (code "— (suggest `intl:EPO`)")
  {
    id: 'ADQ-EPO',
    country: 'intl:EPO',
    territory: 'European Patent Organisation',
    scope: 'International organisation',
    decision: '(EU) 2025/1382, C(2025) 4626',
    adopted: '2025-07-15',
    partial: false,
    notes: 'First decision for an international organisation; OJ 2025-07-18',
    source: { row: 'ADQ-EPO', status: 'V' },
  },
];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function normalizeTarget(code: string): string {
  const trimmed = code.trim();
  if (/^intl:/i.test(trimmed)) return `intl:${trimmed.slice(5).trim().toUpperCase()}`;
  return normalizeCountryCode(trimmed);
}

/**
 * The adequacy decision in force for a country (EL/UK accepted) or `intl:EPO` on a date
 * (`YYYY-MM-DD`, default: today): adopted <= date <= validUntil. Undefined when none.
 * A decision with `partial: true` or `requiresMechanism` covers only some recipients (see
 * `excludedRoles` and `coversRecipient`).
 */
export function adequacyFor(countryCode: string, onDate?: string): AdequacyDecision | undefined {
  const target = normalizeTarget(countryCode);
  const date = (onDate ?? todayIso()).slice(0, 10);
  return ADEQUACY_DECISIONS.find(
    (d) =>
      d.country === target &&
      d.adopted <= date &&
      (d.validUntil === undefined || date <= d.validUntil),
  );
}

/**
 * Whether a decision covers a recipient with this role, as far as the declaration can tell:
 * false for a role the decision excludes (a public authority in Canada, Japan or the US),
 * undefined when the role is not stated and the decision excludes some role, true otherwise.
 */
export function coversRecipient(
  decision: AdequacyDecision,
  role: RecipientRole | undefined,
): boolean | undefined {
  const excluded = decision.excludedRoles ?? [];
  if (excluded.length === 0) return true;
  if (role === undefined) return undefined;
  return !excluded.includes(role);
}
