import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './cookie-consent.js';

const head =
  'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes:\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'analytics and advertising on consent',
      code: `${head}  - {id: statistics, legalBasis: consent, deviceAccess: analytics}\n  - {id: ads, legalBasis: consent, deviceAccess: [advertising, other]}\n`,
    },
    {
      name: 'strictly necessary storage on contract or legitimate interests (the shopping cart, a load balancer)',
      code: `${head}  - {id: cart, legalBasis: contract, deviceAccess: strictly-necessary}\n  - {id: security, legalBasis: legitimate-interests, legitimateInterest: Skydda inloggningen, deviceAccess: [strictly-necessary]}\n`,
    },
    {
      name: 'a purpose that does not touch the device, on any basis',
      code: `${head}  - {id: order, legalBasis: contract}\n`,
    },
    {
      name: 'preferences on legitimate interests: exempt if the user chose them, so only strict asks',
      code: `${head}  - {id: language, legalBasis: legitimate-interests, legitimateInterest: Visa sidan på ditt språk, deviceAccess: preferences}\n`,
    },
  ],
  invalid: [
    {
      name: 'advertising with no legal basis: nothing shows the consent Art. 5(3) asks (beside legal-basis-per-purpose)',
      code: `${head}  - {id: tracking, deviceAccess: advertising}\n`,
      errors: [
        { messageId: 'trackingWithoutConsent', path: '/purposes/0/legalBasis', line: 4, column: 5 },
      ],
    },
    {
      name: 'analytics with no legal basis: a warning, as on another basis',
      code: `${head}  - id: statistics\n    deviceAccess: [analytics]\n`,
      errors: [
        {
          messageId: 'analyticsWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'advertising cookies on legitimate interests',
      code: `${head}  - id: retargeting\n    legalBasis: legitimate-interests\n    legitimateInterest: Marknadsföring\n    deviceAccess: advertising\n`,
      errors: [
        { messageId: 'trackingWithoutConsent', path: '/purposes/0/legalBasis', line: 5, column: 5 },
      ],
    },
    {
      name: 'strictly necessary and other access on contract: the other access needs consent',
      code: `${head}  - {id: app, legalBasis: contract, deviceAccess: [strictly-necessary, other]}\n`,
      errors: [
        {
          messageId: 'trackingWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 15,
        },
      ],
    },
    {
      name: 'analytics on legitimate interests is a warning (national exemptions for audience measurement)',
      code: `${head}  - {id: statistics, legalBasis: legitimate-interests, legitimateInterest: Förbättra webbplatsen, deviceAccess: analytics}\n`,
      errors: [
        {
          messageId: 'analyticsWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 22,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'analytics beside preferences on contract is still analytics',
      code: `${head}  - {id: account, legalBasis: contract, deviceAccess: [preferences, analytics]}\n`,
      errors: [
        {
          messageId: 'analyticsWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 19,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'strict: preferences on contract (exempt only if the user chose them)',
      code: `${head}  - {id: layout, legalBasis: contract, deviceAccess: preferences}\n`,
      strict: true,
      errors: [
        {
          messageId: 'preferencesWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 18,
        },
      ],
    },
    {
      name: 'strict: analytics on public task is an error',
      code: `${head}  - {id: statistics, legalBasis: public-task, legalObligation: Kommunallagen, deviceAccess: analytics}\n`,
      strict: true,
      errors: [
        {
          messageId: 'analyticsWithoutConsent',
          path: '/purposes/0/legalBasis',
          line: 4,
          column: 22,
        },
      ],
    },
  ],
});

describe('cookie-consent messages and presets', () => {
  it('names the kinds of access, the basis and Art. 5(3), and says what to change', () => {
    const [message] = lintWithRule(
      rule,
      `${head}  - {id: ads, legalBasis: legitimate-interests, legitimateInterest: Annonser, deviceAccess: [analytics, advertising]}\n`,
    ).messages;
    expect(message?.message).toContain(
      'Purpose "ads" stores or reads information on the user\'s device for analytics and advertising, but rests on legitimate-interests (Art. 6(1)(f))',
    );
    expect(message?.message).toContain('Art. 5(3) of the ePrivacy Directive');
    expect(message?.message).toContain('set legalBasis: consent');
  });

  it('explains the exemption for preferences the user chose', () => {
    const [message] = lintWithRule(
      rule,
      `${head}  - {id: layout, legalBasis: contract, deviceAccess: preferences}\n`,
      { strict: true },
    ).messages;
    expect(message?.message).toContain('Opinion 04/2012');
  });
});
