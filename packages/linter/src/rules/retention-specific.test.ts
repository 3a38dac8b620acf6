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
      code: criteria(
        'sv',
        'Så länge det behövs för att administrera ditt konto, dock högst 24 månader efter din senaste inloggning',
      ),
    },
    {
      name: 'a vague phrase anchored in a named statute (English)',
      code: criteria(
        'en',
        'No longer than necessary to meet the record-keeping duties of the Companies Act 2006',
      ),
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
    {
      name: 'a statute named with its period is no unnamed statute ("gesetzliche Aufbewahrungsfrist", ten years)',
      code: criteria('de', 'Gesetzliche Aufbewahrungsfrist von zehn Jahren nach § 257 HGB'),
    },
    {
      name: 'statutory retention after an end event the person knows (Danish)',
      code: criteria('da', 'Lovpligtig opbevaring indtil aftalen ophører'),
    },
  ],
  invalid: [
    {
      name: 'criteria that rest only on a statute they do not name (Dutch "wettelijke bewaartermijnen")',
      code: criteria('nl', 'Wij bewaren uw gegevens volgens de wettelijke bewaartermijnen'),
      errors: [
        { messageId: 'unnamedStatute', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: 'an unnamed statute in another language than the declaration (Czech text, English declaration)',
      code: criteria('en', 'Po dobu stanovenou právními předpisy'),
      errors: [
        { messageId: 'unnamedStatute', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: '"as long as necessary" with "statutory obligations" that name no statute (seed defect)',
      code: criteria(
        'sv',
        'Informationen lagras så länge som är nödvändigt för att erbjuda tjänsterna och hantera kundrelationen, eller för att uppfylla lagstadgade skyldigheter, samt för att säkerställa täckning av eventuella juridiska anspråk.',
      ),
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: '"enligt lag" names no statute',
      code: criteria('sv', 'Vi sparar uppgifterna så länge det är nödvändigt enligt lag'),
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: 'only the vague language version is reported',
      code: `${head()}purposes:\n  - id: newsletter\n    retention:\n      criteria:\n        sv: Tills du avregistrerar dig, dock högst 24 månader\n        en: As long as needed\n`,
      errors: [
        {
          messageId: 'vagueCriteria',
          path: '/purposes/0/retention/criteria/en',
          line: 8,
          column: 9,
        },
      ],
    },
    {
      name: 'a language without a phrase list: every list is tried',
      code: criteria('fi', 'Kept for as long as necessary'),
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: '"statutory periods" without the statute (Germany)',
      code: criteria(
        'de',
        'So lange wie erforderlich, im Übrigen gemäß den gesetzlichen Aufbewahrungsfristen',
      ),
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: '"the Act" without its name',
      code: criteria('en', 'No longer than is necessary under the Act'),
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 7, column: 7 },
      ],
    },
    {
      name: 'a start without a period does not help, Art. 14 data (Norway)',
      code: `${head('nb')}dataCategories:\n  - {id: credit, source: {thirdParty: Kredittopplysningsbyrå}}\npurposes:\n  - id: credit-check\n    dataCategories: [credit]\n    retention:\n      from: kredittvurderingen\n      criteria: Ikke lenger enn det som er nødvendig\n`,
      errors: [
        { messageId: 'vagueCriteria', path: '/purposes/0/retention/criteria', line: 11, column: 7 },
      ],
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

// One vague and one concrete criterion per EEA language, through the linter (the phrase lists'
// own table is in the schema package's retention-phrases.test.ts).
const perLanguage: ReadonlyArray<readonly [language: string, vague: string, concrete: string]> = [
  [
    'bg',
    'За срока, необходим за изпълнение на договора',
    'За срока, необходим за договора, но не повече от 5 години',
  ],
  ['cs', 'Po dobu nezbytně nutnou', 'Po dobu nezbytně nutnou, nejdéle 10 let'],
  ['da', 'Så længe det er strengt nødvendigt', 'Så længe det er nødvendigt og højst 12 måneder'],
  [
    'de',
    'Nur so lange, wie es unbedingt notwendig ist',
    'So lange wie erforderlich, höchstens 10 Jahre',
  ],
  [
    'el',
    'Για όσο χρονικό διάστημα είναι απαραίτητο',
    'Για όσο χρονικό διάστημα είναι απαραίτητο και έως 5 έτη',
  ],
  [
    'en',
    'As long as is strictly necessary',
    'As long as necessary and for 3 years after the contract ends',
  ],
  [
    'es',
    'Durante el tiempo estrictamente necesario',
    'Durante el tiempo necesario y 6 años conforme al Código de Comercio',
  ],
  [
    'et',
    'Nii kaua, kui see on vajalik',
    'Nii kaua, kui see on vajalik, kuid mitte kauem kui 3 aastat',
  ],
  ['fi', 'Niin kauan kuin on tarpeen', 'Niin kauan kuin on tarpeen, enintään 6 vuotta'],
  ['fr', 'Pour la durée strictement nécessaire', 'Pendant la durée nécessaire, soit 3 ans'],
  ['ga', 'Fad is gá', 'Fad is gá, agus 6 bliana ar a mhéad'],
  [
    'hr',
    'Onoliko dugo koliko je potrebno',
    'Onoliko dugo koliko je potrebno, a najdulje 11 godina',
  ],
  ['hu', 'A feltétlenül szükséges ideig', 'A szükséges ideig, de legfeljebb 5 évig'],
  ['is', 'Eins lengi og nauðsynlegt er', 'Eins lengi og nauðsynlegt er, þó ekki lengur en 7 ár'],
  [
    'it',
    'Per il tempo strettamente necessario',
    'Per il tempo strettamente necessario e comunque non oltre 24 mesi',
  ],
  ['lt', 'Kol tai būtina', 'Kol tai būtina, bet ne ilgiau kaip 10 metų'],
  ['lv', 'Tik ilgi, cik nepieciešams', 'Tik ilgi, cik nepieciešams, bet ne ilgāk kā 5 gadus'],
  ['mt', 'Sakemm ikun meħtieġ', 'Sakemm ikun meħtieġ, iżda mhux aktar minn 5 snin'],
  ['nb', 'Så lenge det er nødvendig', 'Så lenge det er nødvendig, likevel høyst 5 år'],
  ['nn', 'Så lenge det er naudsynt', 'Så lenge det er naudsynt, men høgst 5 år'],
  ['nl', 'Niet langer dan strikt noodzakelijk', 'Niet langer dan noodzakelijk, maximaal 7 jaar'],
  [
    'pl',
    'Przez okres niezbędny do realizacji umowy',
    'Przez okres niezbędny, a następnie przez 5 lat',
  ],
  ['pt', 'Pelo período estritamente necessário', 'Pelo período necessário e, depois, 10 anos'],
  ['ro', 'Cât timp este necesar', 'Cât timp este necesar, dar nu mai mult de 3 ani'],
  ['sk', 'Po dobu nevyhnutne potrebnú', 'Po dobu nevyhnutne potrebnú, najdlhšie 10 rokov'],
  [
    'sl',
    'Toliko časa, kolikor je potrebno',
    'Toliko časa, kolikor je potrebno, vendar največ 10 let',
  ],
  ['sv', 'Så länge det är strikt nödvändigt', 'Så länge det behövs, dock högst 24 månader'],
];

runRuleTests(
  rule,
  {
    valid: [
      ...perLanguage.map(([language, , concrete]) => ({
        name: `${language}: a vague phrase with a period`,
        code: criteria(language, concrete),
      })),
      {
        name: 'an end event in Danish is not vague',
        code: criteria('da', 'Indtil aftalen ophører'),
      },
      {
        name: 'a vague phrase bounded by an end event (Polish)',
        code: criteria('pl', 'Przez okres niezbędny, nie dłużej niż do rozwiązania umowy'),
      },
      {
        name: 'a vague phrase bounded by an end event (English, Danish declaration)',
        code: criteria('da', 'As long as necessary, until your account is closed'),
      },
    ],
    invalid: [
      ...perLanguage.map(([language, vague]) => ({
        name: `${language}: ${vague}`,
        code: criteria(language, vague),
        errors: [
          {
            messageId: 'vagueCriteria' as const,
            path: '/purposes/0/retention/criteria',
            line: 7,
            column: 7,
          },
        ],
      })),
      {
        name: '"necessary to perform the contract" names a purpose, not an end event (Polish "do")',
        code: criteria('pl', 'Przez okres niezbędny do wykonania umowy'),
        errors: [
          {
            messageId: 'vagueCriteria',
            path: '/purposes/0/retention/criteria',
            line: 7,
            column: 7,
          },
        ],
      },
      {
        name: 'an English sentence in a Danish declaration',
        code: criteria('da', 'We keep your data for as long as is strictly necessary'),
        errors: [
          {
            messageId: 'vagueCriteria',
            path: '/purposes/0/retention/criteria',
            line: 7,
            column: 7,
          },
        ],
      },
      {
        name: 'a German version under a Swedish key is still read',
        code: `${head('sv')}purposes:\n  - id: p\n    retention:\n      criteria: {sv: "Nur so lange, wie es unbedingt notwendig ist"}\n`,
        errors: [
          {
            messageId: 'vagueCriteria',
            path: '/purposes/0/retention/criteria/sv',
            line: 7,
            column: 18,
          },
        ],
      },
    ],
  },
  { coversEveryMessage: false },
);

// One case per EEA language for criteria that rest only on a statute they do not name, and the
// same with a period, which makes them concrete.
const unnamedPerLanguage: ReadonlyArray<
  readonly [language: string, unnamed: string, withPeriod: string]
> = [
  ['bg', 'Съгласно законоустановените срокове', 'Съгласно законоустановените срокове от 10 години'],
  [
    'cs',
    'Po dobu stanovenou právními předpisy',
    'Po dobu stanovenou právními předpisy, nejdéle 10 let',
  ],
  [
    'da',
    'Opbevares i henhold til gældende lovgivning',
    'Opbevares i 5 år i henhold til gældende lovgivning',
  ],
  [
    'de',
    'Gemäß den gesetzlichen Aufbewahrungsfristen',
    'Gemäß den gesetzlichen Aufbewahrungsfristen von 10 Jahren',
  ],
  ['el', 'Σύμφωνα με την ισχύουσα νομοθεσία', 'Σύμφωνα με την ισχύουσα νομοθεσία, για 5 έτη'],
  [
    'en',
    'In line with our statutory obligations',
    'For 6 years in line with our statutory obligations',
  ],
  [
    'es',
    'Durante los plazos legales de conservación',
    'Durante los plazos legales de conservación de 6 años',
  ],
  [
    'et',
    'Vastavalt seadusest tulenevatele nõuetele',
    'Vastavalt seadusest tulenevatele nõuetele 7 aastat',
  ],
  [
    'fi',
    'Lakisääteisten säilytysaikojen mukaisesti',
    'Lakisääteisten säilytysaikojen mukaisesti 6 vuotta',
  ],
  [
    'fr',
    'Conformément aux obligations légales',
    'Conformément aux obligations légales, pendant 10 ans',
  ],
  ['ga', 'De réir dlí', 'Ar feadh 6 bliana de réir dlí'],
  ['hr', 'U skladu sa zakonskim rokovima', 'U skladu sa zakonskim rokovima od 11 godina'],
  ['hu', 'A jogszabályban előírt ideig', 'A jogszabályban előírt ideig, 8 évig'],
  ['is', 'Í samræmi við lögbundna varðveislu', 'Í samræmi við lögbundna varðveislu í 7 ár'],
  [
    'it',
    'Per il periodo previsto dalla normativa vigente',
    'Per il periodo previsto dalla normativa vigente, pari a 10 anni',
  ],
  ['lt', 'Teisės aktų nustatytą laiką', 'Teisės aktų nustatytą laiką – 10 metų'],
  ['lv', 'Normatīvajos aktos noteiktajā termiņā', 'Normatīvajos aktos noteiktajā termiņā – 5 gadi'],
  ['mt', 'Skont il-liġi', 'Għal 6 snin skont il-liġi'],
  ['nb', 'Lovpålagt oppbevaring', 'Lovpålagt oppbevaring i 5 år'],
  ['nl', 'Volgens de wettelijke bewaartermijnen', 'Volgens de wettelijke bewaartermijn van 7 jaar'],
  ['pl', 'Zgodnie z obowiązującymi przepisami', 'Zgodnie z obowiązującymi przepisami, przez 5 lat'],
  ['pt', 'Pelos prazos legais aplicáveis', 'Pelos prazos legais aplicáveis, de 10 anos'],
  ['ro', 'Conform obligațiilor legale', 'Conform obligațiilor legale, timp de 10 ani'],
  ['sk', 'Podľa zákonných lehôt', 'Podľa zákonných lehôt, 10 rokov'],
  ['sl', 'V skladu z veljavno zakonodajo', 'V skladu z veljavno zakonodajo, 10 let'],
  ['sv', 'Enligt lagstadgade krav', 'Enligt lagstadgade krav i 7 år'],
];

runRuleTests(
  rule,
  {
    valid: unnamedPerLanguage.map(([language, , withPeriod]) => ({
      name: `${language}: an unnamed statute with its period`,
      code: criteria(language, withPeriod),
    })),
    invalid: unnamedPerLanguage.map(([language, unnamed]) => ({
      name: `${language}: ${unnamed}`,
      code: criteria(language, unnamed),
      errors: [
        {
          messageId: 'unnamedStatute' as const,
          path: '/purposes/0/retention/criteria',
          line: 7,
          column: 7,
        },
      ],
    })),
  },
  { coversEveryMessage: false },
);

describe('retention-specific messages', () => {
  const options = {
    rules: [rule],
    config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false },
    today: TEST_TODAY,
  };
  it('quotes the phrase and cites Art. 14 for data obtained elsewhere', () => {
    const code = `${head('en')}dataCategories:\n  - {id: leads, source: public}\npurposes:\n  - id: marketing\n    dataCategories: [leads]\n    retention: {criteria: As long as required}\n`;
    const [message] = lintText(code, options).messages;
    expect(message?.message).toContain('Purpose "marketing" keeps its data "as long as required"');
    expect(message?.message).toContain('Under Art. 14(2)(a) the notice must');
    expect(message?.severity).toBe('warning');
  });
});
