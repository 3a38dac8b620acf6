import { describe, expect, it } from 'vitest';
import { lintText } from '../engine.js';
import { runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './retention-stated.js';

const head = 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'a period and its start (Swedish)',
      code: `${head}language: sv\npurposes:\n  - id: order\n    legalBasis: contract\n    retention:\n      duration: P24M\n      from: avslutat kundförhållande\n`,
    },
    {
      name: 'criteria only, when no fixed period exists (English)',
      code: `${head}language: en\npurposes:\n  - id: recruitment\n    retention:\n      criteria: Until the position is filled, then six months for possible discrimination claims\n`,
    },
    {
      name: 'multilingual criteria',
      code: `${head}purposes:\n  - id: occupational-health\n    retention:\n      criteria: {sv: Under anställningen och två år därefter, en: During employment and two years after it}\n`,
    },
    {
      name: 'a duration without `from` is still a period (Germany)',
      code: 'privacyspec: "1.0"\nlanguage: de\ncontroller: {name: Beispiel GmbH, email: datenschutz@beispiel.de}\npurposes:\n  - id: cctv\n    legalBasis: legitimate-interests\n    retention: {duration: PT72H}\n',
    },
    {
      name: 'exactly 100 years is still a period (e.g. a birth register)',
      code: `${head}purposes:\n  - id: register\n    retention: {duration: P100Y, from: birth}\n`,
    },
    {
      name: 'no purposes, nothing to report',
      code: `${head}purposes: []\n`,
    },
    {
      name: 'Art. 14 data with a period (Norway)',
      code: `${head}language: nb\ndataCategories:\n  - id: credit\n    source: {thirdParty: Kredittopplysningsbyrå}\npurposes:\n  - id: credit-check\n    dataCategories: [credit]\n    retention: {duration: P6M, from: kredittvurderingen}\n`,
    },
  ],
  invalid: [
    {
      name: 'no storage period or criteria for any purpose (seed defect: the policy states none)',
      code: `${head}purposes:\n  - id: order\n    legalBasis: contract\n  - id: newsletter\n    legalBasis: consent\n`,
      errors: [
        { messageId: 'missingRetention', path: '/purposes/0/retention', line: 4, column: 5 },
        { messageId: 'missingRetention', path: '/purposes/1/retention', line: 6, column: 5 },
      ],
    },
    {
      name: 'a purpose whose data are handed to a provider with no period (seed defect: checkout data "not stored in the web shop")',
      code: `${head}language: sv\npurposes:\n  - id: order\n    retention: {duration: P3Y, from: leveransen}\n  - id: checkout\n    name: Utcheckningen i webbutiken\n    recipients: [payment-provider]\nrecipients:\n  - {id: payment-provider, name: Betalningsleverantör}\n`,
      errors: [
        { messageId: 'missingRetention', path: '/purposes/1/retention', line: 7, column: 5 },
      ],
    },
    {
      name: 'only the start of the period',
      code: `${head}purposes:\n  - id: support\n    retention:\n      from: end of the support case\n`,
      errors: [
        { messageId: 'noPeriodOrCriteria', path: '/purposes/0/retention', line: 5, column: 5 },
      ],
    },
    {
      name: 'an empty retention mapping',
      code: `${head}purposes:\n  - id: support\n    retention: {}\n`,
      errors: [
        { messageId: 'noPeriodOrCriteria', path: '/purposes/0/retention', line: 5, column: 5 },
      ],
    },
    {
      name: 'criteria that are only blanks',
      code: `${head}purposes:\n  - id: support\n    retention:\n      criteria: "   "\n`,
      errors: [
        { messageId: 'noPeriodOrCriteria', path: '/purposes/0/retention', line: 5, column: 5 },
      ],
    },
    {
      name: 'a period of more than 100 years (a typo, or "forever" written as a number)',
      code: `${head}purposes:\n  - id: archive\n    retention: {duration: P150Y, from: the last order}\n  - id: bomb\n    retention: {duration: P${'9'.repeat(400)}Y}\n`,
      errors: [
        {
          messageId: 'periodBeyondLifetime',
          path: '/purposes/0/retention/duration',
          line: 5,
          column: 17,
        },
        {
          messageId: 'periodBeyondLifetime',
          path: '/purposes/1/retention/duration',
          line: 7,
          column: 17,
        },
      ],
    },
    {
      name: 'data from a third party (Art. 14), flow mapping purpose (Denmark)',
      code: `${head}language: da\ndataCategories:\n  - {id: leads, source: {thirdParty: Adressebureau}}\npurposes:\n  - {id: marketing, dataCategories: [leads]}\n`,
      errors: [
        { messageId: 'missingRetention', path: '/purposes/0/retention', line: 7, column: 5 },
      ],
    },
  ],
});

describe('retention-stated cites the right article', () => {
  const options = {
    rules: [rule],
    config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false },
    today: TEST_TODAY,
  };
  const messageFor = (categories: string) =>
    lintText(
      `${head}dataCategories:\n${categories}purposes:\n  - {id: p, dataCategories: [a, b]}\n`,
      options,
    ).messages[0]?.message;

  it('Art. 13 for data collected from the person', () => {
    expect(messageFor('  - {id: a, source: data-subject}\n  - {id: b}\n')).toContain(
      'Purpose "p" does not say how long its data are kept. Under Art. 13(2)(a) the notice must',
    );
  });
  it('Art. 14 for data obtained elsewhere', () => {
    expect(
      messageFor('  - {id: a, source: public}\n  - {id: b, source: {thirdParty: Bisnode}}\n'),
    ).toContain('Under Art. 14(2)(a) the notice must');
  });
  it('both when the purpose mixes them', () => {
    expect(
      messageFor('  - {id: a, source: data-subject}\n  - {id: b, source: public}\n'),
    ).toContain('Under Art. 13(2)(a) and 14(2)(a) the notice must');
  });
  it('says that `from` alone is not a period', () => {
    const message = lintText(
      `${head}purposes:\n  - id: p\n    retention: {from: the last order}\n`,
      options,
    ).messages[0]?.message;
    expect(message).toContain('retention.from says when the period starts, not how long it runs');
  });
});
