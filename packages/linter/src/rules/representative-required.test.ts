import { describe, expect, it } from 'vitest';
import { lintText } from '../engine.js';
import { lintWithRule, runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './representative-required.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a controller established in the EEA needs no representative',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exempel AB, country: SE, email: info@exempel.se}',
        'purposes: []',
      ),
    },
    {
      name: 'Norway is in the EEA (EFTA member of the EEA Agreement)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel AS, country: NO, email: post@eksempel.no}',
        'representative: ~',
        'purposes: []',
      ),
    },
    {
      name: 'the EU style-guide code EL is Greece',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Paradeigma AE, country: EL, email: info@paradeigma.gr}',
        'purposes: []',
      ),
    },
    {
      name: 'a controller only known to be in the EEA',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Group, country: EEA, email: privacy@example.eu}',
        'purposes: []',
      ),
    },
    {
      name: 'territories the reference does not classify (§5.1, unverified): no finding either way',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exemple Réunion SARL, country: RE, email: contact@exemple.re}',
        'representative: {name: Exemple Représentant, country: AX, email: rep@exemple.ax}',
        'purposes: []',
      ),
    },
    {
      name: 'no controller country: the declaration cannot tell',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., email: privacy@example.com}',
        'purposes: []',
      ),
    },
    {
      name: 'a US controller with an identified representative in Ireland',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: US, email: privacy@example.com}',
        'representative:',
        '  name: Example EU Representative Ltd',
        '  country: IE',
        '  email: eurep@example.ie',
        'purposes: []',
      ),
    },
    {
      name: 'a Swiss controller with a representative in Germany reachable by post',
      code: yaml(
        'privacyspec: "1.0"',
        'language: de',
        'controller: {name: Beispiel AG, country: CH, email: datenschutz@beispiel.ch}',
        'representative:',
        '  name: Beispiel Vertretung GmbH',
        '  country: DE',
        '  address: {de: "Musterstraße 1, 10115 Berlin", en: "Musterstrasse 1, 10115 Berlin, Germany"}',
        'purposes: []',
      ),
    },
  ],
  invalid: [
    {
      name: 'a US controller without a representative',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: US, email: privacy@example.com}',
        'purposes: []',
      ),
      errors: [
        {
          messageId: 'missingRepresentative',
          path: '/representative',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a UK controller writing representative: ~ (the UK left the EEA)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Ltd, country: GB, email: privacy@example.co.uk}',
        'representative: ~',
        'purposes: []',
      ),
      errors: [
        {
          messageId: 'missingRepresentative',
          path: '/representative',
          line: 3,
          column: 1,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the code UK is normalised to GB, outside the EEA',
      code: yaml(
        'privacyspec: "1.0"',
        'purposes: []',
        'controller:',
        '  name: Example Ltd',
        '  country: UK',
        '  email: privacy@example.co.uk',
      ),
      errors: [
        {
          messageId: 'missingRepresentative',
          path: '/representative',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a controller only known to be outside the EEA',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Pte. Ltd., country: non-EEA, email: privacy@example.sg}',
        'purposes: []',
      ),
      errors: [
        {
          messageId: 'missingRepresentative',
          path: '/representative',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a Swiss controller whose representative is also in Switzerland (not EEA)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel AG, country: CH, email: datenschutz@beispiel.ch}',
        'representative:',
        '  name: Beispiel Vertretung AG',
        '  country: CH',
        '  email: vertretung@beispiel.ch',
        'purposes: []',
      ),
      errors: [
        {
          messageId: 'representativeOutsideEea',
          path: '/representative/country',
          line: 5,
          column: 3,
        },
      ],
    },
    {
      name: 'a representative only known to be outside the EEA',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: US, email: privacy@example.com}',
        'representative: {name: Example Rep LLC, country: non-EEA, email: rep@example.com}',
        'purposes: []',
      ),
      errors: [
        {
          messageId: 'representativeOutsideEea',
          path: '/representative/country',
          line: 3,
          column: 41,
        },
      ],
    },
    {
      name: 'a representative with a country but no name or contact',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: US, email: privacy@example.com}',
        'representative:',
        '  country: NL',
        'purposes: []',
      ),
      errors: [
        { messageId: 'representativeNotIdentified', path: '/representative', line: 3, column: 1 },
      ],
    },
    {
      name: 'a representative named but not reachable, data obtained from others',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: CA, email: privacy@example.ca}',
        'representative: {name: Example Representative SAS, country: FR}',
        'dataCategories: [{id: prospects, source: {thirdParty: Data broker}}]',
        'purposes: []',
      ),
      errors: [
        { messageId: 'representativeNotIdentified', path: '/representative', line: 3, column: 1 },
      ],
    },
  ],
});

describe('representative-required messages', () => {
  const messages = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('names the country and both Art. 27 and 3(2)', () => {
    const [message] = messages(
      yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: US, email: a@example.com}',
        'purposes: []',
      ),
    );
    expect(message).toContain('outside the EEA (US)');
    expect(message).toContain('Art. 3(2)');
    expect(message).toContain('Art. 27 requires');
    expect(message).toContain('under Art. 13(1)(a) the notice must');
  });

  it('says what the representative lacks, citing Art. 14(1)(a) for data from others', () => {
    const [message] = messages(
      yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: CA, email: a@example.ca}',
        'representative: {name: Rep SAS, country: FR}',
        'dataCategories: [{id: prospects, source: public}]',
        'purposes: []',
      ),
    );
    expect(message).toBe(
      'The representative is declared without contact details. Under Art. 14(1)(a) the notice must give the identity and the contact details of the representative: add representative.name and at least one of representative.email, representative.phone or representative.address.',
    );
  });

  it('is an error under strict', () => {
    const result = lintText(
      yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Inc., country: JP, email: a@example.jp}',
        'purposes: []',
      ),
      {
        rules: [rule],
        config: { severities: new Map([[rule.id, 'error']]), strict: true },
        today: TEST_TODAY,
      },
    );
    expect(result.messages.map((m) => m.severity)).toEqual(['error']);
  });
});
