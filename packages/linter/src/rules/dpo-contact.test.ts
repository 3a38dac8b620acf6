import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './dpo-contact.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'no DPO declared (none designated)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller:',
        '  name: Exempel AB',
        '  email: info@exempel.se',
        'purposes: []',
      ),
    },
    {
      name: 'an e-mail address is enough',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exempel AB, email: info@exempel.se}',
        'dpo:',
        '  email: dataskyddsombud@exempel.se',
        'purposes: []',
      ),
    },
    {
      name: 'a name with a phone number (Norwegian)',
      code: yaml(
        'privacyspec: "1.0"',
        'language: nb',
        'controller: {name: Eksempel AS, country: NO, email: post@eksempel.no}',
        'dpo:',
        '  name: Personvernombudet',
        '  phone: "+47 22 00 00 00"',
        'purposes: []',
      ),
    },
    {
      name: 'a multilingual postal address only (German)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: info@beispiel.de}',
        'dpo:',
        '  address: {de: "Datenschutzbeauftragter, Musterstraße 1, 10115 Berlin", en: "Data Protection Officer, Musterstrasse 1, 10115 Berlin"}',
        'purposes: []',
      ),
    },
    {
      name: 'a DPO reachable by e-mail in a notice on data obtained from others',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel ApS, country: DK, email: kontakt@eksempel.dk}',
        'dpo: {name: Databeskyttelsesrådgiver, email: dpo@eksempel.dk}',
        'dataCategories:',
        '  - {id: credit, source: {thirdParty: Kreditoplysningsbureau}}',
        'purposes: []',
      ),
    },
  ],
  invalid: [
    {
      name: 'a DPO named by function only, with no way to reach them',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exempel AB, email: info@exempel.se}',
        'dpo:',
        '  name: Dataskyddsombud',
        'purposes: []',
      ),
      errors: [{ messageId: 'missingContact', path: '/dpo', line: 3, column: 1 }],
    },
    {
      name: 'a DPO declared as an empty mapping',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exempel AB, email: info@exempel.se}',
        'dpo: {}',
        'purposes: []',
      ),
      errors: [{ messageId: 'missingContact', path: '/dpo', line: 3, column: 1 }],
    },
    {
      name: "a DPO with a person's name in two languages but no contact (Danish/English)",
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel ApS, country: DK, email: kontakt@eksempel.dk}',
        'dpo:',
        '  name: {da: "Mette Hansen, databeskyttelsesrådgiver", en: "Mette Hansen, Data Protection Officer"}',
        'purposes: []',
      ),
      errors: [{ messageId: 'missingContact', path: '/dpo', line: 3, column: 1 }],
    },
    {
      name: 'a phone number of blanks and a blank address are not contact details',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exempel AB, email: info@exempel.se}',
        'dpo:',
        '  name: Dataskyddsombudet',
        '  phone: "   "',
        '  address: " "',
        'purposes: []',
      ),
      errors: [{ messageId: 'missingContact', path: '/dpo', line: 3, column: 1 }],
    },
    {
      name: 'a DPO without contact in a notice on data obtained from others (Art. 14(1)(b))',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: info@beispiel.de}',
        'dpo: {name: Datenschutzbeauftragte}',
        'dataCategories:',
        '  - {id: address-data, source: {thirdParty: Adresshändler}}',
        'purposes: []',
      ),
      errors: [{ messageId: 'missingContact', path: '/dpo', line: 3, column: 1 }],
    },
  ],
});

describe('dpo-contact messages', () => {
  const message = (code: string) => lintWithRule(rule, code).messages[0]?.message;

  it('cites Art. 13(1)(b) for data collected from the person', () => {
    expect(
      message(
        yaml(
          'privacyspec: "1.0"',
          'controller: {name: Exempel AB, email: a@exempel.se}',
          'dpo: {name: DSO}',
          'purposes: []',
        ),
      ),
    ).toMatch(
      /^The notice declares a data protection officer .* Under Art\. 13\(1\)\(b\) the notice must/,
    );
  });

  it('cites Art. 14(1)(b) when all data come from others, both when mixed', () => {
    const base = [
      'privacyspec: "1.0"',
      'controller: {name: Exempel AB, email: a@exempel.se}',
      'dpo: {name: DSO}',
    ];
    expect(
      message(yaml(...base, 'dataCategories: [{id: leads, source: public}]', 'purposes: []')),
    ).toContain('Under Art. 14(1)(b) the notice');
    expect(
      message(
        yaml(
          ...base,
          'dataCategories: [{id: leads, source: public}, {id: contact, source: data-subject}]',
          'purposes: []',
        ),
      ),
    ).toContain('Under Art. 13(1)(b) and 14(1)(b) the notice');
  });
});
