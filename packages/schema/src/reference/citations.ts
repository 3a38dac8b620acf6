// Citations of a lettered point of a GDPR article, as notices in the EEA languages write them:
// gdpr-reference.md §2.2 (citation normalisation for `article`), as of 2026-11-23, extended to
// the citation styles of every language version of the GDPR [S1] and of notices in that
// language (row CIT-STYLES, proposed: S, read in reproductions of the language versions and in
// published notices). §2.2's single regular expression is read here by a tokenizer and a small
// reader instead, so that each language's words can be added without growing a regex; both are
// linear in the length of the text.
//
// Forms read (article N, paragraph P, point x), for example:
//   en  `Art. 6(1)(b) GDPR`, `GDPR 6(1)(b)`, `point (b) of Article 6(1)`
//   de  `Art. 6 Abs. 1 S. 1 lit. f DSGVO`, `Art. 6 Abs. 1 Buchst. f) DSGVO`, `Artikel 6 Absatz 1 Buchstabe b`
//   fr  `article 6, paragraphe 1, point a) du RGPD`, `art. 6.1.b du RGPD`
//   it  `art. 6, par. 1, lett. b) GDPR`, `art. 6, comma 1, lett. b)`, `articolo 6, paragrafo 1, lettera b)`
//   es  `artículo 6, apartado 1, letra b), del RGPD`, `artículo 6.1.b) RGPD`
//   pt  `artigo 6.º, n.º 1, alínea b)`, `alínea b) do n.º 1 do artigo 6.º do RGPD`
//   nl  `art. 6 lid 1 sub e AVG`, `artikel 6, eerste lid, onder e, AVG`, `artikel 6, lid 1, punt b)`
//   pl  `art. 6 ust. 1 lit. b RODO`      cs  `čl. 6 odst. 1 písm. b) GDPR`      sk  `čl. 6 ods. 1 písm. b) GDPR`
//   da  `artikel 6, stk. 1, litra b`     nb  `artikkel 6 nr. 1 bokstav b`       sv  `artikel 6.1 b dataskyddsförordningen`
//   fi  `6 artiklan 1 kohdan b alakohta`, `artikla 6 kohta 1 alakohta b`
//   et  `artikli 6 lõike 1 punkt b`, `IKÜM art 6 lg 1 p b`
//   hu  `6. cikk (1) bekezdés b) pont`, `GDPR 6. cikk (1) b) pontja`
//   lt  `BDAR 6 straipsnio 1 dalies b punktas`    lv  `VDAR 6. panta 1. punkta b) apakšpunkts`, `6. panta pirmās daļas f) punkts`
//   sl  `člen 6(1)(b)`, `točka (b) prvega odstavka 6. člena`, `6. člen, 1. odstavek, točka b`
//   hr  `članak 6. stavak 1. točka (b)`, `člankom 6. stavkom 1. točkom f GDPR-a`
//   ro  `articolul 6 alineatul (1) litera (b)`, `art. 6 alin. (1) lit. b) din GDPR`
//   el  `άρθρο 6 παρ. 1 στοιχ. β΄`, `στοιχείο β) του άρθρου 6 παράγραφος 1` (points α β γ δ ε στ ζ η θ ι = a–j)
//   bg  `чл. 6, ал. 1, буква „б“`, `чл. 6, пар. 1, б. „б“ от ОРЗД` (points а б в г д е ж з и й = a–j)
//   ga  `Airteagal 6(1)(b)`, `pointe (b) d'Airteagal 6(1)`    mt  `Artikolu 6(1)(b)`, `il-punt (b) tal-Artikolu 6(1)`
//   is  `b-lið 1. mgr. 6. gr.`, `6. gr. 1. mgr. b-liður`
import type { SourceRef } from './types.js';
import { lazy } from './lazy.js';
import { perText } from './per-text.js';
import { foldWord, listedWords, wordIsListed, type ListedWord } from './words.js';

/**
 * Where the word lists below come from: §2.2 for its own examples; row LB-CITE (proposed) for the
 * other languages' words, read in the language versions of the GDPR [S1] as reproduced at
 * gdprinfo.eu, gdpr-text.com and privacykit.it (e.g. Art. 13(1)(d) in each language) and in
 * published notices. They say how a notice writes a citation, not what the law is: the meaning
 * of each point (LB-* rows, V) is what a finding relies on.
 */
export const CITATION_STYLES_SOURCE: SourceRef = { row: 'LB-CITE', status: 'S' };

/** A citation of a lettered point of a GDPR article: `Art. 6(1)(b)` is `{ article: 6, paragraph: 1, letter: 'b' }`. */
export interface GdprPointCitation {
  readonly article: number;
  readonly paragraph: number;
  /** Lower-case ASCII letter a–z (Greek and Bulgarian point letters are given as their Latin counterpart). */
  readonly letter: string;
}

type CitationToken =
  | { readonly kind: 'number'; readonly value: number; readonly digits: string }
  /** A run of letters, folded (foldWord); `abbreviation` when a full stop followed it ("abs."), which it absorbed. */
  | { readonly kind: 'word'; readonly value: string; readonly abbreviation: boolean }
  /** The Icelandic point "b-lið", "b-liður": the letter with its label. */
  | { readonly kind: 'point'; readonly letter: string }
  | { readonly kind: '(' | ')' | ',' | '.' | '/' };

/** Characters that carry no meaning in a citation: quotes around a Bulgarian letter („б“), the Greek numeral sign (β΄), ordinal indicators (6.º, n.º). */
const IGNORED = new Set([
  '„',
  '“',
  '”',
  '"',
  '«',
  '»',
  '‚',
  '‘',
  '’',
  "'",
  'ʼ',
  '\u0374',
  '\u02b9',
  '\u0384',
  '\u00b4',
  '\u2032',
]);
const ORDINAL_INDICATORS = new Set(['º', 'ª', '°']);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const DIGIT = /[0-9]/u;
const MAX_TOKENS = 60;

/** The Icelandic point words after a letter and hyphen ("b-lið"), folded. */
const ICELANDIC_POINT = new Set(['lid', 'lidur', 'lidar', 'lids']);

/**
 * Splits a citation into numbers, words and `( ) , . /`; undefined for any other character
 * (a `§`, a `;`, an `&`: not a single point citation) or a text of more than MAX_TOKENS tokens.
 * Hyphenated words are split ("DS-GVO", "tal-Artikolu", "GDPR-a"), except the Icelandic point
 * "b-lið"; a colon inside a word stays ("EU:n").
 */
function citationTokens(text: string): CitationToken[] | undefined {
  const chars = [...text.normalize('NFC')];
  const tokens: CitationToken[] = [];
  let i = 0;
  while (i < chars.length) {
    if (tokens.length > MAX_TOKENS) return undefined;
    const char = chars[i] ?? '';
    if (SPACE.test(char) || IGNORED.has(char) || ORDINAL_INDICATORS.has(char)) {
      i += 1;
    } else if (DIGIT.test(char)) {
      let digits = '';
      while (i < chars.length && DIGIT.test(chars[i] ?? '')) digits += chars[i++];
      if (digits.length > 4) return undefined;
      tokens.push({ kind: 'number', value: Number(digits), digits });
    } else if (LETTER_OR_MARK.test(char)) {
      let word = '';
      for (;;) {
        const next = chars[i] ?? '';
        if (
          LETTER_OR_MARK.test(next) ||
          (next === ':' && word !== '' && LETTER_OR_MARK.test(chars[i + 1] ?? ''))
        )
          word += chars[i++];
        else break;
      }
      const folded = foldWord(word);
      // "b-lið": a point letter with the Icelandic word for point.
      if (chars[i] === '-' && /^[a-z]$/u.test(folded)) {
        let label = '';
        let j = i + 1;
        while (j < chars.length && LETTER_OR_MARK.test(chars[j] ?? '')) label += chars[j++];
        if (ICELANDIC_POINT.has(foldWord(label))) {
          tokens.push({ kind: 'point', letter: folded });
          i = j;
          if (chars[i] === '.') i += 1;
          continue;
        }
      }
      let abbreviation = false;
      if (chars[i] === '.') {
        // An abbreviation's full stop ("abs.", "čl.", "n.º"); before an ordinal indicator too.
        abbreviation = true;
        i += 1;
      }
      tokens.push({ kind: 'word', value: folded, abbreviation });
    } else if (
      char === '-' &&
      LETTER_OR_MARK.test(chars[i - 1] ?? '') &&
      LETTER_OR_MARK.test(chars[i + 1] ?? '')
    ) {
      i += 1; // a hyphen inside a word separates its parts
    } else if (char === '.' && ORDINAL_INDICATORS.has(chars[i + 1] ?? '')) {
      i += 2; // "6.º": an ordinal, not a separator
    } else if (char === '(' || char === ')' || char === ',' || char === '.' || char === '/') {
      tokens.push({ kind: char });
      i += 1;
    } else {
      return undefined;
    }
  }
  return tokens.length > MAX_TOKENS ? undefined : tokens;
}

// The words of each part, folded; `word*` = any word beginning so (inflected forms).
/** Words for "article": "Art.", "Artikel", "čl.", "cikk", "straipsnio", "panta", "gr.", "άρθρο", "чл.", "Airteagal" … */
const ARTICLE_WORDS = lazy(() =>
  listedWords([
    'art',
    'arts',
    'article',
    'artikel',
    'artikkel',
    'artikla',
    'artiklan',
    'artikli',
    'artiklis',
    'artículo',
    'articolo',
    'artigo',
    'articolul',
    'articolului',
    'artykuł*',
    'čl',
    'článek',
    'článku',
    'článok',
    'član*',
    'člen',
    'člena',
    'členu',
    'cikk*',
    'straipsn*',
    'str',
    'pant*',
    'paragrahv',
    'gr',
    'grein*',
    'άρθρ*',
    'αρθ',
    'αρ',
    'чл',
    'член*',
    'airteagal*',
    'artikolu',
  ]),
);
/** Words for "paragraph": "Abs.", "stk.", "nr.", "lid", "par.", "comma", "apartado", "n.º", "ust.", "odst.", "ods.", "alin.", "bekezdés", "kohdan", "lõike", "dalies", "punkta", "stavak", "odstavek", "mgr.", "παρ.", "ал." … */
const PARAGRAPH_WORDS = lazy(() =>
  listedWords([
    'abs',
    'absatz',
    'stk',
    'stykke',
    'nr',
    'nummer',
    'lid',
    'par',
    'para',
    'paragraph',
    'paragraphe',
    'paragrafo',
    'paragraf*',
    'apartado',
    'comma',
    'n',
    'número',
    'ust',
    'ustęp*',
    'odst',
    'odstav*',
    'ods',
    'odsek*',
    'alin',
    'aline*',
    'bekezdés*',
    'bek',
    'kohta',
    'kohdan',
    'kohdassa',
    'lõige',
    'lõike',
    'lõikes',
    'lg',
    'dalis',
    'dalies',
    'dalyje',
    'd',
    'daļa',
    'daļas',
    'daļā',
    'punkta',
    'punkts',
    'stav*',
    'mgr',
    'málsgr*',
    'παρ',
    'παράγραφ*',
    'ал',
    'алинея',
    'пар',
    'параграф*',
    'mír',
    'míre',
  ]),
);
/** Ordinal paragraph words: nl "eerste lid", sl "prvega odstavka", lv "pirmās daļas", hu "első bekezdés" … */
const PARAGRAPH_ORDINALS = lazy(
  (): ReadonlyMap<string, number> =>
    new Map(
      [
        ['eerste', 1],
        ['tweede', 2],
        ['first', 1],
        ['second', 2],
        ['prvega', 1],
        ['prvi', 1],
        ['první', 1],
        ['drugega', 2],
        ['drugi', 2],
        ['pirmās', 1],
        ['otrās', 2],
        ['primo', 1],
        ['secondo', 2],
        ['premier', 1],
        ['első', 1],
        ['második', 2],
      ].map(([word, value]) => [foldWord(String(word)), Number(value)]),
    ),
);
/** Words before a sentence or subparagraph number, de "S. 1", "Satz 1", "UAbs. 1": the points stand in the first. */
const SENTENCE_WORDS = lazy(() => listedWords(['s', 'satz', 'uabs', 'unterabs', 'unterabsatz']));
/** Words for "point": "lit.", "litra", "led", "bokstav", "sub", "onder", "punt", "point", "lett.", "letra", "písm.", "alínea", "Buchst.", "pont", "alakohta", "punkt", "punktas", "apakšpunkts", "točka", "στοιχ.", "περ.", "буква", "б.", "pointe" … */
const POINT_WORDS = lazy(() =>
  listedWords([
    'lit',
    'litt',
    'litera',
    'litery',
    'literei',
    'litra',
    'pkt',
    'led',
    'bokstav',
    'sub',
    'onder',
    'punt',
    'point',
    'pointe',
    'phointe',
    'letter',
    'lett',
    'lettera',
    'letra',
    'písm',
    'písmeno',
    'písmene',
    'písmena',
    'alínea',
    'al',
    'buchst',
    'buchstabe',
    'pont*',
    'alakohta',
    'alakohd*',
    'punkt*',
    'p',
    'apakšpunkt*',
    'točk*',
    'tocka',
    'στοιχ*',
    'περ',
    'περίπτωσ*',
    'буква',
    'букви',
    'б',
    'т',
  ]),
);
/** Small words between the parts and around the regulation's name: "of the", "du", "del", "do", "tal", "του", "от", "din" … */
const CONNECTOR_WORDS = lazy(() =>
  listedWords([
    'of',
    'the',
    'du',
    'de',
    'la',
    'l',
    'del',
    'dell',
    'der',
    'des',
    'van',
    'het',
    'di',
    'della',
    'do',
    'da',
    'dos',
    'das',
    'd',
    'den',
    'an',
    'tal',
    'il',
    'ta',
    'i',
    'του',
    'της',
    'от',
    'на',
    'din',
    'az',
    'a',
    'o',
    'u',
    'z',
    'ze',
  ]),
);
/** The regulation's name, abbreviation or the head noun of its full name in each language: the part of a tail that makes it a tail. */
const REGULATION_NAMES = lazy(() =>
  listedWords([
    'gdpr',
    'dsgvo',
    'gvo',
    'avg',
    'rgpd',
    'rodo',
    'орзд',
    'γκπδ',
    'bdar',
    'vdar',
    'ikum',
    'rgcs',
    'rġpd',
    'regulation',
    'verordnung',
    'grundverordnung',
    'règlement',
    'reglamento',
    'regolamento',
    'regulamento',
    'regulamentul*',
    'rozporządzeni*',
    'nařízení',
    'nariadeni*',
    'uredb*',
    'rendelet*',
    'asetu*',
    'määrus*',
    'üldmäärus*',
    'reglament*',
    'regul*',
    'κανονισμ*',
    'регламент*',
    'rialachán*',
    'regolament',
    'reglugerð*',
    'forordning*',
    'förordning*',
    'dataskyddsförordning*',
    'personvernforordning*',
    'databeskyttelsesforordning*',
    'persondataforordning*',
    'verordening',
    'personuverndarreglugerð*',
  ]),
);
/** Other words of the regulation's full name and the Union's abbreviations ("(EU)", "(UE)", "(ES)", "(ЕС)", "(ΕΕ)"), and case endings after an abbreviation ("GDPR-a"). */
const REGULATION_WORDS = lazy(() =>
  listedWords([
    'general',
    'generale',
    'général',
    'generali',
    'geral',
    'data',
    'datos',
    'dati',
    'dados',
    'données',
    'daten',
    'datenschutz',
    'protection',
    'protezione',
    'protección',
    'proteção',
    'ochronie',
    'ochraně',
    'ochrane',
    'varstvu',
    'zaštiti',
    'protecția',
    'protecţia',
    'adatvédelmi',
    'általános',
    'tietosuoja',
    'yleisen',
    'isikuandmete',
    'kaitse',
    'bendrojo',
    'duomenų',
    'apsaugos',
    'vispārīgās',
    'datu',
    'aizsardzības',
    'γενικού',
    'προστασίας',
    'δεδομένων',
    'общия',
    'относно',
    'защита',
    'защитата',
    'данните',
    'ginearálta',
    'maidir',
    'le',
    'cosaint',
    'sonraí',
    'ġenerali',
    'dwar',
    'protezzjoni',
    'tad',
    'almennu',
    'obecného',
    'obecné',
    'všeobecného',
    'osobních',
    'osobných',
    'údajů',
    'údajov',
    'podatkov',
    'podataka',
    'opće',
    'splošne',
    'sur',
    'sulla',
    'dei',
    'sobre',
    'privind',
    'datelor',
    'ogólnego',
    'danych',
    'eu',
    'ue',
    'es',
    'el',
    'ae',
    'ес',
    'εε',
    'esb',
    'eu:n',
    'ds',
    'n',
    'om',
    'ia',
    'in',
    'nr',
    'no',
  ]),
);
/** Postpositions after a citation: hu "… b) pontja alapján", fi "… b alakohdan nojalla", et "… punkti b alusel". */
const TRAILING_WORDS = lazy(() =>
  listedWords([
    'alapján',
    'szerint',
    'nojalla',
    'mukaisesti',
    'perusteella',
    'alusel',
    'kohaselt',
    'põhjal',
  ]),
);
/** Words that may open a citation before the regulation's name or the article: "according to", "gemäß", "ai sensi", "na podstawie" … */
const LEAD_WORDS = lazy(() =>
  listedWords([
    'ex',
    'gem',
    'gemäß',
    'nach',
    'per',
    'under',
    'pursuant',
    'to',
    'according',
    'on',
    'basis',
    'ai',
    'sensi',
    'sensu',
    'na',
    'podstawie',
    'zgodnie',
    'podle',
    'podľa',
    'vastavalt',
    'saskaņā',
    'pagal',
    'alapján',
    'nos',
    'termos',
    'conform',
    'según',
    'conformément',
    'base',
  ]),
);

const LEAD_IN_WORDS = lazy((): readonly ListedWord[] => [...LEAD_WORDS(), ...CONNECTOR_WORDS()]);

/** Greek point letters α β γ δ ε στ ζ η θ ι and Bulgarian а б в г д е ж з и й, in order a–j (folded). */
const GREEK_POINTS = ['α', 'β', 'γ', 'δ', 'ε', 'στ', 'ζ', 'η', 'θ', 'ι'];
const BULGARIAN_POINTS = ['а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й'];
const LATIN_POINTS = 'abcdefghij';

/** The Latin letter of a point letter token: "b", Greek "β", "στ", Bulgarian "б". */
function pointLetter(token: CitationToken | undefined): string | undefined {
  if (token?.kind === 'point') return token.letter;
  if (token?.kind !== 'word') return undefined;
  if (/^[a-z]$/u.test(token.value)) return token.value;
  const greek = GREEK_POINTS.indexOf(token.value);
  if (greek >= 0) return LATIN_POINTS[greek];
  const bulgarian = BULGARIAN_POINTS.indexOf(token.value);
  return bulgarian >= 0 ? LATIN_POINTS[bulgarian] : undefined;
}

/** A number that can be an article or paragraph number: one to three digits, no leading zero. */
function provisionNumber(token: CitationToken | undefined): number | undefined {
  if (
    token?.kind !== 'number' ||
    token.digits.length > 3 ||
    (token.digits.length > 1 && token.digits.startsWith('0'))
  )
    return undefined;
  return token.value;
}

/** A reader over the tokens that can be reset to a position (each part is tried at most a few ways, so it stays linear). */
class CitationReader {
  at = 0;
  constructor(private readonly tokens: readonly CitationToken[]) {}

  peek(ahead = 0): CitationToken | undefined {
    return this.tokens[this.at + ahead];
  }
  get done(): boolean {
    return this.at >= this.tokens.length;
  }
  take(kind: CitationToken['kind']): boolean {
    if (this.peek()?.kind !== kind) return false;
    this.at += 1;
    return true;
  }
  isWord(words: readonly ListedWord[], ahead = 0): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'word' && wordIsListed(token.value, words);
  }
  /**
   * A label word ("Abs.", "lit.") when what follows is what it labels (`next` checks the token
   * after it). A one-letter label ("p", "d.", Bulgarian "б.") could be a point letter, so it
   * counts as a label only then.
   */
  takeLabel(
    words: readonly ListedWord[],
    next: (token: CitationToken | undefined) => boolean,
  ): boolean {
    const token = this.peek();
    if (token?.kind !== 'word' || !wordIsListed(token.value, words)) return false;
    if ([...token.value].length === 1 && !next(this.peek(1))) return false;
    this.at += 1;
    return true;
  }
  /**
   * A label after what it labels ("6 straipsnio", "1. punkta", "b) pont", Lithuanian "1 d.").
   * A one-letter label must carry its full stop and be followed by what `next` accepts, so that
   * "6(1) d" stays a point letter.
   */
  takePostfixLabel(
    words: readonly ListedWord[],
    next: (token: CitationToken | undefined) => boolean,
  ): boolean {
    const start = this.at;
    if (this.peek()?.kind === '.' && this.peek(1)?.kind === 'word') this.at += 1;
    const token = this.peek();
    if (
      token?.kind === 'word' &&
      wordIsListed(token.value, words) &&
      ([...token.value].length > 1 || (token.abbreviation && next(this.peek(1))))
    ) {
      this.at += 1;
      return true;
    }
    this.at = start;
    return false;
  }
  takeNumber(): number | undefined {
    const value = provisionNumber(this.peek());
    if (value !== undefined) this.at += 1;
    return value;
  }
  skipSeparators(): void {
    while (this.take(',') || this.take('.')) {
      // ", " and ". " between the parts
    }
  }
  skipWords(words: readonly ListedWord[]): void {
    while (this.isWord(words)) this.at += 1;
  }
}

const isNumberToken = (token: CitationToken | undefined): boolean =>
  provisionNumber(token) !== undefined;
const isParenthesisOrNumber = (token: CitationToken | undefined): boolean =>
  token?.kind === '(' || isNumberToken(token);
const isLetterToken = (token: CitationToken | undefined): boolean =>
  token?.kind === '(' || pointLetter(token) !== undefined;

/** The article: "Art. 6", "6", "6. cikk", "6 artiklan", "6. gr.". Leaves a "(1)" or ".1" after it to the paragraph. */
function readArticle(reader: CitationReader): number | undefined {
  reader.takeLabel(ARTICLE_WORDS(), isNumberToken);
  const article = reader.takeNumber();
  if (article === undefined) return undefined;
  // A label after the number, perhaps after an ordinal full stop: "6. cikk", "6 straipsnio".
  reader.takePostfixLabel(ARTICLE_WORDS(), () => true);
  return article;
}

/**
 * The paragraph: "(1)", "Abs. 1", "alineatul (1)", "eerste lid", "prvega odstavka",
 * "1 kohdan", "1. punkta", "(1) bekezdés", or (when `labelled` is false) a bare "1".
 */
function readParagraph(reader: CitationReader, labelled: boolean): number | undefined {
  const start = reader.at;
  const first = reader.peek();
  if (reader.take('(')) {
    const paragraph = reader.takeNumber();
    if (paragraph === undefined || !reader.take(')')) return undefined;
    reader.takePostfixLabel(PARAGRAPH_WORDS(), isLetterToken);
    return paragraph;
  }
  if (
    first?.kind === 'word' &&
    PARAGRAPH_ORDINALS().has(first.value) &&
    reader.isWord(PARAGRAPH_WORDS(), 1)
  ) {
    reader.at += 2;
    return PARAGRAPH_ORDINALS().get(first.value);
  }
  if (reader.takeLabel(PARAGRAPH_WORDS(), isParenthesisOrNumber)) {
    const parenthesised = reader.take('(');
    const paragraph = reader.takeNumber();
    if (paragraph === undefined || (parenthesised && !reader.take(')'))) {
      reader.at = start;
      return undefined;
    }
    return paragraph;
  }
  const paragraph = reader.takeNumber();
  if (paragraph === undefined) return undefined;
  if (!reader.takePostfixLabel(PARAGRAPH_WORDS(), isLetterToken) && labelled) {
    reader.at = start;
    return undefined;
  }
  return paragraph;
}

/** German "S. 1" / "UAbs. 1": the lettered points are in the first sentence. False for another sentence. */
function readSentence(reader: CitationReader): boolean {
  if (!reader.isWord(SENTENCE_WORDS()) || !isNumberToken(reader.peek(1))) return true;
  reader.at += 1;
  return reader.takeNumber() === 1;
}

/** The point: "lit. f", "(b)", "b)", "b", "b) pont", "b alakohta", "точка (b)", "στοιχ. β΄", "буква „б“", "b-lið". */
function readPoint(reader: CitationReader): string | undefined {
  const icelandic = reader.peek();
  if (icelandic?.kind === 'point') {
    reader.at += 1;
    return icelandic.letter;
  }
  const start = reader.at;
  reader.takeLabel(POINT_WORDS(), isLetterToken);
  let letter: string | undefined;
  if (reader.take('(')) {
    letter = pointLetter(reader.peek());
    if (letter === undefined) {
      reader.at = start;
      return undefined;
    }
    reader.at += 1;
    if (!reader.take(')')) {
      reader.at = start;
      return undefined;
    }
  } else {
    letter = pointLetter(reader.peek());
    if (letter === undefined) {
      reader.at = start;
      return undefined;
    }
    reader.at += 1;
    reader.take(')');
  }
  reader.takePostfixLabel(POINT_WORDS(), () => true);
  return letter;
}

/** Article, paragraph, (sentence,) point: the order of most languages. */
function readForward(reader: CitationReader): GdprPointCitation | undefined {
  const article = readArticle(reader);
  if (article === undefined) return undefined;
  reader.skipSeparators();
  const paragraph = readParagraph(reader, false);
  if (paragraph === undefined) return undefined;
  reader.skipSeparators();
  if (!readSentence(reader)) return undefined;
  reader.skipSeparators();
  const letter = readPoint(reader);
  return letter === undefined ? undefined : { article, paragraph, letter };
}

/** Point first, then article and paragraph in either order: "point (b) of Article 6(1)", "točka (b) prvega odstavka 6. člena", "b-lið 1. mgr. 6. gr.". */
function readReversed(reader: CitationReader): GdprPointCitation | undefined {
  if (reader.peek()?.kind !== 'point' && !reader.isWord(POINT_WORDS())) return undefined;
  const letter = readPoint(reader);
  if (letter === undefined) return undefined;
  reader.skipSeparators();
  reader.skipWords(CONNECTOR_WORDS());
  // The paragraph first ("prvega odstavka 6. člena", "1. mgr. 6. gr."), then the article.
  const paragraphFirst = readParagraph(reader, true);
  if (paragraphFirst !== undefined) {
    reader.skipSeparators();
    reader.skipWords(CONNECTOR_WORDS());
    const article = readArticle(reader);
    return article === undefined ? undefined : { article, paragraph: paragraphFirst, letter };
  }
  const article = readArticle(reader);
  if (article === undefined) return undefined;
  reader.skipSeparators();
  const paragraph = readParagraph(reader, true);
  return paragraph === undefined ? undefined : { article, paragraph, letter };
}

/**
 * Consumes the regulation's designation: "GDPR", "of the GDPR", "du RGPD", "Regulation (EU)
 * 2016/679", "GDPR-a", "Opće uredbe o zaštiti podataka". True when the tokens from here to the
 * end are such a designation (or nothing, or only a postposition such as "alapján"), naming the
 * regulation at least once.
 */
function readDesignation(reader: CitationReader, untilEnd: boolean): boolean {
  let named = false;
  // Words and punctuation that only belong to a designation: without a name they are something else ("(i)").
  let unnamedParts = 0;
  for (;;) {
    const token = reader.peek();
    if (token === undefined) break;
    if (token.kind === 'word' && wordIsListed(token.value, REGULATION_NAMES())) named = true;
    else if (token.kind === 'number' && (token.digits === '2016' || token.digits === '679'))
      named = true;
    else if (token.kind === 'word' && wordIsListed(token.value, TRAILING_WORDS())) {
      // "alapján", "nojalla": a postposition, not part of the name
    } else if (
      token.kind === 'word' &&
      (wordIsListed(token.value, CONNECTOR_WORDS()) ||
        wordIsListed(token.value, REGULATION_WORDS()))
    ) {
      unnamedParts += 1;
    } else if (
      token.kind === '(' ||
      token.kind === ')' ||
      token.kind === ',' ||
      token.kind === '.' ||
      token.kind === '/'
    ) {
      unnamedParts += 1; // "(EU) 2016/679", "GDPR."
    } else break;
    reader.at += 1;
  }
  if (untilEnd && !reader.done) return false;
  return named || unnamedParts === 0;
}

/**
 * Reads a citation of a lettered point of a GDPR article in the style of any EEA language (see
 * the forms above): perhaps a lead-in and the regulation's name, then article, paragraph and
 * point in the forward or the point-first order, then perhaps the regulation's name; or words
 * naming the basis before such a citation that starts with its article word. Undefined when the
 * text is anything else (no letter, a sub-point such as `(h)(i)`, several citations, another act
 * named after it, a national statute's `§`).
 */
export const parseGdprPointCitation = perText(pointCitationIn);

function pointCitationIn(text: string): GdprPointCitation | undefined {
  const tokens = citationTokens(text);
  if (tokens === undefined || tokens.length === 0) return undefined;
  const whole = readCitation(tokens);
  if (whole !== undefined) return whole;
  // The basis in words, then its citation: "zmluvný vzťah v zmysle čl. 6 ods. 1 písm. b)",
  // "Vertrag, Art. 6 Abs. 1 lit. b DSGVO", "legitimate interests under Article 6(1)(f)". Only
  // words (and commas) may stand before the first "Art." with its number, so a text with two
  // citations ("Art. 6(1)(a) and Art. 9(2)(a)") is still not read as one point.
  const article = tokens.findIndex(
    (token, index) =>
      token.kind === 'word' &&
      wordIsListed(token.value, ARTICLE_WORDS()) &&
      isNumberToken(tokens[index + 1]),
  );
  if (
    article <= 0 ||
    !tokens.slice(0, article).every((token) => token.kind === 'word' || token.kind === ',')
  )
    return undefined;
  return readCitation(tokens.slice(article));
}

function readCitation(tokens: readonly CitationToken[]): GdprPointCitation | undefined {
  const reader = new CitationReader(tokens);
  // A lead-in and the regulation's name first ("gemäß DSGVO Art. 6 …", "GDPR 6(1)(b)", "BDAR 6 straipsnio …").
  reader.skipWords(LEAD_IN_WORDS());
  const afterLead = reader.at;
  if (!readDesignation(reader, false)) reader.at = afterLead;
  const start = reader.at;
  for (const read of [readForward, readReversed]) {
    reader.at = start;
    const citation = read(reader);
    if (citation === undefined) continue;
    reader.skipSeparators();
    if (readDesignation(reader, true)) return citation;
  }
  return undefined;
}

/**
 * A citation of a paragraph of a GDPR article without a point, in the forward order: "Art. 6(1)
 * GDPR", "Artículo 6.1 del RGPD", "Art. 6 Abs. 1 DSGVO", "art. 6 ust. 1 RODO". Undefined for
 * anything else, a citation with its point included (parseGdprPointCitation reads those).
 */
export function parseGdprParagraphCitation(
  text: string,
): { readonly article: number; readonly paragraph: number } | undefined {
  const tokens = citationTokens(text);
  if (tokens === undefined || tokens.length === 0) return undefined;
  const reader = new CitationReader(tokens);
  reader.skipWords(LEAD_IN_WORDS());
  const afterLead = reader.at;
  if (!readDesignation(reader, false)) reader.at = afterLead;
  const article = readArticle(reader);
  if (article === undefined) return undefined;
  reader.skipSeparators();
  const paragraph = readParagraph(reader, false);
  if (paragraph === undefined) return undefined;
  reader.skipSeparators();
  return readDesignation(reader, true) ? { article, paragraph } : undefined;
}

/** `6(1)(b)`: the canonical form of a point citation. */
export function formatGdprPointCitation(citation: GdprPointCitation): string {
  return `${citation.article}(${citation.paragraph})(${citation.letter})`;
}
