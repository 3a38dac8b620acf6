import { describe, expect, it } from 'vitest';
import { lintAndFix, lintText } from '../engine.js';
import { runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './complaint-authority-named.js';

const se =
  'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se, country: SE}\npurposes: []\n';

const commented = [
  '# Integritetspolicy för Exempel AB',
  'privacyspec: "1.0"',
  'language: sv',
  'controller:',
  '  name: Exempel AB   # registrerat namn',
  '  email: dataskydd@exempel.se',
  '  country: SE',
  'supervisoryAuthority:',
  '  # "Du kan också lämna in klagomål till den aktuella tillsynsmyndigheten, Datainspektionen."',
  "  name: 'Datainspektionen'  # som i policyn",
  '  url: "https://www.datainspektionen.se"',
  'purposes: []',
  '',
].join('\n');
const commentedFixed = commented
  .replace("name: 'Datainspektionen'  #", "name: 'Integritetsskyddsmyndigheten (IMY)'  #")
  .replace('url: "https://www.datainspektionen.se"', 'url: "https://www.imy.se"');

runRuleTests(rule, {
  valid: [
    {
      name: 'the Swedish authority by its current name and website',
      code: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n  url: https://www.imy.se\n`,
    },
    {
      name: '"Datatilsynet" (Denmark and Norway) for a Norwegian controller',
      code: 'privacyspec: "1.0"\ncontroller: {name: Eksempel AS, email: personvern@eksempel.no, country: NO}\nsupervisoryAuthority: {name: Datatilsynet, url: "https://www.datatilsynet.no"}\npurposes: []\n',
    },
    {
      name: "another country's authority is not wrong (Art. 77: residence, work, infringement)",
      code: `${se}supervisoryAuthority:\n  name: Commission nationale de l'informatique et des libertés (CNIL)\n  country: FR\n`,
    },
    {
      name: 'a German federal authority',
      code: 'privacyspec: "1.0"\ncontroller: {name: Beispiel GmbH, email: datenschutz@beispiel.de, country: DE}\nsupervisoryAuthority: {name: Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)}\npurposes: []\n',
    },
    {
      name: 'the former name beside the current one',
      code: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY), tidigare Datainspektionen\n`,
    },
    {
      name: 'multilingual current names',
      code: `${se}supervisoryAuthority:\n  name: {sv: Integritetsskyddsmyndigheten, en: Swedish Authority for Privacy Protection}\n`,
    },
    {
      name: 'a full name in another grammatical case, for a controller of that country (Czech dative, Lithuanian dative)',
      code: 'privacyspec: "1.0"\ncontroller: {name: Příklad s.r.o., email: gdpr@priklad.cz, country: CZ}\nsupervisoryAuthority: {name: stížnost Úřadu pro ochranu osobních údajů}\npurposes: []\n',
    },
    {
      name: 'a full name inflected and without diacritics, the country known from the language only',
      code: 'privacyspec: "1.0"\nlanguage: lt\ncontroller: {name: UAB Pavyzdys, email: info@pavyzdys.lt}\nsupervisoryAuthority: {name: Valstybinei duomenu apsaugos inspekcijai}\npurposes: []\n',
    },
    {
      name: 'the UK authority for a UK controller',
      code: 'privacyspec: "1.0"\ncontroller: {name: Example Ltd, email: privacy@example.co.uk, country: GB}\nsupervisoryAuthority: {name: Information Commissioner\'s Office, url: "https://ico.org.uk/make-a-complaint/"}\npurposes: []\n',
    },
    {
      name: 'Malta\'s IDPC: "Data Protection Commissioner" inside its name is not Ireland\'s former name',
      code: 'privacyspec: "1.0"\ncontroller: {name: Valletta Gaming Ltd, country: MT, email: p@vg.example}\nsupervisoryAuthority: {name: Information and Data Protection Commissioner, url: https://idpc.org.mt, country: MT}\npurposes: []\n',
    },
    {
      name: "Ireland's former name with a Maltese website: no former name, no fix to another country",
      code: 'privacyspec: "1.0"\ncontroller: {name: Valletta Gaming Ltd, country: MT, email: p@vg.example}\nsupervisoryAuthority: {name: Data Protection Commissioner, url: https://idpc.org.mt}\npurposes: []\n',
    },
    {
      name: "Ireland's former name with the stated country Malta: no former name",
      code: 'privacyspec: "1.0"\ncontroller: {name: Example Ltd, country: IE, email: p@example.ie}\nsupervisoryAuthority: {name: Data Protection Commissioner, url: https://idpc.org.mt, country: MT}\npurposes: []\n',
    },
    {
      name: 'a UK authority beside an EEA one for an EEA controller',
      code: 'privacyspec: "1.0"\ncontroller: {name: Example Ltd, email: privacy@example.ie, country: IE}\nsupervisoryAuthority: {name: "Data Protection Commission (DPC) or, in the UK, the Information Commissioner\'s Office (ICO)"}\npurposes: []\n',
    },
    {
      name: "a generic name with the authority's website",
      code: `${se}supervisoryAuthority:\n  name: Tillsynsmyndigheten\n  url: https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/\n`,
    },
    {
      name: 'a shared English name counts for a country the declaration names: "Data Protection Authority" for an Icelandic controller',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: IS}\npurposes: []\n' +
        'supervisoryAuthority: {name: Data Protection Authority}\n',
    },
    {
      name: 'the same in an Icelandic declaration with no controller country',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu}\nlanguage: is\npurposes: []\n' +
        'supervisoryAuthority: {name: Data Protection Authority}\n',
    },
    {
      name: 'an official name that is a generic phrase, for its own country ("Autorité de protection des données", Belgium)',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: BE}\nlanguage: fr\npurposes: []\n' +
        'supervisoryAuthority: {name: "l\'Autorité de protection des données"}\n',
    },
    {
      name: 'a short form of the one authority of the controller\'s country ("Datenschutzbehörde", Austria)',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: AT}\nlanguage: de\npurposes: []\n' +
        'supervisoryAuthority: {name: die Datenschutzbehörde}\n',
    },
    {
      name: 'a former name marked as former beside the current one ("f.d.", "formerly")',
      code: `${se}supervisoryAuthority:\n  name: {sv: "IMY (f.d. Datainspektionen)", en: "the Swedish Authority for Privacy Protection, formerly known as Datainspektionen"}\n`,
    },
  ],
  invalid: [
    {
      name: "an inflected name is read only for the declaration's countries: another country's authority in another case stays a generic phrase",
      code: `${se}supervisoryAuthority:\n  name: Úřadu pro ochranu osobních údajů\n`,
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a word changed beyond an ending is not the name (a different authority word): unknown, with a did-you-mean',
      code: 'privacyspec: "1.0"\ncontroller: {name: Příklad s.r.o., email: gdpr@priklad.cz, country: CZ}\nsupervisoryAuthority: {name: Ústav pro ochranu osobních údajů}\npurposes: []\n',
      errors: [
        {
          messageId: 'unknownAuthoritySuggestion',
          path: '/supervisoryAuthority/name',
          line: 3,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a generic phrase names no authority: "your local data protection authority" (a warning, with Art. 77)',
      code: `${se}supervisoryAuthority:\n  name: your local data protection authority\n`,
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'generic phrases in every language version: reported once, at the first',
      code: `${se}supervisoryAuthority:\n  name: {sv: den behöriga tillsynsmyndigheten, de: die zuständige Aufsichtsbehörde, es: la autoridad de control competente}\n`,
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name/sv',
          line: 5,
          column: 10,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a controller outside the EEA with a generic phrase: Art. 77 applies all the same',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: US}\nlanguage: en\npurposes: []\n' +
        'supervisoryAuthority: {name: the competent supervisory authority}\n',
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a shared English name with no country known names no authority ("Data Protection Authority": Iceland, Liechtenstein)',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu}\npurposes: []\n' +
        'supervisoryAuthority: {name: Data Protection Authority}\n',
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 4,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'another country\'s generic-sounding official name is not taken for it ("Autorité de protection des données" for a French controller)',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: FR}\nlanguage: fr\npurposes: []\n' +
        'supervisoryAuthority: {name: "l\'Autorité de protection des données"}\n',
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: '"Datenschutzbehörde" for a German controller: Germany has many authorities',
      code:
        'privacyspec: "1.0"\ncontroller: {name: Example, email: p@example.eu, country: DE}\nlanguage: de\npurposes: []\n' +
        'supervisoryAuthority: {name: die Datenschutzbehörde}\n',
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the former name kept beside the current one: reported and fixed to the current name',
      code: `${se}supervisoryAuthority:\n  name: Datainspektionen (Integritetsskyddsmyndigheten)\n  url: https://www.imy.se\n`,
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 5, column: 3 }],
      output: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n  url: https://www.imy.se\n`,
    },
    {
      name: 'no supervisory authority named (seed defect)',
      code: se,
      errors: [
        { messageId: 'missingAuthority', path: '/supervisoryAuthority', line: 1, column: 1 },
      ],
    },
    {
      name: "Datainspektionen, the authority's name until 2020-12-31 (seed defect): fixed",
      code: `${se}supervisoryAuthority:\n  name: Datainspektionen\n`,
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 5, column: 3 }],
      output: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n`,
    },
    {
      name: 'former name and former website: quotes, comments and other lines survive the fix',
      code: commented,
      errors: [
        { messageId: 'formerName', path: '/supervisoryAuthority/name', line: 10, column: 3 },
      ],
      output: commentedFixed,
    },
    {
      name: 'a multilingual name: only the version with the former name is fixed',
      code: `${se}supervisoryAuthority:\n  name: {sv: Datainspektionen, en: Swedish Authority for Privacy Protection}\n  url: https://www.imy.se\n`,
      errors: [
        { messageId: 'formerName', path: '/supervisoryAuthority/name/sv', line: 5, column: 10 },
      ],
      output: `${se}supervisoryAuthority:\n  name: {sv: Integritetsskyddsmyndigheten (IMY), en: Swedish Authority for Privacy Protection}\n  url: https://www.imy.se\n`,
    },
    {
      name: 'the current name with the former website',
      code: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n  url: https://www.datainspektionen.se/klagomal\n`,
      errors: [{ messageId: 'formerUrl', path: '/supervisoryAuthority/url', line: 6, column: 3 }],
      output: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n  url: https://www.imy.se\n`,
    },
    {
      name: 'a Dutch former name (CBP, until 2015-12-31)',
      code: 'privacyspec: "1.0"\ncontroller: {name: Voorbeeld B.V., email: privacy@voorbeeld.nl, country: NL}\nsupervisoryAuthority: {name: College bescherming persoonsgegevens}\npurposes: []\n',
      errors: [
        { messageId: 'formerName', path: '/supervisoryAuthority/name', line: 3, column: 24 },
      ],
      output:
        'privacyspec: "1.0"\ncontroller: {name: Voorbeeld B.V., email: privacy@voorbeeld.nl, country: NL}\nsupervisoryAuthority: {name: Autoriteit Persoonsgegevens (AP)}\npurposes: []\n',
    },
    {
      name: 'a Belgian former name rests on secondary sources: a warning, fixed to the French name',
      code: 'privacyspec: "1.0"\ncontroller: {name: Exemple SRL, email: vie.privee@exemple.be, country: BE}\nsupervisoryAuthority:\n  name: "Commission de la protection de la vie privée"\npurposes: []\n',
      errors: [
        {
          messageId: 'formerName',
          path: '/supervisoryAuthority/name',
          line: 4,
          column: 3,
          severity: 'warning',
        },
      ],
      output:
        'privacyspec: "1.0"\ncontroller: {name: Exemple SRL, email: vie.privee@exemple.be, country: BE}\nsupervisoryAuthority:\n  name: "Autorité de protection des données (APD)"\npurposes: []\n',
    },
    {
      name: 'the complaint right listed but no authority named: a warning',
      code: `${se}rights: [access, complaint]\n`,
      errors: [
        {
          messageId: 'authorityNotNamed',
          path: '/supervisoryAuthority',
          line: 1,
          column: 1,
          severity: 'warning',
        },
      ],
    },
    {
      name: "Ireland's former name for an Irish controller: still reported and fixed",
      code: 'privacyspec: "1.0"\ncontroller: {name: Example Ltd, email: privacy@example.ie, country: IE}\nsupervisoryAuthority: {name: the Data Protection Commissioner}\npurposes: []\n',
      errors: [
        { messageId: 'formerName', path: '/supervisoryAuthority/name', line: 3, column: 24 },
      ],
      output:
        'privacyspec: "1.0"\ncontroller: {name: Example Ltd, email: privacy@example.ie, country: IE}\nsupervisoryAuthority: {name: Data Protection Commission (DPC)}\npurposes: []\n',
    },
    {
      name: "the Maltese commissioner's title misspelt: unknown (a warning), and the did-you-mean stays in Malta",
      code: 'privacyspec: "1.0"\ncontroller: {name: Valletta Gaming Ltd, country: MT, email: p@vg.example}\nsupervisoryAuthority: {name: Information and Data Protection Comissioner}\npurposes: []\n',
      errors: [
        {
          messageId: 'unknownAuthoritySuggestion',
          path: '/supervisoryAuthority/name',
          line: 3,
          column: 24,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the UK ICO for a Swedish controller: Art. 77 gives a complaint to an EEA authority (warning)',
      code: `${se}supervisoryAuthority:\n  name: Information Commissioner's Office (ICO)\n  url: https://ico.org.uk\n`,
      errors: [
        {
          messageId: 'nonEeaAuthority',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the Swiss FDPIC, by website only, for a German controller (warning)',
      code: 'privacyspec: "1.0"\ncontroller: {name: Beispiel GmbH, email: datenschutz@beispiel.de, country: DE}\nsupervisoryAuthority: {name: Aufsichtsbehörde, url: "https://www.edoeb.admin.ch"}\npurposes: []\n',
      errors: [
        {
          messageId: 'nonEeaAuthority',
          path: '/supervisoryAuthority/url',
          line: 3,
          column: 48,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a misspelt authority gets a did-you-mean',
      code: `${se}supervisoryAuthority:\n  name: Integritetskyddsmyndigheten\n`,
      errors: [
        {
          messageId: 'unknownAuthoritySuggestion',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'an authority that is not a data protection authority',
      code: `${se}supervisoryAuthority:\n  name: Konsumentverket\n  url: https://www.konsumentverket.se\n`,
      errors: [
        {
          messageId: 'unknownAuthority',
          path: '/supervisoryAuthority/name',
          line: 5,
          column: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'the European Data Protection Board takes no complaints',
      code: 'privacyspec: "1.0"\ncontroller: {name: Example SA, email: privacy@example.lu, country: LU}\nsupervisoryAuthority: {name: European Data Protection Board, url: "https://www.edpb.europa.eu"}\npurposes: []\n',
      errors: [
        {
          messageId: 'notAComplaintAuthority',
          path: '/supervisoryAuthority/name',
          line: 3,
          column: 24,
        },
      ],
    },
    {
      name: 'a name of blanks',
      code: `${se}supervisoryAuthority:\n  name: "  "\n`,
      errors: [
        { messageId: 'missingAuthority', path: '/supervisoryAuthority/name', line: 5, column: 3 },
      ],
    },
  ],
});

describe('complaint-authority-named', () => {
  const options = (today = TEST_TODAY) => ({
    rules: [rule],
    config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false },
    today,
  });

  it('a former name is former only after its last valid day', () => {
    const code = `${se}supervisoryAuthority:\n  name: Datainspektionen\n`;
    expect(lintText(code, options('2020-12-31')).messages).toEqual([]);
    const [message] = lintText(code, options('2021-01-01')).messages;
    expect(message?.message).toBe(
      'The supervisory authority is called "Datainspektionen", a name it has not had since 2021-01-01: it is now Integritetsskyddsmyndigheten (IMY), https://www.imy.se. Under Art. 13(2)(d) the notice must tell people where they can complain, and an outdated name sends them looking for an authority that no longer exists under that name: use the current name.',
    );
  });

  it('fixing is idempotent', () => {
    const once = lintAndFix(commented, options()).output;
    expect(once).toBe(commentedFixed);
    const twice = lintAndFix(commentedFixed, options());
    expect(twice.output).toBeUndefined();
    expect(twice.messages).toEqual([]);
  });

  it('suggests the current name of the authority it guesses', () => {
    const [message] = lintText(
      `${se}supervisoryAuthority:\n  name: Integritetskyddsmyndigheten\n`,
      options(),
    ).messages;
    expect(message?.message).toContain('Did you mean Integritetsskyddsmyndigheten (IMY)?');
  });

  it("suggests an authority of the stated or the controller's country only", () => {
    const malta = (name: string) =>
      `privacyspec: "1.0"\ncontroller: {name: Valletta Gaming Ltd, country: MT, email: p@vg.example}\nsupervisoryAuthority: {name: ${name}}\npurposes: []\n`;
    expect(
      lintText(malta('Information and Data Protection Comissioner'), options()).messages[0]
        ?.message,
    ).toContain('Did you mean Information and Data Protection Commissioner (IDPC)?');
    // The commissioner's own title is Malta's authority (not Ireland's former "Data Protection Commissioner").
    expect(
      lintText(malta('Information and Data Protection Commissioner'), options()).messages,
    ).toEqual([]);
    // Unrestricted, "Data Protection Comissioner" is nearest Ireland's names; for a Maltese authority it is not suggested.
    const misspelt = (country: string) =>
      `privacyspec: "1.0"\ncontroller: {name: Example Ltd, country: ${country}, email: p@example.eu}\nsupervisoryAuthority: {name: Data Protection Comissioner}\npurposes: []\n`;
    expect(lintText(misspelt('IE'), options()).messages[0]?.message).toContain(
      'Did you mean Data Protection Commission (DPC)?',
    );
    expect(lintText(misspelt('MT'), options()).messages.map((m) => m.messageId)).toEqual([
      'unknownAuthority',
    ]);
    expect(lintText(misspelt('US'), options()).messages.map((m) => m.messageId)).toEqual([
      'unknownAuthoritySuggestion',
    ]);
  });

  it('a missing authority is an error when the complaint right is not listed either, a warning when it is', () => {
    expect(
      lintText(`${se}rights: [access]\n`, options()).messages.map((m) => [m.messageId, m.severity]),
    ).toEqual([['missingAuthority', 'error']]);
    expect(
      lintText(
        `${se}rights: [complaint]\nsupervisoryAuthority: {name: " "}\n`,
        options(),
      ).messages.map((m) => [m.messageId, m.severity]),
    ).toEqual([['authorityNotNamed', 'warning']]);
  });

  it('a generic phrase gets the Art. 77 explanation, quoting the phrase', () => {
    const [message] = lintText(
      `${se}supervisoryAuthority:\n  name: die zuständige Aufsichtsbehörde\n`,
      options(),
    ).messages;
    expect(message?.message).toContain(
      'The notice tells people that they may complain ("die zuständige Aufsichtsbehörde") but names no supervisory authority.',
    );
    expect(message?.message).toContain(
      'in particular in the Member State of their habitual residence, place of work or place of the alleged infringement, whether the controller is in the EEA or not',
    );
  });

  it('names the non-EEA authority and asks for an EEA one', () => {
    const [message] = lintText(`${se}supervisoryAuthority:\n  name: ICO\n`, options()).messages;
    expect(message?.message).toContain(
      "The notice names Information Commissioner's Office (ICO) as the supervisory authority, which is not an authority of an EEA country (GB)",
    );
  });

  it('cites Art. 14(2)(e) when no data come from the person', () => {
    const code = `${se}dataCategories:\n  - {id: register, source: public}\n`;
    expect(lintText(code, options()).messages[0]?.message).toContain(
      'Under Art. 14(2)(e) the notice must',
    );
  });
});
