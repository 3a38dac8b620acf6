import {
  art9ConditionOf,
  isOutsideEea,
  legalBasisById,
  mechanismById,
  normalizeCountryEntry,
  type DataCategory,
  type Declaration,
  type Mechanism,
  type Purpose,
  type Recipient,
  type Right,
  type Text,
} from '@privacyspec/schema';
import { TextPicker } from '../declaration-text.js';
import { asList, sourceList } from '../lists.js';
import type {
  TiltDataDisclosed,
  TiltDocument,
  TiltRight,
  TiltSource,
  TiltStorage,
  TiltThirdCountryTransfer,
} from './types.js';
import { slug } from './slug.js';

/** A declaration text in the export's language, '' when absent. */
type Plain = (value: Text | undefined) => string;

export interface TiltExportOptions {
  /** The language of the TILT document and of the texts picked from language maps; default: the declaration's, else en. */
  lang?: string;
  /** The date written as `meta.created` / `modified` when the declaration gives no `updated` (default: today). */
  today?: string;
}

/** TILT's `legalBases[].reference` for an article of the GDPR: `GDPR-6-1-a`. */
export const tiltReference = (article: number, paragraph: number, letter: string) =>
  `GDPR-${article}-${paragraph}-${letter}`;

/** Which TILT field holds a Chapter V mechanism, from its kind in the reference data. */
const STANDARD_CLAUSES: ReadonlySet<Mechanism> = new Set(['scc', 'sa-scc']);
const isAdequacy = (m: Mechanism) => mechanismById(m)?.kind === 'adequacy';
const isStandardClauses = (m: Mechanism) => STANDARD_CLAUSES.has(m);
const isOtherGuarantee = (m: Mechanism) =>
  mechanismById(m)?.kind === 'safeguard' && !STANDARD_CLAUSES.has(m);

export interface TiltExport {
  /** The TILT document as JSON text. */
  json: string;
  /** Facts TILT requires in a set form that the declaration does not give, and why: written empty, so the document does not validate until they are added. */
  missing: string[];
}

/**
 * The declaration as a TILT document. TILT is organised by data category; so that nothing is
 * merged that the declaration keeps apart, each `dataDisclosed` entry is one category used for
 * one purpose, with that purpose's basis, recipients, retention and provision (a purpose that
 * names no category gets an entry whose `category` is empty). TILT requires some fields the
 * declaration may not hold (a DPO, a representative): they are written empty, never invented.
 */
export async function exportTilt(
  declaration: Declaration,
  options: TiltExportOptions = {},
): Promise<TiltExport> {
  const language = tiltLanguage(options.lang ?? declaration.language);
  const text = new TextPicker(language, declaration.language);
  const plain: Plain = (value) => text.plain(value) ?? '';
  const date = declaration.updated ?? options.today ?? new Date().toISOString().slice(0, 10);
  const controllerCountry = twoLetter(declaration.controller.country) ?? '';
  const rights = new Set<Right>(declaration.rights ?? []);
  const exercise = plain(declaration.rightsExercise);
  /** TILT's field for one or more of the declaration's rights: available when any is given. */
  const right = (...ids: Right[]): TiltRight => {
    const available = ids.some((id) => rights.has(id));
    // TILT asks for a description whenever a right is available.
    return available ? { available, description: exercise } : { available };
  };
  const categoryById = new Map((declaration.dataCategories ?? []).map((c) => [c.id, c]));
  const recipientById = new Map((declaration.recipients ?? []).map((r) => [r.id, r]));
  const authority = declaration.supervisoryAuthority;
  const automated = declaration.purposes.filter((p) => p.automatedDecision !== undefined);

  const document: TiltDocument = {
    meta: {
      _id: `privacyspec:${slug(plain(declaration.controller.name)) || 'declaration'}`,
      name: plain(declaration.controller.name),
      created: date,
      modified: date,
      version: 1,
      language,
      status: 'active',
      url: declaration.controller.url ?? '',
      _hash: '',
    },
    controller: {
      name: plain(declaration.controller.name),
      address: plain(declaration.controller.address),
      country: controllerCountry,
      representative: {
        name: plain(declaration.representative?.name),
        email: declaration.representative?.email ?? '',
        ...optional('phone', declaration.representative?.phone),
      },
    },
    dataProtectionOfficer: {
      name: plain(declaration.dpo?.name),
      address: plain(declaration.dpo?.address),
      // The DPO acts for the controller; TILT asks for a country the declaration gives only for the controller.
      country: controllerCountry,
      email: declaration.dpo?.email ?? '',
      ...optional('phone', declaration.dpo?.phone),
    },
    dataDisclosed: declaration.purposes.flatMap((purpose) => {
      const categories = asList(purpose.dataCategories).map((id) => categoryById.get(id) ?? { id });
      return (categories.length > 0 ? categories : [undefined]).map((category) =>
        disclosed(purpose, category, plain, recipientById),
      );
    }),
    thirdCountryTransfers: (declaration.recipients ?? []).flatMap((recipient) =>
      transfers(recipient, plain),
    ),
    accessAndDataPortability: right('access'),
    sources: (declaration.dataCategories ?? []).flatMap((category) => sources(category, plain)),
    rightToInformation: right('access'),
    rightToRectificationOrDeletion: right('rectification', 'erasure'),
    rightToDataPortability: right('portability'),
    rightToWithdrawConsent: right('withdraw-consent'),
    rightToComplain: {
      ...right('complaint'),
      ...optional('url', authority?.url),
      // TILT asks for the authority whenever the right is available.
      ...(authority !== undefined || rights.has('complaint')
        ? {
            supervisoryAuthority: {
              name: plain(authority?.name),
              ...optional('country', twoLetter(authority?.country)),
            },
          }
        : {}),
    },
    automatedDecisionMaking:
      automated.length > 0
        ? {
            inUse: true,
            logicInvolved: joined(automated.map((p) => plain(p.automatedDecision?.logic))),
            scopeAndIntendedEffects: joined(
              automated.map((p) =>
                joined([
                  plain(p.automatedDecision?.decision),
                  plain(p.automatedDecision?.significance),
                ]),
              ),
            ),
          }
        : { inUse: false },
    changesOfPurpose: [],
  };
  document.meta._hash = await sha256Hex(JSON.stringify(document));
  const declared = declaration.controller.country;
  const missing =
    controllerCountry === ''
      ? [
          `controller.country as a two-letter country code (for the controller and its DPO); ${declared === undefined ? 'the declaration gives none' : `"${declared}" is not one`}`,
        ]
      : [];
  return { json: `${JSON.stringify(document, null, 2)}\n`, missing };
}

function disclosed(
  purpose: Purpose,
  category: DataCategory | undefined,
  plain: Plain,
  recipientById: ReadonlyMap<string, Recipient>,
): TiltDataDisclosed {
  const basis = purpose.legalBasis !== undefined ? legalBasisById(purpose.legalBasis) : undefined;
  const condition =
    purpose.specialCategoryCondition !== undefined
      ? art9ConditionOf(purpose.specialCategoryCondition)
      : undefined;
  const obligation = purpose.provision?.obligation;
  return {
    _id: `${category?.id ?? ''}:${purpose.id}`,
    category: category !== undefined ? plain(category.name) || category.id : '',
    purposes: [
      { purpose: plain(purpose.name) || purpose.id, description: plain(purpose.description) },
    ],
    legalBases: [
      ...(basis !== undefined
        ? [
            {
              reference: tiltReference(6, 1, basis.letter),
              ...optional('description', plain(purpose.legalObligation)),
            },
          ]
        : []),
      ...(condition !== undefined ? [{ reference: tiltReference(9, 2, condition.letter) }] : []),
    ],
    legitimateInterests:
      purpose.legalBasis === 'legitimate-interests'
        ? [{ exists: true, reasoning: plain(purpose.legitimateInterest) }]
        : [],
    recipients: asList(purpose.recipients).map((id) => {
      const recipient = recipientById.get(id);
      return {
        ...optional('name', plain(recipient?.name) || (recipient === undefined ? id : '')),
        ...optional('country', twoLetter(asList(recipient?.country)[0])),
        category: recipient?.role ?? plain(recipient?.description),
      };
    }),
    storage: storage(purpose.retention, plain),
    nonDisclosure: {
      legalRequirement: obligation === 'statutory',
      contractualRegulation: obligation === 'contractual' || obligation === 'contract-entry',
      obligationToProvide: obligation === 'statutory' || obligation === 'contractual',
      consequences: plain(purpose.provision?.consequences),
    },
  };
}

/** A duration becomes TILT's `temporal` (with its start and criteria), criteria alone `purposeConditional`. */
function storage(retention: Purpose['retention'], plain: Plain): TiltStorage[] {
  if (retention === undefined) return [];
  if (retention.duration !== undefined)
    return [
      {
        temporal: [
          {
            description: joined([plain(retention.from), plain(retention.criteria)]),
            ttl: retention.duration,
          },
        ],
        aggregationFunction: 'max',
      },
    ];
  return [
    {
      ...(retention.criteria !== undefined
        ? { purposeConditional: [plain(retention.criteria)] }
        : {}),
      aggregationFunction: 'max',
    },
  ];
}

function transfers(recipient: Recipient, plain: Plain): TiltThirdCountryTransfer[] {
  const mechanisms = asList(recipient.transfer?.mechanism);
  const description = joined([
    plain(recipient.transfer?.description),
    recipient.transfer?.copyAt ?? '',
  ]);
  const field = (holds: (m: Mechanism) => boolean) =>
    mechanisms.some(holds) ? { available: true, description } : { available: false };
  return asList(recipient.country)
    .filter((entry) => isOutsideEea(entry))
    .flatMap((entry) => twoLetter(entry) ?? [])
    .map((country) => ({
      country,
      adequacyDecision: field(isAdequacy),
      appropriateGuarantees: field(isOtherGuarantee),
      standardDataProtectionClause: field(isStandardClauses),
    }));
}

function sources(category: DataCategory, plain: Plain): TiltSource[] {
  const list = sourceList(category).flatMap((source) =>
    source === 'data-subject'
      ? []
      : source === 'public'
        ? [{ description: '', url: '', publiclyAvailable: true }]
        : [
            {
              description: plain(source.thirdParty),
              url: '',
              publiclyAvailable: source.public === true,
            },
          ],
  );
  return list.length > 0
    ? [{ _id: category.id, dataCategory: plain(category.name) || category.id, sources: list }]
    : [];
}

/** TILT takes an ISO 639-1 code; a BCP 47 tag gives its primary subtag. */
function tiltLanguage(tag: string | undefined): string {
  const primary = tag?.toLowerCase().split('-')[0];
  return primary !== undefined && /^[a-z]{2}$/.test(primary) ? primary : 'en';
}

/** A two-letter country code, or nothing for EEA / non-EEA / intl: entries, which TILT cannot hold. */
function twoLetter(entry: string | undefined): string | undefined {
  if (entry === undefined) return undefined;
  const code = normalizeCountryEntry(entry);
  return /^[A-Z]{2}$/.test(code) ? code : undefined;
}

function joined(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** `{ [key]: value }` when there is a value, so that absent facts stay absent. */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: string });
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
