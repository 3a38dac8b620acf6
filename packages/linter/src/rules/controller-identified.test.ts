import { runRuleTests } from '../test-support/rule-tester.js';
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
