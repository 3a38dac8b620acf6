import { bundledService, catalogueIndex, type Service, type ServiceIndex } from './catalogue.js';
import { PACKED_NAMES } from './generated/catalogue.js';
import {
  nameTable,
  nameWords,
  serviceNameWords,
  unpackNameTable,
  type NameTable,
  type RecipientEvidence,
} from './names.js';

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

export interface RecipientMatch {
  service: Service;
  evidence: RecipientEvidence;
}

const EVIDENCE_ORDER: readonly RecipientEvidence[] = ['id', 'name', 'alias', 'legal-entity'];

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
  if (serviceNameWords(service).some(({ words }) => containsSequence(declared, words))) return true;
  const copyHost = recipient.transfer?.copyAt ? hostOf(recipient.transfer.copyAt) : undefined;
  if (!copyHost) return false;
  const serviceHosts = [service.dpa?.value, service.privacyPolicy?.value].flatMap((url) =>
    url ? [hostOf(url)] : [],
  );
  return serviceHosts.some(
    (host) => host !== undefined && (copyHost === host || copyHost.endsWith(`.${host}`)),
  );
}

/** An index's services by name, and the service at a position of its list. */
interface NameLookup {
  table: NameTable;
  service: (position: number) => Service;
}

const lookupByIndex = new WeakMap<ServiceIndex, NameLookup>();

/**
 * The name table of an index, made once per index. The bundled catalogue's comes precomputed
 * with it (src/generated/catalogue.ts) and builds only the services a recipient names.
 */
function lookupOf(index: ServiceIndex): NameLookup {
  let lookup = lookupByIndex.get(index);
  if (!lookup) {
    lookup =
      index === catalogueIndex()
        ? { table: unpackNameTable(PACKED_NAMES, bundledService), service: bundledService }
        : { table: nameTable(index.services), service: (position) => index.services[position]! };
    lookupByIndex.set(index, lookup);
  }
  return lookup;
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
  const { table, service } = lookupOf(index);
  const byId = table.ids.indexOf(recipient.id);
  if (byId >= 0) return { service: service(byId), evidence: 'id' };
  const versions = textVersions(recipient.name)
    .map(nameWords)
    .filter((words) => words.length > 0);
  if (versions.length === 0) return undefined;
  // A service whose names have every word of a version has the version's first word: only
  // those are compared, in the list's order.
  const positions = [...new Set(versions.flatMap((words) => table.servicesWith(words[0]!)))].sort(
    (a, b) => a - b,
  );
  const candidates: RecipientMatch[] = [];
  for (const position of positions) {
    for (const words of versions) {
      if (!words.every((word) => table.servicesWith(word).includes(position))) continue;
      const named = table.namesAt(position).find((entry) => containsSequence(words, entry.words));
      if (named) {
        candidates.push({ service: service(position), evidence: named.evidence });
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
