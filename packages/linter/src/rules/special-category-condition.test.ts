import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './special-category-condition.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['privacyspec: "1.0"', 'controller: {name: Exempel AB, email: info@exempel.se}'];

runRuleTests(rule, {
  valid: [
    {
      name: 'no special categories, no condition needed',
      code: yaml(
        ...head,
        'dataCategories: [{id: contact, name: Kontaktuppgifter}]',
        'purposes: [{id: order, legalBasis: contract, dataCategories: [contact]}]',
      ),
    },
    {
      name: 'health data for occupational rehabilitation under employment law, with the law named',
      code: yaml(
        ...head,
        'dataCategories:',
        '  - {id: sick-leave, name: Sjukfrånvaro, special: health}',
        'purposes:',
        '  - id: rehabilitation',
        '    legalBasis: legal-obligation',
        '    legalObligation: Socialförsäkringsbalken (2010:110) 30 kap. 6 §',
        '    specialCategoryCondition: "9(2)(b)"',
        '    dataCategories: [sick-leave]',
      ),
    },
    {
      name: "a religious community's member register (alias, not-for-profit body, Norwegian)",
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel menighet, country: NO, email: post@menighet.example}',
        'dataCategories: [{id: membership, special: religious-philosophical-beliefs}]',
        'purposes:',
        '  - {id: member-register, legalBasis: legitimate-interests, legitimateInterest: Føre medlemsregister, specialCategoryCondition: Art. 9 nr. 2 bokstav d, dataCategories: [membership]}',
      ),
    },
    {
      name: 'fingerprint login with explicit consent, German citation style',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'dataCategories: [{id: fingerprint, special: biometric}]',
        'purposes:',
        '  - {id: login, legalBasis: consent, specialCategoryCondition: Art. 9 Abs. 2 lit. a DSGVO, dataCategories: [fingerprint]}',
      ),
    },
    {
      name: 'a condition given as its identifier (English)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Clinic Ltd, country: IE, email: privacy@clinic.example}',
        'dataCategories: [{id: allergies, special: health}]',
        'purposes: [{id: menu, legalBasis: consent, specialCategoryCondition: explicit-consent, dataCategories: [allergies]}]',
      ),
    },
    {
      name: 'Art. 9(2) citations in the styles of other EEA languages',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Przykład Sp. z o.o., country: PL, email: rodo@przyklad.example}',
        'dataCategories: [{id: health, special: health}, {id: union, special: trade-union-membership}]',
        'purposes:',
        '  - {id: badania, legalBasis: legal-obligation, legalObligation: Kodeks pracy art. 229, specialCategoryCondition: art. 9 ust. 2 lit. h RODO, dataCategories: [health]}',
        '  - {id: cotisations, legalBasis: contract, specialCategoryCondition: "article 9, paragraphe 2, point d) du RGPD", dataCategories: [union]}',
        '  - {id: zdravi, legalBasis: consent, specialCategoryCondition: čl. 9 odst. 2 písm. a) GDPR, dataCategories: [health]}',
        '  - {id: zorg, legalBasis: contract, legalObligation: Wgbo, specialCategoryCondition: art. 9 lid 2 sub h AVG, dataCategories: [health]}',
      ),
    },
    {
      name: 'criminal records checked under a named law (Danish); no Art. 9 condition is needed',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel Børnehave ApS, country: DK, email: kontakt@eksempel.dk}',
        'dataCategories: [{id: child-certificate, special: criminal-offences}]',
        'purposes:',
        '  - id: hiring',
        '    legalBasis: legal-obligation',
        '    legalObligation: Lov om indhentelse af børneattest',
        '    dataCategories: [child-certificate]',
      ),
    },
    {
      name: 'criminal-offence data processed by an authority under official authority',
      code: yaml(
        ...head,
        'dataCategories: [{id: convictions, special: criminal-offences}]',
        'purposes: [{id: licensing, legalBasis: public-task, dataCategories: [convictions]}]',
      ),
    },
    {
      name: "a special category no purpose uses, and an undeclared id, are other rules' concern",
      code: yaml(
        ...head,
        'dataCategories: [{id: health, special: health}]',
        'purposes: [{id: order, legalBasis: contract, dataCategories: [undeclared]}]',
      ),
    },
    {
      name: 'recommended is silent: a condition that rests on law, with no law named',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Voorbeeld Zorg B.V., country: NL, email: privacy@voorbeeld.nl}',
        'dataCategories: [{id: medical-file, special: health}]',
        'purposes:',
        '  - id: treatment',
        '    legalBasis: contract',
        '    specialCategoryCondition: "9(2)(h)"',
        '    dataCategories: [medical-file]',
      ),
    },
    {
      name: 'recommended is silent: criminal-offence data with no law that authorises it',
      code: yaml(
        ...head,
        'dataCategories: [{id: background-check, name: Utdrag ur belastningsregistret, special: criminal-offences}]',
        'purposes:',
        '  - id: recruitment',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Anställa pålitlig personal',
        '    dataCategories: [background-check]',
      ),
    },
    {
      name: 'recommended is silent: an Art. 9(2) condition does not cover criminal-offence data',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Security Ltd, country: IE, email: privacy@security.example}',
        'dataCategories: [{id: convictions, special: criminal-offences}]',
        'purposes: [{id: vetting, legalBasis: consent, specialCategoryCondition: "9(2)(a)", dataCategories: [convictions]}]',
      ),
    },
  ],
  invalid: [
    {
      name: 'health data without any Art. 9(2) condition',
      code: yaml(
        ...head,
        'dataCategories:',
        '  - {id: contact, name: Kontaktuppgifter}',
        '  - {id: health, name: Hälsouppgifter, special: health}',
        'purposes:',
        '  - id: order',
        '    legalBasis: contract',
        '    dataCategories: [contact]',
        '  - id: treatment',
        '    legalBasis: contract',
        '    dataCategories: [contact, health]',
      ),
      errors: [
        {
          messageId: 'missingCondition',
          path: '/purposes/1/specialCategoryCondition',
          line: 10,
          column: 5,
        },
      ],
    },
    {
      name: 'the alias religious-philosophical-beliefs also needs a condition',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Exemple SAS, country: FR, email: dpo@exemple.fr}',
        'dataCategories: [{id: diet, name: Régime alimentaire religieux, special: religious-philosophical-beliefs}]',
        'purposes: [{id: catering, legalBasis: consent, dataCategories: [diet]}]',
      ),
      errors: [
        {
          messageId: 'missingCondition',
          path: '/purposes/0/specialCategoryCondition',
          line: 4,
          column: 12,
        },
      ],
    },
    {
      name: 'a condition letter that Art. 9(2) does not have',
      code: yaml(
        ...head,
        'dataCategories: [{id: union, special: trade-union-membership}]',
        'purposes:',
        '  - id: union-fees',
        '    legalBasis: contract',
        '    specialCategoryCondition: 9(2)(k)',
        '    dataCategories: [union]',
      ),
      errors: [
        {
          messageId: 'conditionUnknownLetter',
          path: '/purposes/0/specialCategoryCondition',
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'an Art. 6 citation is not an Art. 9(2) condition',
      code: yaml(
        ...head,
        'dataCategories: [{id: health, special: health}]',
        'purposes:',
        '  - id: health-survey',
        '    legalBasis: consent',
        '    specialCategoryCondition: "6(1)(a)"',
        '    dataCategories: [health]',
      ),
      errors: [
        {
          messageId: 'conditionNotCitation',
          path: '/purposes/0/specialCategoryCondition',
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'a condition the citation reader cannot read is a warning, not an error',
      code: yaml(
        ...head,
        'dataCategories: [{id: health, special: health}]',
        'purposes:',
        '  - id: sick-leave',
        '    legalBasis: legal-obligation',
        '    legalObligation: Socialförsäkringsbalken (2010:110)',
        '    specialCategoryCondition: art. 9.2 b GDPR jfr 3 kap. 3 § dataskyddslagen',
        '    dataCategories: [health]',
      ),
      errors: [
        {
          messageId: 'conditionUnreadable',
          path: '/purposes/0/specialCategoryCondition',
          line: 8,
          column: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'strict: a condition that rests on law, with no law named',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Voorbeeld Zorg B.V., country: NL, email: privacy@voorbeeld.nl}',
        'dataCategories: [{id: medical-file, special: health}]',
        'purposes:',
        '  - id: treatment',
        '    legalBasis: contract',
        '    specialCategoryCondition: "9(2)(h)"',
        '    dataCategories: [medical-file]',
      ),
      strict: true,
      errors: [
        { messageId: 'conditionNeedsLaw', path: '/purposes/0/legalObligation', line: 5, column: 5 },
      ],
    },
    {
      name: 'strict: criminal-offence data with no law that authorises it',
      code: yaml(
        ...head,
        'dataCategories: [{id: background-check, name: Utdrag ur belastningsregistret, special: criminal-offences}]',
        'purposes:',
        '  - id: recruitment',
        '    legalBasis: legitimate-interests',
        '    legitimateInterest: Anställa pålitlig personal',
        '    dataCategories: [background-check]',
      ),
      strict: true,
      errors: [
        {
          messageId: 'criminalOffenceNeedsLaw',
          path: '/purposes/0/legalObligation',
          line: 5,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: an Art. 9(2) condition does not cover criminal-offence data',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Security Ltd, country: IE, email: privacy@security.example}',
        'dataCategories: [{id: convictions, special: criminal-offences}]',
        'purposes: [{id: vetting, legalBasis: consent, specialCategoryCondition: "9(2)(a)", dataCategories: [convictions]}]',
      ),
      strict: true,
      errors: [
        {
          messageId: 'criminalOffenceNeedsLaw',
          path: '/purposes/0/legalObligation',
          line: 4,
          column: 12,
        },
      ],
    },
    {
      name: 'trade-union data obtained from the union without a condition (Art. 14(1)(c))',
      code: yaml(
        ...head,
        'dataCategories: [{id: union, special: trade-union-membership, source: {thirdParty: Fackförbundet}}]',
        'purposes:',
        '  - id: union-fees',
        '    legalBasis: contract',
        '    dataCategories: [union]',
      ),
      errors: [
        {
          messageId: 'missingCondition',
          path: '/purposes/0/specialCategoryCondition',
          line: 5,
          column: 5,
        },
      ],
    },
  ],
});

describe('special-category-condition messages', () => {
  const messages = (code: string, strict = false) => lintWithRule(rule, code, { strict }).messages;

  it('names the categories, the notice article and the range of conditions', () => {
    const [finding] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: union, special: trade-union-membership, source: public}]',
        'purposes: [{id: p, dataCategories: [union]}]',
      ),
    );
    expect(finding?.message).toBe(
      'Purpose "p" uses special-category data ("union": trade union membership) but names no Art. 9(2) condition. Art. 9(1) prohibits processing these data unless a condition of Art. 9(2) applies, in addition to the Art. 6(1) basis, and under Art. 14(1)(c) the notice must give that legal ground: add specialCategoryCondition with the condition relied on (9(2)(a)–9(2)(j)).',
    );
  });

  it('says which provision a wrong citation names, and how to write an unreadable one', () => {
    const wrong = messages(
      yaml(
        ...head,
        'dataCategories: [{id: h, special: health}]',
        'purposes: [{id: p, legalBasis: consent, specialCategoryCondition: "Art. 6 Abs. 1 lit. a DSGVO", dataCategories: [h]}]',
      ),
    );
    expect(wrong.map((m) => [m.messageId, m.severity])).toEqual([
      ['conditionNotCitation', 'error'],
    ]);
    expect(wrong[0]?.message).toContain(
      '(Art. 6(1)(a)) as its Art. 9(2) condition, which is not a point of Art. 9(2)',
    );
    const unread = messages(
      yaml(
        ...head,
        'dataCategories: [{id: h, special: health}]',
        'purposes: [{id: p, legalBasis: consent, specialCategoryCondition: uttryckligt samtycke, dataCategories: [h]}]',
      ),
    );
    expect(unread[0]?.message).toContain('could not read "uttryckligt samtycke"');
    expect(unread[0]?.message).toContain('write it as 9(2)(x)');
  });

  it('criminal-offence data without a law: only strict asks for the law', () => {
    const code = yaml(
      ...head,
      'dataCategories: [{id: c, special: criminal-offences}]',
      'purposes: [{id: p, legalBasis: contract, dataCategories: [c]}]',
    );
    expect(messages(code)).toEqual([]);
    expect(messages(code, true).map((m) => m.severity)).toEqual(['error']);
  });

  it('cites Art. 10 for criminal-offence data', () => {
    const [finding] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: c, special: criminal-offences}]',
        'purposes: [{id: p, dataCategories: [c]}]',
      ),
      true,
    );
    expect(finding?.message).toContain('Art. 10 allows');
  });

  it('a condition that rests on law is not a defect for not naming the law: only strict asks for it', () => {
    const code = yaml(
      ...head,
      'dataCategories: [{id: h, special: health}]',
      'purposes: [{id: p, specialCategoryCondition: "9(2)(j)", dataCategories: [h]}]',
    );
    expect(messages(code)).toEqual([]);
    expect(messages(code, true).map((m) => m.severity)).toEqual(['error']);
  });
});
