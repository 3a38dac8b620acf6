import { describe, expect, it } from 'vitest';
import { lintText } from '../engine.js';
import { runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './third-country-named.js';

const head =
  'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes: []\nrecipients:\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'named third countries',
      code: `${head}  - id: mail-platform\n    country: US\n    transfer: {mechanism: dpf}\n  - id: support\n    country: [IN, PH]\n    transfer: {mechanism: scc, copyAt: https://exempel.se/scc}\n`,
    },
    {
      name: 'inside the EEA, named or not',
      code: `${head}  - {id: logistics, country: SE}\n  - {id: hosting, country: EEA}\n  - {id: nordic, country: [NO, DK, EEA]}\n`,
    },
    {
      name: 'no country stated: recommended is silent (nothing says the data leave the EEA)',
      code: `${head}  - {id: carriers, name: Transportföretag, role: processor}\n`,
    },
    {
      name: 'strict is silent when every recipient says where it processes the data',
      strict: true,
      code: `${head}  - {id: logistics, country: SE}\n  - {id: hosting, country: EEA}\n`,
    },
    {
      name: 'a territory the reference does not classify (Réunion, §5.1 unverified)',
      code: `${head}  - {id: depot, country: RE}\n`,
    },
    {
      name: 'no recipients',
      code: 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes: []\nrecipients: []\n',
    },
  ],
  invalid: [
    {
      name: 'strict asks a recipient without country where it processes the data',
      strict: true,
      code: `${head}  - {id: carriers, name: Transportföretag, role: processor}\n  - {id: logistics, country: SE}\n`,
      errors: [{ messageId: 'countryNotStated', path: '/recipients/0', line: 5, column: 5 }],
    },
    {
      name: 'processed "in a country outside the EU/EEA" without naming it (seed defect)',
      code: `${head}  - id: service-providers\n    role: processor\n    country: non-EEA\n`,
      errors: [{ messageId: 'countryNotNamed', path: '/recipients/0/country', line: 7, column: 5 }],
    },
    {
      name: 'subcontractors "in third countries, outside Sweden or the EU/EEA" (seed defect: EEA and unnamed countries)',
      code: `${head}  - id: subcontractors\n    role: processor\n    country: [EEA, non-EEA]\n`,
      errors: [
        { messageId: 'countryNotNamed', path: '/recipients/0/country/1', line: 7, column: 20 },
      ],
    },
    {
      name: 'some countries named, others not',
      code: `${head}  - id: cloud\n    country:\n      - US\n      - non-EEA\n    transfer: {mechanism: [dpf, scc], copyAt: https://example.com/scc}\n`,
      errors: [
        { messageId: 'countryNotNamed', path: '/recipients/0/country/1', line: 8, column: 9 },
      ],
    },
    {
      name: 'a mechanism does not name the country',
      code: `${head}  - {id: partners, role: controller, country: non-EEA, transfer: {mechanism: [scc, bcr], copyAt: https://example.de/garantien}}\n`,
      errors: [
        { messageId: 'countryNotNamed', path: '/recipients/0/country', line: 5, column: 38 },
      ],
    },
    {
      name: 'several recipients',
      code: `${head}  - {id: a, country: non-EEA}\n  - {id: b, country: JP}\n  - {id: c, country: [non-EEA]}\n`,
      errors: [
        { messageId: 'countryNotNamed', path: '/recipients/0/country', line: 5, column: 13 },
        { messageId: 'countryNotNamed', path: '/recipients/2/country/0', line: 7, column: 23 },
      ],
    },
  ],
});

describe('third-country-named cites the right article', () => {
  it('Art. 14(1)(f) when the data disclosed come from elsewhere', () => {
    const code =
      'privacyspec: "1.0"\ncontroller: {name: Beispiel GmbH, email: datenschutz@beispiel.de}\n' +
      'dataCategories:\n  - {id: bonitaet, source: {thirdParty: SCHUFA Holding AG}}\n' +
      'purposes:\n  - {id: scoring, dataCategories: [bonitaet], recipients: [analytics]}\n' +
      'recipients:\n  - {id: analytics, country: non-EEA}\n';
    const options = {
      rules: [rule],
      config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false },
      today: TEST_TODAY,
    };
    const [message] = lintText(code, options).messages;
    expect(message?.message).toContain(
      'Recipient "analytics" sends data outside the EEA without naming the countries (country: non-EEA). Under Art. 14(1)(f) the notice must',
    );
    expect(message?.severity).toBe('warning');
  });
});
