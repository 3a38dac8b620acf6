import { describe, expect, it } from 'vitest';
import { lintAndFix, lintText } from '../engine.js';
import { runRuleTests, TEST_TODAY } from '../test-support/rule-tester.js';
import rule from './complaint-authority-named.js';

const se = 'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se, country: SE}\npurposes: []\n';

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
      name: 'another country\'s authority is not wrong (Art. 77: residence, work, infringement)',
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
      name: 'the UK authority for a UK controller',
      code: 'privacyspec: "1.0"\ncontroller: {name: Example Ltd, email: privacy@example.co.uk, country: GB}\nsupervisoryAuthority: {name: Information Commissioner\'s Office, url: "https://ico.org.uk/make-a-complaint/"}\npurposes: []\n',
    },
    {
      name: 'a generic name with the authority\'s website',
      code: `${se}supervisoryAuthority:\n  name: Tillsynsmyndigheten\n  url: https://www.imy.se/privatperson/utfora-arenden/lamna-ett-klagomal/\n`,
    },
  ],
  invalid: [
    {
      name: 'no supervisory authority named (seed defect)',
      code: se,
      errors: [{ messageId: 'missingAuthority', path: '/supervisoryAuthority', line: 1, column: 1 }],
    },
    {
      name: 'Datainspektionen, the authority\'s name until 2020-12-31 (seed defect): fixed',
      code: `${se}supervisoryAuthority:\n  name: Datainspektionen\n`,
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 5, column: 3 }],
      output: `${se}supervisoryAuthority:\n  name: Integritetsskyddsmyndigheten (IMY)\n`,
    },
    {
      name: 'former name and former website: quotes, comments and other lines survive the fix',
      code: commented,
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 10, column: 3 }],
      output: commentedFixed,
    },
    {
      name: 'a multilingual name: only the version with the former name is fixed',
      code: `${se}supervisoryAuthority:\n  name: {sv: Datainspektionen, en: Swedish Authority for Privacy Protection}\n  url: https://www.imy.se\n`,
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name/sv', line: 5, column: 10 }],
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
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 3, column: 24 }],
      output: 'privacyspec: "1.0"\ncontroller: {name: Voorbeeld B.V., email: privacy@voorbeeld.nl, country: NL}\nsupervisoryAuthority: {name: Autoriteit Persoonsgegevens (AP)}\npurposes: []\n',
    },
    {
      name: 'a Belgian former name rests on secondary sources: a warning, fixed to the French name',
      code: 'privacyspec: "1.0"\ncontroller: {name: Exemple SRL, email: vie.privee@exemple.be, country: BE}\nsupervisoryAuthority:\n  name: "Commission de la protection de la vie privée"\npurposes: []\n',
      errors: [{ messageId: 'formerName', path: '/supervisoryAuthority/name', line: 4, column: 3, severity: 'warning' }],
      output: 'privacyspec: "1.0"\ncontroller: {name: Exemple SRL, email: vie.privee@exemple.be, country: BE}\nsupervisoryAuthority:\n  name: "Autorité de protection des données (APD)"\npurposes: []\n',
    },
    {
      name: 'a misspelt authority gets a did-you-mean',
      code: `${se}supervisoryAuthority:\n  name: Integritetskyddsmyndigheten\n`,
      errors: [{ messageId: 'unknownAuthoritySuggestion', path: '/supervisoryAuthority/name', line: 5, column: 3, severity: 'warning' }],
    },
    {
      name: 'an authority that is not a data protection authority',
      code: `${se}supervisoryAuthority:\n  name: Konsumentverket\n  url: https://www.konsumentverket.se\n`,
      errors: [{ messageId: 'unknownAuthority', path: '/supervisoryAuthority/name', line: 5, column: 3, severity: 'warning' }],
    },
    {
      name: 'the European Data Protection Board takes no complaints',
      code: 'privacyspec: "1.0"\ncontroller: {name: Example SA, email: privacy@example.lu, country: LU}\nsupervisoryAuthority: {name: European Data Protection Board, url: "https://www.edpb.europa.eu"}\npurposes: []\n',
      errors: [{ messageId: 'notAComplaintAuthority', path: '/supervisoryAuthority/name', line: 3, column: 24 }],
    },
    {
      name: 'a name of blanks',
      code: `${se}supervisoryAuthority:\n  name: "  "\n`,
      errors: [{ messageId: 'missingAuthority', path: '/supervisoryAuthority/name', line: 5, column: 3 }],
    },
  ],
});

describe('complaint-authority-named', () => {
  const options = (today = TEST_TODAY) => ({ rules: [rule], config: { severities: new Map([[rule.id, rule.meta.defaultSeverity]]), strict: false }, today });

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
    const [message] = lintText(`${se}supervisoryAuthority:\n  name: Integritetskyddsmyndigheten\n`, options()).messages;
    expect(message?.message).toContain('Did you mean Integritetsskyddsmyndigheten (IMY)?');
  });

  it('cites Art. 14(2)(e) when no data come from the person', () => {
    const code = `${se}dataCategories:\n  - {id: register, source: public}\n`;
    expect(lintText(code, options()).messages[0]?.message).toContain('Under Art. 14(2)(e) the notice must');
  });
});
