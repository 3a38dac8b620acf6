import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
  referenceDataAsOf,
  LEGAL_BASES,
  legalBasisById,
  legalBasisByLetter,
  parseArticle6Citation,
  GENERIC_LEGITIMATE_INTEREST_PHRASES,
  GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES,
  isGenericLegitimateInterest,
  genericLegitimateInterestStatus,
  RIGHTS,
  RIGHTS_BY_BASIS,
  rightsForBasis,
  SPECIAL_CATEGORIES,
  CRIMINAL_OFFENCE_DATA,
  canonicalSpecialCategory,
  ART9_CONDITIONS,
  parseArt9Citation,
  art9ConditionByLetter,
  art9ConditionOf,
  EEA_COUNTRIES,
  EEA_GROUPS,
  EEA_SINCE,
  EU_TERRITORIES_UNVERIFIED,
  isEeaCountry,
  isOutsideEea,
  isInternationalOrganisation,
  normalizeCountryEntry,
  countryEntries,
  isUnclassifiedTerritory,
  normalizeCountryCode,
  ADEQUACY_DECISIONS,
  adequacyFor,
  coversRecipient,
  TRANSFER_MECHANISMS,
  INVALIDATED_MECHANISMS,
  SCC_DECISIONS,
  mechanismById,
  SUPERVISORY_AUTHORITIES,
  EDPB,
  findAuthorities,
  normalizeAuthorityName,
  dayAfter,
  VAGUE_RETENTION_PHRASES,
  VAGUE_RETENTION_PHRASE_SOURCES,
  RETENTION_ANCHOR_SOURCE,
  RETENTION_END_EVENT_SOURCE,
  CITATION_STYLES_SOURCE,
  LANGUAGE_CODES,
  EEA_LANGUAGE_CODES,
  findVaguePhrase,
  GENERIC_SOURCE_PHRASES,
  GENERIC_SOURCE_PHRASE_SOURCES,
  isGenericSource,
  genericSourceStatus,
  NATIONAL_ID_RULES,
  nationalIdRuleFor,
  hasNamedRetentionAnchor,
  currentAuthorityName,
  authorityById,
  type SourceRef,
  type LegalBasisId,
  type RightId,
  type MechanismId,
  type SpecialCategoryId,
  type CriminalOffenceId,
} from './index.js';
import type { LegalBasis, Mechanism, Right, SpecialCategory } from '../generated/declaration.js';

// Compile-time: the reference unions are exactly the schema's enums.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const unionsAgree: [
  Same<LegalBasis, LegalBasisId>,
  Same<Right, RightId>,
  Same<Mechanism, MechanismId>,
  Same<SpecialCategory, SpecialCategoryId | CriminalOffenceId>,
] = [true, true, true, true];

const ROW_ID = /^[A-Z0-9]+(-[A-Za-z0-9-]+)?$/;
// Paragraphs of gdpr-reference.md without row IDs that some records cite (see types.ts).
const SECTION_REFS = new Set(['§0', '§2.3', '§5.1', '§5.4', '§7.1']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function ids(findings: readonly { authority: { id: string } }[]): string[] {
  return findings.map((f) => f.authority.id);
}

const ALL_SOURCES: readonly SourceRef[] = [
  ...LEGAL_BASES.map((x) => x.source),
  ...RIGHTS.map((x) => x.source),
  ...Object.values(RIGHTS_BY_BASIS).map((x) => x.source),
  ...SPECIAL_CATEGORIES.map((x) => x.source),
  CRIMINAL_OFFENCE_DATA.source,
  ...ART9_CONDITIONS.map((x) => x.source),
  ...EEA_GROUPS.map((x) => x.source),
  ...Object.values(EEA_SINCE).map((x) => x.source),
  ...ADEQUACY_DECISIONS.map((x) => x.source),
  ...TRANSFER_MECHANISMS.map((x) => x.source),
  ...INVALIDATED_MECHANISMS.map((x) => x.source),
  ...SCC_DECISIONS.map((x) => x.source),
  ...SUPERVISORY_AUTHORITIES.map((x) => x.source),
  EDPB.source,
  ...Object.values(VAGUE_RETENTION_PHRASE_SOURCES),
  RETENTION_ANCHOR_SOURCE,
  RETENTION_END_EVENT_SOURCE,
  CITATION_STYLES_SOURCE,
  ...Object.values(GENERIC_SOURCE_PHRASE_SOURCES),
  ...NATIONAL_ID_RULES.map((x) => x.source),
  ...Object.values(GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES),
  ...EU_TERRITORIES_UNVERIFIED.map((x) => x.source),
];

describe('reference data: provenance', () => {
  it('agrees with the schema enums', () => {
    expect(unionsAgree).toEqual([true, true, true, true]);
  });

  it('is dated as the reference is', () => {
    expect(referenceDataAsOf).toBe('2026-11-23');
    expect(isIsoDate(referenceDataAsOf)).toBe(true);
  });

  it('cites a well-formed row ID (or a known section) with a valid status everywhere', () => {
    for (const s of ALL_SOURCES) {
      expect(ROW_ID.test(s.row) || SECTION_REFS.has(s.row), s.row).toBe(true);
      expect(['V', 'S', 'U']).toContain(s.status);
    }
  });

  it('has unique ids within each table', () => {
    const tables: Record<string, readonly string[]> = {
      bases: LEGAL_BASES.map((x) => x.id),
      basisLetters: LEGAL_BASES.map((x) => x.letter),
      rights: RIGHTS.map((x) => x.id),
      special: SPECIAL_CATEGORIES.map((x) => x.id),
      art9Ids: ART9_CONDITIONS.map((x) => x.id),
      art9Letters: ART9_CONDITIONS.map((x) => x.letter),
      adequacy: ADEQUACY_DECISIONS.map((x) => x.id),
      adequacyCountries: ADEQUACY_DECISIONS.map((x) => x.country),
      mechanisms: TRANSFER_MECHANISMS.map((x) => x.id),
      invalidated: INVALIDATED_MECHANISMS.map((x) => x.id),
      authorities: SUPERVISORY_AUTHORITIES.map((x) => x.id),
      eea: [...EEA_COUNTRIES],
    };
    for (const [name, list] of Object.entries(tables)) {
      expect(new Set(list).size, name).toBe(list.length);
    }
  });

  it('uses the row ID as id where a record has one', () => {
    for (const a of ADEQUACY_DECISIONS) expect(a.source.row).toBe(a.id);
    for (const a of SUPERVISORY_AUTHORITIES) expect(a.source.row).toBe(a.id);
    for (const i of INVALIDATED_MECHANISMS) expect(i.source.row).toBe(i.id);
  });

  it('writes every date as a real ISO 8601 calendar date', () => {
    const dates: string[] = [
      ...Object.values(EEA_SINCE).map((x) => x.date),
      ...EEA_GROUPS.map((x) => x.gdprSince),
      ...ADEQUACY_DECISIONS.flatMap((a) => [a.adopted, ...(a.validUntil ? [a.validUntil] : [])]),
      ...INVALIDATED_MECHANISMS.flatMap((i) => [
        i.invalidSince,
        ...(i.lastValid ? [i.lastValid] : []),
        ...i.instruments.map((x) => x.date),
      ]),
      ...SCC_DECISIONS.flatMap((s) => [s.adopted, ...(s.usableFrom ? [s.usableFrom] : [])]),
      ...SUPERVISORY_AUTHORITIES.flatMap((a) =>
        a.formerNames.flatMap((f) => (f.lastValid ? [f.lastValid] : [])),
      ),
      EDPB.since,
    ];
    expect(dates.length).toBeGreaterThan(30);
    for (const d of dates) expect(isIsoDate(d), d).toBe(true);
  });
});

describe('Art. 6(1) legal bases', () => {
  it('lists the six bases a–f with canonical citations', () => {
    expect(LEGAL_BASES.map((b) => b.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    for (const b of LEGAL_BASES) {
      expect(b.article).toBe(`6(1)(${b.letter})`);
      expect(legalBasisById(b.id)).toBe(b);
      expect(legalBasisByLetter(b.letter.toUpperCase())).toBe(b);
      expect(b.swedishTerms.length).toBeGreaterThan(0);
    }
  });

  it('names the companion fields', () => {
    expect(legalBasisById('legal-obligation')?.companionField).toBe('legalObligation');
    expect(legalBasisById('public-task')?.companionField).toBe('legalObligation');
    expect(legalBasisById('legitimate-interests')?.companionField).toBe('legitimateInterest');
    expect(legalBasisById('consent')?.companionField).toBeUndefined();
  });

  const accepted: readonly [string, string][] = [
    ['6(1)(b)', 'b'],
    ['6(1) b', 'b'],
    ['6 (1) b', 'b'],
    ['6.1 b', 'b'],
    ['6.1.b', 'b'],
    ['artikel 6.1 b', 'b'],
    ['art. 6 (1) f', 'f'],
    ['Art. 6 Abs. 1 lit. b DSGVO', 'b'],
    ['artikel 6, stk. 1, litra c', 'c'],
    ['Art. 6 nr. 1 bokstav f', 'f'],
  ];
  for (const [text, letter] of accepted) {
    it(`accepts the §2.2 example "${text}"`, () => {
      expect(parseArticle6Citation(text)).toBe(letter);
    });
  }

  it('rejects the §2.2 counter-examples and non-citations', () => {
    for (const text of ['6(1)(g)', '9(2)(a)', '16(1)(a)', '', 'samtycke', '6(2)(a)']) {
      expect(parseArticle6Citation(text), text).toBeUndefined();
    }
  });

  // The citation styles of the EEA languages (each language version's way of citing a point).
  const languages: readonly [string, string][] = [
    ['Art. 6 Abs. 1 S. 1 lit. f DSGVO', 'f'],
    ['Art. 6 Abs. 1 lit. f DS-GVO', 'f'],
    ['Art. 6 Abs. 1 UAbs. 1 lit. a EU-DSGVO', 'a'],
    ['Article 6(1)(b) of the GDPR', 'b'],
    ['Art. 6(1)(b) GDPR', 'b'],
    ['Art. 6(1)(b) GDPR.', 'b'],
    ['art. 6 lid 1 sub e AVG', 'e'],
    ['art. 6 lid 1 onder e AVG', 'e'],
    ['artikel 6, eerste lid, onder e, AVG', 'e'],
    ['article 6, paragraphe 1, point a) du RGPD', 'a'],
    ['art. 6, par. 1, lett. b) GDPR', 'b'],
    ['artículo 6, apartado 1, letra b), del RGPD', 'b'],
    ['art. 6 ust. 1 lit. b RODO', 'b'],
    ['čl. 6 odst. 1 písm. b) GDPR', 'b'],
    ['Art. 6 nr. 1 bokstav f personvernforordningen', 'f'],
  ];
  for (const [text, letter] of languages) {
    it(`accepts "${text}"`, () => {
      expect(parseArticle6Citation(text)).toBe(letter);
      // The same style for Art. 9(2).
      const art9 = text
        .replace('6(1)', '9(2)')
        .replace(' 6', ' 9')
        .replace(/(Abs\.|lid|paragraphe|par\.|apartado|ust\.|odst\.|nr\.) 1/u, '$1 2')
        .replace('eerste', 'tweede');
      expect(parseArt9Citation(art9), art9).toEqual({ letter });
    });
  }

  it('rejects other provisions, sub-points and lists in any style', () => {
    for (const text of [
      'Art. 6 Abs. 1 lit. g DSGVO',
      'Art. 9 Abs. 2 lit. a DSGVO',
      'art. 16 ust. 1 lit. a RODO',
      'Art. 6 Abs. 1 S. 2 lit. f DSGVO',
      'Art. 6(1)(f) GDPR i.V.m. § 26 BDSG',
      'Art. 6(1)(a) and 9(2)(a) GDPR',
      'Art. 6(1)(b) UK GDPR',
      '6(1)(b)(i)',
      '06(1)(b)',
      'artikel 6, eerste stk',
    ]) {
      expect(parseArticle6Citation(text), text).toBeUndefined();
    }
  });

  // Speed is measured in pnpm bench; here the result on hostile input.
  it('reads no citation in long hostile input', () => {
    for (const text of [
      '6'.repeat(50_000),
      `art. 6 ${'( '.repeat(50_000)}`,
      `6(1)(b) ${'of the '.repeat(50_000)}`,
      `${'abs. '.repeat(50_000)}1`,
    ]) {
      expect(parseArticle6Citation(text)).toBeUndefined();
    }
  });

  it('is case-insensitive and tolerates the Swedish regulation name', () => {
    expect(parseArticle6Citation('ART. 6 (1) C')).toBe('c');
    expect(parseArticle6Citation('artikel 6.1 f dataskyddsförordningen')).toBe('f');
    expect(parseArticle6Citation('artikel 6.1 f dataskyddsfo\u0308rordningen')).toBe('f');
  });
});

describe('rights per basis (§2.3)', () => {
  const bases = LEGAL_BASES.map((b) => b.id);
  const rights = RIGHTS.map((r) => r.id);

  it('covers every basis and every right', () => {
    expect(Object.keys(RIGHTS_BY_BASIS).sort()).toEqual([...bases].sort());
    for (const b of bases)
      expect(Object.keys(rightsForBasis(b)).sort()).toEqual([...rights].sort());
  });

  it('always gives access, rectification, restriction and complaint; never automated-decision', () => {
    for (const b of bases) {
      const r = rightsForBasis(b);
      for (const right of ['access', 'rectification', 'restriction', 'complaint'] as RightId[]) {
        expect(r[right], `${b}.${right}`).toBe('applies');
      }
      expect(r['automated-decision']).toBe('not');
    }
  });

  it('matches the table for withdrawal, objection, portability and erasure', () => {
    const col = (right: RightId): Record<string, string> =>
      Object.fromEntries(bases.map((b: LegalBasisId) => [b, rightsForBasis(b)[right]]));
    expect(col('withdraw-consent')).toEqual({
      consent: 'applies',
      contract: 'not',
      'legal-obligation': 'not',
      'vital-interests': 'not',
      'public-task': 'not',
      'legitimate-interests': 'not',
    });
    expect(col('object')).toEqual({
      consent: 'not',
      contract: 'not',
      'legal-obligation': 'not',
      'vital-interests': 'not',
      'public-task': 'applies',
      'legitimate-interests': 'applies',
    });
    expect(col('portability')).toEqual({
      consent: 'if-automated',
      contract: 'if-automated',
      'legal-obligation': 'not',
      'vital-interests': 'not',
      'public-task': 'not',
      'legitimate-interests': 'not',
    });
    expect(col('erasure')).toEqual({
      consent: 'applies',
      contract: 'applies',
      'legal-obligation': 'limited',
      'vital-interests': 'applies',
      'public-task': 'limited',
      'legitimate-interests': 'applies',
    });
  });

  it('gives the right articles', () => {
    const art = Object.fromEntries(RIGHTS.map((r) => [r.id, r.article]));
    expect(art).toEqual({
      access: '15',
      rectification: '16',
      erasure: '17',
      restriction: '18',
      portability: '20',
      object: '21',
      'automated-decision': '22',
      'withdraw-consent': '7(3)',
      complaint: '77',
    });
  });
});

describe('special categories and Art. 9(2)', () => {
  it('has eight Art. 9(1) categories plus the alias, and Art. 10 apart', () => {
    expect(SPECIAL_CATEGORIES.filter((c) => c.aliasOf === undefined)).toHaveLength(8);
    expect(canonicalSpecialCategory('religious-philosophical-beliefs')).toBe('religious-beliefs');
    expect(canonicalSpecialCategory('health')).toBe('health');
    expect(SPECIAL_CATEGORIES.map((c) => c.id)).not.toContain('criminal-offences');
    expect(CRIMINAL_OFFENCE_DATA).toMatchObject({ id: 'criminal-offences', art: '10' });
    expect(CRIMINAL_OFFENCE_DATA.source.row).toBe('SC-criminal-offences');
  });

  it('lists conditions a–j with citations and law flags', () => {
    expect(ART9_CONDITIONS.map((c) => c.letter).join('')).toBe('abcdefghij');
    for (const c of ART9_CONDITIONS) {
      expect(c.citation).toBe(`9(2)(${c.letter})`);
      expect(c.source.row).toBe(`C9-${c.letter}`);
    }
    const needsLaw = ART9_CONDITIONS.filter((c) => c.needsLaw)
      .map((c) => c.letter)
      .join('');
    expect(needsLaw).toBe('bghij');
  });

  it('parses Art. 9(2) citations in several styles', () => {
    for (const text of [
      '9(2)(h)',
      '9(2) h',
      'art. 9.2 h',
      'Art. 9 Abs. 2 lit. h',
      'artikel 9, stk. 2, litra h',
      '9 (2) (H) GDPR',
    ]) {
      expect(parseArt9Citation(text), text).toEqual({ letter: 'h' });
    }
    expect(art9ConditionByLetter('h')?.id).toBe('health-social-care');
  });

  it('reads a condition from its identifier or its citation (art9ConditionOf)', () => {
    expect(art9ConditionOf('explicit-consent')?.letter).toBe('a');
    expect(art9ConditionOf(' Explicit-Consent ')?.letter).toBe('a');
    expect(art9ConditionOf('9(2)(a)')?.id).toBe('explicit-consent');
    expect(art9ConditionOf('Art. 9 Abs. 2 lit. a DSGVO')?.id).toBe('explicit-consent');
    expect(art9ConditionOf('9(2)(k)')).toBeUndefined();
    expect(art9ConditionOf('samtycke')).toBeUndefined();
  });

  it('tells a nonexistent letter from a malformed citation', () => {
    expect(parseArt9Citation('9(2)(k)')).toEqual({ letter: 'k' });
    expect(art9ConditionByLetter('k')).toBeUndefined();
    for (const text of ['9(1)(h)', '6(1)(a)', '19(2)(a)', '9(2)', '9(2)(h)(i)', 'hälsa']) {
      expect(parseArt9Citation(text), text).toBeUndefined();
    }
  });
});

describe('EEA', () => {
  it('has the 30 members: EU 27 + IS, LI, NO', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    const groups = EEA_GROUPS.flatMap((g) => g.members);
    expect([...groups].sort()).toEqual([...EEA_COUNTRIES].sort());
    expect(EEA_GROUPS.find((g) => g.id === 'EU')?.members).toHaveLength(27);
    expect(EEA_SINCE.EU.date).toBe('2018-05-25');
    expect(EEA_SINCE.NO.date).toBe('2018-07-20');
  });

  it('normalises EL and UK and is case-insensitive', () => {
    expect(normalizeCountryCode('EL')).toBe('GR');
    expect(normalizeCountryCode(' uk ')).toBe('GB');
    expect(normalizeCountryCode('se')).toBe('SE');
    expect(isEeaCountry('el')).toBe(true);
    expect(isEeaCountry('NO')).toBe(true);
    for (const c of ['CH', 'GB', 'UK', 'US', 'EEA', 'non-EEA'])
      expect(isEeaCountry(c), c).toBe(false);
  });

  it('leaves the §5.1 territories "in the EU" (unverified) unclassified: status U, not EEA members', () => {
    expect(EU_TERRITORIES_UNVERIFIED.map((t) => t.code)).toEqual([
      'GP',
      'GF',
      'MQ',
      'RE',
      'YT',
      'MF',
      'AX',
    ]);
    for (const territory of EU_TERRITORIES_UNVERIFIED) {
      expect(territory.source.status).toBe('U');
      expect(isEeaCountry(territory.code), territory.code).toBe(false);
      expect(isUnclassifiedTerritory(territory.code), territory.code).toBe(true);
    }
    expect(isUnclassifiedTerritory(' re ')).toBe(true);
    for (const entry of ['FR', 'FI', 'US', 'GL', 'EEA', 'non-EEA'])
      expect(isUnclassifiedTerritory(entry), entry).toBe(false);
    // isOutsideEea is unchanged: callers skip unclassified territories before asking it.
    expect(isOutsideEea('RE')).toBe(true);
  });

  it('reads intl:<name> as an international organisation, outside the EEA, kept as written', () => {
    expect(isInternationalOrganisation('intl:EPO')).toBe(true);
    expect(isInternationalOrganisation(' INTL:epo')).toBe(true);
    expect(isInternationalOrganisation('IN')).toBe(false);
    expect(normalizeCountryEntry(' intl: EPO ')).toBe('intl:EPO');
    expect(countryEntries(['intl:EPO', 'intl:EPO', 'uk'])).toEqual(['intl:EPO', 'GB']);
    expect(isOutsideEea('intl:EPO')).toBe(true);
    expect(isUnclassifiedTerritory('intl:EPO')).toBe(false);
  });

  it('has a national supervisory authority for every EEA country', () => {
    for (const code of EEA_COUNTRIES) {
      const national = SUPERVISORY_AUTHORITIES.filter(
        (a) => a.country === code && a.eea && a.region === undefined,
      );
      expect(national, code).toHaveLength(1);
      expect(national[0]?.id).toBe(`SA-${code}`);
    }
  });
});

describe('adequacy', () => {
  it('never lists an EEA country', () => {
    for (const a of ADEQUACY_DECISIONS) expect(isEeaCountry(a.country), a.id).toBe(false);
  });

  it('requires DPF for the US', () => {
    const us = adequacyFor('US', '2026-11-23');
    expect(us?.id).toBe('ADQ-US');
    expect(us?.requiresMechanism).toBe('dpf');
    expect(us?.partial).toBe(true);
  });

  it('honours adoption and expiry dates', () => {
    expect(adequacyFor('UK', '2030-06-01')?.id).toBe('ADQ-GB');
    expect(adequacyFor('GB', '2031-12-27')?.id).toBe('ADQ-GB');
    expect(adequacyFor('GB', '2032-01-01')).toBeUndefined();
    expect(adequacyFor('BR', '2025-12-31')).toBeUndefined();
    expect(adequacyFor('BR', '2026-01-26')?.decision).toBe('(EU) 2026/179');
    expect(adequacyFor('intl:epo', '2026-11-23')?.id).toBe('ADQ-EPO');
    expect(adequacyFor('CN', '2026-11-23')).toBeUndefined();
  });

  it('marks partial decisions', () => {
    const partial = ADEQUACY_DECISIONS.filter((a) => a.partial).map((a) => a.country);
    for (const c of ['CA', 'US', 'JP', 'KR', 'IL', 'UY', 'FO']) expect(partial, c).toContain(c);
    for (const c of ['CH', 'GB', 'NZ', 'AD', 'AR']) expect(partial, c).not.toContain(c);
  });

  it('leaves public authorities out of the decisions whose scope is commercial organisations (CA, JP, US)', () => {
    const excluding = ADEQUACY_DECISIONS.filter((a) =>
      a.excludedRoles?.includes('public-authority'),
    ).map((a) => a.id);
    expect(excluding.sort()).toEqual(['ADQ-CA', 'ADQ-JP', 'ADQ-US']);
    for (const a of ADEQUACY_DECISIONS)
      if (a.excludedRoles !== undefined) expect(a.partial, a.id).toBe(true);
    const canada = adequacyFor('CA', '2026-11-23')!;
    expect(coversRecipient(canada, 'public-authority')).toBe(false);
    expect(coversRecipient(canada, 'processor')).toBe(true);
    expect(coversRecipient(canada, undefined)).toBeUndefined();
    expect(coversRecipient(adequacyFor('NZ', '2026-11-23')!, 'public-authority')).toBe(true);
  });
});

describe('transfer mechanisms', () => {
  // docs/declaration-format.md, "Mechanism"
  const declared = [
    'adequacy',
    'dpf',
    'scc',
    'sa-scc',
    'bcr',
    'code-of-conduct',
    'certification',
    'ad-hoc-clauses',
    'public-authority-instrument',
    'public-authority-arrangement',
    'explicit-consent',
    'contract-performance',
    'contract-in-interest',
    'public-interest',
    'legal-claims',
    'vital-interests',
    'public-register',
    'compelling-legitimate-interest',
    'derogation',
    'privacy-shield',
    'safe-harbor',
  ];

  it('covers exactly the identifiers of the declaration format', () => {
    expect(TRANSFER_MECHANISMS.map((m) => m.id).sort()).toEqual([...declared].sort());
    for (const id of declared) expect(mechanismById(id)?.id).toBe(id);
    expect(mechanismById('objection')).toBeUndefined();
  });

  it('requires a copy reference for Art. 46/47 safeguards and DER-2 only', () => {
    const needs = TRANSFER_MECHANISMS.filter((m) => m.needsCopyReference)
      .map((m) => m.id)
      .sort();
    expect(needs).toEqual(
      [
        'ad-hoc-clauses',
        'bcr',
        'certification',
        'code-of-conduct',
        'compelling-legitimate-interest',
        'public-authority-arrangement',
        'public-authority-instrument',
        'sa-scc',
        'scc',
      ].sort(),
    );
    const sa = TRANSFER_MECHANISMS.filter((m) => m.saAuthorisation)
      .map((m) => m.id)
      .sort();
    expect(sa).toEqual(['ad-hoc-clauses', 'public-authority-arrangement']);
  });

  it('records the invalid instruments with their end dates', () => {
    expect(mechanismById('safe-harbor')?.kind).toBe('invalid');
    expect(mechanismById('privacy-shield')?.kind).toBe('invalid');
    const byId = Object.fromEntries(INVALIDATED_MECHANISMS.map((i) => [i.id, i]));
    expect(byId['INV-SAFE-HARBOR']?.invalidSince).toBe('2015-10-06');
    expect(byId['INV-SAFE-HARBOR']?.judgment?.case).toBe('C-362/14');
    expect(byId['INV-PRIVACY-SHIELD']?.invalidSince).toBe('2020-07-16');
    expect(byId['INV-PRIVACY-SHIELD']?.judgment?.case).toBe('C-311/18');
    expect(byId['INV-OLD-SCC']?.lastValid).toBe('2022-12-27');
    expect(byId['INV-OLD-SCC']?.mechanism).toBeUndefined();
    expect(SCC_DECISIONS.find((s) => s.id === 'SCC-NOT-TRANSFER')?.transferSafeguard).toBe(false);
  });
});

describe('supervisory authorities', () => {
  it('has 30 EEA national, 17 German Land, and GB/CH outside the EEA', () => {
    const national = SUPERVISORY_AUTHORITIES.filter((a) => a.eea && a.region === undefined);
    expect(national).toHaveLength(30);
    const laender = SUPERVISORY_AUTHORITIES.filter((a) => a.region !== undefined);
    expect(laender).toHaveLength(17);
    for (const l of laender) expect(l.country).toBe('DE');
    const outside = SUPERVISORY_AUTHORITIES.filter((a) => !a.eea)
      .map((a) => a.id)
      .sort();
    expect(outside).toEqual(['SA-CH', 'SA-GB']);
  });

  it('derives each host from its URL', () => {
    for (const a of SUPERVISORY_AUTHORITIES) {
      const host = new URL(a.url).hostname.replace(/^www\./, '');
      expect(a.hosts, a.id).toContain(host);
      expect(a.names.length, a.id).toBeGreaterThan(0);
    }
  });

  it('normalises names', () => {
    expect(normalizeAuthorityName('  Integritetsskydds\u00admyndigheten (IMY) ')).toBe(
      'integritetsskyddsmyndigheten imy',
    );
    expect(normalizeAuthorityName("Information Commissioner's  Office")).toBe(
      'information commissioners office',
    );
    expect(normalizeAuthorityName('Autorite\u0301 de protection (APD)')).toBe(
      'autorité de protection apd',
    );
  });

  it('normalises Latin names as the Unicode rules do', () => {
    // The rules for any text; Latin text (below U+0250) takes a shorter path that must agree.
    const byUnicodeRules = (text: string) =>
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\p{Cf}'’ʼ‘`´]/gu, '')
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
        .trim();
    for (let code = 0; code < 0x250; code++) {
      const text = `A${String.fromCharCode(code)}b`;
      expect(normalizeAuthorityName(text), code.toString(16)).toBe(byUnicodeRules(text));
    }
    expect(normalizeAuthorityName("  The Data-Protection `Office' (DPO_2), www.x.ie/a?b ")).toBe(
      'the data protection office dpo 2 www x ie a b',
    );
    expect(normalizeAuthorityName('Persónu\u00advernd İSLANDS – Ⱥ½')).toBe(
      'persónuvernd i̇slands ⱥ½',
    );
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCharCode(code)),
            fc.constantFrom("'", '`', ' ', '-', '_', 'A', 'z', '0', 'İ', 'ß', '\u00ad', '´'),
          ),
        }),
        (text) => {
          expect(normalizeAuthorityName(text)).toBe(byUnicodeRules(text));
        },
      ),
      { seed: Number(process.env.FC_SEED) },
    );
  });

  it('finds IMY by name, abbreviation and website', () => {
    for (const text of [
      'Integritetsskyddsmyndigheten',
      'Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm',
      'klagomål till IMY',
      'imy.se',
      'https://www.imy.se/',
      'www.imy.se/privatperson/',
    ]) {
      const found = findAuthorities(text);
      expect(ids(found), text).toEqual(['SA-SE']);
      expect(found[0]?.match, text).toBe('current');
    }
    expect(findAuthorities('https://www.imy.se/')[0]?.matchedBy).toBe('host');
  });

  it('finds Datainspektionen as the former name of SA-SE', () => {
    for (const text of ['Datainspektionen', 'https://www.datainspektionen.se']) {
      const [hit, ...rest] = findAuthorities(text);
      expect(rest, text).toHaveLength(0);
      expect(hit?.authority.id).toBe('SA-SE');
      expect(hit?.match).toBe('former');
      expect(hit?.former?.lastValid).toBe('2020-12-31');
    }
    expect(dayAfter('2020-12-31')).toBe('2021-01-01');
    // A current name next to the former one wins.
    expect(findAuthorities('IMY (tidigare Datainspektionen)')[0]?.match).toBe('current');
  });

  it('returns every candidate for shared names and abbreviations', () => {
    expect(ids(findAuthorities('Datatilsynet'))).toEqual(['SA-DK', 'SA-NO']);
    expect(ids(findAuthorities('CNPD'))).toEqual(['SA-LU', 'SA-PT']);
    expect(ids(findAuthorities('https://www.datatilsynet.no/'))).toEqual(['SA-NO']);
    expect(ids(findAuthorities('Data Protection Authority'))).toEqual(['SA-IS', 'SA-LI']);
  });

  it('prefers the longest name and ignores unrelated text', () => {
    expect(ids(findAuthorities('Belgian Data Protection Authority'))).toEqual(['SA-BE']);
    expect(ids(findAuthorities('National Data Protection Commission'))).toEqual(['SA-PT']);
    expect(ids(findAuthorities('Persónuvernd'))).toEqual(['SA-IS']);
    expect(ids(findAuthorities('Personuvernd'))).toEqual(['SA-IS']);
    expect(ids(findAuthorities('Bayerisches Landesamt für Datenschutzaufsicht'))).toEqual([
      'SA-DE-BY-P',
    ]);
    expect(findAuthorities('Kundtjänst, Box 1, 111 11 Stockholm')).toEqual([]);
    expect(findAuthorities('European Data Protection Board')).toEqual([]);
  });

  it('finds former names of other authorities', () => {
    const cbp = findAuthorities('College bescherming persoonsgegevens (CBP)');
    expect(ids(cbp)).toEqual(['SA-NL']);
    expect(cbp[0]?.match).toBe('former');
    expect(findAuthorities('GIODO')[0]?.authority.id).toBe('SA-PL');
    expect(findAuthorities('uoou.cz')[0]?.formerHost?.host).toBe('uoou.cz');
  });

  it("counts a former name only as the whole name (Malta's IDPC contains Ireland's former name)", () => {
    for (const text of [
      'Data Protection Commissioner',
      'the Data Protection Commissioner.',
      ' Data Protection Commissioner (DPCr) ',
    ]) {
      const [hit, ...rest] = findAuthorities(text);
      expect(rest, text).toHaveLength(0);
      expect([hit?.authority.id, hit?.match], text).toEqual(['SA-IE', 'former']);
    }
    // Malta's own name for the authority (SA-MT), not Ireland's former one inside it.
    expect(
      findAuthorities('Information and Data Protection Commissioner').map((m) => [
        m.authority.id,
        m.match,
      ]),
    ).toEqual([['SA-MT', 'current']]);
    expect(
      ids(findAuthorities('Information and Data Protection Commissioner, https://idpc.org.mt')),
    ).toEqual(['SA-MT']);
    expect(
      findAuthorities('Office of the Information and Data Protection Commissioner (IDPC)')[0]
        ?.match,
    ).toBe('current');
    expect(findAuthorities('Klagomål skickas till Datainspektionen')).toEqual([]);
    expect(findAuthorities('Datainspektionen (DI), www.datainspektionen.se')[0]?.match).toBe(
      'former',
    );
    expect(findAuthorities('GIODO, ul. Stawki 2')).toEqual([]);
  });
});

describe('retention phrases (§7.1)', () => {
  it('has a list for every EEA language, each citing its VAG row', () => {
    expect(Object.keys(VAGUE_RETENTION_PHRASES).sort()).toEqual([...EEA_LANGUAGE_CODES].sort());
    expect(EEA_LANGUAGE_CODES).toHaveLength(26);
    for (const language of LANGUAGE_CODES) expect(EEA_LANGUAGE_CODES).toContain(language);
    expect(VAGUE_RETENTION_PHRASE_SOURCES.nb.row).toBe('VAG-no');
    expect(VAGUE_RETENTION_PHRASE_SOURCES.pl).toEqual({ row: 'VAG-pl', status: 'S' });
  });

  // The phrases of the §7.1 rows, verbatim: each language's patterns must find every one.
  const section71: Readonly<Record<string, readonly string[]>> = {
    sv: [
      'så länge som nödvändigt',
      'så länge som är nödvändigt',
      'så länge det är nödvändigt',
      'så länge det behövs',
      'under den tid som behövs',
      'inte längre än nödvändigt',
      'inte längre än vad som är nödvändigt',
      'längre tid än vad som är nödvändigt',
      'längre än vad vi behöver',
      'så länge det finns rättslig grund',
    ],
    en: [
      'as long as necessary',
      'for as long as necessary',
      'as long as is necessary',
      'no longer than necessary',
      'no longer than is necessary',
      'as long as needed',
      'as long as required',
    ],
    nb: [
      'så lenge det er nødvendig',
      'så lenge som nødvendig',
      'ikke lenger enn nødvendig',
      'ikke lenger enn det som er nødvendig',
    ],
    da: [
      'så længe det er nødvendigt',
      'ikke længere end nødvendigt',
      'ikke længere end det er nødvendigt',
    ],
    de: [
      'so lange wie nötig',
      'so lange wie erforderlich',
      'solange dies erforderlich ist',
      'nicht länger als nötig',
      'nicht länger als erforderlich',
    ],
    fr: [
      'aussi longtemps que nécessaire',
      'pendant la durée nécessaire',
      'pas au-delà de la durée nécessaire',
      "n'excédant pas la durée nécessaire",
      'le temps nécessaire',
    ],
    nl: [
      'zo lang als nodig',
      'zolang dat nodig is',
      'niet langer dan noodzakelijk',
      'niet langer dan nodig',
    ],
  };
  for (const [language, phrases] of Object.entries(section71)) {
    it(`finds each §7.1 ${language} phrase, in any case and spacing, with and without a language`, () => {
      for (const phrase of phrases) {
        const text = `Uppgifterna: ${phrase.toUpperCase().replace(/ /g, '  ')}.`;
        expect(findVaguePhrase(text, language)?.language, phrase).toBe(language);
        expect(findVaguePhrase(`(${phrase})`), phrase).toBeDefined();
      }
    });
  }

  it('names the words of the text and tries every language, the given one first', () => {
    expect(findVaguePhrase('for as long as necessary to', 'en')?.phrase).toBe(
      'as long as necessary',
    );
    expect(findVaguePhrase('Kept  AS LONG AS  is strictly necessary.', 'en')?.phrase).toBe(
      'as long as is strictly necessary',
    );
    expect(findVaguePhrase('ikke lenger enn nødvendig', 'sv')?.language).toBe('nb');
    expect(findVaguePhrase('ikke lenger enn nødvendig', 'no')?.language).toBe('nb');
    expect(findVaguePhrase('så länge det behövs', 'sv-SE')?.language).toBe('sv');
    expect(findVaguePhrase('n’excédant pas la durée nécessaire', 'fr')?.language).toBe('fr');
    expect(findVaguePhrase('Så länge du är kund och därefter 24 månader')).toBeUndefined();
  });

  it('counts ISO durations, periods and statutes that name the statute as anchors', () => {
    for (const text of [
      'P24M',
      'P7Y från räkenskapsårets slut',
      '24 månader efter avslutat kundförhållande',
      'i sju år',
      'tre (3) år',
      'for 6 months',
      'for two years',
      '30 Tage',
      '10 jaar',
      '5 ans',
      'i henhold til bokføringsloven',
      '7 kap. 2 § bokföringslagen',
      'enligt lag (1999:1078)',
      'nach dem Handelsgesetzbuch',
      'under the Companies Act 2006',
    ]) {
      expect(hasNamedRetentionAnchor(text), text).toBe(true);
    }
  });

  it('does not count vague wording as an anchor', () => {
    for (const text of [
      'så länge som är nödvändigt',
      'as long as necessary to act on your request',
      'Personal data are kept no longer than necessary',
      'PRODUCT',
      'P',
      'så länge det behövs som underlag för förslagen',
      'auf den gesetzlichen Grundlagen',
      'zie de bijlagen',
      'as long as necessary to explain our services',
    ]) {
      expect(hasNamedRetentionAnchor(text), text).toBe(false);
    }
  });
});

describe('generic legitimate-interest phrases (LB-legitimate-interests, WP-LI)', () => {
  it('covers every language and includes the Swedish terms of LB-legitimate-interests', () => {
    expect(Object.keys(GENERIC_LEGITIMATE_INTEREST_PHRASES).sort()).toEqual(
      [...LANGUAGE_CODES].sort(),
    );
    expect(Object.keys(GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES).sort()).toEqual(
      [...LANGUAGE_CODES].sort(),
    );
    const li = legalBasisById('legitimate-interests');
    for (const term of li?.swedishTerms ?? [])
      expect(GENERIC_LEGITIMATE_INTEREST_PHRASES.sv).toContain(term);
    for (const phrases of Object.values(GENERIC_LEGITIMATE_INTEREST_PHRASES)) {
      for (const phrase of phrases) expect(isGenericLegitimateInterest(phrase), phrase).toBe(true);
    }
  });

  it('recognises a restated basis whatever the case, punctuation or spacing', () => {
    for (const text of [
      'Berättigat intresse',
      '  berättigat   intresse. ',
      'Legitimate interests.',
      '"Berechtigtes Interesse"',
      'legitimt interesse',
      'Intérêt légitime',
      'legitimate-interests',
      'art. 6 (1) f',
      'Art. 6 Abs. 1 lit. f DSGVO',
    ]) {
      expect(isGenericLegitimateInterest(text), text).toBe(true);
    }
  });

  it('says which status backs a generic interest: V for sv, en, identifiers and citations; S for the other lists', () => {
    for (const text of [
      'berättigat intresse',
      'Legitimate interests',
      'legitimate-interests',
      'Art. 6 Abs. 1 lit. f DSGVO',
      'art. 6 (1) f',
    ]) {
      expect(genericLegitimateInterestStatus(text), text).toBe('V');
    }
    for (const text of [
      'legitimt interesse',
      'Berechtigtes Interesse',
      'Intérêt légitime',
      'gerechtvaardigd belang',
    ]) {
      expect(genericLegitimateInterestStatus(text), text).toBe('S');
    }
    expect(genericLegitimateInterestStatus('Förebygga bedrägerier')).toBeUndefined();
  });

  it('accepts any text that states an interest, however short', () => {
    for (const text of [
      '',
      '   ',
      'Förebygga bedrägerier',
      'Berättigat intresse att förebygga bedrägerier',
      'Legitimate interest in securing our network',
      'Direktmarketing an Bestandskunden',
      'legitimate interests of our customers',
    ]) {
      expect(isGenericLegitimateInterest(text), text).toBe(false);
    }
  });
});

describe('generic source phrases (INF-SOURCE, Art. 14(2)(f))', () => {
  it('covers every language, and every phrase is recognised', () => {
    expect(Object.keys(GENERIC_SOURCE_PHRASES).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(Object.keys(GENERIC_SOURCE_PHRASE_SOURCES).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const phrases of Object.values(GENERIC_SOURCE_PHRASES)) {
      for (const phrase of phrases) expect(isGenericSource(phrase), phrase).toBe(true);
    }
  });

  it('recognises a source that only restates "not from you", whatever the case, punctuation or spacing', () => {
    for (const text of [
      'Tredje part',
      ' tredje  parter. ',
      'Third-party sources',
      'THIRD PARTIES',
      'Andra källor',
      'Dritte',
      "d'autres sources",
      'derden',
      'eksterne kilder',
    ]) {
      expect(isGenericSource(text), text).toBe(true);
    }
  });

  it('says which status backs a generic source: V for the sv and en lists, S for a phrase only the others have', () => {
    for (const text of ['Tredje part', 'third parties', 'tredjepart'])
      expect(genericSourceStatus(text), text).toBe('V');
    for (const text of ['Dritte', 'des tiers', 'derden', 'eksterne kilder'])
      expect(genericSourceStatus(text), text).toBe('S');
    expect(genericSourceStatus('Kreditupplysningsbolag')).toBeUndefined();
  });

  it('accepts any text that says something about the source, and leaves blank text to the caller', () => {
    for (const text of [
      '',
      '   ',
      'Kreditupplysningsbolag',
      'andra offentliga register',
      'Tredje part: Bisnode AB',
      'Leverantör av adressuppgifter (uppgifter hos folkbokföringen)',
      'Auskunfteien wie die SCHUFA',
      'public registers',
      'third-party marketing partners',
    ]) {
      expect(isGenericSource(text), text).toBe(false);
    }
  });
});

describe('national identification number rules (Art. 87, SE-DSL-PNR)', () => {
  it('has the Swedish rule, found by normalised country code', () => {
    const se = nationalIdRuleFor('SE');
    expect(se?.source).toEqual({ row: 'SE-DSL-PNR', status: 'V' });
    expect(se?.law).toContain('2018:218');
    expect(se?.consentSuffices).toBe(true);
    expect(nationalIdRuleFor(' se ')).toBe(se);
  });

  it('has no rule for a country the reference does not cover, or none given', () => {
    for (const code of ['DE', 'NO', 'US', 'EEA', 'non-EEA', ''])
      expect(nationalIdRuleFor(code), code).toBeUndefined();
    expect(nationalIdRuleFor(undefined)).toBeUndefined();
  });

  it('lists one rule per country', () => {
    const countries = NATIONAL_ID_RULES.map((rule) => rule.country);
    expect(new Set(countries).size).toBe(countries.length);
  });
});

describe('named retention anchors (§7.1, WP-RETENTION)', () => {
  it('counts periods and statutes that name the statute', () => {
    for (const text of [
      'P24M',
      '24 månader efter avslutat kundförhållande',
      'for two years',
      'enligt bokföringslagen',
      'enligt lag (1999:1078)',
      'SFS 1999:1078',
      '7 kap. 2 §',
      '§ 147 AO',
      'nach dem Handelsgesetzbuch',
      'i henhold til bokføringsloven',
      'efter lov nr. 700',
      'under the Companies Act 2006',
      'as the Limitation Act requires',
      'the Act of 1980',
    ]) {
      expect(hasNamedRetentionAnchor(text), text).toBe(true);
    }
  });

  it('does not count a statute that is not named, or words that only look like "lag"', () => {
    for (const text of [
      'så länge det är nödvändigt enligt lag',
      'enligt gällande lagar',
      'enligt lagen',
      'lagstadgade skyldigheter',
      'Vi lagrar uppgifterna',
      'gemäß den gesetzlichen Aufbewahrungsfristen',
      'nach dem Gesetz',
      'i henhold til loven',
      'as required by the Act',
      'as this Act requires',
      'som underlag för förslagen',
    ]) {
      expect(hasNamedRetentionAnchor(text), text).toBe(false);
    }
  });
});

describe('currentAuthorityName (§6.1)', () => {
  it('gives the official name with its abbreviation', () => {
    expect(currentAuthorityName(authorityById('SA-SE')!)).toBe(
      'Integritetsskyddsmyndigheten (IMY)',
    );
    expect(currentAuthorityName(authorityById('SA-DK')!)).toBe('Datatilsynet');
  });

  it('gives the name that replaced a former one, by position', () => {
    const be = authorityById('SA-BE')!;
    expect(currentAuthorityName(be, 0)).toBe('Gegevensbeschermingsautoriteit (GBA)');
    expect(currentAuthorityName(be, 1)).toBe('Autorité de protection des données (APD)');
    const hu = authorityById('SA-HU')!;
    expect(currentAuthorityName(hu, 1)).toBe(
      'National Authority for Data Protection and Freedom of Information (NAIH)',
    );
    // The English name takes the first abbreviation, not the office's (PL: PUODO, UODO).
    expect(currentAuthorityName(authorityById('SA-PL')!, 1)).toBe(
      'President of the Personal Data Protection Office (PUODO)',
    );
  });

  it('every dated former name maps to a current name of the same authority', () => {
    for (const authority of SUPERVISORY_AUTHORITIES) {
      authority.formerNames.forEach((former, position) => {
        if (former.lastValid === undefined) return;
        const name = currentAuthorityName(authority, position);
        expect(
          authority.names.some((current) => name.startsWith(current)),
          `${authority.id} ${former.name}`,
        ).toBe(true);
        expect(
          findAuthorities(name).map((match) => match.authority.id),
          name,
        ).toContain(authority.id);
        expect(
          findAuthorities(name).find((match) => match.authority === authority)?.match,
          name,
        ).toBe('current');
      });
    }
  });
});
