/**
 * The fields of each section of a declaration, as tables the diff walks (fields.ts). A row
 * says which kind of change a field makes, what it is called, where it is, how two values
 * count as the same, and why the change matters. Entries, lists, retention and transfers,
 * where a change is judged by more than one field, are compared in index.ts.
 */
import type {
  Controller,
  DataCategory,
  DataSubject,
  Declaration,
  Dpo,
  Purpose,
  Recipient,
  SupervisoryAuthority,
  Text,
} from '../generated/declaration.js';
import { normalizeCountryEntry } from '../reference/eea.js';
import type { FieldDelta, FieldRow } from './fields.js';
import type { ChangeKind } from './kinds.js';
import {
  normalizeArt9,
  normalizeArticle,
  normalizeEmail,
  normalizePhone,
  normalizePlain,
  normalizeUrl,
} from './normalise.js';

/** A changed name is identity; a language version added or removed beside others is a translation. */
const identityOr =
  (kind: ChangeKind) =>
  (delta: FieldDelta): ChangeKind =>
    delta.op === 'changed' || delta.whole ? kind : 'text-changed';
const whyFor = (kind: ChangeKind, why: string) => (actual: ChangeKind) =>
  actual === kind ? why : '';

/** The Name and Description rows every entry shares: free text, a change of wording. */
function nameAndDescription<T extends { name?: Text; description?: Text }>(): FieldRow<T>[] {
  return [
    { kind: 'text-changed', label: 'Name', path: '/name', value: (e) => e.name, normalise: 'text' },
    {
      kind: 'text-changed',
      label: 'Description',
      path: '/description',
      value: (e) => e.description,
      normalise: 'text',
    },
  ];
}

export const DECLARATION_FIELDS: readonly FieldRow<Declaration>[] = [
  {
    kind: 'detail-changed',
    label: 'The declaration language',
    path: '/language',
    value: (d) => d.language,
    normalise: normalizePlain,
  },
  {
    kind: 'detail-changed',
    label: 'The notice date (updated)',
    path: '/updated',
    value: (d) => d.updated,
    normalise: normalizePlain,
  },
];

export const RIGHTS_FIELDS: readonly FieldRow<Declaration>[] = [
  {
    kind: 'text-changed',
    label: 'How to exercise the rights',
    path: '/rightsExercise',
    value: (d) => d.rightsExercise,
    normalise: 'text',
    why: ' (Art. 12(2), 13(2)(b))',
  },
  {
    kind: 'text-changed',
    label: 'Security measures',
    path: '/securityMeasures',
    value: (d) => d.securityMeasures,
    normalise: 'text',
    why: ' (Art. 30(1)(g), 32(1))',
  },
];

const OTHER_CONTROLLER =
  ': the notice names another controller, who answers for the data (Art. 13(1)(a))';
export const CONTROLLER_FIELDS: readonly FieldRow<Controller>[] = [
  {
    kind: identityOr('controller-changed'),
    label: 'Name',
    path: '/name',
    value: (c) => c.name,
    normalise: 'text',
    why: whyFor('controller-changed', OTHER_CONTROLLER),
  },
  {
    kind: 'controller-changed',
    label: 'Registration number',
    path: '/registrationNumber',
    value: (c) => c.registrationNumber,
    normalise: normalizePlain,
    why: OTHER_CONTROLLER,
  },
  {
    kind: 'controller-changed',
    label: 'Country',
    path: '/country',
    value: (c) => c.country,
    normalise: normalizeCountryEntry,
    why: OTHER_CONTROLLER,
  },
  {
    kind: 'contact-changed',
    label: 'Address',
    path: '/address',
    value: (c) => c.address,
    normalise: 'text',
    why: ' (Art. 13(1)(a))',
  },
  {
    kind: 'contact-changed',
    label: 'E-mail',
    path: '/email',
    value: (c) => c.email,
    normalise: normalizeEmail,
    why: ' (Art. 13(1)(a))',
  },
  {
    kind: 'contact-changed',
    label: 'Phone',
    path: '/phone',
    value: (c) => c.phone,
    normalise: normalizePhone,
    why: ' (Art. 13(1)(a))',
  },
  {
    kind: 'contact-changed',
    label: 'Web address',
    path: '/url',
    value: (c) => c.url,
    normalise: normalizeUrl,
    why: ' (Art. 13(1)(a))',
  },
];

export const DPO_FIELDS: readonly FieldRow<Dpo>[] = [
  { kind: 'text-changed', label: 'Name', path: '/name', value: (d) => d.name, normalise: 'text' },
  {
    kind: 'contact-changed',
    label: 'E-mail',
    path: '/email',
    value: (d) => d.email,
    normalise: normalizeEmail,
    why: ' (Art. 13(1)(b))',
  },
  {
    kind: 'contact-changed',
    label: 'Phone',
    path: '/phone',
    value: (d) => d.phone,
    normalise: normalizePhone,
    why: ' (Art. 13(1)(b))',
  },
  {
    kind: 'contact-changed',
    label: 'Address',
    path: '/address',
    value: (d) => d.address,
    normalise: 'text',
    why: ' (Art. 13(1)(b))',
  },
];

const ELSEWHERE = ': people are told to complain elsewhere (Art. 13(2)(d), 77)';
export const AUTHORITY_FIELDS: readonly FieldRow<SupervisoryAuthority>[] = [
  {
    kind: identityOr('complaint-authority-changed'),
    label: 'Name',
    path: '/name',
    value: (a) => a.name,
    normalise: 'text',
    why: whyFor('complaint-authority-changed', ELSEWHERE),
  },
  {
    kind: 'complaint-authority-changed',
    label: 'Web address',
    path: '/url',
    value: (a) => a.url,
    normalise: normalizeUrl,
    why: ELSEWHERE,
  },
  {
    kind: 'complaint-authority-changed',
    label: 'Country',
    path: '/country',
    value: (a) => a.country,
    normalise: normalizeCountryEntry,
    why: ELSEWHERE,
  },
];

export const CATEGORY_FIELDS: readonly FieldRow<DataCategory>[] = [
  ...nameAndDescription(),
  {
    kind: 'text-changed',
    label: 'Justification',
    path: '/justification',
    value: (c) => c.justification,
    normalise: 'text',
  },
];

export const RECIPIENT_FIELDS: readonly FieldRow<Recipient>[] = [
  ...nameAndDescription(),
  {
    kind: 'recipient-role-changed',
    label: 'Role',
    path: '/role',
    value: (r) => r.role,
    normalise: normalizePlain,
    why: ': who answers for the data changes (Art. 4(7), 4(8), 26, 28)',
  },
  {
    kind: 'contact-changed',
    label: 'Where to get a copy of the safeguards (copyAt)',
    path: '/transfer/copyAt',
    value: (r) => r.transfer?.copyAt,
    normalise: normalizeUrl,
    why: ' (Art. 13(1)(f))',
  },
  {
    kind: 'text-changed',
    label: 'Transfer description',
    path: '/transfer/description',
    value: (r) => r.transfer?.description,
    normalise: 'text',
  },
];

export const SUBJECT_FIELDS: readonly FieldRow<DataSubject>[] = [...nameAndDescription()];

export const PURPOSE_FIELDS: readonly FieldRow<Purpose>[] = [
  ...nameAndDescription(),
  {
    kind: 'text-changed',
    label: 'Legal obligation',
    path: '/legalObligation',
    value: (p) => p.legalObligation,
    normalise: 'text',
    why: ' (Art. 6(1)(c), 6(3))',
  },
  {
    kind: 'text-changed',
    label: 'Legitimate interest',
    path: '/legitimateInterest',
    value: (p) => p.legitimateInterest,
    normalise: 'text',
    why: ' (Art. 13(1)(d))',
  },
  {
    kind: 'detail-changed',
    label: 'Article cited',
    path: '/article',
    value: (p) => p.article,
    normalise: normalizeArticle,
  },
  {
    kind: 'special-category-condition-changed',
    label: 'Art. 9(2) condition',
    path: '/specialCategoryCondition',
    value: (p) => p.specialCategoryCondition,
    normalise: normalizeArt9,
    why: ' (Art. 9(2))',
  },
  {
    kind: 'provision-changed',
    label: 'Whether providing the data is required (provision.obligation)',
    path: '/provision/obligation',
    value: (p) => p.provision?.obligation,
    normalise: normalizePlain,
    why: ' (Art. 13(2)(e))',
  },
  {
    kind: 'text-changed',
    label: 'Consequences of not providing the data',
    path: '/provision/consequences',
    value: (p) => p.provision?.consequences,
    normalise: 'text',
    why: ' (Art. 13(2)(e))',
  },
  {
    kind: 'text-changed',
    label: 'Security measures',
    path: '/securityMeasures',
    value: (p) => p.securityMeasures,
    normalise: 'text',
    why: ' (Art. 30(1)(g), 32(1))',
  },
];

type AutomatedDecision = NonNullable<Purpose['automatedDecision']>;
/** Compared when both versions make the decision; its appearing or going is a change of its own. */
export const AUTOMATED_DECISION_FIELDS: readonly FieldRow<AutomatedDecision>[] = (
  ['decision', 'logic', 'significance'] as const
).map((field) => ({
  kind: 'text-changed',
  label: `Automated decision ${field}`,
  path: `/${field}`,
  value: (a: AutomatedDecision) => a[field],
  normalise: 'text',
  why: ' (Art. 13(2)(f))',
}));

type Retention = NonNullable<Purpose['retention']>;
const RETENTION_CRITERIA: FieldRow<Retention> = {
  kind: 'retention-criteria-changed',
  label: 'Retention criteria',
  path: '/criteria',
  value: (r) => r.criteria,
  normalise: 'text',
  why: ' (Art. 13(2)(a))',
};
const RETENTION_START: Omit<FieldRow<Retention>, 'kind'> = {
  label: 'Start of retention (from)',
  path: '/from',
  value: (r) => r.from,
  normalise: 'text',
};
/** Retention beside a duration on both sides: a new start moves the end of retention. */
export const RETENTION_FIELDS: readonly FieldRow<Retention>[] = [
  RETENTION_CRITERIA,
  {
    ...RETENTION_START,
    kind: 'retention-start-changed',
    why: ', which moves the end of retention (Art. 5(1)(e), 13(2)(a))',
  },
];
/** Retention by criteria: the start is wording. */
export const RETENTION_CRITERIA_FIELDS: readonly FieldRow<Retention>[] = [
  RETENTION_CRITERIA,
  { ...RETENTION_START, kind: 'text-changed' },
];

export const THIRD_PARTY_SOURCE: FieldRow<{ thirdParty?: unknown }> = {
  kind: 'text-changed',
  label: 'Third-party source',
  path: '/thirdParty',
  value: (s) => s.thirdParty,
  normalise: 'text',
};
