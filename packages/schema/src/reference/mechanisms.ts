// Transfer mechanisms (Art. 45, 46, 47, 49): gdpr-reference.md §5.3 and §5.4, as of 2026-11-23.
//
// Notice content for a transfer (INF-TRANSFER, WP-TRANSFER; §5.4): name the country (`non-EEA`
// alone → warning); for adequacy say so (US only via `dpf`); for Art. 46/47 and DER-2 name the
// safeguard and `copyAt`; 49(1)(a)–(g) need no safeguard reference; INV-* are never valid.
// Derogations are read restrictively (EDPB Guidelines 2/2018, S).
import type { MechanismId, SourceRef } from './types.js';

export type MechanismKind = 'adequacy' | 'safeguard' | 'derogation' | 'invalid';

export interface TransferMechanism {
  readonly id: MechanismId;
  /** GDPR provision, e.g. `'46(2)(c)'`; for the invalid ones, the instrument that was relied on. */
  readonly provision: string;
  readonly kind: MechanismKind;
  /** The notice must reference the safeguard and where to get a copy (`transfer.copyAt`). */
  readonly needsCopyReference: boolean;
  /** Needs authorisation by the supervisory authority. */
  readonly saAuthorisation: boolean;
  /** 49(3): not open to public authorities exercising their public powers. */
  readonly notForPublicAuthorities: boolean;
  /** English paraphrase. */
  readonly title: string;
  readonly source: SourceRef;
}

export const TRANSFER_MECHANISMS: readonly TransferMechanism[] = [
  // gdpr-reference.md#SG-adequacy, as of 2026-11-23
  {
    id: 'adequacy',
    provision: '45(3)',
    kind: 'adequacy',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Adequacy decision for the destination (§5.2), not for US',
    source: { row: 'SG-adequacy', status: 'V' },
  },
  // gdpr-reference.md#SG-dpf, as of 2026-11-23
  {
    id: 'dpf',
    provision: '45(3)',
    kind: 'adequacy',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'US adequacy via (EU) 2023/1795; recipient DPF-certified',
    source: { row: 'SG-dpf', status: 'V' },
  },
  // gdpr-reference.md#SG-public-authority-instrument, as of 2026-11-23
  {
    id: 'public-authority-instrument',
    provision: '46(2)(a)',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Binding, enforceable instrument between public authorities',
    source: { row: 'SG-public-authority-instrument', status: 'V' },
  },
  // gdpr-reference.md#SG-bcr, as of 2026-11-23
  {
    id: 'bcr',
    provision: '46(2)(b), 47',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Approved binding corporate rules',
    source: { row: 'SG-bcr', status: 'V' },
  },
  // gdpr-reference.md#SG-scc, as of 2026-11-23
  {
    id: 'scc',
    provision: '46(2)(c)',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Commission standard clauses (2021/914)',
    source: { row: 'SG-scc', status: 'V' },
  },
  // gdpr-reference.md#SG-sa-scc, as of 2026-11-23
  {
    id: 'sa-scc',
    provision: '46(2)(d)',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'SA-adopted clauses approved by the Commission',
    source: { row: 'SG-sa-scc', status: 'V' },
  },
  // gdpr-reference.md#SG-code-of-conduct, as of 2026-11-23
  {
    id: 'code-of-conduct',
    provision: '46(2)(e), 40',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Approved code with binding commitments of the importer',
    source: { row: 'SG-code-of-conduct', status: 'V' },
  },
  // gdpr-reference.md#SG-certification, as of 2026-11-23
  {
    id: 'certification',
    provision: '46(2)(f), 42',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Approved certification with binding commitments',
    source: { row: 'SG-certification', status: 'V' },
  },
  // gdpr-reference.md#SG-ad-hoc-clauses, as of 2026-11-23
  {
    id: 'ad-hoc-clauses',
    provision: '46(3)(a)',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: true,
    notForPublicAuthorities: false,
    title: 'Contractual clauses exporter–importer',
    source: { row: 'SG-ad-hoc-clauses', status: 'V' },
  },
  // gdpr-reference.md#SG-public-authority-arrangement, as of 2026-11-23
  {
    id: 'public-authority-arrangement',
    provision: '46(3)(b)',
    kind: 'safeguard',
    needsCopyReference: true,
    saAuthorisation: true,
    notForPublicAuthorities: false,
    title: 'Provisions in administrative arrangements between public authorities',
    source: { row: 'SG-public-authority-arrangement', status: 'V' },
  },
  // gdpr-reference.md#DER-a, as of 2026-11-23
  {
    id: 'explicit-consent',
    provision: '49(1)(a)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: true,
    title: 'Explicit consent after being told the risks',
    source: { row: 'DER-a', status: 'V' },
  },
  // gdpr-reference.md#DER-b, as of 2026-11-23
  {
    id: 'contract-performance',
    provision: '49(1)(b)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: true,
    title: 'Contract with the data subject / pre-contract steps at their request',
    source: { row: 'DER-b', status: 'V' },
  },
  // gdpr-reference.md#DER-c, as of 2026-11-23
  {
    id: 'contract-in-interest',
    provision: '49(1)(c)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: true,
    title: "Contract concluded in the data subject's interest with another person",
    source: { row: 'DER-c', status: 'V' },
  },
  // gdpr-reference.md#DER-d, as of 2026-11-23
  {
    id: 'public-interest',
    provision: '49(1)(d)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Important reasons of public interest recognised in law (49(4))',
    source: { row: 'DER-d', status: 'V' },
  },
  // gdpr-reference.md#DER-e, as of 2026-11-23
  {
    id: 'legal-claims',
    provision: '49(1)(e)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Legal claims',
    source: { row: 'DER-e', status: 'V' },
  },
  // gdpr-reference.md#DER-f, as of 2026-11-23
  {
    id: 'vital-interests',
    provision: '49(1)(f)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Vital interests, data subject incapable of consent',
    source: { row: 'DER-f', status: 'V' },
  },
  // gdpr-reference.md#DER-g, as of 2026-11-23
  {
    id: 'public-register',
    provision: '49(1)(g)',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'From a public register within its consultation conditions',
    source: { row: 'DER-g', status: 'V' },
  },
  // gdpr-reference.md#DER-2, as of 2026-11-23
  // Informing the SA is required, not its authorisation.
  {
    id: 'compelling-legitimate-interest',
    provision: '49(1) 2nd subpara.',
    kind: 'derogation',
    needsCopyReference: true,
    saAuthorisation: false,
    notForPublicAuthorities: true,
    title:
      'Not repetitive, few data subjects, compelling interests, safeguards assessed; SA and data subject informed',
    source: { row: 'DER-2', status: 'V' },
  },
  // gdpr-reference.md §5.4 intro (no row ID), as of 2026-11-23: an Art. 49 derogation the policy
  // does not specify — a warning, since 49(1)(a)–(g) differ in what must be told.
  {
    id: 'derogation',
    provision: '49',
    kind: 'derogation',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'An Art. 49 derogation, not specified',
    source: { row: '§5.4', status: 'V' },
  },
  // gdpr-reference.md#INV-PRIVACY-SHIELD, as of 2026-11-23
  {
    id: 'privacy-shield',
    provision: 'Implementing Decision (EU) 2016/1250',
    kind: 'invalid',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'EU-US Privacy Shield (invalid since 2020-07-16, CJEU C-311/18, Schrems II)',
    source: { row: 'INV-PRIVACY-SHIELD', status: 'V' },
  },
  // gdpr-reference.md#INV-SAFE-HARBOR, as of 2026-11-23
  {
    id: 'safe-harbor',
    provision: 'Decision 2000/520/EC',
    kind: 'invalid',
    needsCopyReference: false,
    saAuthorisation: false,
    notForPublicAuthorities: false,
    title: 'Safe Harbor (invalid since 2015-10-06, CJEU C-362/14, Schrems I)',
    source: { row: 'INV-SAFE-HARBOR', status: 'V' },
  },
];

export function mechanismById(id: string): TransferMechanism | undefined {
  return TRANSFER_MECHANISMS.find((m) => m.id === id);
}

export interface CjeuJudgment {
  readonly case: string;
  readonly name: string;
  readonly ecli?: string;
}

export interface InstrumentRef {
  readonly decision: string;
  /** Date of the instrument (ISO 8601). */
  readonly date: string;
}

export interface InvalidatedInstrument {
  /** Row ID, e.g. `'INV-SAFE-HARBOR'`. */
  readonly id: string;
  /** The `transfer.mechanism` identifier the schema accepts for it, if any. */
  readonly mechanism?: 'safe-harbor' | 'privacy-shield';
  /** For the legacy SCC decisions: the current identifier that replaced them. */
  readonly supersededMechanism?: 'scc';
  readonly instruments: readonly InstrumentRef[];
  /** First day the instrument was no longer valid (invalidation judgment or repeal). */
  readonly invalidSince: string;
  /** Last day it could still be relied on, when that differs from the day before `invalidSince`. */
  readonly lastValid?: string;
  readonly judgment?: CjeuJudgment;
  readonly replacedBy?: string;
  readonly reason: string;
  readonly source: SourceRef;
}

export const INVALIDATED_MECHANISMS: readonly InvalidatedInstrument[] = [
  // gdpr-reference.md#INV-SAFE-HARBOR, as of 2026-11-23
  {
    id: 'INV-SAFE-HARBOR',
    mechanism: 'safe-harbor',
    instruments: [{ decision: 'Decision 2000/520/EC', date: '2000-07-26' }],
    invalidSince: '2015-10-06',
    judgment: { case: 'C-362/14', name: 'Schrems (Schrems I)', ecli: 'ECLI:EU:C:2015:650' },
    reason: 'Invalid: CJEU C-362/14 Schrems (Schrems I), ECLI:EU:C:2015:650',
    source: { row: 'INV-SAFE-HARBOR', status: 'V' },
  },
  // gdpr-reference.md#INV-PRIVACY-SHIELD, as of 2026-11-23
  {
    id: 'INV-PRIVACY-SHIELD',
    mechanism: 'privacy-shield',
    instruments: [{ decision: 'Implementing Decision (EU) 2016/1250', date: '2016-07-12' }],
    invalidSince: '2020-07-16',
    judgment: { case: 'C-311/18', name: 'Schrems II' },
    reason: 'Invalid: CJEU C-311/18 (Schrems II), which upheld SCC Decision 2010/87/EU',
    source: { row: 'INV-PRIVACY-SHIELD', status: 'V' },
  },
  // gdpr-reference.md#INV-OLD-SCC, as of 2026-11-23
  // Not a mechanism identifier: a declaration says `scc`; the linter may compare dates.
  {
    id: 'INV-OLD-SCC',
    supersededMechanism: 'scc',
    instruments: [
      { decision: 'Decision 2001/497/EC', date: '2001-06-15' },
      { decision: 'Decision 2004/915/EC', date: '2004-12-27' }, // added set II
      { decision: 'Decision 2010/87/EU', date: '2010-02-05' },
    ],
    invalidSince: '2021-09-27', // repealed from 2021-09-27 (last day 2021-09-26)
    lastValid: '2022-12-27', // contracts signed before could be relied on until then if processing unchanged
    replacedBy: '(EU) 2021/914',
    reason:
      'Repealed from 2021-09-27 (last day 2021-09-26); contracts signed before could be relied on until 2022-12-27 if processing unchanged. Replaced by (EU) 2021/914',
    source: { row: 'INV-OLD-SCC', status: 'V' },
  },
];

export interface SccDecision {
  readonly id: string;
  readonly decision: string;
  readonly adopted: string;
  readonly officialJournal?: string;
  /** First day the clauses could be used, when given. */
  readonly usableFrom?: string;
  readonly modules?: readonly string[];
  /** Whether the clauses are an Art. 46 transfer safeguard. */
  readonly transferSafeguard: boolean;
  readonly notes: string;
  readonly source: SourceRef;
}

export const SCC_DECISIONS: readonly SccDecision[] = [
  // gdpr-reference.md#SCC-CURRENT, as of 2026-11-23
  {
    id: 'SCC-CURRENT',
    decision: 'Implementing Decision (EU) 2021/914',
    adopted: '2021-06-04',
    officialJournal: 'OJ L 199, 7.6.2021, p. 31',
    usableFrom: '2021-06-27',
    modules: ['C2C', 'C2P', 'P2P', 'P2C'],
    transferSafeguard: true,
    notes: 'In force; identifier `scc`.',
    source: { row: 'SCC-CURRENT', status: 'V' },
  },
  // gdpr-reference.md#SCC-NOT-TRANSFER, as of 2026-11-23
  {
    id: 'SCC-NOT-TRANSFER',
    decision: 'Implementing Decision (EU) 2021/915',
    adopted: '2021-06-04',
    transferSafeguard: false,
    notes:
      'Art. 28(7) controller–processor clauses. Not a transfer safeguard; citing it as one is wrong.',
    source: { row: 'SCC-NOT-TRANSFER', status: 'V' },
  },
];
