import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './automated-decision-info.js';

const head =
  'privacyspec: "1.0"\ncontroller:\n  name: Exempel Finans AB\n  email: dataskydd@exempel.se\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'decision, logic and significance',
      code: `${head}purposes:
  - id: credit-check
    legalBasis: contract
    automatedDecision:
      decision: Om du får handla mot faktura
      logic: Ett poängsystem väger samman betalningsanmärkningar, inkomst och din betalningshistorik hos oss.
      significance: Vid avslag kan du inte handla mot faktura men kan betala med kort.
`,
    },
    {
      name: 'multilingual logic and significance',
      code: `${head}purposes:
  - id: dynamic-pricing
    legalBasis: contract
    automatedDecision:
      decision: {de: Preisfestlegung, en: Setting the price}
      logic: {de: Der Preis richtet sich nach Nachfrage und Buchungszeitpunkt., en: The price depends on demand and booking time.}
      significance: {de: Sie können einen höheren Preis zahlen als andere Kunden., en: You may pay more than other customers.}
`,
    },
    {
      name: 'purposes without automated decisions need nothing (false-positive trap)',
      code: `${head}purposes:
  - id: order
    legalBasis: contract
  - id: bookkeeping
    legalBasis: legal-obligation
    legalObligation: Bokföringslagen (1999:1078)
`,
    },
    {
      name: 'no purposes at all',
      code: `${head}purposes: []\n`,
    },
    {
      name: 'a decision on data from a credit bureau, fully explained',
      code: `${head}dataCategories:
  - id: credit-report
    source: {thirdParty: Experian Ltd, public: false}
purposes:
  - id: loan-decision
    legalBasis: contract
    dataCategories: [credit-report]
    automatedDecision:
      decision: Approving or declining a loan
      logic: A score built from your credit file (defaults, existing debt) decides; below a fixed threshold the loan is declined.
      significance: A declined application means no loan; you can ask a person to look at it again.
`,
    },
  ],
  invalid: [
    {
      name: 'credit limit decided automatically, no logic and no significance (seed 000)',
      code: `${head}purposes:
  - id: credit-purchase
    legalBasis: contract
    automatedDecision:
      decision: Beviljande eller nekande av kreditlimit
`,
      errors: [
        {
          messageId: 'missingLogic',
          path: '/purposes/0/automatedDecision/logic',
          line: 8,
          column: 5,
        },
        {
          messageId: 'missingSignificance',
          path: '/purposes/0/automatedDecision/significance',
          line: 8,
          column: 5,
        },
      ],
    },
    {
      name: 'logic given, significance missing',
      code: `${head}purposes:
  - id: order
    legalBasis: contract
  - id: fraud-screening
    legalBasis: legitimate-interests
    legitimateInterest: Stoppa bedrägliga beställningar
    automatedDecision:
      decision: Spärr av misstänkt bedräglig beställning
      logic: Beställningen jämförs med kända bedrägerimönster (leveransadress, enhet, belopp).
`,
      errors: [
        {
          messageId: 'missingSignificance',
          path: '/purposes/1/automatedDecision/significance',
          line: 11,
          column: 5,
        },
      ],
    },
    {
      name: 'significance given, logic blank',
      code: `${head}purposes:
  - id: insurance-pricing
    legalBasis: contract
    automatedDecision:
      decision: Premie för hemförsäkring
      logic: "  "
      significance: Premien kan bli högre än för andra kunder.
`,
      errors: [
        {
          messageId: 'missingLogic',
          path: '/purposes/0/automatedDecision/logic',
          line: 10,
          column: 7,
        },
      ],
    },
    {
      name: 'every language version of the logic is empty',
      code: `${head}purposes:
  - id: job-screening
    legalBasis: consent
    automatedDecision:
      decision: {nb: Utvelgelse av søkere, en: Screening of applicants}
      logic: {nb: " ", en: "\t"}
      significance: {nb: Søkere som ikke går videre får avslag., en: Applicants who are screened out are rejected.}
`,
      errors: [
        {
          messageId: 'missingLogic',
          path: '/purposes/0/automatedDecision/logic',
          line: 10,
          column: 7,
        },
      ],
    },
    {
      name: 'two purposes, each with a gap, reported at each',
      code: `${head}purposes:
  - id: credit-purchase
    legalBasis: contract
    automatedDecision:
      decision: Beviljande av kreditlimit
      significance: Avslag innebär att köpet inte kan göras på kredit.
  - id: personalisation
    legalBasis: contract
    automatedDecision:
      decision: Personliga erbjudanden
      logic: Erbjudandena väljs utifrån dina tidigare köp.
`,
      errors: [
        {
          messageId: 'missingLogic',
          path: '/purposes/0/automatedDecision/logic',
          line: 8,
          column: 5,
        },
        {
          messageId: 'missingSignificance',
          path: '/purposes/1/automatedDecision/significance',
          line: 13,
          column: 5,
        },
      ],
    },
  ],
});

describe('automated-decision-info messages', () => {
  const lint = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('cites Art. 13(2)(f) for data from the person and Art. 14(2)(g) for data from others only', () => {
    const categories = `dataCategories:
  - id: application
    source: data-subject
  - id: credit-report
    source: {thirdParty: Creditsafe i Sverige AB}
`;
    const purpose = (ids: string) => `purposes:
  - id: credit
    legalBasis: contract
    dataCategories: [${ids}]
    automatedDecision: {decision: Kreditbeslut, significance: Avslag innebär ingen kredit.}
`;
    expect(lint(`${head}${categories}${purpose('application')}`)[0]).toContain('(Art. 13(2)(f))');
    expect(lint(`${head}${categories}${purpose('credit-report')}`)[0]).toContain('(Art. 14(2)(g))');
    expect(lint(`${head}${categories}${purpose('application, credit-report')}`)[0]).toContain(
      '(Art. 13(2)(f) and 14(2)(g))',
    );
    expect(lint(`${head}${categories}${purpose('credit-report')}`)[0]).toContain(
      'Purpose "credit"',
    );
  });

  it('a purpose without a dataCategories list concerns every category', () => {
    const purpose = `purposes:
  - id: credit
    legalBasis: contract
    automatedDecision: {decision: Kreditbeslut, significance: Avslag innebär ingen kredit.}
`;
    const fromOthers =
      'dataCategories:\n  - id: credit-report\n    source: {thirdParty: Creditsafe i Sverige AB}\n';
    expect(lint(`${head}${fromOthers}${purpose}`)[0]).toContain('(Art. 14(2)(g))');
    const both = `${fromOthers}  - id: application\n    source: data-subject\n`;
    expect(lint(`${head}${both}${purpose}`)[0]).toContain('(Art. 13(2)(f) and 14(2)(g))');
  });
});
