import { catalogue, indexServices, type Service, type ServiceIndex } from './catalogue.js';

/** A text field of a declaration: one string, or one string per language. */
type DeclaredText = string | Readonly<Record<string, string>>;

/**
 * The parts of a declared recipient that tell which service it is (structurally a PrivacySpec
 * recipient, so that this package needs no schema).
 */
export interface DeclaredRecipient {
  id: string;
  name?: DeclaredText;
  description?: DeclaredText;
  transfer?: { copyAt?: string };
}

/**
 * How a recipient was recognised as a service, strongest first: its id is the service's id, or
 * one language version of its name is exactly the service's name, an alias or the legal entity.
 */
export type RecipientEvidence = 'id' | 'name' | 'alias' | 'legal-entity';

export interface RecipientMatch {
  service: Service;
  evidence: RecipientEvidence;
}

const EVIDENCE_ORDER: readonly RecipientEvidence[] = ['id', 'name', 'alias', 'legal-entity'];

/** Company-form words left out when names are compared: "Google LLC" is "google". */
const COMPANY_FORMS = new Set(['inc', 'ltd', 'llc', 'limited', 'gmbh', 'the']);

/** Lower-case words, so that names compare as word sequences (no regex over user text). */
export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !COMPANY_FORMS.has(word));
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++)
    if (needle.every((word, j) => haystack[i + j] === word)) return true;
  return false;
}

function textVersions(text: DeclaredText | undefined): string[] {
  return text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The names a service goes by, with the evidence each one gives. */
function serviceNames(service: Service): { name: string; evidence: RecipientEvidence }[] {
  return [
    { name: service.name, evidence: 'name' as const },
    ...(service.aliases ?? []).map((name) => ({ name, evidence: 'alias' as const })),
    ...(service.legalEntity
      ? [{ name: service.legalEntity.value, evidence: 'legal-entity' as const }]
      : []),
  ];
}

/**
 * Whether a declared recipient may be this service, on any evidence: its id, its name or
 * description mentioning the service's name, an alias or the legal entity as a word sequence,
 * or the host of its copyAt. Loose on purpose: scan uses it to tell whether the declaration
 * covers a service the code brings in, where a mention is enough.
 */
export function recipientIsService(recipient: DeclaredRecipient, service: Service): boolean {
  if (recipient.id === service.id) return true;
  const declared = nameWords(
    [recipient.id, ...textVersions(recipient.name), ...textVersions(recipient.description)].join(
      ' ',
    ),
  );
  if (serviceNames(service).some(({ name }) => containsSequence(declared, nameWords(name))))
    return true;
  const copyHost = recipient.transfer?.copyAt ? hostOf(recipient.transfer.copyAt) : undefined;
  if (!copyHost) return false;
  const serviceHosts = [service.dpa?.value, service.privacyPolicy?.value].flatMap((url) =>
    url ? [hostOf(url)] : [],
  );
  return serviceHosts.some(
    (host) => host !== undefined && (copyHost === host || copyHost.endsWith(`.${host}`)),
  );
}

interface ServiceWords {
  service: Service;
  names: { evidence: RecipientEvidence; words: string[] }[];
  /** Every word of every name. */
  own: ReadonlySet<string>;
}

/** Each service's names as words, split once per index rather than once per recipient. */
const wordsByIndex = new WeakMap<ServiceIndex, readonly ServiceWords[]>();

function namesOf(index: ServiceIndex): readonly ServiceWords[] {
  let list = wordsByIndex.get(index);
  if (!list) {
    list = index.services.map((service) => {
      const names = serviceNames(service).map(({ name, evidence }) => ({
        evidence,
        words: nameWords(name),
      }));
      return { service, names, own: new Set(names.flatMap((entry) => entry.words)) };
    });
    wordsByIndex.set(index, list);
  }
  return list;
}

/**
 * The service a declared recipient certainly is: its id is the service's id, or a language
 * version of its name consists of the service's own names and nothing else — its name, an
 * alias or its legal entity, word for word ("Sentry", "Functional Software, Inc.", "Google
 * (Google Analytics)"). A mention is not enough ("Google Analytics, Meta" and "payment
 * providers such as Stripe" are lists or categories, not one service), nor is a name that fits
 * services of different entities or countries: then there is no match.
 */
export function matchRecipient(
  recipient: DeclaredRecipient,
  index: ServiceIndex,
): RecipientMatch | undefined {
  const byId = index.services.find((service) => service.id === recipient.id);
  if (byId) return { service: byId, evidence: 'id' };
  const versions = textVersions(recipient.name)
    .map(nameWords)
    .filter((words) => words.length > 0);
  if (versions.length === 0) return undefined;
  const candidates: RecipientMatch[] = [];
  for (const { service, names, own } of namesOf(index)) {
    for (const words of versions) {
      if (!words.every((word) => own.has(word))) continue;
      const named = names.find((entry) => containsSequence(words, entry.words));
      if (named) {
        candidates.push({ service, evidence: named.evidence });
        break;
      }
    }
  }
  // Of services of one entity, the one the name names most directly (an alias before an entity).
  const first = candidates.sort(
    (a, b) => EVIDENCE_ORDER.indexOf(a.evidence) - EVIDENCE_ORDER.indexOf(b.evidence),
  )[0];
  if (!first) return undefined;
  const place = (service: Service) =>
    `${service.legalEntity?.value ?? service.id}\n${service.country?.value ?? ''}`;
  return candidates.every((candidate) => place(candidate.service) === place(first.service))
    ? first
    : undefined;
}

let bundledIndex: ServiceIndex | undefined;

/** The index of the bundled catalogue, built on first use so that loading costs nothing until then. */
export function catalogueIndex(): ServiceIndex {
  bundledIndex ??= indexServices(catalogue.services);
  return bundledIndex;
}
