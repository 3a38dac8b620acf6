import { runRuleTests } from '../test-support/rule-tester.js';
import rule from './data-source-stated.js';

const head = 'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  email: dataskydd@exempel.se\npurposes: []\n';

runRuleTests(rule, {
  valid: [
    {
      name: 'third-party sources named, as a company and as a kind of company with its register (seed 000)',
      code: `${head}dataCategories:
  - id: address-update
    name: Adressuppdatering
    source: {thirdParty: "Leverantör av adressuppgifter (uppgifter hos folkbokföringen)"}
  - id: credit-information
    name: Kreditupplysning
    source: {thirdParty: Kreditupplysningsbolag}
`,
    },
    {
      name: 'data collected from the person need no source (Art. 13)',
      code: `${head}dataCategories:
  - id: contact
    source: data-subject
  - id: order-history
    source: data-subject
`,
    },
    {
      name: 'publicly accessible sources, with and without a name',
      code: `${head}dataCategories:
  - id: company-officers
    name: {de: Geschäftsführer aus dem Handelsregister, en: Directors from the commercial register}
    source: {thirdParty: {de: Handelsregister, en: Commercial register}, public: true}
  - id: press-coverage
    source: public
`,
    },
    {
      name: 'a vague but real description of the kind of source is a source (WP260 specificity is not checked)',
      code: `${head}dataCategories:
  - id: register-updates
    source: {thirdParty: andra offentliga register, public: true}
  - id: leads
    source: {thirdParty: third-party marketing partners in the EU}
`,
    },
    {
      name: 'several sources in a list, the third party named',
      code: `${head}dataCategories:
  - id: credit-information
    source: [data-subject, {thirdParty: Creditsafe i Sverige AB, public: false}]
`,
    },
    {
      name: 'no data categories at all',
      code: `${head}dataCategories: []\n`,
    },
  ],
  invalid: [
    {
      name: 'a category that does not say where it comes from (seed 002 "Kontoinformation")',
      code: `${head}dataCategories:
  - id: contact
    source: data-subject
  - id: account-information
    name: Kontoinformation
`,
      errors: [{ messageId: 'sourceNotStated', path: '/dataCategories/1/source', line: 9, column: 5, severity: 'warning' }],
    },
    {
      name: 'a third party that is only called "third party"',
      code: `${head}language: en
dataCategories:
  - id: lifestyle-segments
    name: Lifestyle segments
    source: {thirdParty: Third parties, public: false}
`,
      errors: [{ messageId: 'genericSource', path: '/dataCategories/0/source/thirdParty', line: 10, column: 14 }],
    },
    {
      name: 'German "Dritte" beside English "third parties": the English (V) phrase keeps it an error',
      code: `${head}dataCategories:
  - id: bonitaet
    source: {thirdParty: {de: Dritte, en: third parties}}
`,
      errors: [{ messageId: 'genericSource', path: '/dataCategories/0/source/thirdParty', line: 8, column: 14 }],
    },
    {
      name: 'Swedish "andra källor", in every language version',
      code: `${head}dataCategories:
  - id: enrichment
    source:
      thirdParty: {sv: Andra källor, en: other sources}
`,
      errors: [{ messageId: 'genericSource', path: '/dataCategories/0/source/thirdParty', line: 9, column: 7 }],
    },
    {
      name: 'a blank third party',
      code: `${head}dataCategories:
  - id: credit-score
    source: {thirdParty: "  "}
`,
      errors: [{ messageId: 'blankSource', path: '/dataCategories/0/source/thirdParty', line: 8, column: 14 }],
    },
    {
      name: 'a generic third party in a list of sources is reported at its place in the list',
      code: `${head}language: en
dataCategories:
  - id: credit-information
    source:
      - data-subject
      - {thirdParty: third parties}
`,
      errors: [{ messageId: 'genericSource', path: '/dataCategories/0/source/1/thirdParty', line: 11, column: 10 }],
    },
    {
      name: 'German "Dritte" (an S phrase list: a warning) and a category without source, among good ones',
      code: `${head}language: de
dataCategories:
  - id: contact
    source: data-subject
  - id: credit-score
    name: Bonitätsdaten
    source: {thirdParty: Dritte}
  - id: schufa-score
    source: {thirdParty: SCHUFA Holding AG, public: false}
  - id: newsletter-interests
`,
      errors: [
        { messageId: 'genericSource', path: '/dataCategories/1/source/thirdParty', line: 12, column: 14, severity: 'warning' },
        { messageId: 'sourceNotStated', path: '/dataCategories/3/source', line: 15, column: 5, severity: 'warning' },
      ],
    },
  ],
});
