import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../generated/declaration.js';
import { load } from '../load.js';
import {
  CHANGE_KINDS,
  declarationRemoved,
  diff,
  type Change,
  type ChangeKind,
  type ChangeRisk,
} from './index.js';

const TODAY = '2026-11-23';

/** A small declaration with one of everything the diff looks at (indexes noted for paths). */
function fixture(): Declaration {
  return {
    privacyspec: '1.0',
    language: 'sv',
    updated: '2024-04-17',
    controller: {
      name: 'Optimera Svenska AB',
      registrationNumber: '556193-8134',
      country: 'SE',
      address: 'Cederströmsgatan 1, 212 39 Malmö',
      email: 'dataskydd@optimera.se',
      url: 'https://www.optimera.se',
    },
    dpo: { email: 'dpo@optimera.se' },
    supervisoryAuthority: {
      name: 'Integritetsskyddsmyndigheten (IMY)',
      url: 'https://www.imy.se',
      country: 'SE',
    },
    dataCategories: [
      /* 0 */ {
        id: 'contact',
        name: { sv: 'Kontaktuppgifter', en: 'Contact details' },
        examples: ['namn', 'adress'],
        source: 'data-subject',
      },
      /* 1 */ {
        id: 'personal-id-number',
        name: 'Personnummer',
        nationalId: true,
        justification: 'Säker identifiering vid kreditköp',
      },
      /* 2 */ { id: 'health', name: 'Hälsouppgifter', special: 'health' },
      /* 3 */ { id: 'credit', name: 'Kreditupplysningar', source: { thirdParty: 'UC AB' } },
      /* 4 */ { id: 'usage', name: 'Användning av webbplatsen' },
    ],
    purposes: [
      /* 0 */ {
        id: 'order',
        name: 'Hantera köp och leverans',
        legalBasis: 'contract',
        article: '6(1)(b)',
        dataCategories: ['contact'],
        recipients: ['postnord'],
        dataSubjects: ['customer'],
        retention: { duration: 'P12M', from: 'end of the customer relationship' },
      },
      /* 1 */ {
        id: 'newsletter',
        name: 'Nyhetsbrev',
        legalBasis: 'consent',
        dataCategories: ['contact'],
        retention: { criteria: 'Tills du avregistrerar dig' },
      },
      /* 2 */ {
        id: 'bookkeeping',
        legalBasis: 'legal-obligation',
        legalObligation: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
        retention: { duration: 'P7Y', from: 'end of the fiscal year' },
      },
      /* 3 */ {
        id: 'occupational-health',
        legalBasis: 'legal-obligation',
        specialCategoryCondition: '9(2)(b)',
        dataCategories: ['health'],
        retention: { criteria: 'Till anställningens slut, därefter två år' },
      },
      /* 4 */ {
        id: 'cctv',
        legalBasis: 'legitimate-interests',
        legitimateInterest: 'Förebygga brott',
        retention: { duration: 'P30D' },
      },
      /* 5 */ {
        id: 'credit-check',
        legalBasis: 'contract',
        dataCategories: ['credit', 'personal-id-number'],
        automatedDecision: {
          decision: 'Beviljande av kredit',
          logic: 'Poängmodell',
          significance: 'Nekad kredit',
        },
        provision: {
          obligation: 'contract-entry',
          consequences: 'Utan uppgifterna kan vi inte bevilja kredit',
        },
      },
    ],
    recipients: [
      /* 0 */ { id: 'postnord', name: 'PostNord Sverige AB', role: 'processor', country: 'SE' },
      /* 1 */ {
        id: 'google-analytics',
        name: 'Google LLC',
        role: 'processor',
        country: 'US',
        transfer: { mechanism: 'dpf', copyAt: 'https://www.dataprivacyframework.gov' },
      },
      /* 2 */ {
        id: 'marketing-partners',
        name: 'Samarbetspartners inom marknadsföring',
        role: 'controller',
        country: 'non-EEA',
        transfer: { mechanism: ['scc', 'bcr'] },
      },
      /* 3 */ {
        id: 'it-support',
        name: 'IT-support AB',
        role: 'processor',
        country: ['SE', 'IN'],
        transfer: { mechanism: 'scc' },
      },
    ],
    dataSubjects: [
      /* 0 */ { id: 'customer', name: 'Kunder' },
      /* 1 */ { id: 'employee', name: 'Anställda' },
    ],
    /*        0         1                2         3              4              5         6                   7 */
    rights: [
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'object',
      'withdraw-consent',
      'complaint',
    ],
  };
}

function find<T extends { id: string }>(entries: T[] | undefined, id: string): T {
  const entry = entries?.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}
const purpose = (d: Declaration, id: string) => find(d.purposes, id);
const category = (d: Declaration, id: string) => find(d.dataCategories, id);
const recipient = (d: Declaration, id: string) => find(d.recipients, id);

interface Case {
  name: string;
  kind: ChangeKind;
  risk: ChangeRisk;
  path: string;
  /** Parts the message must contain. */
  message: string[];
  /** Edits the base (and so the head, which starts as a copy of the edited base). */
  before?: (d: Declaration) => void;
  /** Edits the head. */
  edit: (d: Declaration) => void;
  /** How many changes in all (default 1). */
  count?: number;
  beforeValue?: unknown;
  afterValue?: unknown;
}

const CASES: Case[] = [
  // ── high ──────────────────────────────────────────────────────────────────────────────
  {
    name: 'a new purpose',
    kind: 'purpose-added',
    risk: 'high',
    path: '/purposes/6',
    message: [
      'New purpose "marketing" (Marknadsföring)',
      'Art. 5(1)(b), 13(1)(c)',
      'legitimate-interests (6(1)(f))',
      'outside the EEA: "google-analytics"',
      'retention 2 years (P2Y)',
    ],
    edit: (d) =>
      d.purposes.push({
        id: 'marketing',
        name: 'Marknadsföring',
        legalBasis: 'legitimate-interests',
        dataCategories: ['contact'],
        recipients: ['google-analytics'],
        retention: { duration: 'P2Y' },
      }),
  },
  {
    name: 'a purpose starts reading the device for analytics',
    kind: 'device-access-added',
    risk: 'high',
    path: '/purposes/1/deviceAccess/1',
    message: [
      'Purpose "newsletter" now stores or reads information on the user\'s device for analytics',
      'prior consent',
      'Art. 5(3)',
    ],
    before: (d) => (purpose(d, 'newsletter').deviceAccess = ['strictly-necessary']),
    edit: (d) => (purpose(d, 'newsletter').deviceAccess = ['strictly-necessary', 'analytics']),
  },
  {
    name: 'a new special category',
    kind: 'special-category-added',
    risk: 'high',
    path: '/dataCategories/5',
    message: [
      'New data category "fingerprints" (Fingeravtryck)',
      'special category (biometric, Art. 9(1))',
      'Art. 9(2) condition',
    ],
    edit: (d) =>
      d.dataCategories!.push({ id: 'fingerprints', name: 'Fingeravtryck', special: 'biometric' }),
  },
  {
    name: 'a new criminal-offence category',
    kind: 'special-category-added',
    risk: 'high',
    path: '/dataCategories/5',
    message: ['"convictions"', 'criminal-offences, Art. 10'],
    edit: (d) => d.dataCategories!.push({ id: 'convictions', special: 'criminal-offences' }),
  },
  {
    name: 'a new national id',
    kind: 'national-id-added',
    risk: 'high',
    path: '/dataCategories/5',
    message: [
      'New data category "coordination-number" (Samordningsnummer)',
      'national identification number',
      'Art. 87',
    ],
    edit: (d) =>
      d.dataCategories!.push({
        id: 'coordination-number',
        name: 'Samordningsnummer',
        nationalId: true,
      }),
  },
  {
    name: 'an existing category becomes special',
    kind: 'special-category-set',
    risk: 'high',
    path: '/dataCategories/4/special',
    message: ['Data category "usage" is now a special category (sex-life-orientation, Art. 9(1))'],
    edit: (d) => (category(d, 'usage').special = 'sex-life-orientation'),
    afterValue: 'sex-life-orientation',
  },
  {
    name: 'a special category becomes another one',
    kind: 'special-category-set',
    risk: 'high',
    path: '/dataCategories/2/special',
    message: [
      '"health" is now a special category (genetic',
      'was health',
      'Used by purpose "occupational-health"',
    ],
    edit: (d) => (category(d, 'health').special = 'genetic'),
  },
  {
    name: 'an existing category becomes a national id',
    kind: 'national-id-set',
    risk: 'high',
    path: '/dataCategories/4/nationalId',
    message: ['Data category "usage" is now a national identification number'],
    edit: (d) => (category(d, 'usage').nationalId = true),
  },
  {
    name: 'an existing purpose starts using a special category',
    kind: 'purpose-special-category-added',
    risk: 'high',
    path: '/purposes/0/dataCategories/1',
    message: [
      'Purpose "order" now uses data category "health", a special category (health, Art. 9(1))',
    ],
    edit: (d) => purpose(d, 'order').dataCategories!.push('health'),
  },
  {
    name: 'an existing purpose starts using a national id',
    kind: 'purpose-special-category-added',
    risk: 'high',
    path: '/purposes/0/dataCategories/1',
    message: [
      'Purpose "order" now uses data category "personal-id-number", a national identification number',
    ],
    edit: (d) => purpose(d, 'order').dataCategories!.push('personal-id-number'),
  },
  {
    name: 'a new recipient in the US',
    kind: 'third-country-recipient-added',
    risk: 'high',
    path: '/recipients/1',
    message: [
      'New recipient "google-analytics" (Google LLC) in US, outside the EEA: a third-country transfer (Art. 13(1)(f), 44–49).',
      'Transfer mechanism: dpf.',
    ],
    before: (d) => (d.recipients = d.recipients!.filter((r) => r.id !== 'google-analytics')),
    edit: (d) =>
      d.recipients!.splice(1, 0, {
        id: 'google-analytics',
        name: 'Google LLC',
        role: 'processor',
        country: 'US',
        transfer: { mechanism: 'dpf' },
      }),
  },
  {
    name: 'a new recipient in India with no mechanism',
    kind: 'third-country-recipient-added',
    risk: 'high',
    path: '/recipients/4',
    message: [
      'New recipient "call-centre" in IN, outside the EEA',
      'No transfer mechanism stated; IN has no adequacy decision.',
      'Used by purpose "newsletter"',
    ],
    // One edit, one change: the purpose's new reference is listed in it, not reported again.
    edit: (d) => {
      d.recipients!.push({ id: 'call-centre', country: 'IN' });
      purpose(d, 'newsletter').recipients = ['call-centre'];
    },
  },
  {
    name: 'a new recipient outside the EEA, no country named',
    kind: 'third-country-recipient-added',
    risk: 'high',
    path: '/recipients/4',
    message: [
      'New recipient "partners" in unnamed countries outside the EEA: a third-country transfer',
    ],
    edit: (d) => d.recipients!.push({ id: 'partners', country: 'non-EEA' }),
  },
  {
    name: 'a third country added to an existing recipient',
    kind: 'recipient-third-country-added',
    risk: 'high',
    path: '/recipients/0/country/1',
    message: [
      'Recipient "postnord" now also receives data in GB, outside the EEA: a third-country transfer',
      'GB has an adequacy decision ((EU) 2021/1772)',
    ],
    edit: (d) => (recipient(d, 'postnord').country = ['SE', 'GB']),
  },
  {
    name: 'an existing purpose starts disclosing to a recipient outside the EEA',
    kind: 'purpose-third-country-recipient-added',
    risk: 'high',
    path: '/purposes/0/recipients/1',
    message: [
      'Purpose "order" now discloses data to recipient "google-analytics" in US, outside the EEA: its data now leave the EEA',
    ],
    edit: (d) => purpose(d, 'order').recipients!.push('google-analytics'),
  },
  {
    name: 'a transfer mechanism removed (dpf → nothing)',
    kind: 'transfer-mechanism-removed',
    risk: 'high',
    path: '/recipients/1/transfer/mechanism',
    message: [
      'Recipient "google-analytics" no longer states a transfer mechanism (was dpf)',
      'Art. 13(1)(f), 44, 46',
    ],
    edit: (d) => delete recipient(d, 'google-analytics').transfer!.mechanism,
    beforeValue: 'dpf',
  },
  {
    name: 'a transfer mechanism weakened (scc → derogation)',
    kind: 'transfer-mechanism-weakened',
    risk: 'high',
    path: '/recipients/3/transfer/mechanism',
    message: [
      'Transfer mechanism of recipient "it-support" weakened from scc to derogation',
      'adequacy or an Art. 46/47 safeguard → an Art. 49 derogation',
    ],
    edit: (d) => (recipient(d, 'it-support').transfer = { mechanism: 'derogation' }),
  },
  {
    name: 'a transfer mechanism weakened (adequacy → privacy-shield)',
    kind: 'transfer-mechanism-weakened',
    risk: 'high',
    path: '/recipients/1/transfer/mechanism',
    message: ['weakened from adequacy to privacy-shield', '→ invalid'],
    before: (d) => (recipient(d, 'google-analytics').transfer = { mechanism: 'adequacy' }),
    edit: (d) => (recipient(d, 'google-analytics').transfer = { mechanism: 'privacy-shield' }),
  },
  {
    name: 'consent → contract',
    kind: 'legal-basis-away-from-consent',
    risk: 'high',
    path: '/purposes/1/legalBasis',
    message: [
      'Legal basis of purpose "newsletter" changed from consent (6(1)(a)) to contract (6(1)(b))',
      'Art. 6(1)(a), 7(3)',
    ],
    edit: (d) => (purpose(d, 'newsletter').legalBasis = 'contract'),
    beforeValue: 'consent',
    afterValue: 'contract',
  },
  {
    name: 'consent → legitimate interests',
    kind: 'legal-basis-away-from-consent',
    risk: 'high',
    path: '/purposes/1/legalBasis',
    message: ['from consent (6(1)(a)) to legitimate-interests (6(1)(f))', 'people may object'],
    edit: (d) => (purpose(d, 'newsletter').legalBasis = 'legitimate-interests'),
  },
  {
    name: 'contract → legitimate interests',
    kind: 'legal-basis-to-legitimate-interests',
    risk: 'high',
    path: '/purposes/0/legalBasis',
    message: [
      'Legal basis of purpose "order" changed from contract (6(1)(b)) to legitimate-interests (6(1)(f))',
      'Art. 6(1)(f), 13(1)(d), 21',
    ],
    edit: (d) => (purpose(d, 'order').legalBasis = 'legitimate-interests'),
  },
  {
    name: 'a legal basis removed',
    kind: 'legal-basis-removed',
    risk: 'high',
    path: '/purposes/2/legalBasis',
    message: [
      'Purpose "bookkeeping" no longer states a legal basis (was legal-obligation (6(1)(c)))',
    ],
    edit: (d) => delete purpose(d, 'bookkeeping').legalBasis,
  },
  {
    name: 'retention lengthened',
    kind: 'retention-lengthened',
    risk: 'high',
    path: '/purposes/0/retention/duration',
    message: [
      'Retention of purpose "order" lengthened from 12 months (P12M) to 24 months (P24M) (Art. 5(1)(e), 13(2)(a)).',
    ],
    edit: (d) => (purpose(d, 'order').retention!.duration = 'P24M'),
    beforeValue: 'P12M',
    afterValue: 'P24M',
  },
  {
    name: 'retention lengthened by a day (P1Y → P367D)',
    kind: 'retention-lengthened',
    risk: 'high',
    path: '/purposes/0/retention/duration',
    message: ['lengthened from 1 year (P1Y) to 367 days (P367D)'],
    before: (d) => (purpose(d, 'order').retention!.duration = 'P1Y'),
    edit: (d) => (purpose(d, 'order').retention!.duration = 'P367D'),
  },
  {
    name: 'retention removed entirely',
    kind: 'retention-removed',
    risk: 'high',
    path: '/purposes/4/retention',
    message: ['Purpose "cctv" no longer states how long data are kept (was 30 days (P30D))'],
    edit: (d) => delete purpose(d, 'cctv').retention,
  },
  {
    name: 'a right removed',
    kind: 'right-removed',
    risk: 'high',
    path: '/rights/4',
    message: ['Right "portability" (Art. 20) is no longer listed'],
    edit: (d) => (d.rights = d.rights!.filter((r) => r !== 'portability')),
    beforeValue: 'portability',
  },
  {
    name: 'controller renamed',
    kind: 'controller-changed',
    risk: 'high',
    path: '/controller/name',
    message: [
      'Name of the controller changed from "Optimera Svenska AB" to "Optimera Sverige AB"',
      'Art. 13(1)(a)',
    ],
    edit: (d) => (d.controller.name = 'Optimera Sverige AB'),
  },
  {
    name: 'controller registration number changed',
    kind: 'controller-changed',
    risk: 'high',
    path: '/controller/registrationNumber',
    message: ['Registration number of the controller changed from "556193-8134" to "556000-0000"'],
    edit: (d) => (d.controller.registrationNumber = '556000-0000'),
  },
  {
    name: 'controller country changed',
    kind: 'controller-changed',
    risk: 'high',
    path: '/controller/country',
    message: ['Country of the controller changed from "SE" to "US"'],
    edit: (d) => (d.controller.country = 'US'),
  },
  {
    name: 'complaint authority changed',
    kind: 'complaint-authority-changed',
    risk: 'high',
    path: '/supervisoryAuthority/name',
    message: [
      'Name of the supervisory authority changed from "Integritetsskyddsmyndigheten (IMY)" to "Datainspektionen"',
      'Art. 13(2)(d), 77',
    ],
    edit: (d) => (d.supervisoryAuthority!.name = 'Datainspektionen'),
  },
  {
    name: 'complaint authority url changed',
    kind: 'complaint-authority-changed',
    risk: 'high',
    path: '/supervisoryAuthority/url',
    message: ['Web address of the supervisory authority changed'],
    edit: (d) => (d.supervisoryAuthority!.url = 'https://www.datainspektionen.se'),
  },
  {
    name: 'complaint authority removed',
    kind: 'complaint-authority-removed',
    risk: 'high',
    path: '/supervisoryAuthority',
    message: ['The supervisory authority "Integritetsskyddsmyndigheten (IMY)" is no longer named'],
    edit: (d) => delete d.supervisoryAuthority,
  },
  // ── medium ────────────────────────────────────────────────────────────────────────────
  {
    name: 'a new data category',
    kind: 'data-category-added',
    risk: 'medium',
    path: '/dataCategories/5',
    message: ['New data category "preferences" (Preferenser)', 'Art. 5(1)(c), 14(1)(d)'],
    edit: (d) => d.dataCategories!.push({ id: 'preferences', name: 'Preferenser' }),
  },
  {
    name: 'a new recipient in the EEA',
    kind: 'recipient-added',
    risk: 'medium',
    path: '/recipients/4',
    message: ['New recipient "klarna" (Klarna Bank AB) in SE (Art. 13(1)(e)).'],
    edit: (d) => d.recipients!.push({ id: 'klarna', name: 'Klarna Bank AB', country: 'SE' }),
  },
  {
    name: 'a new recipient without a country',
    kind: 'recipient-added',
    risk: 'medium',
    path: '/recipients/4',
    message: ['New recipient "installers", country not stated'],
    edit: (d) => d.recipients!.push({ id: 'installers' }),
  },
  {
    name: 'an EEA country added to a recipient',
    kind: 'recipient-country-added',
    risk: 'medium',
    path: '/recipients/0/country/1',
    message: ['Recipient "postnord" now also receives data in DK'],
    edit: (d) => (recipient(d, 'postnord').country = ['SE', 'DK']),
  },
  {
    name: 'a new group of data subjects',
    kind: 'data-subject-added',
    risk: 'medium',
    path: '/dataSubjects/2',
    message: ['New group of data subjects "supplier" (Leverantörer)'],
    edit: (d) => d.dataSubjects!.push({ id: 'supplier', name: 'Leverantörer' }),
  },
  {
    name: 'a data category added to a purpose',
    kind: 'purpose-data-category-added',
    risk: 'medium',
    path: '/purposes/0/dataCategories/1',
    message: ['Purpose "order" now uses data category "usage" (Art. 5(1)(c)).'],
    edit: (d) => purpose(d, 'order').dataCategories!.push('usage'),
  },
  {
    name: 'an EEA recipient added to a purpose',
    kind: 'purpose-recipient-added',
    risk: 'medium',
    path: '/purposes/1/recipients/0',
    message: ['Purpose "newsletter" now discloses data to recipient "postnord" in SE'],
    edit: (d) => (purpose(d, 'newsletter').recipients = ['postnord']),
  },
  {
    name: 'a data subject added to a purpose',
    kind: 'purpose-data-subject-added',
    risk: 'medium',
    path: '/purposes/1/dataSubjects/0',
    message: ['Purpose "newsletter" now covers data subjects "customer"'],
    edit: (d) => (purpose(d, 'newsletter').dataSubjects = ['customer']),
  },
  {
    name: 'a purpose removed',
    kind: 'purpose-removed',
    risk: 'medium',
    path: '/purposes/4',
    message: ['Purpose "cctv" removed', 'Art. 5(1)(b), 5(1)(e), 17(1)(a)'],
    edit: (d) => (d.purposes = d.purposes.filter((p) => p.id !== 'cctv')),
  },
  {
    name: 'contract → legal obligation',
    kind: 'legal-basis-changed',
    risk: 'medium',
    path: '/purposes/0/legalBasis',
    message: [
      'Legal basis of purpose "order" changed from contract (6(1)(b)) to legal-obligation (6(1)(c))',
    ],
    edit: (d) => (purpose(d, 'order').legalBasis = 'legal-obligation'),
  },
  {
    name: 'Art. 9(2) condition changed',
    kind: 'special-category-condition-changed',
    risk: 'medium',
    path: '/purposes/3/specialCategoryCondition',
    message: [
      'Art. 9(2) condition of purpose "occupational-health" changed from "9(2)(b)" to "9(2)(h)"',
    ],
    edit: (d) => (purpose(d, 'occupational-health').specialCategoryCondition = '9(2)(h)'),
  },
  {
    name: 'retention duration replaced by criteria',
    kind: 'retention-changed',
    risk: 'medium',
    path: '/purposes/0/retention',
    message: [
      'Retention of purpose "order" no longer states a duration (was 12 months (P12M)) but criteria',
    ],
    edit: (d) =>
      (purpose(d, 'order').retention = {
        criteria: 'Så länge kundrelationen består',
        from: 'end of the customer relationship',
      }),
  },
  {
    name: 'retention criteria reworded',
    kind: 'retention-criteria-changed',
    risk: 'medium',
    path: '/purposes/1/retention/criteria',
    message: [
      'Retention criteria of purpose "newsletter" changed from "Tills du avregistrerar dig" to "Så länge det behövs"',
    ],
    edit: (d) => (purpose(d, 'newsletter').retention!.criteria = 'Så länge det behövs'),
  },
  {
    name: 'retention criteria reworded in English only',
    kind: 'retention-criteria-changed',
    risk: 'medium',
    path: '/purposes/1/retention/criteria/en',
    message: [
      'Retention criteria of purpose "newsletter" (en) changed from "Until you unsubscribe" to "As long as needed"',
    ],
    before: (d) =>
      (purpose(d, 'newsletter').retention!.criteria = {
        sv: 'Tills du avregistrerar dig',
        en: 'Until you unsubscribe',
      }),
    edit: (d) =>
      (purpose(d, 'newsletter').retention!.criteria = {
        sv: 'Tills du avregistrerar dig',
        en: 'As long as needed',
      }),
  },
  {
    name: 'retention start changed',
    kind: 'retention-start-changed',
    risk: 'medium',
    path: '/purposes/0/retention/from',
    message: ['Start of retention (from) of purpose "order" changed', 'moves the end of retention'],
    edit: (d) => (purpose(d, 'order').retention!.from = 'the last purchase'),
  },
  {
    name: 'no longer a special category',
    kind: 'special-category-cleared',
    risk: 'medium',
    path: '/dataCategories/2/special',
    message: ['Data category "health" is no longer marked as a special category (was health)'],
    edit: (d) => delete category(d, 'health').special,
  },
  {
    name: 'no longer a national id',
    kind: 'national-id-cleared',
    risk: 'medium',
    path: '/dataCategories/1/nationalId',
    message: [
      'Data category "personal-id-number" is no longer marked as a national identification number',
    ],
    edit: (d) => delete category(d, 'personal-id-number').nationalId,
  },
  {
    name: 'data source changed to a third party',
    kind: 'data-source-changed',
    risk: 'medium',
    path: '/dataCategories/0/source',
    message: [
      'Source of data category "contact" changed from data-subject to a third party ("Adressbolaget")',
      'Art. 13, 14(2)(f)',
    ],
    edit: (d) => (category(d, 'contact').source = { thirdParty: 'Adressbolaget' }),
  },
  {
    name: 'a third party added beside the person as a source',
    kind: 'data-source-changed',
    risk: 'medium',
    path: '/dataCategories/0/source',
    message: [
      'Source of data category "contact" changed from data-subject to data-subject and a third party ("Adressbolaget")',
    ],
    edit: (d) =>
      (category(d, 'contact').source = ['data-subject', { thirdParty: 'Adressbolaget' }]),
  },
  {
    name: 'one of several third-party sources renamed',
    kind: 'data-source-changed',
    risk: 'medium',
    path: '/dataCategories/3/source',
    message: [
      'Source of data category "credit" changed from',
      'a third party ("Bisnode")',
      'a third party ("Dun & Bradstreet")',
    ],
    before: (d) =>
      (category(d, 'credit').source = [{ thirdParty: 'UC AB' }, { thirdParty: 'Bisnode' }]),
    edit: (d) =>
      (category(d, 'credit').source = [
        { thirdParty: 'UC AB' },
        { thirdParty: 'Dun & Bradstreet' },
      ]),
  },
  {
    name: 'whether providing the data is required changed',
    kind: 'provision-changed',
    risk: 'medium',
    path: '/purposes/5/provision/obligation',
    message: ['purpose "credit-check"', '"contract-entry" to "statutory"', 'Art. 13(2)(e)'],
    edit: (d) => (purpose(d, 'credit-check').provision!.obligation = 'statutory'),
  },
  {
    name: 'recipient role changed',
    kind: 'recipient-role-changed',
    risk: 'medium',
    path: '/recipients/0/role',
    message: ['Role of recipient "postnord" changed from "processor" to "controller"'],
    edit: (d) => (recipient(d, 'postnord').role = 'controller'),
  },
  {
    name: 'transfer mechanism changed, same strength (scc → bcr)',
    kind: 'transfer-mechanism-changed',
    risk: 'medium',
    path: '/recipients/3/transfer/mechanism',
    message: [
      'Transfer mechanisms of recipient "it-support" changed from scc to bcr, of the same strength',
    ],
    edit: (d) => (recipient(d, 'it-support').transfer!.mechanism = 'bcr'),
  },
  {
    name: 'one of two mechanisms dropped',
    kind: 'transfer-mechanism-changed',
    risk: 'medium',
    path: '/recipients/2/transfer/mechanism',
    message: ['changed from scc, bcr to scc'],
    edit: (d) => (recipient(d, 'marketing-partners').transfer!.mechanism = ['scc']),
  },
  {
    name: 'an automated decision added',
    kind: 'automated-decision-added',
    risk: 'medium',
    path: '/purposes/0/automatedDecision',
    message: [
      'Purpose "order" now makes an automated decision ("Bedrägerikontroll")',
      'Art. 13(2)(f), 22',
    ],
    edit: (d) => (purpose(d, 'order').automatedDecision = { decision: 'Bedrägerikontroll' }),
  },
  {
    name: 'DPO removed',
    kind: 'dpo-removed',
    risk: 'medium',
    path: '/dpo',
    message: ['The data protection officer is no longer declared', 'Art. 13(1)(b), 37'],
    edit: (d) => delete d.dpo,
  },
  {
    name: 'representative added',
    kind: 'representative-changed',
    risk: 'medium',
    path: '/representative',
    message: ['The representative in the Union (EU Rep GmbH) added (Art. 13(1)(a), 27).'],
    edit: (d) => (d.representative = { name: 'EU Rep GmbH', country: 'DE' }),
  },
  // ── low ───────────────────────────────────────────────────────────────────────────────
  {
    name: 'a data category removed',
    kind: 'data-category-removed',
    risk: 'low',
    path: '/dataCategories/4',
    message: ['Data category "usage" (Användning av webbplatsen) removed'],
    edit: (d) => (d.dataCategories = d.dataCategories!.filter((c) => c.id !== 'usage')),
  },
  {
    name: 'a recipient removed',
    kind: 'recipient-removed',
    risk: 'low',
    path: '/recipients/2',
    message: ['Recipient "marketing-partners" (Samarbetspartners inom marknadsföring) removed'],
    edit: (d) => (d.recipients = d.recipients!.filter((r) => r.id !== 'marketing-partners')),
  },
  {
    name: 'a data subject removed',
    kind: 'data-subject-removed',
    risk: 'low',
    path: '/dataSubjects/1',
    message: ['Group of data subjects "employee" (Anställda) removed'],
    edit: (d) => (d.dataSubjects = d.dataSubjects!.filter((s) => s.id !== 'employee')),
  },
  {
    name: 'a purpose stops using a category',
    kind: 'purpose-data-category-removed',
    risk: 'low',
    path: '/purposes/5/dataCategories/0',
    message: ['Purpose "credit-check" no longer uses data category "credit"'],
    edit: (d) => (purpose(d, 'credit-check').dataCategories = ['personal-id-number']),
  },
  {
    name: 'a purpose stops disclosing to a recipient',
    kind: 'purpose-recipient-removed',
    risk: 'low',
    path: '/purposes/0/recipients/0',
    message: ['Purpose "order" no longer discloses data to recipient "postnord"'],
    edit: (d) => (purpose(d, 'order').recipients = []),
  },
  {
    name: 'a purpose stops covering a data subject',
    kind: 'purpose-data-subject-removed',
    risk: 'low',
    path: '/purposes/0/dataSubjects/0',
    message: ['Purpose "order" no longer covers data subjects "customer"'],
    edit: (d) => delete purpose(d, 'order').dataSubjects,
  },
  {
    name: 'a country removed from a recipient',
    kind: 'recipient-country-removed',
    risk: 'low',
    path: '/recipients/3/country/1',
    message: ['Recipient "it-support" no longer lists IN'],
    edit: (d) => (recipient(d, 'it-support').country = 'SE'),
  },
  {
    name: 'a transfer mechanism added',
    kind: 'transfer-mechanism-added',
    risk: 'low',
    path: '/recipients/0/transfer/mechanism',
    message: ['Recipient "postnord" now states a transfer mechanism: scc'],
    edit: (d) => (recipient(d, 'postnord').transfer = { mechanism: 'scc' }),
  },
  {
    name: 'a transfer mechanism strengthened (derogation → scc)',
    kind: 'transfer-mechanism-strengthened',
    risk: 'low',
    path: '/recipients/3/transfer/mechanism',
    message: [
      'Transfer mechanism of recipient "it-support" strengthened from explicit-consent to scc',
    ],
    before: (d) => (recipient(d, 'it-support').transfer!.mechanism = 'explicit-consent'),
    edit: (d) => (recipient(d, 'it-support').transfer!.mechanism = 'scc'),
  },
  {
    name: 'a legal basis added',
    kind: 'legal-basis-added',
    risk: 'low',
    path: '/purposes/2/legalBasis',
    message: ['Purpose "bookkeeping" now states its legal basis: legal-obligation (6(1)(c))'],
    before: (d) => delete purpose(d, 'bookkeeping').legalBasis,
    edit: (d) => (purpose(d, 'bookkeeping').legalBasis = 'legal-obligation'),
  },
  {
    name: 'retention shortened',
    kind: 'retention-shortened',
    risk: 'low',
    path: '/purposes/2/retention/duration',
    message: ['Retention of purpose "bookkeeping" shortened from 7 years (P7Y) to 5 years (P5Y)'],
    edit: (d) => (purpose(d, 'bookkeeping').retention!.duration = 'P5Y'),
  },
  {
    name: 'retention added',
    kind: 'retention-added',
    risk: 'low',
    path: '/purposes/5/retention',
    message: ['Purpose "credit-check" now states its retention: 3 months (P3M)'],
    edit: (d) => (purpose(d, 'credit-check').retention = { duration: 'P3M' }),
  },
  {
    name: 'a right added',
    kind: 'right-added',
    risk: 'low',
    path: '/rights/8',
    message: ['Right "automated-decision" (Art. 22) is now listed'],
    edit: (d) => d.rights!.push('automated-decision'),
  },
  {
    name: 'a complaint authority named',
    kind: 'complaint-authority-added',
    risk: 'low',
    path: '/supervisoryAuthority',
    message: ['The supervisory authority "Integritetsskyddsmyndigheten (IMY)" is now named'],
    before: (d) => delete d.supervisoryAuthority,
    edit: (d) => (d.supervisoryAuthority = { name: 'Integritetsskyddsmyndigheten (IMY)' }),
  },
  {
    name: 'a DPO declared',
    kind: 'dpo-added',
    risk: 'low',
    path: '/dpo',
    message: ['A data protection officer is now declared'],
    before: (d) => delete d.dpo,
    edit: (d) => (d.dpo = { email: 'dpo@optimera.se' }),
  },
  {
    name: 'an automated decision removed',
    kind: 'automated-decision-removed',
    risk: 'low',
    path: '/purposes/5/automatedDecision',
    message: ['Purpose "credit-check" no longer makes an automated decision'],
    edit: (d) => delete purpose(d, 'credit-check').automatedDecision,
  },
  {
    name: 'an example added',
    kind: 'example-added',
    risk: 'low',
    path: '/dataCategories/0/examples/2',
    message: ['Example "telefonnummer" added to data category "contact"'],
    edit: (d) => category(d, 'contact').examples!.push('telefonnummer'),
  },
  {
    name: 'an example removed',
    kind: 'example-removed',
    risk: 'low',
    path: '/dataCategories/0/examples/1',
    message: ['Example "adress" removed from data category "contact"'],
    edit: (d) => (category(d, 'contact').examples = ['namn']),
  },
  {
    name: 'the English name of a category changed',
    kind: 'text-changed',
    risk: 'low',
    path: '/dataCategories/0/name/en',
    message: [
      'Name of data category "contact" (en) changed from "Contact details" to "Contact information"',
    ],
    edit: (d) =>
      (category(d, 'contact').name = { sv: 'Kontaktuppgifter', en: 'Contact information' }),
    beforeValue: 'Contact details',
    afterValue: 'Contact information',
  },
  {
    name: 'an English name added beside the Swedish one',
    kind: 'text-changed',
    risk: 'low',
    path: '/purposes/0/name/en',
    message: ['Name of purpose "order" added in en: "Handle orders and delivery"'],
    edit: (d) =>
      (purpose(d, 'order').name = {
        sv: 'Hantera köp och leverans',
        en: 'Handle orders and delivery',
      }),
  },
  {
    name: "a translation of the controller's name added",
    kind: 'text-changed',
    risk: 'low',
    path: '/controller/name/en',
    message: ['Name of the controller added in en'],
    edit: (d) => (d.controller.name = { sv: 'Optimera Svenska AB', en: 'Optimera Sweden Ltd' }),
  },
  {
    name: 'a description added',
    kind: 'text-changed',
    risk: 'low',
    path: '/recipients/0/description',
    message: ['Description of recipient "postnord" added: "Levererar paket"'],
    edit: (d) => (recipient(d, 'postnord').description = 'Levererar paket'),
  },
  {
    name: 'controller e-mail changed',
    kind: 'contact-changed',
    risk: 'low',
    path: '/controller/email',
    message: [
      'E-mail of the controller changed from "dataskydd@optimera.se" to "privacy@optimera.se"',
    ],
    edit: (d) => (d.controller.email = 'privacy@optimera.se'),
  },
  {
    name: 'a strictly necessary access to the device added',
    kind: 'detail-changed',
    risk: 'low',
    path: '/purposes/0/deviceAccess',
    message: [
      'Purpose "order" now stores or reads information on the user\'s device where strictly necessary',
      'exempt from consent',
    ],
    edit: (d) => (purpose(d, 'order').deviceAccess = 'strictly-necessary'),
  },
  {
    name: 'an access to the device for advertising removed',
    kind: 'device-access-removed',
    risk: 'low',
    path: '/purposes/1/deviceAccess/1',
    message: [
      'Purpose "newsletter" no longer stores or reads information on the user\'s device for advertising',
    ],
    before: (d) => (purpose(d, 'newsletter').deviceAccess = ['analytics', 'advertising']),
    edit: (d) => (purpose(d, 'newsletter').deviceAccess = 'analytics'),
  },
  {
    name: 'how to exercise the rights reworded',
    kind: 'text-changed',
    risk: 'low',
    path: '/rightsExercise',
    message: ['How to exercise the rights', 'Art. 12(2), 13(2)(b)'],
    before: (d) => (d.rightsExercise = 'Skriv till dataskydd@optimera.se.'),
    edit: (d) => (d.rightsExercise = 'Använd formuläret på https://www.optimera.se/gdpr.'),
  },
  {
    name: 'security measures reworded',
    kind: 'text-changed',
    risk: 'low',
    path: '/securityMeasures',
    message: ['Security measures', 'Art. 30(1)(g), 32(1)'],
    before: (d) => (d.securityMeasures = 'Kryptering och behörighetsstyrning.'),
    edit: (d) => (d.securityMeasures = 'Kryptering, behörighetsstyrning och loggning.'),
  },
  {
    name: 'a purpose describes its own security measures',
    kind: 'text-changed',
    risk: 'low',
    path: '/purposes/5/securityMeasures',
    message: ['Security measures', 'Art. 30(1)(g), 32(1)'],
    edit: (d) =>
      (purpose(d, 'credit-check').securityMeasures = 'Kreditupplysningar sparas krypterade.'),
  },
  {
    name: 'notice date changed',
    kind: 'detail-changed',
    risk: 'low',
    path: '/updated',
    message: ['The notice date (updated) changed from "2024-04-17" to "2025-01-01"'],
    edit: (d) => (d.updated = '2025-01-01'),
  },
];

function run(c: Pick<Case, 'before' | 'edit'>): {
  base: Declaration;
  head: Declaration;
  changes: Change[];
} {
  const base = fixture();
  c.before?.(base);
  const head = structuredClone(base);
  c.edit(head);
  return { base, head, changes: diff(base, head, { today: TODAY }).changes };
}

describe('diff: one hand-written pair per kind', () => {
  it.each(CASES.map((c) => [`${c.kind} (${c.risk}): ${c.name}`, c] as const))('%s', (_, c) => {
    const { changes } = run(c);
    expect(changes, JSON.stringify(changes, null, 2)).toHaveLength(c.count ?? 1);
    const change = changes.find((x) => x.kind === c.kind);
    expect(change, JSON.stringify(changes, null, 2)).toBeDefined();
    expect(change!.risk).toBe(c.risk);
    expect(change!.path).toBe(c.path);
    for (const part of c.message) expect(change!.message).toContain(part);
    if ('beforeValue' in c) expect(change!.before).toEqual(c.beforeValue);
    if ('afterValue' in c) expect(change!.after).toEqual(c.afterValue);
  });

  it('has a case for every kind, at the risk CHANGE_KINDS gives it', () => {
    const covered = new Map(CASES.map((c) => [c.kind, c.risk]));
    // A deleted file has no head to diff: declarationRemoved, below.
    for (const { kind, risk } of CHANGE_KINDS.filter((k) => k.kind !== 'declaration-removed'))
      expect(covered.get(kind), kind).toBe(risk);
  });

  it('one edit, one change: a recipient deleted with the references to it is one recipient-removed naming its purposes', () => {
    const base = fixture();
    const head = structuredClone(base);
    head.recipients = head.recipients!.filter((r) => r.id !== 'postnord');
    for (const p of head.purposes)
      if (p.recipients) p.recipients = p.recipients.filter((r) => r !== 'postnord');
    const { changes } = diff(base, head, { today: TODAY });
    expect(changes.map((c) => c.kind)).toEqual(['recipient-removed']);
    expect(changes[0]!.message).toContain('Purpose "order" no longer discloses data to it.');
  });

  it('declaration-removed (high): a deleted declaration, counting what it told people', () => {
    const change = declarationRemoved(fixture());
    expect(change).toMatchObject({ kind: 'declaration-removed', risk: 'high', path: '' });
    expect(change.message).toContain(
      'The declaration is deleted with its 6 purposes, 4 recipients and 8 rights',
    );
    expect(change.message).toContain('Art. 12(1), 13, 14');
    expect(declarationRemoved(undefined).message).toMatch(/^The declaration is deleted: /);
  });
});

describe('CHANGE_KINDS', () => {
  it('is a set of unique kinds, each with a risk and a description citing an article or saying what changed', () => {
    const kinds = CHANGE_KINDS.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const k of CHANGE_KINDS) {
      expect(['high', 'medium', 'low']).toContain(k.risk);
      expect(k.description.length).toBeGreaterThan(20);
    }
  });

  it('is documented in docs/diff-kinds.md, each kind with its risk, and nothing more', () => {
    const doc = readFileSync(new URL('../../../../docs/diff-kinds.md', import.meta.url), 'utf8');
    // The table's first two cells, trimmed (a formatter may pad them).
    const rows = doc
      .split('\n')
      .filter((line) => /^\| *`[a-z-]+` *\|/u.test(line))
      .map((line) =>
        line
          .split('|')
          .slice(1, 3)
          .map((cell) => cell.trim())
          .join(' '),
      );
    expect(rows.sort()).toEqual(CHANGE_KINDS.map(({ kind, risk }) => `\`${kind}\` ${risk}`).sort());
  });

  it('pairs every -added kind with a -removed kind', () => {
    const kinds = new Set<string>(CHANGE_KINDS.map((k) => k.kind));
    for (const kind of kinds)
      if (kind.endsWith('-added'))
        expect(
          [...kinds].some((k) => k.endsWith('-removed')),
          kind,
        ).toBe(true);
  });
});

describe('diff: no change', () => {
  const same: Array<[string, (d: Declaration) => void, ((d: Declaration) => void)?]> = [
    [
      'every list reordered',
      (d) => {
        d.purposes.reverse();
        d.dataCategories!.reverse();
        d.recipients!.reverse();
        d.dataSubjects!.reverse();
        d.rights!.reverse();
        purpose(d, 'credit-check').dataCategories!.reverse();
        category(d, 'contact').examples!.reverse();
        recipient(d, 'marketing-partners').transfer!.mechanism = ['bcr', 'scc'];
        recipient(d, 'it-support').country = ['IN', 'SE'];
      },
    ],
    ['P12M → P1Y', (d) => (purpose(d, 'order').retention!.duration = 'P1Y')],
    ['P12M → P365D', (d) => (purpose(d, 'order').retention!.duration = 'P365D')],
    ['P7Y → P84M', (d) => (purpose(d, 'bookkeeping').retention!.duration = 'P84M')],
    ['P30D → P4W2D', (d) => (purpose(d, 'cctv').retention!.duration = 'P4W2D')],
    ['a country as a one-element list', (d) => (recipient(d, 'postnord').country = ['SE'])],
    [
      'a mechanism as a one-element list',
      (d) => (recipient(d, 'google-analytics').transfer!.mechanism = ['dpf']),
    ],
    [
      'UK and GB are one country',
      (d) => (recipient(d, 'postnord').country = ['SE', 'UK']),
      (d) => (recipient(d, 'postnord').country = ['GB', 'SE']),
    ],
    ['lower-case country code', (d) => (recipient(d, 'postnord').country = 'se')],
    ['whitespace in text', (d) => (purpose(d, 'order').name = '  Hantera köp \n och leverans\n')],
    [
      'a plain string becomes the same text in the declaration language',
      (d) => (category(d, 'personal-id-number').name = { sv: 'Personnummer' }),
    ],
    ['another way to cite the article', (d) => (purpose(d, 'order').article = 'art. 6.1 b')],
    [
      'another way to cite the Art. 9(2) condition',
      (d) => (purpose(d, 'occupational-health').specialCategoryCondition = '9 (2) (b)'),
    ],
    [
      'the alias of religious beliefs',
      (d) => (category(d, 'usage').special = 'religious-beliefs'),
      (d) => (category(d, 'usage').special = 'religious-philosophical-beliefs'),
    ],
    ['a right listed twice', (d) => d.rights!.push('access')],
    ['representative null vs absent', (d) => (d.representative = null)],
    ['trailing slash on a url', (d) => (d.supervisoryAuthority!.url = 'https://www.imy.se/')],
    ['e-mail case', (d) => (d.controller.email = 'Dataskydd@Optimera.se')],
    [
      'declaration language changed, plain texts unchanged',
      (d) => (d.language = 'sv-SE'),
      undefined,
    ],
  ];
  it.each(same.filter(([name]) => !name.startsWith('declaration language')))(
    '%s',
    (_, edit, before) => {
      const { changes } = run({ before, edit });
      expect(changes).toEqual([]);
    },
  );

  it('a language change alone is one detail change, not a change to every text', () => {
    const { changes } = run({ edit: (d) => (d.language = 'sv-SE') });
    expect(changes.map((c) => [c.kind, c.path])).toEqual([['detail-changed', '/language']]);
  });

  it('comments, quoting, flow vs block style and key order cannot matter', () => {
    const a = load(`privacyspec: "1.0"
controller: {name: Acme AB, country: SE}
# the purposes
purposes:
  - id: order
    legalBasis: contract   # 6(1)(b)
    dataCategories: [contact, address]
    retention: {duration: P1Y}
recipients:
  - {id: postnord, country: [SE, DK]}
`).declaration!;
    const b = load(`privacyspec: '1.0'
recipients:
  - country:
      - DK
      - "SE"
    id: "postnord"
purposes:
  - retention:
      duration: "P12M"
    dataCategories:
      - address
      - contact
    legalBasis: 'contract'
    id: order
controller:
  country: "SE"
  name: >-
    Acme
    AB
`).declaration!;
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(diff(a, b).changes).toEqual([]);
  });
});

describe('diff: several changes', () => {
  it('a changed id is a removal plus an addition', () => {
    const { changes } = run({ edit: (d) => (category(d, 'usage').id = 'web-usage') });
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['data-category-added', '/dataCategories/4'],
      ['data-category-removed', '/dataCategories/4'],
    ]);
  });

  it('a multilingual text compares per language: only the changed version is reported', () => {
    const { changes } = run({
      before: (d) =>
        (purpose(d, 'order').description = {
          sv: 'Vi levererar',
          en: 'We deliver',
          de: 'Wir liefern',
        }),
      edit: (d) =>
        (purpose(d, 'order').description = {
          de: 'Wir liefern',
          en: 'We deliver your order',
          sv: 'Vi levererar',
        }),
    });
    expect(changes).toEqual([
      {
        kind: 'text-changed',
        risk: 'low',
        path: '/purposes/0/description/en',
        message:
          'Description of purpose "order" (en) changed from "We deliver" to "We deliver your order".',
        before: 'We deliver',
        after: 'We deliver your order',
      },
    ]);
  });

  it('sorts high, then medium, then low, and by path within a risk (indexes as numbers)', () => {
    const { changes } = run({
      edit: (d) => {
        d.updated = '2025-01-01'; // low
        for (let i = 0; i < 11; i++) d.purposes.push({ id: `extra-${i}` }); // high, /purposes/6 … /purposes/16
        purpose(d, 'order').dataCategories!.push('usage'); // medium
        purpose(d, 'order').retention!.duration = 'P2Y'; // high
      },
    });
    const risks = changes.map((c) => c.risk);
    expect(risks).toEqual(
      [...risks].sort(
        (a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b),
      ),
    );
    expect(changes.filter((c) => c.risk === 'high').map((c) => c.path)).toEqual([
      '/purposes/0/retention/duration',
      ...Array.from({ length: 11 }, (_, i) => `/purposes/${6 + i}`),
    ]);
  });

  it('a recipient moved from the EEA to the US: the new country is high, the old one low', () => {
    const { changes } = run({ edit: (d) => (recipient(d, 'postnord').country = 'US') });
    expect(changes.map((c) => [c.kind, c.risk, c.path])).toEqual([
      ['recipient-third-country-added', 'high', '/recipients/0/country'],
      ['recipient-country-removed', 'low', '/recipients/0/country'],
    ]);
  });

  it('a new declaration against an empty one: every entry is an addition', () => {
    const empty: Declaration = { privacyspec: '1.0', controller: {}, purposes: [] };
    const { changes } = diff(empty, fixture(), { today: TODAY });
    const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
    expect(count('purpose-added')).toBe(6);
    expect(count('recipient-added') + count('third-country-recipient-added')).toBe(4);
    expect(count('third-country-recipient-added')).toBe(3);
    expect(count('special-category-added')).toBe(1);
    expect(count('national-id-added')).toBe(1);
    expect(count('data-category-added')).toBe(3);
    expect(count('right-added')).toBe(8);
    expect(
      changes.every((c) => c.kind !== 'controller-changed' || c.path.startsWith('/controller/')),
    ).toBe(true);
  });

  it('the change leaves the inputs untouched', () => {
    const base = fixture();
    const head = fixture();
    head.purposes.reverse();
    const snapshot = JSON.stringify([base, head]);
    diff(base, head);
    expect(JSON.stringify([base, head])).toBe(snapshot);
  });
});
