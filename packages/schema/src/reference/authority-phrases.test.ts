import { describe, expect, it } from 'vitest';
import { formerNameBeside, SUPERVISORY_AUTHORITIES } from './authorities.js';
import {
  countriesForLanguage,
  GENERIC_AUTHORITY_VOCABULARY,
  isGenericAuthorityPhrase,
  isShortFormOf,
  LANGUAGE_COUNTRIES,
} from './authority-phrases.js';

// Per EEA language: phrases that describe a supervisory authority without naming one, and a
// name that must not be taken for such a phrase (it has a country or a proper name in it).
const CASES: Record<string, { generic: string[]; named: string[] }> = {
  bg: {
    generic: ['компетентния надзорен орган', 'надзорния орган в държавата членка, където живеете'],
    named: ['Комисия за защита на личните данни на Република България'],
  },
  cs: {
    generic: ['příslušný dozorový úřad', 'dozorový úřad členského státu vašeho obvyklého bydliště'],
    named: ['Úřad pro ochranu osobních údajů České republiky'],
  },
  da: {
    generic: ['den kompetente tilsynsmyndighed', 'tilsynsmyndigheden i det land, hvor du bor'],
    named: ['Datatilsynet'],
  },
  de: {
    generic: [
      'die zuständige Aufsichtsbehörde',
      'eine Datenschutz-Aufsichtsbehörde',
      'der Landesdatenschutzbeauftragte Ihres Bundeslandes',
    ],
    named: [
      'Bayerisches Landesamt für Datenschutzaufsicht',
      'Der Hessische Beauftragte für Datenschutz und Informationsfreiheit',
    ],
  },
  el: {
    generic: ['η αρμόδια εποπτική αρχή', 'την εποπτική αρχή του κράτους μέλους σας'],
    named: ['Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα'],
  },
  en: {
    generic: [
      'your local data protection authority',
      'the competent supervisory authority',
      'the supervisory authority of your EU member state',
      'a data protection regulator',
    ],
    named: ["Information Commissioner's Office", 'Austrian Data Protection Authority'],
  },
  es: {
    generic: ['la autoridad de control competente', 'una autoridad de protección de datos'],
    named: ['Agencia Española de Protección de Datos'],
  },
  et: {
    generic: ['pädev järelevalveasutus', 'teie elukoha järelevalveasutus'],
    named: ['Eesti Andmekaitse Inspektsioon'],
  },
  fi: {
    generic: ['toimivaltainen valvontaviranomainen', 'oman jäsenvaltion valvontaviranomaiselle'],
    named: ['Tietosuojavaltuutetun toimisto'],
  },
  fr: {
    generic: ["l'autorité de contrôle compétente", 'une autorité de protection des données'],
    named: ["Commission nationale de l'informatique et des libertés"],
  },
  ga: {
    generic: ['an t-údarás maoirseachta inniúil', 'údarás cosanta sonraí'],
    named: ['Oifig an Choimisinéara Faisnéise'],
  },
  hr: {
    generic: ['nadležno nadzorno tijelo', 'nadzorno tijelo u državi članici vašeg boravišta'],
    named: ['Agencija za zaštitu osobnih podataka Republike Hrvatske'],
  },
  hu: {
    generic: [
      'az illetékes felügyeleti hatóság',
      'a szokásos tartózkodási helye szerinti felügyeleti hatóságnál',
    ],
    named: ['Nemzeti Adatvédelmi és Információszabadság Hatóság'],
  },
  is: {
    generic: ['viðkomandi eftirlitsyfirvald', 'lögbært eftirlitsyfirvald'],
    named: ['Persónuvernd'],
  },
  it: {
    generic: ["l'autorità di controllo competente", "all'autorità per la protezione dei dati"],
    named: ['Garante per la protezione dei dati personali'],
  },
  lt: {
    generic: ['kompetentinga priežiūros institucija', 'duomenų apsaugos priežiūros institucija'],
    named: ['Lietuvos duomenų apsaugos inspekcija'],
  },
  lv: {
    generic: ['kompetentā uzraudzības iestāde', 'datu aizsardzības uzraudzības iestāde'],
    named: ['Latvijas Republikas Datu valsts inspekcija'],
  },
  mt: {
    generic: ['l-awtorità superviżorja kompetenti', 'awtorità għall-protezzjoni tad-data'],
    named: ['Kummissarju għall-Informazzjoni u l-Protezzjoni tad-Data'],
  },
  nl: {
    generic: ['de bevoegde toezichthoudende autoriteit', 'de nationale toezichthouder'],
    named: ['Autoriteit Persoonsgegevens'],
  },
  no: {
    generic: ['den kompetente tilsynsmyndigheten', 'personvernmyndigheten i landet der du bor'],
    named: ['Datatilsynet'],
  },
  pl: {
    generic: ['właściwy organ nadzorczy', 'organ nadzorczy do spraw ochrony danych osobowych'],
    named: ['Prezes Urzędu Ochrony Danych Osobowych'],
  },
  pt: {
    generic: ['a autoridade de controlo competente', 'uma autoridade de proteção de dados'],
    named: ['Comissão Nacional de Proteção de Dados de Portugal'],
  },
  ro: {
    generic: ['autoritatea de supraveghere competentă', 'autoritatea națională de supraveghere'],
    named: ['Autoritatea Națională de Supraveghere din România'],
  },
  sk: {
    generic: ['príslušný dozorný orgán', 'Úrad na ochranu osobných údajov'],
    named: ['Úrad na ochranu osobných údajov Slovenskej republiky'],
  },
  sl: {
    generic: ['pristojni nadzorni organ', 'nadzorni organ za varstvo osebnih podatkov'],
    named: ['Informacijski pooblaščenec'],
  },
  sv: {
    generic: [
      'den behöriga tillsynsmyndigheten',
      'Tillsynsmyndigheten',
      'dataskyddsmyndigheten i det land där du bor',
    ],
    named: ['Integritetsskyddsmyndigheten (IMY)'],
  },
};

describe('generic supervisory-authority phrases', () => {
  it('cover the 24 EU languages, Norwegian and Icelandic', () => {
    expect(Object.keys(GENERIC_AUTHORITY_VOCABULARY).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(CASES)).toHaveLength(26);
  });

  for (const [language, { generic, named }] of Object.entries(CASES)) {
    it(`${language}: phrases that name no authority are generic, names are not`, () => {
      for (const phrase of generic) {
        expect(isGenericAuthorityPhrase(phrase, language), phrase).toBe(true);
        // Read without the declaration's language too: a notice may quote another language.
        expect(isGenericAuthorityPhrase(phrase), phrase).toBe(true);
      }
      for (const name of named) expect(isGenericAuthorityPhrase(name, language), name).toBe(false);
    });
  }

  it('needs an authority noun: qualifiers or "data protection" alone are no phrase', () => {
    expect(isGenericAuthorityPhrase('data protection')).toBe(false);
    expect(isGenericAuthorityPhrase('the competent')).toBe(false);
    expect(isGenericAuthorityPhrase('')).toBe(false);
  });

  it('"state" is generic only in "member state"', () => {
    expect(isGenericAuthorityPhrase('the authority of your member state')).toBe(true);
    expect(isGenericAuthorityPhrase('Data State Inspectorate')).toBe(false);
  });

  it('reads long text in one pass (no backtracking)', () => {
    expect(isGenericAuthorityPhrase(`${'the competent '.repeat(20_000)}authority`)).toBe(true);
    expect(isGenericAuthorityPhrase(`${'the competent '.repeat(20_000)}authority x`)).toBe(false);
  });
});

describe('countries of a language', () => {
  it('maps every language of the phrase lists, and a region subtag narrows it', () => {
    expect(Object.keys(LANGUAGE_COUNTRIES).sort()).toEqual(
      Object.keys(GENERIC_AUTHORITY_VOCABULARY).sort(),
    );
    expect(countriesForLanguage('is')).toEqual(['IS']);
    expect(countriesForLanguage('nb-NO')).toEqual(['NO']);
    expect(countriesForLanguage('de-AT')).toEqual(['AT']);
    expect(countriesForLanguage('de')).toContain('LI');
    expect(countriesForLanguage('xx')).toEqual([]);
  });
});

describe('short forms of an official name', () => {
  it('are its words standing together, after a leading article', () => {
    expect(isShortFormOf('die Datenschutzbehörde', 'Österreichische Datenschutzbehörde')).toBe(
      true,
    );
    expect(
      isShortFormOf(
        'Úrad na ochranu osobných údajov',
        'Úrad na ochranu osobných údajov Slovenskej republiky',
      ),
    ).toBe(true);
    expect(
      isShortFormOf('the Data Protection Authority', 'Austrian Data Protection Authority'),
    ).toBe(true);
  });

  it('are not a phrase with words the name does not have, or in another order', () => {
    expect(
      isShortFormOf('your local data protection authority', 'Austrian Data Protection Authority'),
    ).toBe(false);
    expect(
      isShortFormOf(
        'die zuständige Aufsichtsbehörde',
        'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
      ),
    ).toBe(false);
    expect(isShortFormOf('Authority Data Protection', 'Austrian Data Protection Authority')).toBe(
      false,
    );
    expect(isShortFormOf('the', 'The Authority')).toBe(false);
  });
});

describe('a former name kept beside the current one', () => {
  const imy = SUPERVISORY_AUTHORITIES.find((authority) => authority.id === 'SA-SE')!;

  it('is found when nothing marks it as former', () => {
    expect(formerNameBeside('Datainspektionen (Integritetsskyddsmyndigheten)', imy)?.name).toBe(
      'Datainspektionen',
    );
    expect(
      formerNameBeside('Integritetsskyddsmyndigheten / Datainspektionen, www.imy.se', imy)?.name,
    ).toBe('Datainspektionen');
  });

  it('is history after "tidigare", "f.d.", "formerly known as"', () => {
    expect(
      formerNameBeside('Integritetsskyddsmyndigheten (IMY), tidigare Datainspektionen', imy),
    ).toBeUndefined();
    expect(formerNameBeside('IMY (f.d. Datainspektionen)', imy)).toBeUndefined();
    expect(formerNameBeside('IMY, formerly known as Datainspektionen', imy)).toBeUndefined();
    expect(formerNameBeside('Integritetsskyddsmyndigheten', imy)).toBeUndefined();
  });
});
