import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './legal-basis-per-purpose.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['privacyspec: "1.0"', 'controller: {name: Exempel AB, email: info@exempel.se}'];

runRuleTests(rule, {
  valid: [
    {
      name: 'no purposes at all',
      code: yaml(...head, 'purposes: []'),
    },
    {
      name: 'contract and consent need no statute',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: order',
        '    legalBasis: contract',
        '  - id: newsletter',
        '    legalBasis: consent',
        '  - id: fraud-prevention',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Preventing card fraud',
      ),
    },
    {
      name: 'a legal obligation with its statute (German tax law)',
      code: yaml(
        'privacyspec: "1.0"',
        'language: de',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'purposes:',
        '  - id: bookkeeping',
        '    legalBasis: legal-obligation',
        '    legalObligation: § 147 Abgabenordnung, § 257 Handelsgesetzbuch',
      ),
    },
    {
      name: 'a public task with a multilingual statute (Norwegian municipality)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel kommune, country: NO, email: postmottak@eksempel.kommune.no}',
        'purposes:',
        '  - id: school-admission',
        '    legalBasis: public-task',
        '    legalObligation: {nb: "Opplæringslova (2023) § 2-6", en: "Education Act (2023) section 2-6"}',
      ),
    },
    {
      name: 'a basis given only as an Art. 6(1) citation is left to legal-basis-article-matches',
      code: yaml(...head, 'purposes:', '  - id: support', '    article: art. 6.1 b'),
    },
    {
      name: 'recommended is silent: a legal obligation that names no law',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: bookkeeping',
        '    name: Bokföring',
        '    legalBasis: legal-obligation',
        '    article: "6(1)(c)"',
      ),
    },
    {
      name: 'recommended is silent: a public task whose statute is blank (Danish authority)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel Kommune, country: DK, email: kommune@eksempel.dk}',
        'purposes:',
        '  - id: building-permits',
        '    legalBasis: public-task',
        '    legalObligation: "  "',
      ),
    },
  ],
  invalid: [
    {
      name: 'purposes listed without any legal basis',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: customer-service',
        '    name: Kundtjänst',
        '    legalBasis: contract',
        '  - id: product-development',
        '    name: Utveckla våra tjänster',
        '  - id: market-research',
        '    name: {sv: Marknadsundersökningar, en: Market research}',
      ),
      errors: [
        { messageId: 'missingLegalBasis', path: '/purposes/1/legalBasis', line: 7, column: 5 },
        { messageId: 'missingLegalBasis', path: '/purposes/2/legalBasis', line: 9, column: 5 },
      ],
    },
    {
      name: 'strict: a legal obligation that names no law',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: bookkeeping',
        '    name: Bokföring',
        '    legalBasis: legal-obligation',
        '    article: "6(1)(c)"',
      ),
      strict: true,
      errors: [
        { messageId: 'missingStatute', path: '/purposes/0/legalObligation', line: 4, column: 5 },
      ],
    },
    {
      name: 'strict: a public task whose statute is blank (Danish authority)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel Kommune, country: DK, email: kommune@eksempel.dk}',
        'purposes:',
        '  - id: building-permits',
        '    legalBasis: public-task',
        '    legalObligation: "  "',
      ),
      strict: true,
      errors: [
        { messageId: 'missingStatute', path: '/purposes/0/legalObligation', line: 6, column: 5 },
      ],
    },
    {
      name: 'an Art. 9(2) citation in article is not a legal basis',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: health-survey',
        '    article: "9(2)(a)"',
        '    specialCategoryCondition: "9(2)(a)"',
      ),
      errors: [
        { messageId: 'missingLegalBasis', path: '/purposes/0/legalBasis', line: 4, column: 5 },
      ],
    },
    {
      name: 'a purpose on data obtained from others without a basis (Art. 14(1)(c))',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Ltd, country: IE, email: privacy@example.ie}',
        'dataCategories:',
        '  - {id: credit-score, source: {thirdParty: Credit reference agency}}',
        'purposes:',
        '  - {id: credit-check, dataCategories: [credit-score]}',
      ),
      errors: [
        { messageId: 'missingLegalBasis', path: '/purposes/0/legalBasis', line: 6, column: 5 },
      ],
    },
  ],
});

describe('legal-basis-per-purpose messages', () => {
  const messages = (code: string) =>
    lintWithRule(rule, code, { strict: true }).messages.map((m) => m.message);

  it('names the purpose, the article and the six bases', () => {
    expect(messages(yaml(...head, 'purposes: [{id: analytics}]'))).toEqual([
      'Purpose "analytics" has no legal basis. Under Art. 13(1)(c) the notice must give the legal basis of each purpose, and Art. 6(1) allows processing only on one of its six bases: add legalBasis (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests).',
    ]);
  });

  it('a purpose without a dataCategories list concerns every category: Art. 14(1)(c) when all come from others', () => {
    const [message] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: fines, source: public}]',
        'purposes: [{id: debt-collection}]',
      ),
    );
    expect(message).toContain('Under Art. 14(1)(c) the notice must');
  });

  it('cites Art. 14(1)(c) for data from others and says the statute is missing', () => {
    const [message] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: fines, source: public}]',
        'purposes: [{id: debt-collection, legalBasis: legal-obligation, dataCategories: [fines]}]',
      ),
    );
    expect(message).toContain(
      'relies on legal-obligation (Art. 6(1)(c)) but does not name the law',
    );
    expect(message).toContain('Art. 6(3)');
    expect(message).toContain('under Art. 14(1)(c) the notice must');
  });
});
