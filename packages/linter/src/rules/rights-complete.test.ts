import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './rights-complete.js';

const head = (name: string, email: string) =>
  `privacyspec: "1.0"\ncontroller:\n  name: ${name}\n  email: ${email}\n`;

runRuleTests(rule, {
  valid: [
    {
      name: 'contract and consent with every right they give',
      code: `${head('Exempel AB', 'dataskydd@exempel.se')}purposes:
  - id: order
    legalBasis: contract
  - id: newsletter
    legalBasis: consent
rights: [access, rectification, erasure, restriction, portability, withdraw-consent, complaint]
`,
    },
    {
      name: 'legitimate interests: object, and every always-right',
      code: `${head('{de: Beispiel GmbH, en: Example GmbH}', 'datenschutz@beispiel.de')}language: de
purposes:
  - id: video-surveillance
    name: {de: Videoüberwachung, en: CCTV}
    legalBasis: legitimate-interests
    legitimateInterest: Schutz vor Diebstahl und Vandalismus
rights: [access, rectification, erasure, restriction, object, complaint]
`,
    },
    {
      name: 'no portability for a contract purpose that only uses data from others (Art. 20(1): data the person provided)',
      code: `${head('Eksempel ApS', 'privatliv@eksempel.dk')}language: da
dataCategories:
  - id: credit-report
    name: Kreditoplysninger
    source: {thirdParty: Experian A/S, public: false}
  - id: cpr-lookup
    name: Adresse fra CPR
    source: {thirdParty: CPR-registret, public: true}
purposes:
  - id: credit-assessment
    legalBasis: contract
    dataCategories: [credit-report, cpr-lookup]
rights: [access, rectification, erasure, restriction, complaint]
`,
    },
    {
      name: 'a purpose with no legal basis yet needs only the always-rights (legal-basis-per-purpose reports the basis)',
      code: `${head('Exempel AB', 'info@exempel.se')}purposes:
  - id: analytics
rights: [access, rectification, erasure, restriction, complaint]
`,
    },
    {
      name: 'an automated decision with the Art. 22 right listed',
      code: `${head('Crédit Exemple SA', 'dpo@credit-exemple.fr')}language: fr
purposes:
  - id: scoring
    legalBasis: contract
    automatedDecision:
      decision: Octroi ou refus du crédit
      logic: Score calculé à partir des revenus et des incidents de paiement
      significance: Un refus signifie que le crédit n'est pas accordé
rights: [access, rectification, erasure, restriction, portability, automated-decision, complaint]
`,
    },
    {
      name: 'recommended is silent: a public authority on public task and legal obligation leaving out erasure, which Art. 17(3)(b) excludes for all its purposes',
      code: `${head('Oslo kommune', 'personvern@oslo.kommune.no')}language: nb
purposes:
  - id: building-permits
    name: Byggesaksbehandling
    legalBasis: public-task
    legalObligation: Plan- og bygningsloven
  - id: archiving
    name: Arkivering
    legalBasis: legal-obligation
    legalObligation: Arkivlova
rights: [access, rectification, restriction, object, complaint]
`,
    },
  ],
  invalid: [
    {
      name: 'restriction and portability missing although contract and consent are relied on (seed 002)',
      code: `${head('Exempel AB', 'support@exempel.se')}purposes:
  - id: order
    legalBasis: contract
  - id: bookkeeping
    legalBasis: legal-obligation
    legalObligation: Bokföringslagen (1999:1078)
  - id: newsletter
    legalBasis: consent
rights: [access, rectification, erasure, object, withdraw-consent, complaint]
`,
      errors: [
        { messageId: 'missingRight', path: '/rights', line: 13, column: 1 },
        { messageId: 'missingBasisRight', path: '/rights', line: 13, column: 1 },
      ],
    },
    {
      name: 'restriction, portability, the Art. 22 right and complaint missing (seed 000)',
      code: `${head('Exempel Handel AB', 'order@exempel.se')}purposes:
  - id: credit-purchase
    legalBasis: contract
    automatedDecision:
      decision: Beviljande eller nekande av kreditlimit
  - id: direct-marketing
    legalBasis: legitimate-interests
    legitimateInterest: Erbjudanden till befintliga kunder
  - id: advertising-cookies
    legalBasis: consent
rights:
  - access
  - rectification
  - erasure
  - object
  - withdraw-consent
`,
      errors: [
        { messageId: 'missingRight', path: '/rights', line: 15, column: 1 },
        { messageId: 'missingBasisRight', path: '/rights', line: 15, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 15, column: 1 },
      ],
    },
    {
      name: 'strict: restriction, portability, the Art. 22 right and complaint missing (seed 000)',
      code: `${head('Exempel Handel AB', 'order@exempel.se')}purposes:
  - id: credit-purchase
    legalBasis: contract
    automatedDecision:
      decision: Beviljande eller nekande av kreditlimit
  - id: direct-marketing
    legalBasis: legitimate-interests
    legitimateInterest: Erbjudanden till befintliga kunder
  - id: advertising-cookies
    legalBasis: consent
rights:
  - access
  - rectification
  - erasure
  - object
  - withdraw-consent
`,
      strict: true,
      errors: [
        { messageId: 'missingRight', path: '/rights', line: 15, column: 1 },
        { messageId: 'missingBasisRight', path: '/rights', line: 15, column: 1 },
        { messageId: 'missingAutomatedDecisionRight', path: '/rights', line: 15, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 15, column: 1 },
      ],
    },
    {
      name: 'consent-based disclosure without the right to withdraw (seed 004)',
      code: `${head('Exempel Bygg AB', 'dataskydd@exempel.se')}purposes:
  - id: disclosure-with-consent
    legalBasis: consent
rights: [access, rectification, erasure, restriction, portability, complaint]
`,
      errors: [{ messageId: 'missingBasisRight', path: '/rights', line: 8, column: 1 }],
    },
    {
      name: 'no rights key at all: one finding per missing right, at the document',
      code: `${head('Example Ltd', 'privacy@example.ie')}purposes:
  - id: fraud-prevention
    legalBasis: legitimate-interests
    legitimateInterest: Detecting fraudulent orders
`,
      errors: [
        { messageId: 'missingRight', path: '/rights', line: 1, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 1, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 1, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 1, column: 1 },
        { messageId: 'missingBasisRight', path: '/rights', line: 1, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 1, column: 1 },
      ],
    },
    {
      name: 'an empty rights list',
      code: `${head('Exempel AB', 'dataskydd@exempel.se')}purposes: []\nrights: []\n`,
      errors: [
        { messageId: 'missingRight', path: '/rights', line: 6, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 6, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 6, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 6, column: 1 },
        { messageId: 'missingRight', path: '/rights', line: 6, column: 1 },
      ],
    },
    {
      name: 'explicit consent under Art. 9(2)(a) gives withdrawal even on another Art. 6 basis',
      code: `${head('Terveys Esimerkki Oy', 'tietosuoja@esimerkki.fi')}dataCategories:
  - id: health
    name: {fi: Terveystiedot, en: Health data}
    special: health
    source: data-subject
purposes:
  - id: care-app
    legalBasis: contract
    specialCategoryCondition: "9(2)(a)"
    dataCategories: [health]
rights: [access, rectification, erasure, restriction, portability, complaint]
`,
      errors: [{ messageId: 'missingBasisRight', path: '/rights', line: 15, column: 1 }],
    },
    {
      name: 'strict: a public authority on public task and legal obligation leaving out erasure (13(2)(b) names it)',
      code: `${head('Oslo kommune', 'personvern@oslo.kommune.no')}language: nb
purposes:
  - id: building-permits
    name: Byggesaksbehandling
    legalBasis: public-task
    legalObligation: Plan- og bygningsloven
  - id: archiving
    name: Arkivering
    legalBasis: legal-obligation
    legalObligation: Arkivlova
rights: [access, rectification, restriction, object, complaint]
`,
      strict: true,
      errors: [{ messageId: 'missingLimitedRight', path: '/rights', line: 15, column: 1 }],
    },
    {
      name: 'explicit consent given as the identifier explicit-consent also gives withdrawal',
      code: `${head('Terveys Esimerkki Oy', 'tietosuoja@esimerkki.fi')}dataCategories:
  - id: health
    special: health
    source: data-subject
purposes:
  - id: care-app
    legalBasis: contract
    specialCategoryCondition: explicit-consent
    dataCategories: [health]
rights: [access, rectification, erasure, restriction, portability, complaint]
`,
      errors: [{ messageId: 'missingBasisRight', path: '/rights', line: 14, column: 1 }],
    },
    {
      name: 'erasure is required as soon as one purpose is not a legal obligation or public task',
      code: `${head('Gemeente Voorbeeld', 'privacy@voorbeeld.nl')}language: nl
purposes:
  - id: taxes
    legalBasis: public-task
    legalObligation: Gemeentewet
  - id: event-newsletter
    legalBasis: consent
rights: [access, rectification, restriction, portability, object, withdraw-consent, complaint]
`,
      errors: [{ messageId: 'missingRight', path: '/rights', line: 12, column: 1 }],
    },
    {
      name: 'object missing for a public task (Art. 21(1))',
      code: `${head('Helsingin kaupunki', 'tietosuoja@hel.fi')}purposes:
  - id: school-admission
    legalBasis: public-task
    legalObligation: Perusopetuslaki
rights: [access, rectification, erasure, restriction, complaint]
`,
      errors: [{ messageId: 'missingBasisRight', path: '/rights', line: 9, column: 1 }],
    },
  ],
});

describe('rights-complete messages', () => {
  const lint = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('names the right, its article and the purposes that make it required', () => {
    const [message] = lint(`${head('Exempel AB', 'a@exempel.se')}purposes:
  - id: cctv
    legalBasis: legitimate-interests
    legitimateInterest: Förebygga stölder
rights: [access, rectification, erasure, restriction, complaint]
`);
    expect(message).toContain('"object" (Art. 21');
    expect(message).toContain('purpose "cctv" rests on legitimate-interests (Art. 6(1)(f))');
    expect(message).toContain('Art. 13(2)(b)');
  });

  it('names three purposes and counts the rest', () => {
    const purposes = ['a', 'b', 'c', 'd', 'e']
      .map((id) => `  - id: order-${id}\n    legalBasis: contract\n`)
      .join('');
    const [message] = lint(
      `${head('Exempel AB', 'a@exempel.se')}purposes:\n${purposes}rights: [access, rectification, erasure, restriction, complaint]\n`,
    );
    expect(message).toContain(
      'purposes "order-a", "order-b", "order-c" and 2 more rest on contract (Art. 6(1)(b))',
    );
  });

  it('cites Art. 14 when the data come from others only', () => {
    const [message] = lint(`${head('Example Ltd', 'privacy@example.ie')}dataCategories:
  - id: leads
    source: {thirdParty: Example Lead Brokers Ltd}
purposes:
  - id: prospecting
    legalBasis: legitimate-interests
    legitimateInterest: Finding new business customers
    dataCategories: [leads]
rights: [access, rectification, erasure, restriction, complaint]
`);
    expect(message).toContain('(Art. 14(2)(c))');
  });

  it('a purpose without a dataCategories list concerns every category: Art. 14 when all come from others', () => {
    const [message] = lint(`${head('Example Ltd', 'privacy@example.ie')}dataCategories:
  - id: leads
    source: {thirdParty: Example Lead Brokers Ltd}
purposes:
  - id: prospecting
    legalBasis: legitimate-interests
    legitimateInterest: Finding new business customers
rights: [access, rectification, erasure, restriction, complaint]
`);
    expect(message).toContain('(Art. 14(2)(c))');
  });

  it('names the identifier explicit-consent like the citation 9(2)(a)', () => {
    const [message] = lint(`${head('Exempel AB', 'a@exempel.se')}purposes:
  - id: health-survey
    legalBasis: legitimate-interests
    legitimateInterest: Förbättra tjänsten
    specialCategoryCondition: Explicit-Consent
rights: [access, rectification, erasure, restriction, portability, object, complaint]
`);
    expect(message).toContain('explicit-consent (Art. 9(2)(a))');
  });

  it('cites explicit consent when Art. 9(2)(a) makes withdrawal required', () => {
    const [message] = lint(`${head('Exempel AB', 'a@exempel.se')}purposes:
  - id: health-survey
    legalBasis: legitimate-interests
    legitimateInterest: Förbättra tjänsten
    specialCategoryCondition: "9(2)(a)"
rights: [access, rectification, erasure, restriction, portability, object, complaint]
`);
    expect(message).toContain('explicit-consent (Art. 9(2)(a))');
    expect(message).toContain('Art. 13(2)(c)');
  });
});
