import { describe, expect, it } from 'vitest';
import { PACKED_NAMES } from '../src/generated/catalogue.js';
import {
  catalogue,
  catalogueIndex,
  indexServices,
  matchRecipient,
  nameWords,
  type DeclaredRecipient,
  type Service,
} from '../src/index.js';
import { nameTable, unpackNameTable } from '../src/names.js';

/** What nameWords means: the runs of letters and digits of the lower-cased text, without company forms. */
function unicodeWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => !['', 'inc', 'ltd', 'llc', 'limited', 'gmbh', 'the'].includes(word));
}

/**
 * The matching rule as first written, before the name table: every service compared, a name
 * version matching when all its words are the service's and it holds one of the service's
 * names word for word; several entities or countries match nothing.
 */
function everyServiceMatch(
  recipient: DeclaredRecipient,
  services: readonly Service[],
): string | undefined {
  const byId = services.find((service) => service.id === recipient.id);
  if (byId) return `${byId.id} id`;
  const name = recipient.name;
  const versions = (
    name === undefined ? [] : typeof name === 'string' ? [name] : Object.values(name)
  )
    .map(unicodeWords)
    .filter((words) => words.length > 0);
  const contains = (haystack: string[], needle: string[]) =>
    needle.length > 0 &&
    haystack.some((_, at) => needle.every((word, j) => haystack[at + j] === word));
  const candidates: { service: Service; evidence: string }[] = [];
  for (const service of services) {
    const names = [
      { evidence: 'name', words: unicodeWords(service.name) },
      ...(service.aliases ?? []).map((alias) => ({
        evidence: 'alias',
        words: unicodeWords(alias),
      })),
      ...(service.legalEntity
        ? [{ evidence: 'legal-entity', words: unicodeWords(service.legalEntity.value) }]
        : []),
    ];
    const own = new Set(names.flatMap((entry) => entry.words));
    const named = versions
      .filter((words) => words.every((word) => own.has(word)))
      .map((words) => names.find((entry) => contains(words, entry.words)))
      .find((entry) => entry !== undefined);
    if (named) candidates.push({ service, evidence: named.evidence });
  }
  const order = ['name', 'alias', 'legal-entity'];
  candidates.sort((a, b) => order.indexOf(a.evidence) - order.indexOf(b.evidence));
  const first = candidates[0];
  if (!first) return undefined;
  const place = (service: Service) =>
    `${service.legalEntity?.value ?? service.id}\n${service.country?.value ?? ''}`;
  return candidates.every((candidate) => place(candidate.service) === place(first.service))
    ? `${first.service.id} ${first.evidence}`
    : undefined;
}

describe('nameWords', () => {
  it('splits every character as the Unicode classes do, Latin ones without them', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0x3000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`Ab${char}Cd`, `${char}x ${char}${char}`, char])
        if (JSON.stringify(nameWords(text)) !== JSON.stringify(unicodeWords(text)))
          differing.push(`U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });
  it('leaves Latin, Greek, Turkish and astral names as the Unicode split does', () => {
    for (const text of [
      'Functional Software, Inc.',
      'Integritetsskyddsmyndigheten (IMY) — Förbättringar',
      'İSTANBUL Ödeme A.Ş.',
      'ΑΘΗΝΑ Α.Ε. & Straße GmbH',
      '𝒜cme 𝟙𝟚 Ltd',
      'x² ¼ µ-Analytics',
      '',
      '  --  ',
    ])
      expect(nameWords(text), text).toEqual(unicodeWords(text));
  });
});

describe('the bundled name table', () => {
  it("holds what nameTable makes of the catalogue's services", () => {
    const built = nameTable(catalogue.services);
    const packed = unpackNameTable(PACKED_NAMES, (position) => catalogue.services[position]!);
    expect(packed.ids).toEqual(built.ids);
    const positions = catalogue.services.map((_, position) => position);
    expect(positions.map((position) => packed.namesAt(position))).toEqual(
      positions.map((position) => built.namesAt(position)),
    );
    const words = [...new Set(positions.flatMap((p) => built.namesAt(p).flatMap((n) => n.words)))];
    expect(words.map((word) => packed.servicesWith(word))).toEqual(
      words.map((word) => built.servicesWith(word)),
    );
    for (const absent of ['', 'zzzz', 'aaaa', 'constructor', 'google analytics'])
      expect(packed.servicesWith(absent), absent).toEqual(built.servicesWith(absent));
  });
  it('matches every name as an index built at run time, and the every-service rule, match it', () => {
    const built = indexServices(catalogue.services);
    const bundled = catalogueIndex();
    const names = catalogue.services.flatMap((service) => [
      service.name,
      ...(service.aliases ?? []),
      ...(service.legalEntity ? [service.legalEntity.value] : []),
    ]);
    const recipients: DeclaredRecipient[] = [
      ...names.map((name) => ({ id: 'r', name })),
      ...names.map((name, i) => ({ id: 'r', name: `${name} (${names[(i * 7) % names.length]})` })),
      ...names.map((name, i) => ({
        id: 'r',
        name: { en: `Our ${name}`, de: names[(i + 1) % names.length]! },
      })),
      ...catalogue.services.map((service) => ({ id: service.id })),
    ];
    const outcome = (recipient: DeclaredRecipient, index: typeof built) => {
      const match = matchRecipient(recipient, index);
      return match && `${match.service.id} ${match.evidence}`;
    };
    const differing = recipients.filter(
      (recipient) =>
        outcome(recipient, bundled) !== outcome(recipient, built) ||
        outcome(recipient, bundled) !== everyServiceMatch(recipient, catalogue.services),
    );
    expect(differing).toEqual([]);
    // Not vacuous: most names are one service's, some fit several entities.
    const found = recipients.filter((recipient) => outcome(recipient, bundled) !== undefined);
    expect(found.length).toBeGreaterThan(names.length);
    expect(found.length).toBeLessThan(recipients.length);
  });
});
