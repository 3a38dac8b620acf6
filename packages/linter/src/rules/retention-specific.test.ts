import { describe, expect, it } from 'vitest';
import { lintText } from '../engine.js';
import { runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './retention-specific.js';

const head = (language?: string) =>
  `privacyspec: "1.0"\n${language !== undefined ? `language: ${language}\n` : ''}controller: {name: Exempel AB, email: dataskydd@exempel.se}\n`;
const criteria = (language: string | undefined, text: string) =>
  `${head(language)}purposes:\n  - id: customer-account\n    retention:\n      criteria: ${JSON.stringify(text)}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a vague phrase capped by a period',
      code: criteria('sv', 'Så länge det behövs för att administrera ditt konto, dock högst 24 månader efter din senaste inloggning'),
    },
    {
      name: 'a vague phrase anchored in a named statute (English)',
      code: criteria('en', 'No longer than necessary to meet the record-keeping duties of the Companies Act 2006'),
    },
    {
      name: 'a vague phrase anchored in a named statute (Swedish compound)',
      code: criteria('sv', 'Inte längre än vad som är nödvändigt enligt bokföringslagen'),
    },
    {
      name: 'a numbered section (Germany)',
      code: criteria('de', 'So lange wie erforderlich, mindestens für die Fristen nach § 147 AO'),
    },
    {
      name: 'a named statute (Norway)',
      code: criteria('nb', 'Ikke lenger enn nødvendig etter bokføringsloven'),
    },
    {
      name: 'a duration beside the criteria states the period',
      code: `${head('en')}purposes:\n  - id: support\n    retention:\n      duration: P24M\n      from: the closing of the support case\n      criteria: As long as necessary to handle the case\n`,
    },
    {
      name: 'an end event is not a vague phrase ("as long as you are a customer")',
      code: criteria('sv', 'Så länge du är kund hos oss'),
    },
    {
      name: 'no criteria at all (retention-stated decides)',
      code: `${head('sv')}purposes:\n  - id: order\n    retention: {duration: P3Y, from: leveransen}\n  - id: cookies\n`,
    },
    {
      name: 'the phrase list follows the language of the version (Danish text, Swedish declaration)',
      code: `${head('sv')}purposes:\n  - id: p\n    retention:\n      criteria: {da: Så længe det er nødvendigt og højst 12 måneder}\n`,
    },
  ],
  invalid: [
    {
      name: '"as long as necessary" with "statutory obligations" that name no statute (seed defect)',
      code: criteria(
        'sv',
        'Informationen lagras så länge som är nödvändigt för att erbjuda tjänsterna och hantera kundrelationen, eller för att uppfylla lagstadgade skyldigheter, samt för att säkerställa täckning av eventuella juridiska anspråk.',
      ),
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 }],
    },
    {
      name: '"enligt lag" names no statute',
      code: criteria('sv', 'Vi sparar uppgifterna så länge det är nödvändigt enligt lag'),
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 }],
    },
    {
      name: 'only the vague language version is reported',
      code: `${head()}purposes:\n  - id: newsletter\n    retention:\n      criteria:\n        sv: Tills du avregistrerar dig, dock högst 24 månader\n        en: As long as needed\n`,
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria/en', line: 8, column: 9 }],
    },
    {
      name: 'a language without a phrase list: every list is tried',
      code: criteria('fi', 'Kept for as long as necessary'),
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 }],
    },
    {
      name: '"statutory periods" without the statute (Germany)',
      code: criteria('de', 'So lange wie erforderlich, im Übrigen gemäß den gesetzlichen Aufbewahrungsfristen'),
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 }],
    },
    {
      name: '"the Act" without its name',
      code: criteria('en', 'No longer than is necessary under the Act'),
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 }],
    },
    {
      name: 'a start without a period does not help, Art. 14 data (Norway)',
      code: `${head('nb')}dataCategories:\n  - {id: credit, source: {thirdParty: Kredittopplysningsbyrå}}\npurposes:\n  - id: credit-check\n    dataCategories: [credit]\n    retention:\n      from: kredittvurderingen\n      criteria: Ikke lenger enn det som er nødvendig\n`,
      errors: [{ messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 11, column: 7 }],
    },
    {
      name: '"lagrar" and "lagstadgad" are not "lag"; several purposes',
      code: `${head('sv')}purposes:\n  - id: a\n    retention: {criteria: Vi lagrar uppgifterna så länge det behövs}\n  - id: b\n    retention: {criteria: Under den tid som behövs och lagstadgad tid}\n`,
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 6, column: 17 },
        { messageId: 'vagueCriteria', path: '/purposes/1/retention/criteria', line: 8, column: 17 },
      ],
    },
  ],
});

describe('retention-specific messages', () => {
  const options = { rules: [rule], config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false }, today: TEST_TODAY };
  it('quotes the phrase and cites Art. 14 for data obtained elsewhere', () => {
    const code = `${head('en')}dataCategories:\n  - {id: leads, source: public}\npurposes:\n  - id: marketing\n    dataCategories: [leads]\n    retention: {criteria: As long as required}\n`;
    const [message] = lintText(code, options).messages;
    expect(message?.message).toContain('Purpose "marketing" keeps its data "as long as required"');
    expect(message?.message).toContain('Under Art. 14(2)(a) the notice must');
    expect(message?.severity).toBe('warning');
  });
});
