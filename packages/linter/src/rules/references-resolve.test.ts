import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './references-resolve.js';

const head = 'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  email: dataskydd@exempel.se\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'every id resolves and every entry is used',
      code: `${head}dataCategories:
  - id: contact
  - id: order-history
recipients:
  - id: postnord
dataSubjects:
  - id: customer
purposes:
  - id: order
    dataCategories: [contact, order-history]
    recipients: [postnord]
    dataSubjects: [customer]
`,
    },
    {
      name: 'an entry used by one purpose of several is used',
      code: `${head}dataCategories:
  - id: contact
  - id: cv
    name: {nb: CV og søknad, en: CV and application}
purposes:
  - id: newsletter
    dataCategories: [contact]
  - id: recruitment
    dataCategories: [contact, cv]
`,
    },
    {
      name: 'purposes that list nothing and nothing declared',
      code: `${head}purposes:
  - id: cctv
  - id: bookkeeping
`,
    },
    {
      name: 'data subjects declared as a plain list when no purpose links any (purposes may list theirs)',
      code: `${head}dataSubjects:
  - {id: customer, name: Kunden}
  - {id: visitor, name: Besucher}
purposes:
  - id: order
`,
    },
    {
      name: 'empty lists on both sides',
      code: `${head}dataCategories: []\nrecipients: []\npurposes:\n  - id: order\n    dataCategories: []\n    recipients: []\n`,
    },
    {
      name: 'recommended is silent: a data category that no purpose uses (seed 002 "Kontoinformation")',
      code: `${head}dataCategories:
  - id: contact
  - id: account-information
    name: Kontoinformation
purposes:
  - id: order
    dataCategories: [contact]
`,
    },
    {
      name: 'recommended is silent: recipients no purpose discloses to (seed 000: printers, messaging provider)',
      code: `${head}recipients:
  - id: printers
    name: Tryckerier
  - id: distribution
    name: PostNord
  - id: messaging-provider
    name: Systemleverantör för utskick av epost och sms
purposes:
  - id: delivery
    recipients: [distribution]
`,
    },
    {
      name: 'recommended is silent: a data subject unused while others are linked',
      code: `${head}dataSubjects:
  - {id: customer, name: Asiakkaat}
  - {id: supplier-contact, name: Toimittajien yhteyshenkilöt}
purposes:
  - id: order
    dataSubjects: [customer]
`,
    },
  ],
  invalid: [
    {
      name: 'a misspelt data category id, with a did-you-mean',
      code: `${head}dataCategories:
  - id: contact
purposes:
  - id: order
    dataCategories: [contacts]
  - id: delivery
    dataCategories: [contact]
`,
      errors: [
        {
          messageId: 'unknownDataCategory',
          path: '/purposes/0/dataCategories/0',
          line: 9,
          column: 22,
        },
      ],
    },
    {
      name: 'a recipient that is not declared at all, and no recipients key',
      code: `${head}purposes:
  - id: delivery
    recipients:
      - postnord
`,
      errors: [
        { messageId: 'unknownRecipient', path: '/purposes/0/recipients/0', line: 8, column: 9 },
      ],
    },
    {
      name: 'a data subject that is not declared',
      code: `${head}dataSubjects:
  - id: employee
purposes:
  - id: payroll
    dataSubjects: [employee, job-applicant]
`,
      errors: [
        {
          messageId: 'unknownDataSubject',
          path: '/purposes/0/dataSubjects/1',
          line: 9,
          column: 30,
        },
      ],
    },
    {
      name: 'strict: a data category that no purpose uses (seed 002 "Kontoinformation")',
      code: `${head}dataCategories:
  - id: contact
  - id: account-information
    name: Kontoinformation
purposes:
  - id: order
    dataCategories: [contact]
`,
      strict: true,
      errors: [
        { messageId: 'unusedDataCategory', path: '/dataCategories/1/id', line: 7, column: 5 },
      ],
    },
    {
      name: 'strict: recipients no purpose discloses to (seed 000: printers, messaging provider)',
      code: `${head}recipients:
  - id: printers
    name: Tryckerier
  - id: distribution
    name: PostNord
  - id: messaging-provider
    name: Systemleverantör för utskick av epost och sms
purposes:
  - id: delivery
    recipients: [distribution]
`,
      strict: true,
      errors: [
        { messageId: 'unusedRecipient', path: '/recipients/0/id', line: 6, column: 5 },
        { messageId: 'unusedRecipient', path: '/recipients/2/id', line: 10, column: 5 },
      ],
    },
    {
      name: 'strict: a data subject unused while others are linked',
      code: `${head}dataSubjects:
  - {id: customer, name: Asiakkaat}
  - {id: supplier-contact, name: Toimittajien yhteyshenkilöt}
purposes:
  - id: order
    dataSubjects: [customer]
`,
      strict: true,
      errors: [{ messageId: 'unusedDataSubject', path: '/dataSubjects/1/id', line: 7, column: 6 }],
    },
    {
      name: 'a data category id listed as a recipient: unknown there, unused where declared',
      code: `${head}dataCategories:
  - id: contact
recipients:
  - id: carrier
purposes:
  - id: delivery
    dataCategories: [contact]
    recipients: [contact]
`,
      errors: [
        { messageId: 'unknownRecipient', path: '/purposes/0/recipients/0', line: 12, column: 18 },
      ],
    },
    {
      name: 'strict: a data category id listed as a recipient: unknown there, unused where declared',
      code: `${head}dataCategories:
  - id: contact
recipients:
  - id: carrier
purposes:
  - id: delivery
    dataCategories: [contact]
    recipients: [contact]
`,
      strict: true,
      errors: [
        { messageId: 'unusedRecipient', path: '/recipients/0/id', line: 8, column: 5 },
        { messageId: 'unknownRecipient', path: '/purposes/0/recipients/0', line: 12, column: 18 },
      ],
    },
  ],
});

describe('references-resolve messages', () => {
  const lint = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('suggests the closest declared id', () => {
    const message = lint(
      `${head}recipients:\n  - id: google-analytics\npurposes:\n  - id: stats\n    recipients: [google-analitycs]\n`,
    ).find((m) => m.startsWith('Purpose'));
    expect(message).toContain('Purpose "stats" lists recipient "google-analitycs"');
    expect(message).toContain('Did you mean "google-analytics"?');
  });

  it('says when the id belongs to another list', () => {
    const messages = lint(
      `${head}dataCategories:\n  - id: contact\nrecipients:\n  - id: carrier\npurposes:\n  - id: delivery\n    dataCategories: [contact]\n    recipients: [contact, carrier]\n`,
    );
    expect(messages).toEqual([
      expect.stringContaining(
        `"contact" is declared as a data category: move it to the purpose's dataCategories.`,
      ),
    ]);
  });

  it('asks to declare an id that resembles nothing', () => {
    const [message] = lint(
      `${head}purposes:\n  - id: payroll\n    dataCategories: [bank-account]\n`,
    );
    expect(message).toContain('Declare it under dataCategories or remove it from the purpose.');
  });
});
