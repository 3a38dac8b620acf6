// Hints in schema diagnostics: case errors in enums, numbers where text is expected, a purpose
// with two legal bases, and the format additions of issue 10 (through load, as a user meets them).
import { describe, expect, it } from 'vitest';
import { load } from './load.js';

const head = 'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n';
const messages = (text: string) => load(text).diagnostics.map((d) => `${d.path}: ${d.message}`);

describe('did you mean, for a value in the wrong case', () => {
  it('suggests the lower-case identifier for a single value where a list is allowed too', () => {
    const [message] = messages(
      `${head}purposes: []\nrecipients:\n  - {id: r, country: US, transfer: {mechanism: DPF}}\n`,
    );
    expect(message).toMatch(
      /^\/recipients\/0\/transfer\/mechanism: .* not "DPF"\. Did you mean "dpf"\?$/,
    );
  });

  it('suggests it for a plain enum, an item of a list and a source', () => {
    expect(messages(`${head}purposes:\n  - {id: a, legalBasis: Consent}\n`)[0]).toContain(
      'Did you mean "consent"?',
    );
    expect(messages(`${head}purposes:\n  - {id: a, deviceAccess: [Analytics]}\n`)[0]).toMatch(
      /^\/purposes\/0\/deviceAccess\/0: .*Did you mean "analytics"\?$/,
    );
    expect(
      messages(`${head}purposes: []\ndataCategories:\n  - {id: c, source: Data-Subject}\n`)[0],
    ).toContain('Did you mean "data-subject"?');
  });

  it('does not guess when nothing is close', () => {
    expect(messages(`${head}purposes:\n  - {id: a, deviceAccess: cookies}\n`)[0]).not.toContain(
      'Did you mean',
    );
  });
});

describe('a number where text is expected', () => {
  it('asks to quote a registration number read as a number', () => {
    const [message] = messages(`${head}  registrationNumber: 5592774680\npurposes: []\n`);
    expect(message).toBe(
      '/controller/registrationNumber: "/controller/registrationNumber" must be text, not number 5592774680. Put the value in quotes ("5592774680", written as in the notice) so that it is read as text: YAML reads a bare number or true/false as such, and drops leading zeros and a leading +.',
    );
  });

  it('asks to quote a name that is a number, in a text field that may also be a language map', () => {
    const [message] = messages('privacyspec: "1.0"\ncontroller:\n  name: 1177\npurposes: []\n');
    expect(message).toContain(
      '"/controller/name" must be text or a mapping (key: value), not number 1177. Put the value in quotes ("1177"',
    );
  });

  it('gives no quoting hint where text is not expected', () => {
    const [message] = messages(`${head}purposes: 5\n`);
    expect(message).toContain('must be a list, not number 5.');
    expect(message).not.toContain('quotes');
  });
});

describe('a purpose with two legal bases', () => {
  it('suggests splitting a list of bases into one purpose per basis', () => {
    const [message] = messages(`${head}purposes:\n  - {id: a, legalBasis: [consent, contract]}\n`);
    expect(message).toContain(
      'A purpose has one legal basis (Art. 6(1), 13(1)(c)): if the processing rests on consent or contract for different parts, split it into one purpose per basis',
    );
  });

  it('suggests it for bases written in one string', () => {
    expect(
      messages(
        `${head}purposes:\n  - {id: a, legalBasis: "legitimate-interests and contract"}\n`,
      )[0],
    ).toContain('rests on contract or legitimate-interests');
  });

  it('says nothing of splitting for one unknown basis', () => {
    expect(messages(`${head}purposes:\n  - {id: a, legalBasis: agreement}\n`)[0]).not.toContain(
      'split',
    );
  });
});

describe('format additions (issue 10)', () => {
  it('accepts deviceAccess, provision, rightsExercise, source lists, copyAt e-mail and mailto, and intl: recipients', () => {
    const text = `${head}rightsExercise: Skriv till dataskydd@exempel.se.
dataCategories:
  - {id: credit, source: [data-subject, {thirdParty: Creditsafe i Sverige AB, public: false}]}
purposes:
  - id: order
    legalBasis: contract
    deviceAccess: [strictly-necessary, preferences]
    provision: {obligation: contract-entry, consequences: {sv: Ingen leverans., en: No delivery.}}
recipients:
  - {id: epo, country: intl:EPO, transfer: {mechanism: adequacy}}
  - {id: support, country: [IN, intl:WHO], transfer: {mechanism: scc, copyAt: dataskydd@exempel.se}}
  - {id: backup, country: US, transfer: {mechanism: scc, copyAt: "mailto:dataskydd@exempel.se"}}
`;
    expect(messages(text)).toEqual([]);
  });

  it('rejects an unknown obligation, an empty intl: name and a copyAt that is no address', () => {
    const text = `${head}purposes:
  - {id: order, provision: {obligation: mandatory}}
recipients:
  - {id: a, country: "intl:"}
  - {id: b, transfer: {copyAt: ask us}}
`;
    expect(messages(text)).toEqual([
      '/purposes/0/provision/obligation: "/purposes/0/provision/obligation" is "mandatory", which is not one of: statutory, contractual, contract-entry, voluntary.',
      '/recipients/0/country: "/recipients/0/country" is "intl:", which is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), EEA / non-EEA, or intl:<name> for an international organisation (intl:EPO) (EU is not a country code: write EEA).',
      '/recipients/1/transfer/copyAt: "/recipients/1/transfer/copyAt" is "ask us", which is not an http(s) address, an e-mail address or a mailto: URI.',
    ]);
  });

  it('points the former purposes[].required at provision', () => {
    expect(messages(`${head}purposes:\n  - {id: a, required: {contractual: true}}\n`)).toEqual([
      '/purposes/0/required: Unknown key "required" in "/purposes/0": Art. 13(2)(e) is now written as provision: {obligation: statutory | contractual | contract-entry | voluntary, consequences: …}.',
    ]);
  });

  it('names the keys of a data source in a list of sources', () => {
    expect(
      messages(
        `${head}purposes: []\ndataCategories:\n  - {id: c, source: [{thirdParti: UC AB}]}\n`,
      ),
    ).toEqual([
      '/dataCategories/0/source/0/thirdParti: Unknown key "thirdParti" in "/dataCategories/0/source/0". Did you mean "thirdParty"?',
    ]);
  });
});

describe('string lengths', () => {
  // The generated validator reads minLength: 1 from the string's length, other limits in code
  // points (scripts/generate.mjs): each way must still decide as the schema says.
  const paths = (text: string) => load(text).diagnostics.map((d) => d.path);

  it('refuses an empty text and accepts one of a single character beyond the BMP', () => {
    expect(paths(`${head}purposes:\n  - {id: a, description: ""}\n`)).toEqual([
      '/purposes/0/description',
    ]);
    expect(paths(`${head}purposes:\n  - {id: a, description: {sv: ""}}\n`)).toEqual([
      '/purposes/0/description/sv',
    ]);
    expect(paths(`${head}purposes:\n  - {id: a, description: "😀"}\n`)).toEqual([]);
  });

  it('counts a phone number in characters, not UTF-16 units', () => {
    expect(paths(`${head}  phone: "😀😀"\npurposes: []\n`)).toEqual(['/controller/phone']);
    expect(paths(`${head}  phone: "😀😀😀"\npurposes: []\n`)).toEqual([]);
  });
});
