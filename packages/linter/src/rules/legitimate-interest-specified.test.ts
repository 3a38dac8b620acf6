import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './legitimate-interest-specified.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['privacyspec: "1.0"', 'controller: {name: Exempel AB, email: info@exempel.se}'];

runRuleTests(rule, {
  valid: [
    {
      name: 'a specific interest (Swedish)',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: cctv',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Förebygga stölder och skydda kunder och personal i butiken',
      ),
    },
    {
      name: 'a specific interest in two languages (German/English)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'purposes:',
        '  - id: it-security',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: {de: Schutz unserer Systeme vor Angriffen, en: Protecting our systems against attacks}',
      ),
    },
    {
      name: 'a generic phrase followed by the interest itself is specific',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: fraud',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Berättigat intresse att förhindra bedrägerier vid köp mot faktura',
      ),
    },
    {
      name: 'a short but real interest (English)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Ltd, country: IE, email: privacy@example.ie}',
        'purposes: [{id: marketing, legalBasis: legitimate-interests, legitimateInterest: Direct marketing to existing customers}]',
      ),
    },
    {
      name: 'other bases need no interest, even with a stray generic one',
      code: yaml(
        ...head,
        'purposes:',
        '  - {id: order, legalBasis: contract}',
        '  - {id: newsletter, legalBasis: consent, legitimateInterest: berättigat intresse}',
        '  - {id: unknown-basis}',
      ),
    },
  ],
  invalid: [
    {
      name: 'legitimate interests relied on without the interest',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: order',
        '    legalBasis: contract',
        '  - id: customer-mailings',
        '    name: Utskick till kunder',
        '    legalBasis: legitimate-interests',
      ),
      errors: [
        {
          messageId: 'missingInterest',
          path: '/purposes/1/legitimateInterest',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'the interest only restates the basis (Swedish, with a full stop)',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: analytics',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Berättigat intresse.',
      ),
      errors: [
        {
          messageId: 'genericInterest',
          path: '/purposes/0/legitimateInterest',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'one language version restates the basis, the other is specific',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: analytics',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest:',
        '      sv: Vårt berättigade intresse',
        '      en: Measuring which pages of our shop are used, to improve them',
      ),
      errors: [
        {
          messageId: 'genericInterest',
          path: '/purposes/0/legitimateInterest/sv',
          line: 7,
          column: 7,
        },
      ],
    },
    {
      name: 'German: berechtigtes Interesse (an S phrase list: a warning)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'purposes: [{id: werbung, legalBasis: legitimate-interests, legitimateInterest: "Berechtigtes Interesse"}]',
      ),
      errors: [
        {
          messageId: 'genericInterest',
          path: '/purposes/0/legitimateInterest',
          line: 3,
          column: 60,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'Norwegian: legitimt interesse (an S phrase list: a warning)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel AS, country: NO, email: post@eksempel.no}',
        'purposes:',
        '  - id: kundeanalyse',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: legitimt interesse',
      ),
      errors: [
        {
          messageId: 'genericInterest',
          path: '/purposes/0/legitimateInterest',
          line: 6,
          column: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an article citation is not an interest',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Ltd, country: MT, email: privacy@example.mt}',
        'purposes:',
        '  - id: profiling',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Art. 6(1)(f) GDPR',
      ),
      errors: [
        {
          messageId: 'genericInterest',
          path: '/purposes/0/legitimateInterest',
          line: 6,
          column: 5,
        },
      ],
    },
    {
      name: 'a blank interest on data bought from a list broker (Art. 14(2)(b))',
      code: yaml(
        ...head,
        'dataCategories: [{id: addresses, source: {thirdParty: Adressleverantör}}]',
        'purposes:',
        '  - id: prospecting',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: " "',
        '    dataCategories: [addresses]',
      ),
      errors: [
        {
          messageId: 'missingInterest',
          path: '/purposes/0/legitimateInterest',
          line: 7,
          column: 5,
        },
      ],
    },
  ],
});

describe('legitimate-interest-specified messages', () => {
  const messages = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('cites Art. 13(1)(d) for data from the person, 14(2)(b) for data from others', () => {
    const categories =
      'dataCategories: [{id: own, source: data-subject}, {id: bought, source: public}]';
    expect(
      messages(
        yaml(
          ...head,
          categories,
          'purposes: [{id: a, legalBasis: legitimate-interests, dataCategories: [own]}]',
        ),
      )[0],
    ).toContain('Under Art. 13(1)(d) the notice');
    expect(
      messages(
        yaml(
          ...head,
          categories,
          'purposes: [{id: b, legalBasis: legitimate-interests, dataCategories: [bought]}]',
        ),
      )[0],
    ).toContain('Under Art. 14(2)(b) the notice');
  });

  it('a purpose without a dataCategories list concerns every category: Art. 14(2)(b) when all come from others', () => {
    const categories = 'dataCategories: [{id: bought, source: {thirdParty: Adressleverantör AB}}]';
    expect(
      messages(
        yaml(...head, categories, 'purposes: [{id: b, legalBasis: legitimate-interests}]'),
      )[0],
    ).toContain('Under Art. 14(2)(b) the notice');
  });

  it('English and Swedish phrases stay errors, a phrase only an S list has is a warning (error under strict)', () => {
    const code = yaml(
      ...head,
      'purposes: [{id: c, legalBasis: legitimate-interests, legitimateInterest: {sv: Berättigat intresse, en: Our legitimate interests, fr: Intérêt légitime}}]',
    );
    expect(lintWithRule(rule, code).messages.map((m) => [m.path, m.severity])).toEqual([
      ['/purposes/0/legitimateInterest/sv', 'error'],
      ['/purposes/0/legitimateInterest/en', 'error'],
      ['/purposes/0/legitimateInterest/fr', 'warning'],
    ]);
    expect(lintWithRule(rule, code, { strict: true }).messages.map((m) => m.severity)).toEqual([
      'error',
      'error',
      'error',
    ]);
  });

  it('quotes the generic text', () => {
    expect(
      messages(
        yaml(
          ...head,
          'purposes: [{id: c, legalBasis: legitimate-interests, legitimateInterest: "Legitimate interests"}]',
        ),
      ),
    ).toEqual([
      'Purpose "c" gives "Legitimate interests" as its legitimate interest, which only names the legal basis. Under Art. 13(1)(d) the notice must state the interest itself, so that people can weigh it and object under Art. 21: replace it with the specific interest (what the processing is meant to achieve, and for whom).',
    ]);
  });
});
