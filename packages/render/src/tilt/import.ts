import {
  isEeaCountry,
  legalBasisByLetter,
  normalizeCountryCode,
  parseDuration,
  type DataCategory,
  type Declaration,
  type Mechanism,
  type Provision,
  type Purpose,
  type Recipient,
  type Right,
} from '@privacyspec/schema';
import { Document, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type {
  TiltDataDisclosed,
  TiltDocument,
  TiltRecipient,
  TiltThirdCountryTransfer,
} from './types.js';
import { slug } from './slug.js';

/** Why a TILT file could not be read, at a 1-based line and column. */
export interface TiltImportProblem {
  line: number;
  column: number;
  message: string;
}

export type TiltImport =
  | { ok: true; yaml: string; declaration: Declaration }
  | { ok: false; problems: TiltImportProblem[] };

type Draft = Omit<Declaration, 'purposes'> & { purposes: Purpose[] };
/** Comments for the written file, by the path of the node they stand before (`""` is the file's head). */
type Notes = Map<string, string[]>;

const ROLES: ReadonlySet<string> = new Set([
  'processor',
  'controller',
  'joint-controller',
  'public-authority',
]);

/**
 * Reads a TILT document (JSON) and writes the privacy.yaml it says: the controller, DPO,
 * authority, data categories and their sources, purposes with their bases, retention and
 * provision, recipients with their transfers, and rights. What TILT holds that has no place in
 * a declaration, or that it leaves ambiguous (two legal bases for a category used for two
 * purposes), becomes a comment at the place it concerns: nothing is dropped silently, and
 * nothing is guessed.
 */
export function importTilt(jsonText: string): TiltImport {
  const parsed = parseDocument(jsonText.replace(/^\uFEFF/, ''));
  if (parsed.errors.length > 0) {
    return {
      ok: false,
      problems: parsed.errors.map((error) => ({
        line: error.linePos?.[0].line ?? 1,
        column: error.linePos?.[0].col ?? 1,
        message: `not JSON: ${error.message.split('\n')[0] ?? error.code}`,
      })),
    };
  }
  let tilt: unknown;
  try {
    // JSON has no aliases; YAML that uses them is not a TILT document.
    tilt = parsed.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return {
      ok: false,
      problems: [{ line: 1, column: 1, message: `not JSON: ${(error as Error).message}` }],
    };
  }
  if (typeof tilt !== 'object' || tilt === null || Array.isArray(tilt))
    return {
      ok: false,
      problems: [{ line: 1, column: 1, message: 'a TILT document is a JSON object' }],
    };
  const notes: Notes = new Map();
  const declaration = toDeclaration(tilt as Partial<TiltDocument>, notes);
  return { ok: true, yaml: toYaml(declaration, notes), declaration };
}

function toDeclaration(tilt: Partial<TiltDocument>, notes: Notes): Declaration {
  const note = (path: string, line: string) => notes.set(path, [...(notes.get(path) ?? []), line]);
  const meta = tilt.meta;
  note(
    '',
    `Imported from TILT${meta?._id ? ` document ${meta._id}` : ''}${meta?.version !== undefined ? `, version ${meta.version}` : ''}${meta?.url ? `, the notice at ${meta.url}` : ''}.`,
  );
  const controller = tilt.controller;
  const draft: Draft = {
    privacyspec: '1.0',
    ...some('language', language(meta?.language)),
    ...some('updated', dateOf(meta?.modified)),
    controller: {
      ...some('name', text(controller?.name)),
      ...some('country', country(controller?.country)),
      ...some('address', text(controller?.address)),
    },
    purposes: [],
  };
  if (controller?.division) note('controller', `TILT controller.division: ${controller.division}`);
  if (text(controller?.country) !== undefined && draft.controller.country === undefined)
    note(
      'controller',
      `TILT controller.country, not a two-letter country code: ${text(controller?.country)}`,
    );

  const representative = controller?.representative;
  if (text(representative?.name) || text(representative?.email)) {
    // TILT's representative is "a responsible real person that represents the controller"; the
    // declaration's is the Art. 27 representative, which only a controller outside the EEA has.
    const outside =
      draft.controller.country !== undefined && !isEeaCountry(draft.controller.country);
    if (outside)
      draft.representative = {
        ...some('name', text(representative?.name)),
        ...some('email', email(representative?.email)),
        ...some('phone', text(representative?.phone)),
      };
    else
      note(
        'controller',
        `TILT controller.representative (a person representing the controller, not an Art. 27 representative): ${[representative?.name, representative?.email, representative?.phone].filter(Boolean).join(', ')}`,
      );
  }
  const dpo = tilt.dataProtectionOfficer;
  if (text(dpo?.email) !== undefined && email(dpo?.email) === undefined)
    note('dpo', `TILT dataProtectionOfficer.email, not an e-mail address: ${text(dpo?.email)}`);
  if (text(dpo?.name) || text(dpo?.email))
    draft.dpo = {
      ...some('name', text(dpo?.name)),
      ...some('email', email(dpo?.email)),
      ...some('phone', text(dpo?.phone)),
      ...some('address', text(dpo?.address)),
    };
  const authority = tilt.rightToComplain?.supervisoryAuthority;
  if (text(authority?.name))
    draft.supervisoryAuthority = {
      name: text(authority?.name)!,
      ...some('url', text(tilt.rightToComplain?.url)),
      ...some('country', country(authority?.country)),
    };

  const categories = new Ids<DataCategory>();
  const recipients = new Ids<Recipient>();
  const purposes = new Ids<Purpose>();
  const bases = new Map<string, Set<string>>();
  for (const [index, entry] of objects(tilt.dataDisclosed).entries())
    readDisclosed(entry, index, { categories, recipients, purposes, bases, note });

  for (const source of objects(tilt.sources)) {
    const category = categories.byName(text(source.dataCategory) ?? '');
    const list = objects(source.sources).map((s) =>
      text(s.description) || text(s.url)
        ? {
            thirdParty: [text(s.description), text(s.url)].filter(Boolean).join(' '),
            ...(s.publiclyAvailable ? { public: true } : {}),
          }
        : ('public' as const),
    );
    if (list.length === 0) continue;
    if (category === undefined) {
      note(
        'dataCategories',
        `TILT sources for "${source.dataCategory}", a category no data disclosed names: ${JSON.stringify(source.sources)}`,
      );
      continue;
    }
    category.source = list.length === 1 ? list[0]! : (list as DataCategory['source']);
  }
  for (const [index, transfer] of objects(tilt.thirdCountryTransfers).entries())
    readTransfer(transfer, index, recipients, note);

  draft.dataCategories = categories.values();
  draft.purposes = purposes.values().map((purpose, index) => {
    const given = bases.get(purpose.id);
    if (given !== undefined && given.size > 1) {
      note(
        `purposes.${index}`,
        `TILT gives several Art. 6(1) bases for the data this purpose uses, without saying which applies: ${[...given].join(', ')}`,
      );
      delete purpose.legalBasis;
    }
    return purpose;
  });
  draft.recipients = recipients.values();
  if (draft.dataCategories.length === 0) delete draft.dataCategories;
  if (draft.recipients.length === 0) delete draft.recipients;

  const rights = readRights(tilt);
  if (rights.length > 0) draft.rights = rights;
  const exercise = [
    tilt.accessAndDataPortability,
    tilt.rightToInformation,
    tilt.rightToRectificationOrDeletion,
    tilt.rightToDataPortability,
    tilt.rightToWithdrawConsent,
  ]
    .flatMap((right) => [text(right?.description), text(right?.url), text(right?.email)])
    // The complaint right's url is the authority's, already in supervisoryAuthority.
    .concat(text(tilt.rightToComplain?.description) ?? [])
    .filter((value): value is string => value !== undefined);
  const distinct = [...new Set(exercise)];
  if (distinct.length > 0) draft.rightsExercise = distinct.join('\n');
  const access = tilt.accessAndDataPortability;
  const accessExtras = {
    identificationEvidences: access?.identificationEvidences,
    administrativeFee: access?.administrativeFee,
    dataFormats: access?.dataFormats,
  };
  if (Object.values(accessExtras).some((value) => value !== undefined))
    note('rights', `TILT accessAndDataPortability details: ${JSON.stringify(accessExtras)}`);
  const automated = tilt.automatedDecisionMaking;
  if (automated?.inUse)
    note(
      'purposes',
      `TILT says automated decision-making is in use, without naming the purpose (set purposes[].automatedDecision): logic "${automated.logicInvolved ?? ''}", scope and effects "${automated.scopeAndIntendedEffects ?? ''}"`,
    );
  for (const change of objects(tilt.changesOfPurpose))
    note('purposes', `TILT change of purpose: ${JSON.stringify(change)}`);
  return canonicalOrder(draft);
}

/** The declaration's fields in the order the format documents them. */
const FIELD_ORDER = [
  'privacyspec',
  'language',
  'updated',
  'controller',
  'dpo',
  'representative',
  'supervisoryAuthority',
  'dataCategories',
  'purposes',
  'recipients',
  'rights',
  'rightsExercise',
] as const satisfies readonly (keyof Draft)[];

/** The draft with its fields in FIELD_ORDER, as plain data (JSON drops the absent ones). */
function canonicalOrder(draft: Draft): Declaration {
  const ordered = Object.fromEntries(FIELD_ORDER.map((field) => [field, draft[field]]));
  return JSON.parse(JSON.stringify(ordered)) as Declaration;
}

interface Readers {
  categories: Ids<DataCategory>;
  recipients: Ids<Recipient>;
  purposes: Ids<Purpose>;
  /** The Art. 6(1) bases TILT gives for each purpose's data, by purpose id. */
  bases: Map<string, Set<string>>;
  note: (path: string, line: string) => void;
}

function readDisclosed(entry: TiltDataDisclosed, index: number, r: Readers): void {
  const categoryName = text(entry.category);
  // PrivacySpec's export writes `_id` as "<category id>:<purpose id>" (no category id for a
  // purpose that names none); other TILT writers use their own ids.
  const ids = /^([a-z0-9][a-z0-9-]*)?:([a-z0-9][a-z0-9-]*)$/.exec(text(entry._id) ?? '');
  const category =
    categoryName !== undefined
      ? r.categories.add(categoryName, (id) => ({ id, name: categoryName }), ids?.[1])
      : undefined;
  const references = objects(entry.legalBases).map((b) => ({
    ...b,
    parsed: parseReference(text(b.reference)),
  }));
  const lettersOf = (article: 6 | 9) => [
    ...new Set(references.flatMap((b) => (b.parsed?.article === article ? [b.parsed.letter] : []))),
  ];
  const art6 = lettersOf(6);
  const art9 = lettersOf(9);
  const entryPath = `dataDisclosed ${index + 1} ("${entry.category ?? ''}")`;
  for (const other of references.filter((b) => b.parsed === undefined))
    r.note(
      'purposes',
      `TILT ${entryPath} legal basis ${other.reference}${other.description ? `: ${other.description}` : ''}`,
    );
  const obligation = references.find(
    (b) => b.parsed?.article === 6 && b.parsed.letter === 'c',
  )?.description;
  const interest = objects(entry.legitimateInterests).find((li) => li.exists && text(li.reasoning));
  const retention = readStorage(entry, entryPath, r.note);
  const provision = readProvision(entry.nonDisclosure);
  const recipientIds = objects(entry.recipients).map((recipient) =>
    addRecipient(recipient, r.recipients),
  );
  const several = objects(entry.purposes).length > 1;
  if (several && (art6.length > 1 || art9.length > 1))
    r.note(
      'purposes',
      `TILT ${entryPath} serves several purposes with several bases (${references.map((b) => b.reference).join(', ')}), without saying which basis serves which purpose`,
    );
  for (const { purpose: name, description } of objects(entry.purposes)) {
    const key = text(name) ?? text(description) ?? entryPath;
    const purpose = r.purposes.add(
      key,
      (id) => ({ id, name: key, ...some('description', text(description)) }),
      ids?.[2],
    );
    if (category !== undefined)
      purpose.dataCategories = union(purpose.dataCategories, [category.id]);
    if (recipientIds.length > 0) purpose.recipients = union(purpose.recipients, recipientIds);
    const unambiguous = !several || art6.length <= 1;
    for (const letter of unambiguous ? art6 : []) {
      const basis = legalBasisByLetter(letter);
      if (basis === undefined) continue;
      r.bases.set(purpose.id, (r.bases.get(purpose.id) ?? new Set()).add(basis.id));
      purpose.legalBasis = basis.id as Purpose['legalBasis'];
    }
    if (art9.length === 1) purpose.specialCategoryCondition = `9(2)(${art9[0]})`;
    if (obligation && purpose.legalBasis === 'legal-obligation')
      purpose.legalObligation = obligation;
    if (interest?.reasoning && purpose.legalBasis === 'legitimate-interests')
      purpose.legitimateInterest = interest.reasoning;
    if (retention !== undefined && purpose.retention === undefined) purpose.retention = retention;
    if (provision !== undefined && purpose.provision === undefined) purpose.provision = provision;
  }
}

function readStorage(
  entry: TiltDataDisclosed,
  entryPath: string,
  note: Readers['note'],
): Purpose['retention'] {
  const storage = objects(entry.storage);
  const temporal = storage.flatMap((s) => objects(s.temporal));
  const conditional = storage.flatMap((s) => strings(s.purposeConditional));
  for (const s of storage)
    if (strings(s.legalBasisConditional).length > 0)
      note(
        'purposes',
        `TILT ${entryPath} keeps data on the legal bases ${strings(s.legalBasisConditional).join(', ')}`,
      );
  if (temporal.length > 1)
    note(
      'purposes',
      `TILT ${entryPath} gives several storage periods (${storage[0]?.aggregationFunction ?? 'max'} of them applies): ${temporal.map((t) => `${t.ttl} (${t.description})`).join('; ')}`,
    );
  const single = temporal.length === 1 ? temporal[0] : undefined;
  const duration =
    single !== undefined && parseDuration(text(single.ttl) ?? '') !== undefined
      ? text(single.ttl)
      : undefined;
  if (single !== undefined && duration === undefined)
    note(
      'purposes',
      `TILT ${entryPath} storage period ${single.ttl} is not an ISO 8601 duration (TILT also allows a start date)`,
    );
  const criteria = [single !== undefined ? text(single.description) : undefined, ...conditional]
    .filter(Boolean)
    .join(' ');
  if (duration === undefined && criteria === '') return undefined;
  return { ...some('duration', duration), ...some('criteria', criteria || undefined) };
}

/**
 * Inverse of the export: statutory; contractual (the subject is obliged); needed to enter a
 * contract (not obliged). All flags false is TILT's default, not a statement that providing the
 * data is voluntary, so it gives no obligation.
 */
function readProvision(
  nonDisclosure: TiltDataDisclosed['nonDisclosure'] | undefined,
): Provision | undefined {
  if (nonDisclosure === undefined) return undefined;
  const consequences = text(nonDisclosure.consequences);
  const obligation: Provision['obligation'] = nonDisclosure.legalRequirement
    ? 'statutory'
    : nonDisclosure.contractualRegulation
      ? nonDisclosure.obligationToProvide
        ? 'contractual'
        : 'contract-entry'
      : undefined;
  if (obligation === undefined && consequences === undefined) return undefined;
  return { ...some('obligation', obligation), ...some('consequences', consequences) };
}

function addRecipient(recipient: TiltRecipient, recipients: Ids<Recipient>): string {
  const name = text(recipient.name) ?? text(recipient.category) ?? 'recipient';
  const category = text(recipient.category);
  const found = recipients.add(name, (id) => ({
    id,
    name,
    ...(category !== undefined && ROLES.has(category)
      ? { role: category as Recipient['role'] }
      : category !== undefined && category !== name
        ? { description: category }
        : {}),
    ...some('country', country(recipient.country)),
  }));
  return found.id;
}

function readTransfer(
  transfer: TiltThirdCountryTransfer,
  index: number,
  recipients: Ids<Recipient>,
  note: Readers['note'],
): void {
  const code = country(transfer.country);
  const mechanisms: Mechanism[] = [];
  // The only adequacy decision for the United States is the EU–US Data Privacy Framework.
  if (transfer.adequacyDecision?.available) mechanisms.push(code === 'US' ? 'dpf' : 'adequacy');
  if (transfer.standardDataProtectionClause?.available) mechanisms.push('scc');
  const descriptions = [
    transfer.adequacyDecision,
    transfer.standardDataProtectionClause,
    transfer.appropriateGuarantees,
    transfer.presenceOfEnforceableRightsAndEffectiveRemedies,
  ]
    .filter((field) => field?.available)
    .map((field) => text(field?.description))
    .filter((d): d is string => d !== undefined);
  const { description, copyAt } = splitCopyAt([...new Set(descriptions)].join(' '));
  if (
    transfer.appropriateGuarantees?.available &&
    !transfer.standardDataProtectionClause?.available
  )
    note(
      'recipients',
      `TILT thirdCountryTransfers ${index + 1} (${transfer.country ?? ''}) names appropriate guarantees without saying which Art. 46 instrument: ${transfer.appropriateGuarantees.description ?? ''}`,
    );
  const matching = recipients.values().filter((r) => r.country === code);
  if (code === undefined || matching.length === 0) {
    note(
      'recipients',
      `TILT thirdCountryTransfers ${index + 1}: a transfer to ${transfer.country ?? 'an unnamed country'} (${mechanisms.join(', ') || 'no mechanism'}) that no recipient in that country is named for`,
    );
    return;
  }
  for (const recipient of matching)
    recipient.transfer = {
      ...(mechanisms.length === 1
        ? { mechanism: mechanisms[0]! }
        : mechanisms.length > 1
          ? { mechanism: mechanisms as [Mechanism, ...Mechanism[]] }
          : {}),
      ...some('copyAt', copyAt),
      ...some('description', description),
    };
}

function readRights(tilt: Partial<TiltDocument>): Right[] {
  const rights: Right[] = [];
  if (tilt.accessAndDataPortability?.available || tilt.rightToInformation?.available)
    rights.push('access');
  if (tilt.rightToRectificationOrDeletion?.available) rights.push('rectification', 'erasure');
  if (tilt.rightToDataPortability?.available) rights.push('portability');
  if (tilt.rightToWithdrawConsent?.available) rights.push('withdraw-consent');
  if (tilt.rightToComplain?.available) rights.push('complaint');
  return rights;
}

/** A trailing URL or e-mail address in a transfer's description is where to get a copy (Art. 13(1)(f)). */
function splitCopyAt(description: string): { description?: string; copyAt?: string } {
  const words = description.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^https?:\/\/\S+$/.test(last) || isEmailAddress(last))
    return { ...some('description', words.slice(0, -1).join(' ') || undefined), copyAt: last };
  return some('description', description.trim());
}

/** Entries with kebab-case ids made from their names, found again by name. */
class Ids<T extends { id: string }> {
  private readonly byKey = new Map<string, T>();

  add(name: string, make: (id: string) => T, preferredId?: string): T {
    const known = this.byKey.get(name);
    if (known !== undefined) return known;
    const id = uniqueId(preferredId ?? slug(name), (candidate) =>
      [...this.byKey.values()].some((entry) => entry.id === candidate),
    );
    const entry = make(id);
    this.byKey.set(name, entry);
    return entry;
  }

  byName(name: string): T | undefined {
    return this.byKey.get(name);
  }

  values(): T[] {
    return [...this.byKey.values()];
  }
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  const stem = base === '' ? 'item' : base;
  let id = stem;
  for (let n = 2; taken(id); n++) id = `${stem}-${n}`;
  return id;
}

/** `GDPR-6-1-a` → article 6, letter a; anything else (another law, a malformed reference) → undefined. */
function parseReference(
  reference: string | undefined,
): { article: 6 | 9; letter: string } | undefined {
  const match = /^GDPR-(6|9)-(1|2)-([a-j])$/.exec(reference ?? '');
  if (match === null) return undefined;
  const article = match[1] === '6' ? 6 : 9;
  if ((article === 6) !== (match[2] === '1')) return undefined;
  return { article, letter: match[3]! };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** An e-mail address, reading the common "name(at)host" and "name[at]host" spellings; anything else is no address. */
function email(value: unknown): string | undefined {
  const address = text(value)?.replace(/[([]at[)\]]/gi, '@');
  return address !== undefined && isEmailAddress(address) ? address : undefined;
}

/** The declaration format's e-mail pattern, with a dot in the domain. */
function isEmailAddress(candidate: string): boolean {
  return (
    /^[^\s@]+@[^\s@]+$/.test(candidate) && candidate.slice(candidate.indexOf('@')).includes('.')
  );
}

function country(value: unknown): string | undefined {
  const code = text(value)?.toUpperCase();
  return code !== undefined && /^[A-Z]{2}$/.test(code) ? normalizeCountryCode(code) : undefined;
}

function language(value: unknown): string | undefined {
  const tag = text(value)?.toLowerCase();
  return tag !== undefined && /^[a-z]{2,3}$/.test(tag) ? tag : undefined;
}

function dateOf(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(text(value) ?? '');
  return match?.[1];
}

/** The objects in a list that should hold objects; anything else in a stranger's file is skipped. */
function objects<T>(value: readonly T[] | undefined): T[] {
  return Array.isArray(value)
    ? value.filter((item): item is T => typeof item === 'object' && item !== null)
    : [];
}

/** The non-empty strings in a list that should hold strings. */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((item) => text(item) ?? []) : [];
}

function union(list: readonly string[] | undefined, more: readonly string[]): string[] {
  return [...new Set([...(list ?? []), ...more])];
}

function some<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** The declaration as YAML, each note as a comment before the entry it concerns. */
function toYaml(declaration: Declaration, notes: Notes): string {
  const document = new Document(declaration);
  for (const [path, lines] of notes) {
    const comment = lines.map((line) => ` ${line.replace(/[\r\n]+/g, ' ')}`).join('\n');
    const target = path === '' ? document : entryNode(document, path.split('.'));
    if (target !== undefined)
      target.commentBefore = [target.commentBefore, comment].filter(Boolean).join('\n');
  }
  return document.toString({ lineWidth: 0 });
}

/** The node a comment about `path` goes before: a map entry's key, or a list item. */
function entryNode(
  document: Document,
  path: string[],
): { commentBefore?: string | null } | undefined {
  let node: unknown = document.contents;
  let target: { commentBefore?: string | null } | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (pair === undefined || !isScalar(pair.key)) return target;
      target = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)];
      if (!isNode(item)) return target;
      target = item;
      node = item;
    } else return target;
  }
  return target;
}
