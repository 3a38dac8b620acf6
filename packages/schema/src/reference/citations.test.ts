import { describe, expect, it } from 'vitest';
import { parseArticle6Citation } from './bases.js';
import {
  formatGdprPointCitation,
  parseGdprParagraphCitation,
  parseGdprPointCitation,
} from './citations.js';
import { parseArt9Citation } from './special-categories.js';
import type { EeaLanguageCode } from './types.js';

/**
 * Citation forms per language as templates: {A} article, {P} paragraph, {x} point letter.
 * A template without {P} (an ordinal paragraph such as "eerste lid") is tried for Art. 6(1) only.
 */
const FORMS: Readonly<Record<EeaLanguageCode, readonly string[]>> = {
  en: [
    'GDPR {A}({P})({x})',
    'Art. {A}({P})({x}) GDPR',
    'Article {A}({P})({x}) of the General Data Protection Regulation',
    'point ({x}) of Article {A}({P}) GDPR',
    'on the basis of Art. {A}({P})({x}) of Regulation (EU) 2016/679',
  ],
  de: [
    'Art. {A} Abs. {P} S. 1 lit. {x} DSGVO',
    'Art. {A} Abs. {P} Buchst. {x}) DSGVO',
    'Artikel {A} Absatz {P} Buchstabe {x} DSGVO',
    'gemäß Art. {A} Abs. {P} lit. {x} DS-GVO',
    'Art. {A} Abs. {P} lit. {x} der Datenschutz-Grundverordnung',
  ],
  fr: [
    'article {A}, paragraphe {P}, point {x}) du RGPD',
    'art. {A}.{P}.{x} du RGPD',
    'article {A}.{P} {x}) du règlement général sur la protection des données',
  ],
  it: [
    'art. {A}, comma {P}, lett. {x})',
    'art. {A}, par. {P}, lett. {x}) GDPR',
    'articolo {A}, paragrafo {P}, lettera {x}), del Regolamento (UE) 2016/679',
    "ai sensi dell'art. {A}, par. {P}, lett. {x}) GDPR",
  ],
  es: [
    'artículo {A}.{P}.{x}) RGPD',
    'artículo {A}, apartado {P}, letra {x}), del RGPD',
    'art. {A}.{P}.{x}) del Reglamento General de Protección de Datos',
  ],
  pt: [
    'RGPD Art.º {A}.º {P}({x})',
    'artigo {A}.º, n.º {P}, alínea {x})',
    'alínea {x}) do n.º {P} do artigo {A}.º do RGPD',
    'art. {A}.º, n.º {P}, al. {x}) do RGPD',
  ],
  nl: [
    'artikel {A} lid {P} sub {x} AVG',
    'artikel 6, eerste lid, onder {x}, AVG',
    'artikel {A}, lid {P}, punt {x}), van de AVG',
  ],
  pl: [
    'art. {A} ust. {P} pkt {x} RODO',
    'art. {A} ust. {P} lit. {x} RODO',
    'art. {A} ust. {P} lit. {x}) ogólnego rozporządzenia o ochronie danych',
    'na podstawie art. {A} ust. {P} lit. {x} RODO',
  ],
  cs: [
    'čl. {A} odst. {P} písm. {x}) Obecného nařízení EU o ochraně osobních údajů (GDPR)',
    'čl. {A} odst. {P} písm. {x}) GDPR',
    'článku {A} odst. {P} písm. {x}) obecného nařízení o ochraně osobních údajů',
    'podle čl. {A} odst. {P} písm. {x}) GDPR',
  ],
  sk: [
    'čl. {A} ods. {P} písm. {x}) GDPR',
    'článku {A} ods. {P} písm. {x}) nariadenia GDPR',
    'podľa čl. {A} ods. {P} písm. {x}) všeobecného nariadenia o ochrane údajov',
  ],
  da: [
    'artikel {A}, stk. {P}, litra {x}',
    'databeskyttelsesforordningens artikel {A}, stk. {P}, litra {x}',
    'art. {A}, stk. {P}, litra {x}, i databeskyttelsesforordningen',
  ],
  nb: [
    'artikkel {A} nr. {P} bokstav {x}',
    'personvernforordningen artikkel {A} nr. {P} bokstav {x}',
    'artikkel {A} nr. {P} bokstav {x} i personvernforordninga',
  ],
  sv: [
    'artikel {A}.{P} {x} dataskyddsförordningen',
    'art. {A}.{P} {x} i dataskyddsförordningen',
    'artikel {A}.{P} {x} GDPR',
  ],
  fi: [
    'tietosuoja-asetuksen {A} artiklan {P} kohdan {x} alakohdan nojalla',
    '{A} artiklan {P} kohdan {x} alakohta',
    'artikla {A} kohta {P} alakohta {x}',
    'EU:n yleisen tietosuoja-asetuksen {A} artiklan {P} kohdan {x} alakohta',
    'tietosuoja-asetuksen {A} artiklan {P} kohdan {x} alakohdan',
  ],
  et: [
    'IKÜM artikli {A} lõike {P} punkti {x} alusel',
    'IKÜM artikkel {A} lg {P} punktist {x}',
    'artikli {A} lõike {P} punkt {x}',
    'paragrahv {A} lõige {P} punkt {x}',
    'IKÜM art {A} lg {P} p {x}',
    'isikuandmete kaitse üldmääruse artikli {A} lõike {P} punkti {x}',
  ],
  hu: [
    'a GDPR {A}. cikk ({P}) bekezdésének {x}) pontja alapján',
    '{A}. cikk ({P}) bekezdés {x}) pont',
    'GDPR {A}. cikk ({P}) {x}) pontja',
    'az általános adatvédelmi rendelet {A}. cikke ({P}) bekezdésének {x}) pontja',
    'GDPR {A}. cikk ({P}) bek. {x}) pont',
  ],
  lt: [
    'ES Bendrojo duomenų apsaugos reglamento (BDAR) {A} straipsnio {P} dalies {x}) punktas',
    '{A} straipsnio {P} dalies {x} punktas',
    'BDAR {A} straipsnio {P} dalies {x}) punktas',
    'BDAR {A} str. {P} d. {x} p.',
  ],
  lv: [
    '{A}. panta {P}. punkta {x}) apakšpunkts',
    'VDAR {A}. panta {P}. punkta {x}) apakšpunkts',
    'Vispārīgās datu aizsardzības regulas 6. panta pirmās daļas {x}) punkts',
  ],
  sl: [
    'člen {A}({P})({x})',
    'točka ({x}) prvega odstavka 6. člena',
    'točka ({x}) člena {A}({P}) Splošne uredbe o varstvu podatkov',
    '{A}. člen, {P}. odstavek, točka {x}',
  ],
  hr: [
    'članak {A}. stavak {P}. točka ({x})',
    'člankom {A}. stavkom {P}. točkom {x} GDPR-a',
    'članka {A}. stavka {P}. točke ({x}) Opće uredbe o zaštiti podataka',
  ],
  ro: [
    'articolul {A} alineatul ({P}) litera ({x})',
    'art. {A} alin. ({P}) lit. {x}) din GDPR',
    'art. {A} alin. ({P}) lit. {x}) din Regulamentul (UE) 2016/679',
  ],
  el: [
    'άρθρο {A} παρ. {P} στοιχ. {x}΄',
    'άρθρο {A} παράγραφος {P} στοιχείο {x}) ΓΚΠΔ',
    'στοιχείο {x}) του άρθρου {A} παράγραφος {P} του ΓΚΠΔ',
    'άρθρο {A} παρ. {P} περ. {x}΄ του Κανονισμού (ΕΕ) 2016/679',
  ],
  bg: [
    'член {A}, параграф {P}, буква {x}) от Общия регламент относно защита на данните',
    'чл. {A}, ал. {P}, буква „{x}“',
    'чл. {A}, пар. {P}, б. „{x}“ от ОРЗД',
    'член {A}, параграф {P}, буква {x}) от Регламент (ЕС) 2016/679',
  ],
  ga: [
    'Airteagal {A}({P})({x}) den Rialachán Ginearálta maidir le Cosaint Sonraí',
    'Airteagal {A}({P})({x})',
    "pointe ({x}) d'Airteagal {A}({P})",
    'Airteagal {A}({P})({x}) den RGCS',
  ],
  mt: [
    'Artikolu {A}({P})({x})',
    'il-punt ({x}) tal-Artikolu {A}({P})',
    'Artikolu {A}({P})({x}) tal-GDPR',
  ],
  is: [
    '{x}-lið {P}. mgr. {A}. gr.',
    '{A}. gr. {P}. mgr. {x}-liður',
    '{x}-lið {P}. mgr. {A}. gr. reglugerðar (ESB) 2016/679',
    '{x}-lið {P}. mgr. {A}. gr. almennu persónuverndarreglugerðarinnar',
  ],
};

/** How each language writes the point letters b, f and h (Greek β στ η, Bulgarian б е з). */
const LETTERS: Readonly<Record<string, Readonly<Record<'b' | 'f' | 'h', string>>>> = {
  el: { b: 'β', f: 'στ', h: 'η' },
  bg: { b: 'б', f: 'е', h: 'з' },
};

const fill = (
  template: string,
  language: string,
  article: number,
  paragraph: number,
  letter: 'b' | 'f' | 'h',
): string =>
  template
    .replaceAll('{A}', String(article))
    .replaceAll('{P}', String(paragraph))
    .replaceAll('{x}', LETTERS[language]?.[letter] ?? letter);

describe('Art. 6(1) and 9(2) citations in every EEA language', () => {
  it('has forms for the 26 languages', () => {
    expect(Object.keys(FORMS)).toHaveLength(26);
  });

  for (const [language, templates] of Object.entries(FORMS)) {
    describe(language, () => {
      for (const template of templates) {
        it(`reads "${fill(template, language, 6, 1, 'b')}"`, () => {
          for (const letter of ['b', 'f'] as const) {
            const text = fill(template, language, 6, 1, letter);
            expect(parseGdprPointCitation(text), text).toEqual({
              article: 6,
              paragraph: 1,
              letter,
            });
            expect(parseArticle6Citation(text), text).toBe(letter);
            expect(parseArticle6Citation(text.toUpperCase()), text).toBe(letter);
          }
          if (template.includes('{P}')) {
            const art9 = fill(template, language, 9, 2, 'h');
            expect(parseArt9Citation(art9), art9).toEqual({ letter: 'h' });
            expect(parseArticle6Citation(art9), art9).toBeUndefined();
            const other = fill(template, language, 16, 1, 'b');
            expect(parseGdprPointCitation(other), other).toEqual({
              article: 16,
              paragraph: 1,
              letter: 'b',
            });
            expect(parseArticle6Citation(other), other).toBeUndefined();
          }
        });
      }

      it('does not read two citations, a sub-point or another act as one point', () => {
        const first = templates[0] ?? '';
        for (const text of [
          `${fill(first, language, 6, 1, 'b')}; ${fill(first, language, 6, 1, 'f')}`,
          `${fill(first, language, 6, 1, 'b')} § 26`,
          `${fill(first, language, 6, 1, 'b')} BDSG`,
        ]) {
          expect(parseGdprPointCitation(text), text).toBeUndefined();
        }
      });
    });
  }

  it('maps the Greek and Bulgarian point letters to a–j in order', () => {
    const greek = ['α', 'β', 'γ', 'δ', 'ε', 'στ', 'ζ', 'η', 'θ', 'ι'];
    const bulgarian = ['а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й'];
    greek.forEach((letter, index) => {
      expect(parseArt9Citation(`άρθρο 9 παρ. 2 στοιχ. ${letter}΄ ΓΚΠΔ`)?.letter, letter).toBe(
        'abcdefghij'[index],
      );
    });
    bulgarian.forEach((letter, index) => {
      expect(parseArt9Citation(`чл. 9, пар. 2, буква „${letter}“ от ОРЗД`)?.letter, letter).toBe(
        'abcdefghij'[index],
      );
    });
    // A Latin "b" stays b; a Cyrillic "в" is the third letter, c.
    expect(parseArticle6Citation('чл. 6, ал. 1, буква „в“')).toBe('c');
    expect(parseArticle6Citation('άρθρο 6 παρ. 1 στοιχ. γ΄')).toBe('c');
  });

  it('reads a citation after words that name the basis, not one after a number or another citation', () => {
    expect(parseArticle6Citation('berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO')).toBe(
      'f',
    );
    expect(parseArticle6Citation('contract, Article 6(1)(b) GDPR')).toBe('b');
    expect(
      parseArticle6Citation(
        "obligation légale au sens de l'article 6, paragraphe 1, point c) du RGPD",
      ),
    ).toBe('c');
    expect(
      parseArt9Citation('consentement explicite, article 9, paragraphe 2, point a) du RGPD')
        ?.letter,
    ).toBe('a');
    expect(parseGdprPointCitation('Art. 6(1)(a) and Art. 9(2)(a) GDPR')).toBeUndefined();
    expect(parseGdprPointCitation('2 Art. 6(1)(b)')).toBeUndefined();
    expect(parseGdprPointCitation('contract under Art. 6(1)(b) BDSG')).toBeUndefined();
  });

  it('reads a paragraph cited without its point, and nothing more', () => {
    for (const text of [
      'Art. 6(1) GDPR',
      'Artículo 6.1 del RGPD',
      'Art. 6 Abs. 1 DSGVO',
      'art. 6 ust. 1 RODO',
      'articolo 6, paragrafo 1',
      'čl. 6 odst. 1 GDPR',
    ]) {
      expect(parseGdprParagraphCitation(text), text).toEqual({ article: 6, paragraph: 1 });
    }
    for (const text of [
      'Art. 6(1)(b) GDPR',
      'art. 6.1 c jfr 6.3',
      'Art. 6 GDPR',
      'Art. 6(1) BDSG',
      'consent',
    ]) {
      expect(parseGdprParagraphCitation(text), text).toBeUndefined();
    }
  });

  it('keeps one-letter labels apart from point letters', () => {
    expect(parseArticle6Citation('6(1) d')).toBe('d');
    expect(parseArticle6Citation('art 6 lg 1 p b')).toBe('b');
    expect(parseArticle6Citation('чл. 6, ал. 1, б)')).toBe('b');
    expect(formatGdprPointCitation({ article: 6, paragraph: 1, letter: 'b' })).toBe('6(1)(b)');
  });

  it('reads hostile input to a bounded result', () => {
    for (const text of [
      `artikla ${'6 '.repeat(50_000)}`,
      `${'a'.repeat(100_000)} 6(1)(b)`,
      `6(1)(b) ${'gdpr '.repeat(50_000)}`,
      `${'b-lið '.repeat(20_000)}`,
    ]) {
      expect(parseGdprPointCitation(text)).toBeUndefined();
    }
  });
});
