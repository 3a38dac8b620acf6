import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './national-id-justified.js';

const controller = (country?: string) =>
  `privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  email: dataskydd@exempel.se\n${country !== undefined ? `  country: ${country}\n` : ''}`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a Swedish personnummer with its reason (seed 000)',
      code: `${controller('SE')}dataCategories:
  - id: personal-id-number
    name: Person- och samordningsnummer
    nationalId: true
    justification: Säker identifiering vid köp mot faktura, så att ingen annan kan handla i ditt namn
purposes:
  - id: identity-verification
    legalBasis: contract
    dataCategories: [personal-id-number]
`,
    },
    {
      name: 'used only by purposes on consent: consent is a ground of its own under 3 kap. 10 §',
      code: `${controller('SE')}dataCategories:
  - id: personal-id-number
    name: Personnummer
    nationalId: true
purposes:
  - id: member-lottery
    legalBasis: consent
    dataCategories: [personal-id-number]
  - id: prize-draw
    legalBasis: consent
    dataCategories: [personal-id-number]
`,
    },
    {
      name: 'categories that are not national identification numbers (false-positive trap)',
      code: `${controller('SE')}dataCategories:
  - id: customer-number
    name: Kundnummer
  - id: phone
    nationalId: false
purposes: []
`,
    },
    {
      name: 'a Norwegian fødselsnummer with a multilingual reason',
      code: `${controller('NO')}language: nb
dataCategories:
  - id: national-id
    name: {nb: Fødselsnummer, en: National identity number}
    nationalId: true
    justification: {nb: Sikker identifisering ved kredittkjøp, en: Secure identification for purchases on credit}
purposes:
  - id: credit
    legalBasis: contract
    dataCategories: [national-id]
`,
    },
    {
      name: 'recommended is silent: personnummer in the register with no reason given (seed 002)',
      code: `${controller('SE')}dataCategories:
  - id: contact
  - id: personal-id-number
    name: Personnummer
    nationalId: true
purposes:
  - id: identification
    legalBasis: contract
    dataCategories: [contact, personal-id-number]
`,
    },
    {
      name: 'recommended is silent: consent for one purpose does not cover another on legitimate interests',
      code: `${controller('SE')}dataCategories:
  - id: personal-id-number
    nationalId: true
purposes:
  - id: newsletter
    legalBasis: consent
    dataCategories: [personal-id-number]
  - id: debt-collection
    legalBasis: legitimate-interests
    legitimateInterest: Driva in obetalda fakturor
    dataCategories: [personal-id-number]
`,
    },
    {
      name: 'recommended is silent: a blank justification, and a number no purpose uses',
      code: `${controller('SE')}dataCategories:
  - id: samordningsnummer
    nationalId: true
    justification: " "
purposes: []
`,
    },
    {
      name: 'recommended is silent: a German controller (Art. 87)',
      code: `${controller('DE')}language: de
dataCategories:
  - id: tax-id
    name: Steuerliche Identifikationsnummer
    nationalId: true
purposes:
  - id: payroll
    legalBasis: legal-obligation
    legalObligation: Einkommensteuergesetz
    dataCategories: [tax-id]
`,
    },
    {
      name: 'recommended is silent: no controller country: Art. 87, and consent is no exception without a known national rule',
      code: `${controller()}dataCategories:
  - id: bsn
    name: {nl: Burgerservicenummer, en: Citizen service number}
    nationalId: true
purposes:
  - id: loyalty
    legalBasis: consent
    dataCategories: [bsn]
`,
    },
  ],
  invalid: [
    {
      name: 'strict: personnummer in the register with no reason given (seed 002)',
      code: `${controller('SE')}dataCategories:
  - id: contact
  - id: personal-id-number
    name: Personnummer
    nationalId: true
purposes:
  - id: identification
    legalBasis: contract
    dataCategories: [contact, personal-id-number]
`,
      strict: true,
      errors: [
        {
          messageId: 'missingJustification',
          path: '/dataCategories/1/justification',
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: consent for one purpose does not cover another on legitimate interests',
      code: `${controller('SE')}dataCategories:
  - id: personal-id-number
    nationalId: true
purposes:
  - id: newsletter
    legalBasis: consent
    dataCategories: [personal-id-number]
  - id: debt-collection
    legalBasis: legitimate-interests
    legitimateInterest: Driva in obetalda fakturor
    dataCategories: [personal-id-number]
`,
      strict: true,
      errors: [
        {
          messageId: 'missingJustification',
          path: '/dataCategories/0/justification',
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: a blank justification, and a number no purpose uses',
      code: `${controller('SE')}dataCategories:
  - id: samordningsnummer
    nationalId: true
    justification: " "
purposes: []
`,
      strict: true,
      errors: [
        {
          messageId: 'missingJustification',
          path: '/dataCategories/0/justification',
          line: 9,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: a German controller (Art. 87)',
      code: `${controller('DE')}language: de
dataCategories:
  - id: tax-id
    name: Steuerliche Identifikationsnummer
    nationalId: true
purposes:
  - id: payroll
    legalBasis: legal-obligation
    legalObligation: Einkommensteuergesetz
    dataCategories: [tax-id]
`,
      strict: true,
      errors: [
        {
          messageId: 'missingJustificationArt87',
          path: '/dataCategories/0/justification',
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: no controller country: Art. 87, and consent is no exception without a known national rule',
      code: `${controller()}dataCategories:
  - id: bsn
    name: {nl: Burgerservicenummer, en: Citizen service number}
    nationalId: true
purposes:
  - id: loyalty
    legalBasis: consent
    dataCategories: [bsn]
`,
      strict: true,
      errors: [
        {
          messageId: 'missingJustificationArt87',
          path: '/dataCategories/0/justification',
          line: 6,
          column: 5,
        },
      ],
    },
  ],
});

describe('national-id-justified messages (strict)', () => {
  const lint = (code: string) =>
    lintWithRule(rule, code, { strict: true }).messages.map((m) => m.message);
  const category = `dataCategories:\n  - id: pnr\n    nationalId: true\npurposes:\n  - id: order\n    legalBasis: contract\n    dataCategories: [pnr]\n  - id: invoice\n    legalBasis: contract\n    dataCategories: [pnr]\n`;

  it('cites the Swedish law for a Swedish controller, with the purposes that use the number', () => {
    const [message] = lint(`${controller('SE')}${category}`);
    expect(message).toContain('Dataskyddslagen (2018:218) 3 kap. 10 §');
    expect(message).toContain('used by purposes "order" and "invoice"');
  });

  it("cites Art. 87 and names the controller's country otherwise", () => {
    const [message] = lint(`${controller('FI')}${category}`);
    expect(message).toContain('Art. 87');
    expect(message).toContain("the law of the controller's country (FI)");
    expect(lint(`${controller('non-EEA')}${category}`)[0]).toContain(
      "the controller's national law",
    );
  });
});
