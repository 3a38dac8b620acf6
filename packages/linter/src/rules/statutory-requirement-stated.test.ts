import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './statutory-requirement-stated.js';

const head = 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\n';
const fromPerson = `${head}dataCategories:\n  - {id: contact, source: data-subject}\n  - {id: credit, source: {thirdParty: UC AB, public: false}}\npurposes:\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'contract and legal obligation with obligation and consequences',
      code: `${fromPerson}  - id: order
    legalBasis: contract
    dataCategories: [contact]
    provision: {obligation: contract-entry, consequences: Utan adress kan vi inte leverera.}
  - id: bookkeeping
    legalBasis: legal-obligation
    legalObligation: Bokföringslagen (1999:1078)
    provision: {obligation: statutory, consequences: {sv: Vi kan inte sälja på faktura., en: We cannot sell on invoice.}}
`,
    },
    {
      name: 'voluntary data need no consequences',
      code: `${fromPerson}  - {id: survey, legalBasis: contract, dataCategories: [contact], provision: {obligation: voluntary}}\n`,
    },
    {
      name: 'data only from a third party: Art. 14 applies, which has no 13(2)(e)',
      code: `${fromPerson}  - {id: credit-check, legalBasis: contract, dataCategories: [credit]}\n`,
    },
    {
      name: 'consent and legitimate interests without provision: voluntary by nature, only strict asks',
      code: `${fromPerson}  - {id: newsletter, legalBasis: consent, dataCategories: [contact]}\n  - {id: cctv, legalBasis: legitimate-interests, legitimateInterest: Förebygga brott}\n`,
    },
    {
      name: 'bookkeeping keeps the data the order collected: 13(2)(e) is answered at the order (strict asks)',
      code: `${fromPerson}  - {id: order, legalBasis: contract, dataCategories: [contact], provision: {obligation: contractual, consequences: Ingen leverans.}}\n  - {id: bookkeeping, legalBasis: legal-obligation, legalObligation: Bokföringslagen, dataCategories: [contact]}\n  - {id: audit, legalBasis: legal-obligation, legalObligation: Aktiebolagslagen}\n`,
    },
    {
      name: 'no legal basis: legal-basis-per-purpose reports the purpose',
      code: `${fromPerson}  - {id: order, dataCategories: [contact]}\n`,
    },
    {
      name: 'strict: consent with provision voluntary',
      code: `${fromPerson}  - {id: newsletter, legalBasis: consent, dataCategories: [contact], provision: {obligation: voluntary}}\n`,
      strict: true,
    },
  ],
  invalid: [
    {
      name: 'a contract purpose that does not say whether the data are required',
      code: `${fromPerson}  - id: order\n    legalBasis: contract\n    dataCategories: [contact]\n`,
      errors: [
        { messageId: 'provisionNotStated', path: '/purposes/0/provision', line: 7, column: 5 },
      ],
    },
    {
      name: 'a legal obligation collecting data no other purpose uses, of unstated source (read as from the person)',
      code: `${head}dataCategories:\n  - {id: salary}\n  - {id: tax-table}\npurposes:\n  - {id: payroll, legalBasis: contract, dataCategories: [salary], provision: {obligation: contractual, consequences: Ingen lön.}}\n  - {id: payroll-tax, legalBasis: legal-obligation, legalObligation: Skatteförfarandelagen (2011:1244), dataCategories: [salary, tax-table]}\n`,
      errors: [
        { messageId: 'provisionNotStated', path: '/purposes/1/provision', line: 8, column: 5 },
      ],
    },
    {
      name: 'strict: a legal obligation that keeps data collected for another purpose',
      code: `${fromPerson}  - {id: order, legalBasis: contract, dataCategories: [contact], provision: {obligation: contractual, consequences: Ingen leverans.}}\n  - {id: bookkeeping, legalBasis: legal-obligation, legalObligation: Bokföringslagen, dataCategories: [contact]}\n`,
      strict: true,
      errors: [
        {
          messageId: 'provisionNotStatedSharedData',
          path: '/purposes/1/provision',
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'consequences without the obligation',
      code: `${fromPerson}  - id: order\n    legalBasis: contract\n    provision: {consequences: Vi kan inte leverera.}\n`,
      errors: [
        {
          messageId: 'obligationNotStated',
          path: '/purposes/0/provision/obligation',
          line: 9,
          column: 5,
        },
      ],
    },
    {
      name: 'required by law, with no consequences',
      code: `${fromPerson}  - id: payroll\n    legalBasis: legal-obligation\n    legalObligation: Skatteförfarandelagen (2011:1244)\n    dataCategories: [contact, credit]\n    provision: {obligation: statutory}\n`,
      errors: [
        {
          messageId: 'consequencesNotStated',
          path: '/purposes/0/provision/consequences',
          line: 11,
          column: 5,
        },
      ],
    },
    {
      name: 'consent made a contractual requirement (and no consequences given)',
      code: `${fromPerson}  - id: newsletter\n    legalBasis: consent\n    provision: {obligation: contractual}\n`,
      errors: [
        {
          messageId: 'consequencesNotStated',
          path: '/purposes/0/provision/consequences',
          line: 9,
          column: 5,
        },
        {
          messageId: 'consentMadeRequired',
          path: '/purposes/0/provision/obligation',
          line: 9,
          column: 17,
        },
      ],
    },
    {
      name: 'strict: legitimate interests and consent without provision',
      code: `${fromPerson}  - {id: newsletter, legalBasis: consent, dataCategories: [contact]}\n  - {id: support, legalBasis: legitimate-interests, legitimateInterest: Svara på frågor, provision: {consequences: Vi kan inte svara.}}\n`,
      strict: true,
      errors: [
        {
          messageId: 'provisionNotStatedOtherBasis',
          path: '/purposes/0/provision',
          line: 7,
          column: 5,
        },
        {
          messageId: 'provisionNotStatedOtherBasis',
          path: '/purposes/1/provision/obligation',
          line: 8,
          column: 90,
        },
      ],
    },
  ],
});

describe('statutory-requirement-stated messages', () => {
  it('names the purpose, its basis and Art. 13(2)(e), and says which fields to add', () => {
    const [message] = lintWithRule(
      rule,
      `${fromPerson}  - {id: order, legalBasis: contract}\n`,
    ).messages;
    expect(message?.message).toContain(
      'Purpose "order" collects data from the person for contract (Art. 6(1)(b))',
    );
    expect(message?.message).toContain('Art. 13(2)(e)');
    expect(message?.message).toContain(
      'add provision with obligation (statutory, contractual, contract-entry or voluntary) and consequences',
    );
  });

  it('says in words what the obligation is', () => {
    const [message] = lintWithRule(
      rule,
      `${fromPerson}  - {id: order, legalBasis: contract, provision: {obligation: contract-entry}}\n`,
    ).messages;
    expect(message?.message).toContain(
      'says providing the data is needed to enter into the contract, but not what happens',
    );
  });

  it('cites Art. 7(4) when consent is made a condition', () => {
    const messages = lintWithRule(
      rule,
      `${fromPerson}  - {id: club, legalBasis: consent, provision: {obligation: statutory, consequences: Inget medlemskap.}}\n`,
    ).messages;
    expect(messages.map((m) => m.messageId)).toEqual(['consentMadeRequired']);
    expect(messages[0]?.message).toContain('required by law');
    expect(messages[0]?.message).toContain('Art. 4(11), 7(4)');
  });
});
