import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Range } from './diagnostic.js';
import { DEFAULT_LIMITS, load, type LoadResult } from './load.js';

/** Lines joined with \n: line N of the fixture is element N - 1. */
const lines = (...text: string[]): string => `${text.join('\n')}\n`;

const range = (line: number, column: number, endLine: number, endColumn: number): Range => ({
  line,
  column,
  endLine,
  endColumn,
});

/** The diagnostics as [ruleId, path, line:column] rows, for compact exact assertions. */
const where = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => [d.ruleId, d.path, `${d.range.line}:${d.range.column}`]);

/** Loads and expects exactly one diagnostic, of the given kind. */
function onlyDiagnostic(text: string, ruleId: Diagnostic['ruleId'] = 'schema'): Diagnostic {
  const result = load(text);
  expect(result.diagnostics, JSON.stringify(result.diagnostics, null, 2)).toHaveLength(1);
  expect(result.diagnostics[0]!.ruleId).toBe(ruleId);
  expect(result.diagnostics[0]!.severity).toBe('error');
  expect(result.declaration).toBeUndefined();
  return result.diagnostics[0]!;
}

// ─── positions ──────────────────────────────────────────────────────────────────────────

const POSITIONS = lines(
  '# Position fixture', //                                    1
  'privacyspec: "1.0"', //                                    2
  'language: sv', //                                          3
  'controller:', //                                           4
  '  name: Optimera Svenska AB', //                           5
  '  email: dataskydd@optimera.se', //                        6
  "  url: 'https://www.optimera.se'", //                      7
  'dpo:', //                                                  8
  'representative: ~', //                                     9
  'purposes:', //                                            10
  '  - id: order', //                                        11
  '    name: {sv: Hantera köp, en: Handle orders}', //       12
  '    dataCategories: [contact, personal-id-number]', //    13
  '    legalBasis: contract', //                             14
  '  - id: bookkeeping', //                                  15
  '    legalBasis: "legal-obligation"', //                   16
  '    retention:', //                                       17
  '      duration: P7Y', //                                  18
  '      from: end of the fiscal year', //                   19
  'dataCategories:', //                                      20
  '  - id: contact', //                                      21
  '  - id: personal-id-number', //                           22
  'a/b~c: 1', //                                             23
);

/** Every pointer of the fixture with its range (key and value), 1-based, end exclusive. */
const EXPECTED_POSITIONS: Record<string, Range> = {
  '': range(2, 1, 24, 1),
  '/privacyspec': range(2, 1, 2, 19),
  '/language': range(3, 1, 3, 13),
  '/controller': range(4, 1, 8, 1),
  '/controller/name': range(5, 3, 5, 28),
  '/controller/email': range(6, 3, 6, 31),
  '/controller/url': range(7, 3, 7, 33),
  '/dpo': range(8, 1, 8, 5),
  '/representative': range(9, 1, 9, 18),
  '/purposes': range(10, 1, 20, 1),
  '/purposes/0': range(11, 5, 15, 1),
  '/purposes/0/id': range(11, 5, 11, 14),
  '/purposes/0/name': range(12, 5, 12, 47),
  '/purposes/0/name/sv': range(12, 12, 12, 27),
  '/purposes/0/name/en': range(12, 29, 12, 46),
  '/purposes/0/dataCategories': range(13, 5, 13, 50),
  '/purposes/0/dataCategories/0': range(13, 22, 13, 29),
  '/purposes/0/dataCategories/1': range(13, 31, 13, 49),
  '/purposes/0/legalBasis': range(14, 5, 14, 25),
  '/purposes/1': range(15, 5, 20, 1),
  '/purposes/1/id': range(15, 5, 15, 20),
  '/purposes/1/legalBasis': range(16, 5, 16, 35),
  '/purposes/1/retention': range(17, 5, 20, 1),
  '/purposes/1/retention/duration': range(18, 7, 18, 20),
  '/purposes/1/retention/from': range(19, 7, 19, 35),
  '/dataCategories': range(20, 1, 23, 1),
  '/dataCategories/0': range(21, 5, 22, 1),
  '/dataCategories/0/id': range(21, 5, 21, 16),
  '/dataCategories/1': range(22, 5, 23, 1),
  '/dataCategories/1/id': range(22, 5, 22, 27),
  '/a~1b~0c': range(23, 1, 23, 9),
};

function allPositions(text: string): Record<string, Range | undefined> {
  const { positions } = load(text);
  return Object.fromEntries(
    [...positions.pointers()].map((pointer) => [pointer, positions.get(pointer)]),
  );
}

describe('positions', () => {
  const result = load(POSITIONS);
  const { positions } = result;

  it('records every node of the fixture, and nothing else', () => {
    expect(allPositions(POSITIONS)).toEqual(EXPECTED_POSITIONS);
    expect(positions.size).toBe(Object.keys(EXPECTED_POSITIONS).length);
  });

  it('top-level keys: from the key to the end of the value', () => {
    expect(positions.get('/privacyspec')).toEqual(range(2, 1, 2, 19));
    expect(positions.get('/language')).toEqual(range(3, 1, 3, 13));
    // A block value runs to the start of the line after it (end exclusive).
    expect(positions.get('/controller')).toEqual(range(4, 1, 8, 1));
  });

  it('nested keys', () => {
    expect(positions.get('/controller/email')).toEqual(range(6, 3, 6, 31));
  });

  it('list items start at the item, after "- "', () => {
    expect(positions.get('/purposes/1')).toEqual(range(15, 5, 20, 1));
    expect(positions.get('/purposes/1/id')).toEqual(range(15, 5, 15, 20));
  });

  it('keys inside list items', () => {
    expect(positions.get('/purposes/1/retention/duration')).toEqual(range(18, 7, 18, 20));
    expect(positions.get('/purposes/1/retention/from')).toEqual(range(19, 7, 19, 35));
  });

  it('flow sequence items', () => {
    expect(positions.get('/purposes/0/dataCategories/0')).toEqual(range(13, 22, 13, 29));
    expect(positions.get('/purposes/0/dataCategories/1')).toEqual(range(13, 31, 13, 49));
  });

  it('multilingual text: each language at its key', () => {
    expect(positions.get('/purposes/0/name')).toEqual(range(12, 5, 12, 47));
    expect(positions.get('/purposes/0/name/sv')).toEqual(range(12, 12, 12, 27));
    expect(positions.get('/purposes/0/name/en')).toEqual(range(12, 29, 12, 46));
  });

  it('quoted scalars include their quotes; offsets index the source text', () => {
    expect(positions.get('/purposes/1/legalBasis')).toEqual(range(16, 5, 16, 35));
    expect(positions.get('/controller/url')).toEqual(range(7, 3, 7, 33));
    const slice = (pointer: string) => {
      const offsets = positions.offsets(pointer)!;
      return [
        POSITIONS.slice(offsets.start, offsets.end),
        POSITIONS.slice(offsets.valueStart, offsets.valueEnd),
      ];
    };
    expect(slice('/purposes/1/legalBasis')).toEqual([
      'legalBasis: "legal-obligation"',
      '"legal-obligation"',
    ]);
    expect(slice('/controller/url')).toEqual([
      "url: 'https://www.optimera.se'",
      "'https://www.optimera.se'",
    ]);
    expect(slice('/privacyspec')).toEqual(['privacyspec: "1.0"', '"1.0"']);
    expect(slice('/purposes/0/dataCategories/1')).toEqual([
      'personal-id-number',
      'personal-id-number',
    ]);
    expect(
      (result.data as { purposes: Array<{ legalBasis: string }> }).purposes[1]!.legalBasis,
    ).toBe('legal-obligation');
  });

  it('keys with / and ~ are escaped as ~1 and ~0 in the pointer', () => {
    expect(positions.get('/a~1b~0c')).toEqual(range(23, 1, 23, 9));
    expect(positions.has('/a/b~c')).toBe(false);
    expect(Object.keys(result.data as object)).toContain('a/b~c');
    // The key is unknown to the schema, and reported at its escaped pointer.
    const unknown = result.diagnostics.find((d) => d.path === '/a~1b~0c');
    expect(unknown?.message).toBe(
      'Unknown key "a/b~c". Known keys here: privacyspec, language, updated, controller, dpo, representative, supervisoryAuthority, dataCategories, purposes, recipients, dataSubjects, rights, rightsExercise, securityMeasures.',
    );
    expect(unknown?.range).toEqual(range(23, 1, 23, 9));
  });

  it('a key with no value (dpo:) is null, positioned at its key; ~ is null too', () => {
    expect((result.data as { dpo: unknown }).dpo).toBeNull();
    expect(positions.get('/dpo')).toEqual(range(8, 1, 8, 5));
    const dpo = positions.offsets('/dpo')!;
    expect(POSITIONS.slice(dpo.start, dpo.end)).toBe('dpo:');
    expect(dpo.valueStart).toBe(dpo.valueEnd);
    expect((result.data as { representative: unknown }).representative).toBeNull();
    expect(positions.get('/representative')).toEqual(range(9, 1, 9, 18));
    // dpo must be a mapping: the diagnostic lands on the key.
    const diagnostic = result.diagnostics.find((d) => d.path === '/dpo');
    expect(diagnostic?.message).toBe('"/dpo" must be a mapping (key: value), not empty.');
    expect(diagnostic?.range).toEqual(range(8, 1, 8, 5));
  });

  it('closest() falls back from a missing key to its closest existing parent', () => {
    expect(positions.get('/purposes/0/retention')).toBeUndefined();
    expect(positions.closest('/purposes/0/retention')).toEqual(range(11, 5, 15, 1));
    expect(positions.closest('/purposes/0/retention/duration')).toEqual(range(11, 5, 15, 1));
    expect(positions.closest('/controller/phone')).toEqual(range(4, 1, 8, 1));
    expect(positions.closest('/purposes/7/id')).toEqual(range(10, 1, 20, 1));
    expect(positions.closest('/supervisoryAuthority/name')).toEqual(range(2, 1, 24, 1));
    expect(positions.closest('/purposes/1/retention/duration')).toEqual(range(18, 7, 18, 20));
  });

  it('the fixture has exactly the two expected diagnostics', () => {
    expect(where(result.diagnostics).sort()).toEqual([
      ['schema', '/a~1b~0c', '23:1'],
      ['schema', '/dpo', '8:1'],
    ]);
  });
});

// ─── schema diagnostics ─────────────────────────────────────────────────────────────────

const VALID = lines(
  'privacyspec: "1.0"', //             1
  'controller:', //                    2
  '  name: Optimera Svenska AB', //    3
  '  country: SE', //                  4
  'purposes:', //                      5
  '  - id: order', //                  6
  '    legalBasis: contract', //       7
  '    retention:', //                 8
  '      duration: P24M', //           9
);

describe('schema diagnostics', () => {
  it('the base declaration used below is valid', () => {
    const result = load(VALID);
    expect(result.diagnostics).toEqual([]);
    expect(result.declaration?.purposes[0]?.retention?.duration).toBe('P24M');
  });

  it('unknown top-level key, with a did-you-mean (purpose → purposes), and no second "missing purposes"', () => {
    const d = onlyDiagnostic(VALID.replace('purposes:', 'purpose:'));
    expect(d.message).toBe('Unknown key "purpose". Did you mean "purposes"?');
    expect(d.path).toBe('/purpose');
    expect(d.range).toEqual(range(5, 1, 10, 1));
  });

  it('a missing required key is still reported when the unknown key is not a near miss', () => {
    const result = load(VALID.replace('purposes:', 'goals:'));
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The declaration is missing the required key "purposes".',
      'Unknown key "goals". Known keys here: privacyspec, language, updated, controller, dpo, representative, supervisoryAuthority, dataCategories, purposes, recipients, dataSubjects, rights, rightsExercise, securityMeasures.',
    ]);
    expect(where(result.diagnostics)).toEqual([
      ['schema', '', '1:1'],
      ['schema', '/goals', '5:1'],
    ]);
  });

  it('unknown nested key, with a did-you-mean (retension → retention)', () => {
    const d = onlyDiagnostic(VALID.replace('retention:', 'retension:'));
    expect(d.message).toBe('Unknown key "retension" in "/purposes/0". Did you mean "retention"?');
    expect(d.path).toBe('/purposes/0/retension');
    expect(d.range).toEqual(range(8, 5, 10, 1));
  });

  it('unknown key with nothing close lists the known keys', () => {
    const d = onlyDiagnostic(VALID.replace('  country: SE', '  colour: red'));
    expect(d.message).toBe(
      'Unknown key "colour" in "/controller". Known keys here: name, registrationNumber, country, address, email, phone, url.',
    );
    expect(d.path).toBe('/controller/colour');
    expect(d.range).toEqual(range(4, 3, 4, 14));
  });

  it('missing required controller, at the document', () => {
    const d = onlyDiagnostic(lines('privacyspec: "1.0"', 'purposes: []'));
    expect(d.message).toBe('The declaration is missing the required key "controller".');
    expect(d.path).toBe('');
    expect(d.range).toEqual(range(1, 1, 3, 1));
  });

  it('missing required id, at the list item', () => {
    const d = onlyDiagnostic(VALID.replace('  - id: order', '  - name: Order'));
    expect(d.message).toBe('"/purposes/0" is missing the required key "id".');
    expect(d.path).toBe('/purposes/0');
    expect(d.range).toEqual(range(6, 5, 10, 1));
  });

  it('purposes as a mapping instead of a list', () => {
    const d = onlyDiagnostic(
      lines(
        'privacyspec: "1.0"',
        'controller: {}',
        'purposes:',
        '  order:',
        '    legalBasis: contract',
      ),
    );
    expect(d.message).toBe('"/purposes" must be a list, not a mapping.');
    expect(d.path).toBe('/purposes');
    expect(d.range).toEqual(range(3, 1, 6, 1));
  });

  it('nationalId: "yes" is text, not a boolean', () => {
    const d = onlyDiagnostic(
      `${VALID}dataCategories:\n  - id: personal-id-number\n    nationalId: "yes"\n`,
    );
    expect(d.message).toBe('"/dataCategories/0/nationalId" must be true or false, not "yes".');
    expect(d.path).toBe('/dataCategories/0/nationalId');
    expect(d.range).toEqual(range(12, 5, 12, 22));
  });

  it('bad enum, with a did-you-mean (legalBasis: contrakt)', () => {
    const d = onlyDiagnostic(VALID.replace('legalBasis: contract', 'legalBasis: contrakt'));
    expect(d.message).toBe(
      '"/purposes/0/legalBasis" is "contrakt", which is not one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests. Did you mean "contract"?',
    );
    expect(d.path).toBe('/purposes/0/legalBasis');
    expect(d.range).toEqual(range(7, 5, 7, 25));
  });

  it('bad enum in a list, with a did-you-mean (rights: objection → object)', () => {
    const d = onlyDiagnostic(`${VALID}rights: [access, objection]\n`);
    expect(d.message).toContain(
      '"/rights/1" is "objection", which is not one of: access, rectification, erasure, restriction, portability, object,',
    );
    expect(d.message).toMatch(/ Did you mean "object"\?$/);
    expect(d.path).toBe('/rights/1');
    expect(d.range).toEqual(range(10, 18, 10, 27));
  });

  it('bad country pattern (se)', () => {
    const d = onlyDiagnostic(VALID.replace('country: SE', 'country: se'));
    expect(d.message).toBe(
      '"/controller/country" is "se", which is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), or EEA / non-EEA (EU is not a country code: write EEA).',
    );
    expect(d.path).toBe('/controller/country');
    expect(d.range).toEqual(range(4, 3, 4, 14));
  });

  it('EU is not a country code: write EEA', () => {
    const d = onlyDiagnostic(`${VALID}recipients:\n  - id: cloud\n    country: EU\n`);
    expect(d.message).toBe(
      '"/recipients/0/country" is "EU", which is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), EEA / non-EEA, or intl:<name> for an international organisation (intl:EPO) (EU is not a country code: write EEA).',
    );
    expect(d.path).toBe('/recipients/0/country');
  });

  it('bad country in a list of countries, at the item', () => {
    const d = onlyDiagnostic(`${VALID}recipients:\n  - id: cloud\n    country: [US, us]\n`);
    expect(d.message).toBe(
      '"/recipients/0/country/1" is "us", which is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), EEA / non-EEA, or intl:<name> for an international organisation (intl:EPO) (EU is not a country code: write EEA).',
    );
    expect(d.range).toEqual(range(12, 19, 12, 21));
  });

  it('bad ISO duration (24 months)', () => {
    const d = onlyDiagnostic(VALID.replace('duration: P24M', 'duration: 24 months'));
    expect(d.message).toBe(
      '"/purposes/0/retention/duration" is "24 months", which is not an ISO 8601 duration (P30D, P24M, P7Y).',
    );
    expect(d.path).toBe('/purposes/0/retention/duration');
    expect(d.range).toEqual(range(9, 7, 9, 26));
  });

  it('bad id (Order Handling)', () => {
    const d = onlyDiagnostic(VALID.replace('id: order', 'id: Order Handling'));
    expect(d.message).toBe(
      '"/purposes/0/id" is "Order Handling", which is not a valid id (lower-case letters, digits and hyphens, e.g. "order-handling").',
    );
    expect(d.path).toBe('/purposes/0/id');
    expect(d.range).toEqual(range(6, 5, 6, 23));
  });

  it('duplicate ids in purposes, reported at the second one', () => {
    const d = onlyDiagnostic(
      `${VALID}  - id: newsletter\n  - id: order\n    legalBasis: legal-obligation\n`,
    );
    expect(d.message).toBe(
      'The id "order" is used twice in purposes. Ids must be unique: purposes and the semantic diff refer to entries by id.',
    );
    expect(d.path).toBe('/purposes/2/id');
    expect(d.range).toEqual(range(11, 5, 11, 14));
  });

  it('the same value twice in a list: named by its items, in order', () => {
    const d = onlyDiagnostic(`${VALID}rights: [access, erasure, access]\n`);
    expect(d.message).toBe('"/rights" lists the same value twice (items 0 and 2).');
    expect(d.path).toBe('/rights');
  });

  it('mappings with keys valueOf or toString in a list of unique items: diagnostics, not a TypeError', () => {
    // Found by the fuzz suite (packages/linter/test/fuzz.test.ts): Ajv's uniqueItems compared the
    // items with fast-deep-equal, which calls a.toString() when toString is not Object's.
    const result = load(`${VALID}rights:\n  - {}\n  - toString: "1.0"\n`);
    expect(where(result.diagnostics)).toEqual([
      ['schema', '/rights/0', '11:5'],
      ['schema', '/rights/1', '12:5'],
    ]);
    const purposes = load(`${VALID}    dataCategories: [{valueOf: 1}, {valueOf: 1}]\n`);
    expect(purposes.diagnostics.map((d) => d.path)).toEqual([
      '/purposes/0/dataCategories/0',
      '/purposes/0/dataCategories/1',
    ]);
  });

  it('the same id in different lists is fine', () => {
    const result = load(
      `${VALID}dataCategories: [{id: order}]\nrecipients: [{id: order}]\ndataSubjects: [{id: order}]\n`,
    );
    expect(result.diagnostics).toEqual([]);
  });

  it('anyOf: source {thirdParti: X} gives the unknown key only, not the failed branches', () => {
    const d = onlyDiagnostic(
      `${VALID}dataCategories:\n  - id: credit\n    source: {thirdParti: UC AB}\n`,
    );
    expect(d.message).toBe(
      'Unknown key "thirdParti" in "/dataCategories/0/source". Did you mean "thirdParty"?',
    );
    expect(d.path).toBe('/dataCategories/0/source/thirdParti');
    expect(d.range).toEqual(range(12, 14, 12, 31));
  });

  it('anyOf: a source that fits no form names every accepted form once', () => {
    const d = onlyDiagnostic(`${VALID}dataCategories:\n  - id: credit\n    source: sumthing\n`);
    expect(d.message).toBe(
      '"/dataCategories/0/source" must be "data-subject", "public", a mapping (key: value) or a list, not "sumthing".',
    );
    expect(d.range).toEqual(range(12, 5, 12, 21));
  });

  it('anyOf: text name: 3 gives one message naming both accepted forms', () => {
    const d = onlyDiagnostic(VALID.replace('  - id: order', '  - id: order\n    name: 3'));
    expect(d.message).toBe(
      '"/purposes/0/name" must be text or a mapping (key: value), not number 3. Put the value in quotes ("3", written as in the notice) so that it is read as text: YAML reads a bare number or true/false as such, and drops leading zeros and a leading +.',
    );
    expect(d.path).toBe('/purposes/0/name');
    expect(d.range).toEqual(range(7, 5, 7, 12));
  });

  it('anyOf: empty text is "must not be empty", once', () => {
    const d = onlyDiagnostic(VALID.replace('  - id: order', '  - id: order\n    name: ""'));
    expect(d.message).toBe('"/purposes/0/name" must not be empty.');
  });

  it('multilingual text with a key that is not a language tag: one diagnostic per bad key, at the key', () => {
    const result = load(
      VALID.replace(
        '  - id: order',
        '  - id: order\n    name: {SV: Hantera köp, en: Handle orders, "English": Orders}',
      ),
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'The key "SV" in "/purposes/0/name" is not a BCP 47 language tag (sv, en, sv-SE).',
      'The key "English" in "/purposes/0/name" is not a BCP 47 language tag (sv, en, sv-SE).',
    ]);
    expect(where(result.diagnostics)).toEqual([
      ['schema', '/purposes/0/name/SV', '7:12'],
      ['schema', '/purposes/0/name/English', '7:48'],
    ]);
  });

  it('privacyspec: 1.0 is a number; it must be the text "1.0"', () => {
    const d = onlyDiagnostic(VALID.replace('privacyspec: "1.0"', 'privacyspec: 1.0'));
    expect(d.message).toBe('"/privacyspec" must be "1.0", not number 1.');
    expect(d.path).toBe('/privacyspec');
    expect(d.range).toEqual(range(1, 1, 1, 17));
  });

  it('several problems: each once, each at its own place', () => {
    const result = load(
      lines(
        'privacyspec: "2.0"',
        'controller:',
        '  country: se',
        'purposes:',
        '  - id: order',
        '    legalBasis: contrakt',
        '    retension: {duration: P1Y}',
        '  - id: order',
      ),
    );
    expect(where(result.diagnostics).sort()).toEqual(
      [
        ['schema', '/privacyspec', '1:1'],
        ['schema', '/controller/country', '3:3'],
        ['schema', '/purposes/0/legalBasis', '6:5'],
        ['schema', '/purposes/0/retension', '7:5'],
      ].sort(),
    );
    // Duplicate ids are checked once the shape is right.
    expect(result.diagnostics.some((d) => d.message.includes('used twice'))).toBe(false);
  });
});

// ─── hostile input ──────────────────────────────────────────────────────────────────────

describe('hostile input: a positioned diagnostic, never a throw', () => {
  it('YAML syntax error: an unclosed flow sequence', () => {
    const d = onlyDiagnostic(
      lines('privacyspec: "1.0"', 'purposes: [order, newsletter', 'controller: {}'),
      'yaml-syntax',
    );
    expect(d.message).toBe(
      'Flow sequence in block collection must be sufficiently indented and end with a ].',
    );
    expect(d.range).toEqual(range(3, 1, 3, 2));
  });

  it('YAML syntax error: an unclosed quote', () => {
    const d = onlyDiagnostic(lines('privacyspec: "1.0', 'controller: {}'), 'yaml-syntax');
    expect(d.message).toBe('Missing closing "quote.');
    expect(d.range.line).toBe(3);
  });

  it('YAML syntax error: bad indentation', () => {
    const d = onlyDiagnostic(
      lines(
        'privacyspec: "1.0"',
        'controller:',
        '  name: Optimera',
        ' email: a@b.se',
        'purposes: []',
      ),
      'yaml-syntax',
    );
    expect(d.message).toBe('All mapping items must start at the same column.');
    expect(d.range).toEqual(range(4, 1, 4, 2));
    // yaml's " at line L, column C" and source excerpt are not repeated in the message.
    expect(d.message).not.toMatch(/at line|\^/);
  });

  it('YAML syntax error: tab indentation', () => {
    const d = onlyDiagnostic(
      lines('privacyspec: "1.0"', 'controller:', '\tname: Optimera', 'purposes: []'),
      'yaml-syntax',
    );
    expect(d.message).toBe('Tabs are not allowed as indentation.');
    expect(d.range).toEqual(range(3, 1, 3, 2));
  });

  // Found by the fuzz suite (packages/linter/test/fuzz.test.ts): positions outside the file.
  it('a syntax error at the very end of the input stays inside the file (yaml puts its end one past it)', () => {
    expect(onlyDiagnostic('{', 'yaml-syntax').range).toEqual(range(1, 2, 1, 2));
    const d = onlyDiagnostic('privacyspec: "1.0"\ncontroller: "', 'yaml-syntax');
    expect(d.message).toBe('Missing closing "quote.');
    expect(d.range).toEqual(range(2, 14, 2, 14));
  });

  it('a syntax error spanning a line break inside a scalar ends on the next line, not past the end of the first', () => {
    // yaml's parser skipped the line break inside the bad scalar: 1:8-1:13 on an 8-character line.
    const d = onlyDiagnostic('a: "x" y\n  z\nb: 1\n', 'yaml-syntax');
    expect(d.message).toBe('Unexpected scalar at node end.');
    expect(d.range).toEqual(range(1, 8, 2, 4));
  });

  it('a list at the root', () => {
    const result = load(lines('- privacyspec: "1.0"', '- purposes: []'));
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'schema',
        severity: 'error',
        message:
          'The file holds a list, but a declaration is a mapping of keys (privacyspec: "1.0", controller: …, purposes: …).',
        path: '',
        range: range(1, 1, 3, 1),
      },
    ]);
    expect(result.declaration).toBeUndefined();
    expect(Array.isArray(result.data)).toBe(true);
  });

  it('a scalar at the root', () => {
    const d = onlyDiagnostic('Integritetspolicy för Optimera\n');
    expect(d.message).toBe(
      'The file holds a single value, but a declaration is a mapping of keys (privacyspec: "1.0", controller: …, purposes: …).',
    );
    expect(d.range).toEqual(range(1, 1, 1, 31));
  });

  it.each([
    ['an empty file', ''],
    ['blank lines', '\n\n   \n'],
    ['comments only', '# privacy.yaml\n# to be written\n\n   # indented comment\n'],
    ['comments only, CRLF', '# privacy.yaml\r\n# to be written\r\n'],
    ['a byte-order mark only', '\uFEFF'],
  ])('%s', (_, text) => {
    const d = onlyDiagnostic(text);
    expect(d.message).toBe(
      'The file is empty. A declaration needs at least privacyspec: "1.0", controller and purposes.',
    );
    expect(d.range).toEqual(range(1, 1, 1, 1));
  });

  it('duplicate keys: reported at the second key, as yaml-syntax', () => {
    const d = onlyDiagnostic(
      lines(
        'privacyspec: "1.0"',
        'controller: {}',
        'purposes: []',
        'controller:',
        '  name: Optimera',
      ),
      'yaml-syntax',
    );
    expect(d.message).toBe(
      'This key appears twice in the same mapping; YAML keeps only one, so the other would be lost. Remove or rename one.',
    );
    expect(d.range.line).toBe(4);
    expect(d.range.column).toBe(1);
  });

  it('duplicate keys inside a list item: at the second key', () => {
    const d = onlyDiagnostic(
      VALID.replace(
        '    legalBasis: contract',
        '    legalBasis: contract\n    legalBasis: consent',
      ),
      'yaml-syntax',
    );
    expect(d.range.line).toBe(8);
    expect(d.range.column).toBe(5);
  });

  it('a second YAML document is reported, not silently ignored', () => {
    const d = onlyDiagnostic(`${VALID}---\npurposes: []\n`, 'yaml-syntax');
    expect(d.message).toBe(
      'A second YAML document starts here ("---"); a declaration is one document, so everything from here on would be ignored.',
    );
    expect(d.range.line).toBe(10);
  });

  it('unknown keys and wrong types at every level are all reported at their places', () => {
    const result = load(
      lines(
        'privacyspec: "1.0"',
        'controller: {name: Optimera, mail: a@b.se}',
        'purposes:',
        '  - id: order',
        '    retention: P24M',
        '    dataCategories: contact',
        'rights: access',
        'sources: []',
      ),
    );
    expect(where(result.diagnostics).sort()).toEqual(
      [
        ['schema', '/controller/mail', '2:30'],
        ['schema', '/purposes/0/retention', '5:5'],
        ['schema', '/purposes/0/dataCategories', '6:5'],
        ['schema', '/rights', '7:1'],
        ['schema', '/sources', '8:1'],
      ].sort(),
    );
    expect(result.diagnostics.find((d) => d.path === '/controller/mail')?.message).toBe(
      'Unknown key "mail" in "/controller". Did you mean "email"?',
    );
    expect(result.diagnostics.find((d) => d.path === '/sources')?.message).toMatch(
      /^Unknown key "sources"\. Known keys here: /,
    );
  });

  it('a billion-laughs alias bomb (9 levels × 9) is refused without expanding it', () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [previous, next] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi']) {
      bomb.push(
        `${next}: &${next} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`,
      );
    }
    const text = lines(...bomb);
    const result = load(text);
    expect(result.diagnostics).toHaveLength(1);
    const d = result.diagnostics[0]!;
    expect(d.ruleId).toBe('yaml-syntax');
    expect(d.message).toBe(
      `More than ${DEFAULT_LIMITS.maxAliasCount} alias expansions: this looks like a "billion laughs" bomb and was not expanded.`,
    );
    // At an alias in the file.
    expect(d.range.line).toBeGreaterThanOrEqual(2);
    expect(d.range.line).toBeLessThanOrEqual(9);
    expect(text.split('\n')[d.range.line - 1]!.slice(d.range.column - 1)).toMatch(/^\*[a-h]/);
    expect(result.data).toBeUndefined();
    expect(result.declaration).toBeUndefined();
  });

  it('aliases under the limit resolve (maxAliasCount can lower it)', () => {
    const text = lines(
      'privacyspec: "1.0"',
      'controller: {}',
      'dataCategories: [{id: contact}, {id: orders}]',
      'purposes:',
      '  - {id: order, dataCategories: &data [contact, orders]}',
      '  - {id: support, dataCategories: *data}',
      '  - {id: returns, dataCategories: *data}',
    );
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.declaration?.purposes[2]?.dataCategories).toEqual(['contact', 'orders']);
    // An alias is positioned where it is written, not at its anchor.
    expect(result.positions.get('/purposes/2/dataCategories')).toEqual(range(7, 19, 7, 40));
    // The second alias is one too many.
    const limited = load(text, { maxAliasCount: 1 });
    expect(where(limited.diagnostics)).toEqual([
      ['yaml-syntax', '/purposes/2/dataCategories', '7:35'],
    ]);
    expect(limited.diagnostics[0]!.range).toEqual(range(7, 35, 7, 40));
  });

  it('an alias to no anchor', () => {
    const d = onlyDiagnostic(`${VALID}language: *sv\n`, 'yaml-syntax');
    expect(d.range).toEqual(range(10, 11, 10, 14));
  });

  describe('__proto__, constructor and prototype keys are data, never the prototype', () => {
    it('__proto__ at the top level', () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const result = load(`${VALID}__proto__: {polluted: true}\n`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
      expect((result.data as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(result.data, '__proto__')?.value).toEqual({
        polluted: true,
      });
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]!.message).toMatch(
        /^Unknown key "__proto__"\. Known keys here: privacyspec, /,
      );
      expect(result.diagnostics[0]!.path).toBe('/__proto__');
      expect(result.diagnostics[0]!.range).toEqual(range(10, 1, 10, 28));
    });

    it('nested __proto__, constructor and prototype', () => {
      const result = load(
        lines(
          'privacyspec: "1.0"',
          'controller:',
          '  __proto__: {polluted: true}',
          '  constructor: {prototype: {polluted: true}}',
          'purposes:',
          '  - id: order',
          '    prototype: {polluted: true}',
        ),
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object as unknown as Record<string, unknown>).prototype).toBe(Object.prototype);
      expect(where(result.diagnostics).sort()).toEqual(
        [
          ['schema', '/controller/__proto__', '3:3'],
          ['schema', '/controller/constructor', '4:3'],
          ['schema', '/purposes/0/prototype', '7:5'],
        ].sort(),
      );
      const controller = (result.data as { controller: object }).controller;
      expect(Object.getPrototypeOf(controller)).toBe(Object.prototype);
      expect(Object.keys(controller)).toEqual(['__proto__', 'constructor']);
    });
  });

  describe('200,000 levels of nesting: no stack overflow, a yaml-syntax diagnostic', () => {
    const depth = 200_000;

    it('flow [[[…]]]', () => {
      const d = onlyDiagnostic(`${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'yaml-syntax');
      expect(d.message).toBe(
        `The YAML is nested more than ${DEFAULT_LIMITS.maxDepth} levels deep here; PrivacySpec does not read deeper nesting (a declaration needs about 6).`,
      );
      expect(d.range).toEqual(range(1, 101, 1, 102));
    });

    it('flow {a: {a: …}} under a key', () => {
      const d = onlyDiagnostic(
        `privacyspec: "1.0"\ncontroller: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`,
        'yaml-syntax',
      );
      expect(d.range.line).toBe(2);
      expect(d.range.column).toBeGreaterThan(DEFAULT_LIMITS.maxDepth);
    });

    it('block - - - …', () => {
      const d = onlyDiagnostic(
        `${Array.from({ length: depth }, () => '-').join(' ')} x\n`,
        'yaml-syntax',
      );
      expect(d.range).toEqual(range(1, 401, 1, 402));
    });

    it('block mappings indented one more space each line', () => {
      const text = Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
      const d = onlyDiagnostic(text, 'yaml-syntax');
      // Line n is indented n - 1 spaces: the first over 4 × maxDepth is line 4 × maxDepth + 2.
      expect(d.range.line).toBe(DEFAULT_LIMITS.maxDepth * 4 + 2);
      expect(d.range.column).toBe(DEFAULT_LIMITS.maxDepth * 4 + 1);
    });

    it('flow nesting after a stray quote the pre-scan takes for a string: still a diagnostic', () => {
      // The apostrophe opens no string in YAML (it is inside a plain scalar), so the brackets get
      // past the pre-scan; yaml's syntax tree is checked before its recursive composer runs.
      const text = `privacyspec: "1.0"\nlanguage: it 's\ncontroller: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const d = onlyDiagnostic(text, 'yaml-syntax');
      expect(d.message).toBe(
        `The YAML is nested more than ${DEFAULT_LIMITS.maxDepth} levels deep here; PrivacySpec does not read deeper nesting (a declaration needs about 6).`,
      );
      // At the first collection too deep: "controller: " is 12 characters, the mapping it is in is
      // the first level, so the 100th bracket opens the 101st.
      expect(d.range).toEqual(
        range(3, 12 + DEFAULT_LIMITS.maxDepth, 3, 12 + DEFAULT_LIMITS.maxDepth + 1),
      );
    });

    it('nesting yaml builds from one line of "x: y x: y …" gives the same diagnostic on every load', () => {
      // Found by the fuzz suite (packages/linter/test/fuzz.test.ts, FC_SEED=7): a JSON string cut
      // by a line break left "x: y x: y …" (compact mappings, each nested in the one before) on a
      // line of its own. yaml's composer ran out of stack at a depth that depended on the caller's
      // stack, so the same text gave other diagnostics from a deeper call.
      const text = `privacyspec: "1.0"\n${'x: y '.repeat(10_000)}\n`;
      const first = load(text);
      const fromDeeper = (n: number): LoadResult => (n === 0 ? load(text) : fromDeeper(n - 1));
      expect(where(first.diagnostics)).toEqual([['yaml-syntax', '', '2:499']]);
      expect(first.diagnostics[0]!.message).toMatch(/nested more than 100 levels/);
      expect(fromDeeper(2_000).diagnostics).toEqual(first.diagnostics);
    });

    it('"- " at the start of a quoted scalar\'s continuation line is text, not nesting', () => {
      // Found by the fuzz suite: yaml folds a long quoted name so that a line starts with "- - - …".
      const name = `Acme ${'- '.repeat(250)}AB`;
      const result = load(
        VALID.replace('  name: Optimera Svenska AB', `  name: 'Acme\n    ${'- '.repeat(250)}AB'`),
      );
      expect(result.diagnostics).toEqual([]);
      expect(result.declaration?.controller.name).toBe(name);
    });

    it('brackets in quoted scalars are text, up to the closing quote: escaped quotes do not close', () => {
      const deep = '['.repeat(150);
      for (const value of [
        `"a \\" ${deep} \\\\\\" ${deep}"`, // \" is an escaped quote, \\\" a backslash and one
        `'a "${deep}'`,
        `"${deep}\n  ${deep}"`, // a line break inside a double-quoted scalar
      ]) {
        const result = load(`${VALID}description: ${value}\n`);
        expect(
          result.diagnostics.filter((d) => d.ruleId === 'yaml-syntax'),
          value,
        ).toEqual([]);
      }
    });

    it('brackets after a closing quote count again, also after an even run of backslashes', () => {
      const deep = `${'['.repeat(150)}${']'.repeat(150)}`;
      for (const value of [`"a\\\\" ${deep}`, `'a' ${deep}`]) {
        const d = onlyDiagnostic(`${VALID}description: ${value}\n`, 'yaml-syntax');
        expect(d.message, value).toMatch(/nested more than 100 levels/);
      }
    });

    it('a line starting with 500 dashes not followed by a space is text, not indentation', () => {
      const result = load(`${VALID}description:\n  ${'-'.repeat(500)}x\n`);
      expect(result.diagnostics.filter((d) => d.ruleId === 'yaml-syntax')).toEqual([]);
      expect((result.data as { description: string }).description).toBe(`${'-'.repeat(500)}x`);
    });

    it('nesting within the limit is read', () => {
      const result = load(`${VALID}language: ${'['.repeat(50)}${']'.repeat(50)}\n`);
      expect(where(result.diagnostics)).toEqual([['schema', '/language', '10:1']]);
    });
  });

  describe('size', () => {
    it('a 32 MB string is refused before parsing: ruleId file at 1:1', () => {
      const huge = `privacyspec: "1.0"\ndescription: ${'x'.repeat(32 * 1024 * 1024)}\n`;
      const result = load(huge);
      expect(result.diagnostics).toEqual([
        {
          ruleId: 'file',
          severity: 'error',
          message: 'The file is larger than 10 MB, the limit PrivacySpec reads; it was not parsed.',
          path: '',
          range: range(1, 1, 1, 1),
        },
      ]);
      // Not parsed: no data, no positions.
      expect(result.data).toBeUndefined();
      expect(result.positions.size).toBe(0);
    });

    it('counts UTF-8 bytes, not characters', () => {
      const text = `${VALID}# ${'å'.repeat(1000)}\n`; // 2 bytes a character
      const bytes = new TextEncoder().encode(text).length;
      expect(bytes).toBeGreaterThan(text.length);
      expect(load(text, { maxBytes: bytes }).diagnostics).toEqual([]);
      const refused = load(text, { maxBytes: bytes - 1 });
      expect(where(refused.diagnostics)).toEqual([['file', '', '1:1']]);
      expect(refused.diagnostics[0]!.message).toBe(
        `The file is larger than ${bytes - 1} bytes, the limit PrivacySpec reads; it was not parsed.`,
      );
      const emoji = `${VALID}# ${'😀'.repeat(100)}\n`; // 4 bytes, 2 UTF-16 units each
      const emojiBytes = new TextEncoder().encode(emoji).length;
      expect(load(emoji, { maxBytes: emojiBytes }).diagnostics).toEqual([]);
      expect(load(emoji, { maxBytes: emojiBytes - 1 }).diagnostics[0]?.ruleId).toBe('file');
    });

    it('maxBytes with a small limit', () => {
      const result = load(VALID, { maxBytes: 10 });
      expect(where(result.diagnostics)).toEqual([['file', '', '1:1']]);
      expect(result.diagnostics[0]!.message).toBe(
        'The file is larger than 10 bytes, the limit PrivacySpec reads; it was not parsed.',
      );
      expect(result.data).toBeUndefined();
    });
  });

  describe('encodings and line endings', () => {
    it('a byte-order mark at the start: positions unchanged, offsets still index the given text', () => {
      const withBom = `\uFEFF${POSITIONS}`;
      expect(allPositions(withBom)).toEqual(EXPECTED_POSITIONS);
      const result = load(withBom);
      expect(result.data).toEqual(load(POSITIONS).data);
      expect(where(result.diagnostics)).toEqual(where(load(POSITIONS).diagnostics));
      const offsets = result.positions.offsets('/privacyspec')!;
      expect(withBom.slice(offsets.valueStart, offsets.valueEnd)).toBe('"1.0"');
    });

    it('a byte-order mark before a valid declaration: valid; before an error on line 1: at 1:1', () => {
      const result = load(`\uFEFF${VALID}`);
      expect(result.diagnostics).toEqual([]);
      expect(result.declaration?.privacyspec).toBe('1.0');
      const d = onlyDiagnostic(`\uFEFF${VALID.replace('"1.0"', '1.0')}`);
      expect(d.range).toEqual(range(1, 1, 1, 17));
    });

    it('CRLF line endings: the same positions and values as LF', () => {
      const crlf = POSITIONS.replace(/\n/g, '\r\n');
      expect(allPositions(crlf)).toEqual(EXPECTED_POSITIONS);
      expect(load(crlf).data).toEqual(load(POSITIONS).data);
      expect(allPositions(`\uFEFF${crlf}`)).toEqual(EXPECTED_POSITIONS);
      const d = onlyDiagnostic(VALID.replace('country: SE', 'country: se').replace(/\n/g, '\r\n'));
      expect(d.range).toEqual(range(4, 3, 4, 14));
    });

    it('very long lines', () => {
      const long = 'x'.repeat(200_000);
      const result = load(VALID.replace('  country: SE', `  address: ${long}\n  country: se`));
      expect(result.positions.get('/controller/address')).toEqual(
        range(4, 3, 4, 3 + 'address: '.length + long.length),
      );
      expect(where(result.diagnostics)).toEqual([['schema', '/controller/country', '5:3']]);

      // 10,000 purposes on one line, the last one malformed.
      const purposes = Array.from({ length: 10_000 }, (_, i) => `{id: p${i}}`).join(', ');
      const line = `purposes: [${purposes}, {id: Bad}]`;
      const d = onlyDiagnostic(lines('privacyspec: "1.0"', 'controller: {}', line));
      expect(d.path).toBe('/purposes/10000/id');
      expect(d.range).toEqual(
        range(3, line.indexOf('id: Bad') + 1, 3, line.indexOf('id: Bad') + 8),
      );
    });

    it('a key longer than YAML allows for an implicit key (1024 characters)', () => {
      const d = onlyDiagnostic(`${VALID}${'k'.repeat(2000)}: 1\n`, 'yaml-syntax');
      expect(d.range.line).toBe(10);
    });

    it('unicode keys and values: columns count UTF-16 code units, as yaml’s LineCounter (and LSP) do', () => {
      const text = lines(
        'privacyspec: "1.0"', //                                           1
        'controller:', //                                                  2
        '  name: Åsa Öberg 😀 AB', //                                      3
        '  country: se', //                                                4
        'purposes: []', //                                                 5
        'dataSubjects:', //                                                6
        '  - {id: kund, name: "Kunder 😀", nämn: x, "😀": y}', //          7
      );
      const result = load(text);
      expect(result.positions.get('/controller/name')).toEqual(range(3, 3, 3, 24));
      expect((result.data as { controller: { name: string } }).controller.name).toBe(
        'Åsa Öberg 😀 AB',
      );
      expect(where(result.diagnostics).sort()).toEqual(
        [
          ['schema', '/controller/country', '4:3'],
          // "nämn" is the 34th code point but the 35th UTF-16 unit of its line: 😀 counts twice.
          ['schema', '/dataSubjects/0/nämn', '7:35'],
          ['schema', '/dataSubjects/0/😀', '7:44'],
        ].sort(),
      );
      const line7 = text.split('\n')[6]!;
      expect(line7.indexOf('nämn') + 1).toBe(35);
      expect(result.diagnostics.find((d) => d.path === '/dataSubjects/0/nämn')?.message).toBe(
        'Unknown key "nämn" in "/dataSubjects/0". Did you mean "name"?',
      );
    });

    it('a lone surrogate does not throw', () => {
      const d = onlyDiagnostic(`${VALID}language: "\uD800"\n`);
      expect(d.path).toBe('/language');
    });
  });
});

// ─── every example ──────────────────────────────────────────────────────────────────────

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(examplesDir, entry.name))
      .filter((file) => /^privacy(\..+)?\.yaml$/.test(file))
      .map((file) => `${entry.name}/${file}`),
  )
  .sort();

describe('every example', () => {
  it('there are examples, each with a privacy.yaml', () => {
    // examples/workflows holds the GitHub workflow a user copies, not a declaration; the
    // corpus's notices are loaded by the linter's corpus test.
    const dirs = readdirSync(examplesDir, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && entry.name !== 'workflows' && entry.name !== 'corpus',
    );
    expect(dirs.length).toBeGreaterThanOrEqual(5);
    for (const dir of dirs) expect(examples).toContain(`${dir.name}/privacy.yaml`);
  });

  it.each(examples)('%s loads without diagnostics', (example) => {
    const result = load(readFileSync(join(examplesDir, example), 'utf8'), { filename: example });
    expect(result.diagnostics).toEqual([]);
    expect(result.declaration).toBeDefined();
    expect(result.declaration?.privacyspec).toBe('1.0');
    expect(result.declaration?.purposes.length).toBeGreaterThan(0);
    // Every purpose is positioned.
    result.declaration?.purposes.forEach((_, index) =>
      expect(result.positions.has(`/purposes/${index}/id`)).toBe(true),
    );
  });
});

// ─── valid minimal declarations ─────────────────────────────────────────────────────────

describe('the schema checks shape, not law: these are valid', () => {
  const valid = (text: string) => {
    const result = load(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.declaration).toBeDefined();
    return result.declaration!;
  };

  it('purposes: [] with an empty controller', () => {
    expect(valid(lines('privacyspec: "1.0"', 'controller: {}', 'purposes: []')).purposes).toEqual(
      [],
    );
  });

  it('a purpose without retention or legal basis', () => {
    const declaration = valid(
      lines(
        'privacyspec: "1.0"',
        'controller: {name: Optimera Svenska AB}',
        'purposes:',
        '  - id: marketing',
        '    name: Marknadsföring',
      ),
    );
    expect(declaration.purposes[0]).toEqual({ id: 'marketing', name: 'Marknadsföring' });
  });

  it('privacy-shield and safe-harbor as mechanisms (so that a rule can explain them)', () => {
    const declaration = valid(
      `${VALID}recipients:\n  - id: analytics\n    country: US\n    transfer: {mechanism: privacy-shield}\n  - id: legacy\n    country: US\n    transfer: {mechanism: [safe-harbor, scc]}\n`,
    );
    expect(declaration.recipients?.[0]?.transfer?.mechanism).toBe('privacy-shield');
    expect(declaration.recipients?.[1]?.transfer?.mechanism).toEqual(['safe-harbor', 'scc']);
  });

  it('"Datainspektionen" as the authority’s name (its name until 2020)', () => {
    const declaration = valid(
      `${VALID}supervisoryAuthority:\n  name: Datainspektionen\n  url: https://www.datainspektionen.se\n`,
    );
    expect(declaration.supervisoryAuthority?.name).toBe('Datainspektionen');
  });

  it('representative: ~', () => {
    expect(valid(`${VALID}representative: ~\n`).representative).toBeNull();
  });

  it('country: [US, IN], EEA and non-EEA', () => {
    const declaration = valid(
      `${VALID}recipients:\n  - {id: support, country: [US, IN]}\n  - {id: partners, country: non-EEA}\n  - {id: hosting, country: EEA}\n`,
    );
    expect(declaration.recipients?.map((r) => r.country)).toEqual([['US', 'IN'], 'non-EEA', 'EEA']);
  });

  it('multilingual text and every documented top-level key', () => {
    valid(
      lines(
        'privacyspec: "1.0"',
        'language: sv-SE',
        'updated: 2024-04-17',
        'controller: {name: {sv: Optimera Svenska AB, en: Optimera Sweden}, email: dataskydd@optimera.se, url: "https://www.optimera.se"}',
        'dpo: {email: dataskydd@optimera.se}',
        'representative: {name: Rep GmbH, country: DE}',
        'supervisoryAuthority: {name: Integritetsskyddsmyndigheten (IMY), url: "https://www.imy.se", country: SE}',
        'dataCategories: [{id: health, special: health}, {id: pnr, nationalId: true, justification: Säker identifiering}]',
        'purposes: [{id: order, dataCategories: [health, pnr], recipients: [postnord], dataSubjects: [customer], retention: {criteria: Till anställningens slut}}]',
        'recipients: [{id: postnord, role: processor, country: SE}]',
        'dataSubjects: [{id: customer, name: Kunder}]',
        'rights: [access, rectification, erasure, restriction, portability, object, automated-decision, withdraw-consent, complaint]',
      ),
    );
  });
});
