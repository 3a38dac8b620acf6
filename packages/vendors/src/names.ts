// The names a service goes by, as the word sequences recipients are compared with. Only type
// imports: scripts/catalogue.mjs runs this module (transpiled) to pack the bundled catalogue's
// name words, so that a lint splits only the names of services that share a word with a recipient.
import type { Service } from './catalogue.js';

/**
 * How a recipient was recognised as a service, strongest first: its id is the service's id, or
 * one language version of its name is exactly the service's name, an alias or the legal entity.
 */
export type RecipientEvidence = 'id' | 'name' | 'alias' | 'legal-entity';

/** Company-form words left out when names are compared: "Google LLC" is "google". */
const COMPANY_FORMS = new Set(['inc', 'ltd', 'llc', 'limited', 'gmbh', 'the']);

/**
 * Whether a UTF-16 unit of lower-cased text is a letter or digit, when that is certain without
 * Unicode tables: ASCII, and Latin-1 to Latin Extended-B (U+00C0–U+024F, all letters but × and
 * ÷). `undefined` for any other unit, for which the Unicode split decides.
 */
function latinWordUnit(unit: number): boolean | undefined {
  if (unit < 0x80)
    return (
      (unit >= 0x61 && unit <= 0x7a) ||
      (unit >= 0x30 && unit <= 0x39) ||
      (unit >= 0x41 && unit <= 0x5a)
    );
  if (unit >= 0xc0 && unit <= 0x24f) return unit !== 0xd7 && unit !== 0xf7;
  return undefined;
}

/**
 * Lower-case words, so that names compare as word sequences (no regex over user text): the runs
 * of letters and digits (`\p{L}`, `\p{N}`), without company forms. Latin text is split unit by
 * unit: the Unicode property class costs ≈ 0.4 ms to compile, which most names never need.
 */
export function nameWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let position = 0; position <= lower.length; position++) {
    const inWord = position < lower.length ? latinWordUnit(lower.charCodeAt(position)) : false;
    if (inWord === undefined) return unicodeNameWords(lower);
    if (inWord) {
      if (start < 0) start = position;
    } else if (start >= 0) {
      const word = lower.slice(start, position);
      if (!COMPANY_FORMS.has(word)) words.push(word);
      start = -1;
    }
  }
  return words;
}

function unicodeNameWords(lower: string): string[] {
  return lower.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '' && !COMPANY_FORMS.has(word));
}

/** One name of a service as words, with the evidence a recipient so named gives. */
export interface NameWords {
  evidence: Exclude<RecipientEvidence, 'id'>;
  words: readonly string[];
}

/** serviceNameWords per service, split once rather than once per recipient compared with it. */
const NAME_WORDS = new WeakMap<Service, readonly NameWords[]>();

/** The names a service goes by as words: its name, its aliases, its legal entity. */
export function serviceNameWords(service: Service): readonly NameWords[] {
  let names = NAME_WORDS.get(service);
  if (names === undefined) {
    names = [
      { evidence: 'name' as const, words: nameWords(service.name) },
      ...(service.aliases ?? []).map((alias) => ({
        evidence: 'alias' as const,
        words: nameWords(alias),
      })),
      ...(service.legalEntity
        ? [{ evidence: 'legal-entity' as const, words: nameWords(service.legalEntity.value) }]
        : []),
    ];
    NAME_WORDS.set(service, names);
  }
  return names;
}

/** A list of services' ids and names as words, for finding which one a recipient names. */
export interface NameTable {
  /** The services' ids, in the list's order. */
  ids: readonly string[];
  /** The positions of the services with a name that has this word, ascending. */
  servicesWith(word: string): readonly number[];
  /** The names of the service at a position, as words. */
  namesAt(position: number): readonly NameWords[];
}

export function nameTable(services: readonly Service[]): NameTable {
  const names = services.map(serviceNameWords);
  const byWord = new Map<string, number[]>();
  names.forEach((entries, position) => {
    for (const { words } of entries)
      for (const word of words) {
        const positions = byWord.get(word);
        if (positions === undefined) byWord.set(word, [position]);
        else if (positions.at(-1) !== position) positions.push(position);
      }
  });
  return {
    ids: services.map((service) => service.id),
    servicesWith: (word) => byWord.get(word) ?? [],
    namesAt: (position) => names[position] ?? [],
  };
}

/**
 * A name table's words as lists of strings, which cost next to nothing to load: what the bundled
 * catalogue ships (src/generated/catalogue.ts), so that a run splits no name of a service that
 * shares no word with a recipient.
 */
export interface PackedNameTable {
  ids: readonly string[];
  /** Every word of a name, sorted by code unit. */
  words: readonly string[];
  /** For each word, the positions of the services with it, ascending, separated by spaces. */
  positions: readonly string[];
}

export function packNameTable(services: readonly Service[]): PackedNameTable {
  const table = nameTable(services);
  const words = [
    ...new Set(services.flatMap((_, position) => table.namesAt(position).flatMap((n) => n.words))),
  ].sort();
  return {
    ids: table.ids,
    words,
    positions: words.map((word) => table.servicesWith(word).join(' ')),
  };
}

/**
 * The name table of the services a packed table was made of, read as it is asked: words by
 * binary search, a service's names when that service is compared.
 */
export function unpackNameTable(
  packed: PackedNameTable,
  serviceAt: (position: number) => Service,
): NameTable {
  const positions: (readonly number[])[] = [];
  return {
    ids: packed.ids,
    servicesWith(word) {
      let low = 0;
      let high = packed.words.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = packed.words[middle]!;
        if (found === word) {
          positions[middle] ??= packed.positions[middle]!.split(' ').map(Number);
          return positions[middle];
        }
        if (found < word) low = middle + 1;
        else high = middle - 1;
      }
      return [];
    },
    namesAt: (position) => serviceNameWords(serviceAt(position)),
  };
}
