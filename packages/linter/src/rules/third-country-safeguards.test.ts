import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './third-country-safeguards.js';

const head =
  'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes: []\nrecipients:\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'recipients inside the EEA (EU, EFTA, the EL code, EEA) need no mechanism',
      code: `${head}  - {id: postnord, country: SE}\n  - {id: lager, country: [DE, NO, EL]}\n  - {id: hosting, country: EEA}\n`,
    },
    {
      name: 'a DPF-certified US recipient',
      code: `${head}  - id: mail-platform\n    country: US\n    transfer: {mechanism: dpf}\n`,
    },
    {
      name: 'standard contractual clauses with a copy (India)',
      code: `${head}  - id: support\n    country: IN\n    transfer:\n      mechanism: scc\n      copyAt: https://exempel.se/dataskydd/scc\n`,
    },
    {
      name: 'adequacy where decisions are in force (Japan, the UK code, Switzerland)',
      code: `${head}  - {id: tokyo, country: JP, transfer: {mechanism: adequacy}}\n  - {id: london, country: UK, transfer: {mechanism: adequacy}}\n  - {id: zurich, country: CH, transfer: {mechanism: adequacy}}\n`,
    },
    {
      name: 'several countries: adequacy for Japan, DPF for the US',
      code: `${head}  - id: cloud\n    country: [US, JP]\n    transfer: {mechanism: [adequacy, dpf]}\n`,
    },
    {
      name: 'several countries: adequacy for Japan, clauses for India',
      code: `${head}  - id: cloud\n    country: [IN, JP]\n    transfer: {mechanism: [adequacy, scc], copyAt: "https://exempel.se/dataskydd#overforing"}\n`,
    },
    {
      name: 'an Art. 49(1)(a) derogation needs no copy (China)',
      code: `${head}  - id: travel-agent\n    country: CN\n    transfer: {mechanism: explicit-consent}\n`,
    },
    {
      name: 'no country stated: nothing to judge here',
      code: `${head}  - {id: analytics, name: Google Analytics}\n`,
    },
    {
      name: 'a territory the reference does not classify (Réunion, §5.1 unverified): no transfer finding either way',
      code: `${head}  - {id: depot, country: RE}\n  - {id: ferry, country: [AX, SE]}\n`,
    },
    {
      name: 'an international organisation with an adequacy decision (the EPO, ADQ-EPO)',
      code: `${head}  - {id: patent-office, name: European Patent Office, role: controller, country: intl:EPO, transfer: {mechanism: adequacy}}\n`,
    },
    {
      name: 'a copy to be had by e-mail or a mailto: URI',
      code: `${head}  - id: support\n    country: IN\n    transfer: {mechanism: scc, copyAt: dataskydd@exempel.se}\n  - id: backup\n    country: [IN, US]\n    transfer: {mechanism: [bcr, dpf], copyAt: "mailto:dataskydd@exempel.se?subject=BCR"}\n`,
    },
    {
      name: 'no recipients at all',
      code: 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes: []\n',
    },
    {
      name: 'recommended is silent: stored "in EU/EEA countries and in approved countries": adequacy claimed for countries not named',
      code: `${head}  - id: hosting\n    description: Hemsidan lagrar endast information i EU/EES-länder och i godkända länder\n    country: [EEA, non-EEA]\n    transfer: {mechanism: adequacy}\n`,
    },
    {
      name: 'recommended is silent: adequacy claimed for the US, whose recipient may be DPF-certified',
      code: `${head}  - id: crm\n    country: US\n    transfer: {mechanism: adequacy}\n`,
    },
    {
      name: 'partial adequacy: a Canadian processor and a Japanese controller are in scope; a role the declaration does not state is given the benefit of the doubt',
      code: `${head}  - {id: montreal, role: processor, country: CA, transfer: {mechanism: adequacy}}\n  - {id: osaka, role: controller, country: JP, transfer: {mechanism: adequacy}}\n  - {id: toronto, country: CA, transfer: {mechanism: adequacy}}\n`,
    },
    {
      name: 'partial adequacy: a Canadian public body on a safeguard between public authorities',
      code: `${head}  - id: statcan\n    role: public-authority\n    country: CA\n    transfer: {mechanism: public-authority-instrument, copyAt: https://exempel.se/avtal}\n`,
    },
    {
      name: 'partial adequacy: a public authority in New Zealand, whose decision covers the whole country',
      code: `${head}  - {id: wellington, role: public-authority, country: NZ, transfer: {mechanism: adequacy}}\n`,
    },
    {
      name: 'partial adequacy: strict is silent when the role is stated, and a DPF certification says the US recipient is in scope',
      strict: true,
      code: `${head}  - {id: montreal, role: processor, country: CA, transfer: {mechanism: adequacy}}\n  - {id: crm, country: US, transfer: {mechanism: [adequacy, dpf]}}\n`,
    },
    {
      name: 'recommended is silent: an unspecified derogation (Art. 13(1)(f) asks for no more)',
      code: `${head}  - id: partner\n    country: AU\n    transfer: {mechanism: derogation}\n`,
    },
  ],
  invalid: [
    {
      name: 'an international organisation is a transfer: no mechanism stated (Art. 13(1)(f), 44)',
      code: `${head}  - {id: un-agency, name: World Health Organization, country: intl:WHO}\n`,
      errors: [{ messageId: 'noMechanism', path: '/recipients/0/transfer', line: 5, column: 5 }],
    },
    {
      name: 'an international organisation without an adequacy decision cannot claim one',
      code: `${head}  - {id: un-agency, country: intl:WHO, transfer: {mechanism: adequacy}}\n`,
      errors: [
        {
          messageId: 'noAdequacyDecision',
          path: '/recipients/0/transfer/mechanism',
          line: 5,
          column: 51,
        },
      ],
    },
    {
      name: 'partial adequacy: a Canadian public body is not a commercial organisation under PIPEDA',
      code: `${head}  - id: health-canada\n    role: public-authority\n    country: CA\n    transfer: {mechanism: adequacy}\n`,
      errors: [
        {
          messageId: 'adequacyOutOfScope',
          path: '/recipients/0/transfer/mechanism',
          line: 8,
          column: 16,
        },
      ],
    },
    {
      name: 'partial adequacy: a Japanese ministry beside clauses, and a US agency claiming DPF',
      code: `${head}  - id: ministry\n    role: public-authority\n    country: JP\n    transfer: {mechanism: [adequacy, scc], copyAt: https://exempel.se/scc}\n  - id: agency\n    role: public-authority\n    country: US\n    transfer: {mechanism: dpf}\n`,
      errors: [
        {
          messageId: 'adequacyOutOfScope',
          path: '/recipients/0/transfer/mechanism/0',
          line: 8,
          column: 28,
        },
        {
          messageId: 'adequacyOutOfScope',
          path: '/recipients/1/transfer/mechanism',
          line: 12,
          column: 16,
        },
      ],
    },
    {
      name: 'partial adequacy: strict asks the role of a recipient relying on the Canadian or Japanese decision',
      strict: true,
      code: `${head}  - {id: toronto, country: CA, transfer: {mechanism: adequacy}}\n  - {id: kyoto, country: [JP, NZ], transfer: {mechanism: adequacy}}\n`,
      errors: [
        {
          messageId: 'adequacyScopeUnstated',
          path: '/recipients/0/transfer/mechanism',
          line: 5,
          column: 43,
        },
        {
          messageId: 'adequacyScopeUnstated',
          path: '/recipients/1/transfer/mechanism',
          line: 6,
          column: 47,
        },
      ],
    },
    {
      name: 'data processed outside the EEA with no country and no mechanism (seed defect)',
      code: `${head}  - id: service-providers\n    name: Andra företag som behandlar data på våra vägnar\n    role: processor\n    country: non-EEA\n`,
      errors: [{ messageId: 'noMechanism', path: '/recipients/0/transfer', line: 5, column: 5 }],
    },
    {
      name: 'adequacy with no country named, Privacy Shield, and no copy of the safeguards (seed defect)',
      code: `${head}  - id: third-country-recipients\n    country: non-EEA\n    transfer:\n      mechanism:\n        - adequacy\n        - code-of-conduct\n        - scc\n        - bcr\n        - privacy-shield\n`,
      errors: [
        {
          messageId: 'missingCopyReference',
          path: '/recipients/0/transfer/copyAt',
          line: 7,
          column: 5,
        },
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism/4',
          line: 13,
          column: 11,
        },
      ],
    },
    {
      name: 'strict: adequacy with no country named, Privacy Shield, and no copy of the safeguards (seed defect)',
      code: `${head}  - id: third-country-recipients\n    country: non-EEA\n    transfer:\n      mechanism:\n        - adequacy\n        - code-of-conduct\n        - scc\n        - bcr\n        - privacy-shield\n`,
      strict: true,
      errors: [
        {
          messageId: 'missingCopyReference',
          path: '/recipients/0/transfer/copyAt',
          line: 7,
          column: 5,
        },
        {
          messageId: 'adequacyCountryNotNamed',
          path: '/recipients/0/transfer/mechanism/0',
          line: 9,
          column: 11,
        },
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism/4',
          line: 13,
          column: 11,
        },
      ],
    },
    {
      name: 'strict: stored "in EU/EEA countries and in approved countries": adequacy claimed for countries not named',
      code: `${head}  - id: hosting\n    description: Hemsidan lagrar endast information i EU/EES-länder och i godkända länder\n    country: [EEA, non-EEA]\n    transfer: {mechanism: adequacy}\n`,
      strict: true,
      errors: [
        {
          messageId: 'adequacyCountryNotNamed',
          path: '/recipients/0/transfer/mechanism',
          line: 8,
          column: 16,
        },
      ],
    },
    {
      name: 'strict: adequacy claimed for the US: only through DPF',
      code: `${head}  - id: crm\n    country: US\n    transfer: {mechanism: adequacy}\n`,
      strict: true,
      errors: [
        {
          messageId: 'adequacyNeedsCertification',
          path: '/recipients/0/transfer/mechanism',
          line: 7,
          column: 16,
        },
      ],
    },
    {
      name: 'adequacy claimed for a country without a decision, even beside clauses',
      code: `${head}  - id: support\n    country: IN\n    transfer: {mechanism: [adequacy, scc], copyAt: https://exempel.se/scc}\n`,
      errors: [
        {
          messageId: 'noAdequacyDecision',
          path: '/recipients/0/transfer/mechanism/0',
          line: 7,
          column: 28,
        },
      ],
    },
    {
      name: 'an EEA country and the US: the US part is a transfer',
      code: `${head}  - id: cloud\n    country: [SE, US]\n`,
      errors: [{ messageId: 'noMechanism', path: '/recipients/0/transfer', line: 5, column: 5 }],
    },
    {
      name: 'a transfer entry without a mechanism',
      code: `${head}  - id: cloud\n    country: AU\n    transfer:\n      description: Data hosted in Sydney\n`,
      errors: [
        { messageId: 'noMechanism', path: '/recipients/0/transfer/mechanism', line: 7, column: 5 },
      ],
    },
    {
      name: 'DPF for a country other than the US',
      code: `${head}  - id: payroll\n    country: CA\n    transfer: {mechanism: dpf}\n`,
      errors: [
        {
          messageId: 'mechanismWrongCountry',
          path: '/recipients/0/transfer/mechanism',
          line: 7,
          column: 16,
        },
      ],
    },
    {
      name: 'DPF covers the US but not India',
      code: `${head}  - id: helpdesk\n    country: [US, IN]\n    transfer: {mechanism: [dpf]}\n`,
      errors: [
        {
          messageId: 'mechanismWrongCountry',
          path: '/recipients/0/transfer/mechanism/0',
          line: 7,
          column: 28,
        },
      ],
    },
    {
      name: 'Safe Harbor beside DPF is still reported',
      code: `${head}  - id: analytics\n    country: US\n    transfer:\n      mechanism: [safe-harbor, dpf]\n`,
      errors: [
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism/0',
          line: 8,
          column: 19,
        },
      ],
    },
    {
      name: 'Privacy Shield with no country stated is still reported',
      code: `${head}  - id: crm\n    transfer: {mechanism: privacy-shield}\n`,
      errors: [
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism',
          line: 6,
          column: 16,
        },
      ],
    },
    {
      name: 'Safe Harbor for a recipient in the EEA only is still reported',
      code: `${head}  - {id: hosting, country: [SE, EEA], transfer: {mechanism: [scc, safe-harbor]}}\n`,
      errors: [
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism/1',
          line: 5,
          column: 67,
        },
      ],
    },
    {
      name: 'Privacy Shield for a territory the reference does not classify is still reported',
      code: `${head}  - {id: depot, country: RE, transfer: {mechanism: privacy-shield}}\n`,
      errors: [
        {
          messageId: 'invalidMechanism',
          path: '/recipients/0/transfer/mechanism',
          line: 5,
          column: 41,
        },
      ],
    },
    {
      name: 'binding corporate rules without a copy (Brazil, group company)',
      code: `${head}  - id: group-it\n    country: BR\n    transfer:\n      mechanism: bcr\n      description: Binding corporate rules of the group\n`,
      errors: [
        {
          messageId: 'missingCopyReference',
          path: '/recipients/0/transfer/copyAt',
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'strict: an unspecified derogation',
      code: `${head}  - id: partner\n    country: AU\n    transfer: {mechanism: derogation}\n`,
      strict: true,
      errors: [
        {
          messageId: 'unspecifiedDerogation',
          path: '/recipients/0/transfer/mechanism',
          line: 7,
          column: 16,
        },
      ],
    },
  ],
});

describe('third-country-safeguards judges on the date and cites the right article', () => {
  const lint = (code: string, today = TEST_TODAY, strict = false) =>
    lintWithRule(rule, code, { today, strict }).messages;

  it('UK adequacy ends after its last valid day', () => {
    const code = `${head}  - {id: london, country: GB, transfer: {mechanism: adequacy}}\n`;
    expect(lint(code, '2031-12-27')).toEqual([]);
    expect(lint(code, '2031-12-28').map((m) => m.messageId)).toEqual(['noAdequacyDecision']);
  });

  it('Brazil has adequacy only from its adoption', () => {
    const code = `${head}  - {id: sao-paulo, country: BR, transfer: {mechanism: adequacy}}\n`;
    expect(lint(code, '2026-01-25').map((m) => m.message)).toEqual([
      expect.stringContaining('no adequacy decision in force for BR on 2026-01-25'),
    ]);
    expect(lint(code, '2026-01-26')).toEqual([]);
  });

  it('names the judgment and the date an invalid mechanism ended, and suggests dpf for the US', () => {
    const [message] = lint(
      `${head}  - {id: crm, country: US, transfer: {mechanism: privacy-shield}}\n`,
    );
    expect(message?.message).toContain(
      '"privacy-shield" (Implementing Decision (EU) 2016/1250), which has been invalid since 2020-07-16 (CJEU C-311/18, Schrems II)',
    );
    expect(message?.message).toContain('"dpf" if "crm" is certified under (EU) 2023/1795');
  });

  it('does not suggest dpf when the notice already names it', () => {
    const [message] = lint(
      `${head}  - {id: crm, country: US, transfer: {mechanism: [safe-harbor, dpf]}}\n`,
    );
    expect(message?.message).toContain(
      'invalid since 2015-10-06 (CJEU C-362/14, Schrems (Schrems I))',
    );
    expect(message?.message).toContain(
      'name the mechanism relied on today (the notice already names "dpf").',
    );
  });

  it('an invalid mechanism for a recipient with no country outside the EEA: remove it', () => {
    const [message] = lint(`${head}  - {id: crm, transfer: {mechanism: privacy-shield}}\n`);
    expect(message?.message).toContain(
      'name the mechanism relied on today, if any (a recipient that receives the data only inside the EEA needs none).',
    );
  });

  it('under strict, says the US decision covers only certified organisations', () => {
    const [message] = lint(
      `${head}  - {id: crm, country: US, transfer: {mechanism: adequacy}}\n`,
      TEST_TODAY,
      true,
    );
    expect(message?.message).toContain(
      'covers only organisations certified under the EU-US Data Privacy Framework. Write mechanism "dpf"',
    );
  });

  it('cites Art. 14(1)(f) when the data disclosed were not collected from the person', () => {
    const code =
      'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\n' +
      'dataCategories:\n  - {id: credit, source: {thirdParty: UC AB}}\n' +
      'purposes:\n  - {id: scoring, dataCategories: [credit], recipients: [analyst]}\n' +
      'recipients:\n  - {id: analyst, country: IN}\n';
    expect(lint(code)[0]?.message).toContain('Under Art. 14(1)(f) the notice must');
  });
});

describe('third-country-safeguards: international organisations', () => {
  it('names the organisation in words, not as its intl: code', () => {
    const [message] = lintWithRule(
      rule,
      `${head}  - {id: un-agency, country: intl:WHO}\n`,
    ).messages;
    expect(message?.message).toContain('outside the EEA (the international organisation WHO)');
  });
});

describe('third-country-safeguards: partial adequacy scope', () => {
  it('names the decision and its scope for a public body out of it', () => {
    const [finding] = lintWithRule(
      rule,
      `${head}  - {id: health-canada, role: public-authority, country: CA, transfer: {mechanism: adequacy}}\n`,
    ).messages;
    expect(finding?.message).toContain(
      'the adequacy decision for CA (2002/2/EC) covers commercial organisations under PIPEDA only, which a public authority is not',
    );
    expect(finding?.severity).toBe('error');
  });
});
