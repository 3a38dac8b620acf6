import type { DeviceAccess, LegalBasis, Provision, Recipient, Right } from '@privacyspec/schema';

/** Transfer mechanisms as the notice names them; the Art. 49 derogations share one phrase. */
export type MechanismPhrase =
  | 'adequacy'
  | 'dpf'
  | 'scc'
  | 'sa-scc'
  | 'bcr'
  | 'code-of-conduct'
  | 'certification'
  | 'ad-hoc-clauses'
  | 'public-authority-instrument'
  | 'public-authority-arrangement'
  | 'derogation';

/**
 * The fixed phrases of a rendered notice, one object per language (src/i18n/<lang>.ts). Legal
 * terms follow that language's version of the GDPR. `{name}` marks where a value goes.
 */
export interface Phrases {
  title: string;
  /** `{date}`. */
  updated: string;
  summary: string;
  summaryCaption: string;
  purpose: string;
  legalBasis: string;
  personalData: string;
  retention: string;
  recipients: string;
  controller: string;
  name: string;
  registrationNumber: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  dpo: string;
  representative: string;
  purposes: string;
  /** `{article}`, e.g. 6(1)(a). */
  articleCitation: string;
  basis: Record<LegalBasis, string>;
  legitimateInterest: string;
  legalObligation: string;
  specialCondition: string;
  dataSubjects: string;
  /** `{duration}`, `{from}`. */
  retentionFrom: string;
  provision: string;
  obligation: Record<NonNullable<Provision['obligation']>, string>;
  consequences: string;
  deviceAccess: string;
  device: Record<DeviceAccess, string>;
  withdrawConsent: string;
  automatedDecision: string;
  decision: string;
  logic: string;
  significance: string;
  categories: string;
  description: string;
  examples: string;
  source: string;
  sourceDataSubject: string;
  sourcePublic: string;
  publiclyAccessible: string;
  notPubliclyAccessible: string;
  specialCategory: string;
  criminalData: string;
  kind: string;
  nationalId: string;
  justification: string;
  role: string;
  roles: Record<NonNullable<Recipient['role']>, string>;
  location: string;
  eea: string;
  nonEea: string;
  /** `{name}`. */
  internationalOrganisation: string;
  transfers: string;
  safeguard: string;
  mechanisms: Record<MechanismPhrase, string>;
  copyAt: string;
  rights: string;
  rightNames: Record<Right, string>;
  rightsExercise: string;
  complaint: string;
  complaintText: string;
}
