import { runRuleTests } from '../test-support/rule-tester.js';
import rule from './data-source-stated.js';

const head =
  'privacyspec: "1.0"\ncontroller:\n  name: Exempel AB\n  email: dataskydd@exempel.se\npurposes: []\n';

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
      name: 'no data categories at all',
      code: `${head}dataCategories: []\n`,
    },
    {
      name: 'a category without source is read as collected from the person (Art. 13): recommended is silent (seed 002 "Kontoinformation")',
      code: `${head}dataCategories:
  - id: contact
    source: data-subject
  - id: account-information
    name: Kontoinformation
`,
    },
    {
      name: 'a generic or blank third party marked public says the source is publicly accessible',
      code: `${head}dataCategories:
  - id: listings
    source: {thirdParty: third parties, public: true}
  - id: registry
    source: {thirdParty: "  ", public: true}
`,
    },
    {
      name: 'strict is silent when every category states its source',
      strict: true,
      code: `${head}dataCategories:
  - id: contact
    source: data-subject
  - id: press-coverage
    source: public
  - id: credit
    source: {thirdParty: UC AB, public: false}
`,
    },
  ],
  invalid: [
    {
      name: 'strict asks a category without source to state it (seed 002 "Kontoinformation")',
      code: `${head}dataCategories:
  - id: contact
    source: data-subject
  - id: account-information
    name: Kontoinformation
`,
      strict: true,
      errors: [
        { messageId: 'sourceNotStated', path: '/dataCategories/1/source', line: 9, column: 5 },
      ],
    },
    {
      name: 'a third party that is only called "third party"',
      code: `${head}language: en
dataCategories:
  - id: lifestyle-segments
    name: Lifestyle segments
    source: {thirdParty: Third parties, public: false}
`,
      errors: [
        {
          messageId: 'genericSource',
          path: '/dataCategories/0/source/thirdParty',
          line: 10,
          column: 14,
        },
      ],
    },
    {
      name: 'German "Dritte" beside English "third parties": the English (V) phrase keeps it an error',
      code: `${head}dataCategories:
  - id: bonitaet
    source: {thirdParty: {de: Dritte, en: third parties}}
`,
      errors: [
        {
          messageId: 'genericSource',
          path: '/dataCategories/0/source/thirdParty',
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'Swedish "andra källor", in every language version',
      code: `${head}dataCategories:
  - id: enrichment
    source:
      thirdParty: {sv: Andra källor, en: other sources}
`,
      errors: [
        {
          messageId: 'genericSource',
          path: '/dataCategories/0/source/thirdParty',
          line: 9,
          column: 7,
        },
      ],
    },
    {
      name: 'a blank third party',
      code: `${head}dataCategories:
  - id: credit-score
    source: {thirdParty: "  "}
`,
      errors: [
        {
          messageId: 'blankSource',
          path: '/dataCategories/0/source/thirdParty',
          line: 8,
          column: 14,
        },
      ],
    },
    {
      name: 'German "Dritte" (an S phrase list: a warning) among good ones; a category without source is not reported',
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
        {
          messageId: 'genericSource',
          path: '/dataCategories/1/source/thirdParty',
          line: 12,
          column: 14,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'under strict the German phrase is an error, and the category without source is reported',
      strict: true,
      code: `${head}language: de
dataCategories:
  - id: credit-score
    source: {thirdParty: Dritte, public: false}
  - id: newsletter-interests
`,
      errors: [
        {
          messageId: 'genericSource',
          path: '/dataCategories/0/source/thirdParty',
          line: 9,
          column: 14,
        },
        { messageId: 'sourceNotStated', path: '/dataCategories/1/source', line: 10, column: 5 },
      ],
    },
  ],
});
