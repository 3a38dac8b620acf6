import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './controller-identified.js';

runRuleTests(rule, {
  valid: [
    'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  email: dataskydd@exempel.se\npurposes: []\n',
    'privacyspec: "1.0"\ncontroller:\n  name: {sv: Exempel AB, en: Example Ltd}\n  address: Storgatan 1, 111 22 Stockholm\npurposes: []\n',
    'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  phone: "+46 8 123 45 67"\npurposes: []\n',
  ],
  invalid: [
    {
      name: 'no name, no contact (seed 003: the policy never says who the controller is)',
      code: 'privacyspec: "1.0"\ncontroller: {}\npurposes: []\n',
      errors: [
        { messageId: 'missingName', path: '/controller/name', line: 2, column: 1 },
        { messageId: 'missingContact', path: '/controller', line: 2, column: 1 },
      ],
    },
    {
      name: 'a website is not a contact detail',
      code: 'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  url: https://exempel.se\npurposes: []\n',
      errors: [{ messageId: 'missingContact', path: '/controller', line: 2, column: 1 }],
    },
    {
      name: 'name without contact',
      code: 'privacyspec: "1.0"\npurposes: []\ncontroller:\n  name: Exempel AB\n',
      errors: [{ messageId: 'missingContact', path: '/controller', line: 3, column: 1 }],
    },
  ],
});

describe('controller-identified messages', () => {
  const messages = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('cites Art. 13(1)(a) for data collected from the person', () => {
    expect(
      messages(
        'privacyspec: "1.0"\ncontroller: {name: Exempel AB}\ndataCategories: [{id: contact, source: data-subject}]\npurposes: []\n',
      ),
    ).toEqual([
      'The notice gives no way to contact the controller. Under Art. 13(1)(a) the notice must give its contact details: add controller.email, controller.phone or controller.address.',
    ]);
  });

  it('cites Art. 14(1)(a) when no data come from the person, and both when some do', () => {
    const fromOthers =
      'dataCategories: [{id: leads, source: {thirdParty: Example Lead Brokers Ltd}}]\n';
    expect(
      messages(
        `privacyspec: "1.0"\ncontroller: {email: privacy@example.ie}\n${fromOthers}purposes: []\n`,
      ),
    ).toEqual([
      'The notice does not name the controller. Under Art. 14(1)(a) the notice must give its identity: add controller.name with the legal name of the company or authority.',
    ]);
    const mixed =
      'dataCategories: [{id: leads, source: public}, {id: contact, source: data-subject}]\n';
    expect(
      messages(
        `privacyspec: "1.0"\ncontroller: {email: privacy@example.ie}\n${mixed}purposes: []\n`,
      )[0],
    ).toContain('Under Art. 13(1)(a) and 14(1)(a) the notice must');
  });
});
