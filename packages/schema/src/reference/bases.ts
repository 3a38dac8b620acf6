// Art. 6(1) legal bases: gdpr-reference.md §2.1 and §2.2, as of 2026-11-23.
import type { Art6Letter, LanguageCode, LegalBasisId, SourceRef, SourceStatus } from './types.js';

export interface LegalBasisInfo {
  readonly id: LegalBasisId;
  readonly letter: Art6Letter;
  /** Canonical citation, e.g. `'6(1)(a)'`. */
  readonly article: string;
  /** English paraphrase of the condition (not verbatim). */
  readonly title: string;
  /** Wording of the Swedish GDPR text, as quoted in the reference. */
  readonly swedishStatuteWording: string;
  /** Terms Swedish policies use for this basis. */
  readonly swedishTerms: readonly string[];
  /** Declaration field that should accompany this basis (§2.1 "Companion field"). */
  readonly companionField?: 'legalObligation' | 'legitimateInterest';
  readonly source: SourceRef;
}

export const LEGAL_BASES: readonly LegalBasisInfo[] = [
  // gdpr-reference.md#LB-consent, as of 2026-11-23
  {
    id: 'consent',
    letter: 'a',
    article: '6(1)(a)',
    title: 'Consent for one or more specific purposes (conditions: Art. 7)',
    swedishStatuteWording: 'lämnat sitt samtycke',
    swedishTerms: ['samtycke'],
    source: { row: 'LB-consent', status: 'V' },
  },
  // gdpr-reference.md#LB-contract, as of 2026-11-23
  {
    id: 'contract',
    letter: 'b',
    article: '6(1)(b)',
    title: 'Necessary for a contract with the data subject or pre-contract steps at their request',
    swedishStatuteWording: 'fullgöra ett avtal',
    swedishTerms: ['avtal', 'fullgörande av avtal'],
    source: { row: 'LB-contract', status: 'V' },
  },
  // gdpr-reference.md#LB-legal-obligation, as of 2026-11-23
  {
    id: 'legal-obligation',
    letter: 'c',
    article: '6(1)(c)',
    title:
      'Necessary to comply with a legal obligation of the controller (Union/Member State law, 6(3))',
    swedishStatuteWording: 'fullgöra en rättslig förpliktelse',
    swedishTerms: ['rättslig förpliktelse'],
    companionField: 'legalObligation',
    source: { row: 'LB-legal-obligation', status: 'V' },
  },
  // gdpr-reference.md#LB-vital-interests, as of 2026-11-23
  {
    id: 'vital-interests',
    letter: 'd',
    article: '6(1)(d)',
    title: 'Necessary to protect vital interests of the data subject or another person',
    swedishStatuteWording: 'intressen som är av grundläggande betydelse',
    swedishTerms: ['grundläggande intresse'],
    source: { row: 'LB-vital-interests', status: 'V' },
  },
  // gdpr-reference.md#LB-public-task, as of 2026-11-23
  // Companion field in the reference: "statute (may reuse `legalObligation`)".
  {
    id: 'public-task',
    letter: 'e',
    article: '6(1)(e)',
    title:
      'Necessary for a task in the public interest or exercise of official authority (basis in law, 6(3))',
    swedishStatuteWording: 'uppgift av allmänt intresse … myndighetsutövning',
    swedishTerms: ['allmänt intresse', 'myndighetsutövning'],
    companionField: 'legalObligation',
    source: { row: 'LB-public-task', status: 'V' },
  },
  // gdpr-reference.md#LB-legitimate-interests, as of 2026-11-23
  {
    id: 'legitimate-interests',
    letter: 'f',
    article: '6(1)(f)',
    title:
      'Necessary for legitimate interests of the controller or a third party unless overridden (especially for a child)',
    swedishStatuteWording: 'berättigade intressen',
    swedishTerms: ['berättigat intresse', 'intresseavvägning'],
    companionField: 'legitimateInterest',
    source: { row: 'LB-legitimate-interests', status: 'V' },
  },
];

export function legalBasisById(id: string): LegalBasisInfo | undefined {
  return LEGAL_BASES.find((b) => b.id === id);
}

export function legalBasisByLetter(letter: string): LegalBasisInfo | undefined {
  const l = letter.trim().toLowerCase();
  return LEGAL_BASES.find((b) => b.letter === l);
}

// gdpr-reference.md §2.2 (citation normalisation for `article`), as of 2026-11-23.
//   Accepts: `6(1)(b)`, `6(1) b`, `6 (1) b`, `6.1 b`, `6.1.b`, `artikel 6.1 b`, `art. 6 (1) f`,
//            `Art. 6 Abs. 1 lit. b DSGVO`, `artikel 6, stk. 1, litra c`, `Art. 6 nr. 1 bokstav f`
//   Rejects: `6(1)(g)`, `9(2)(a)`, `16(1)(a)`
// The reference gives one regex for this; it is read here by a small tokenizer and a
// recursive-descent reader instead, so that the citation styles of the other EEA languages
// (the way each language version of the GDPR and its commentaries cite a point) can be added
// word by word without growing that regex:
//   de  `Art. 6 Abs. 1 S. 1 lit. f DSGVO`, `Art. 6 Abs. 1 lit. f DS-GVO`
//   en  `Article 6(1)(b) of the GDPR`, `Art. 6(1)(b) GDPR`
//   nl  `art. 6 lid 1 sub e AVG`, `artikel 6, eerste lid, onder e, AVG`
//   fr  `article 6, paragraphe 1, point a) du RGPD`
//   it  `art. 6, par. 1, lett. b) GDPR`
//   es  `artículo 6, apartado 1, letra b), del RGPD`
//   pl  `art. 6 ust. 1 lit. b RODO`
//   cs  `čl. 6 odst. 1 písm. b) GDPR`
//   nb  `Art. 6 nr. 1 bokstav f personvernforordningen`
// Both passes are linear in the length of the text (no backtracking).

/** A citation of a lettered point of a GDPR article: `Art. 6(1)(b)` is `{ article: 6, paragraph: 1, letter: 'b' }`. */
export interface GdprPointCitation {
  readonly article: number;
  readonly paragraph: number;
  /** Lower-case ASCII letter a–z. */
  readonly letter: string;
}

type CitationToken =
  | { readonly kind: 'number'; readonly value: number }
  /** A run of letters (lower case), hyphens inside allowed ("ds-gvo"); a full stop right after it is absorbed ("abs."). */
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: '(' | ')' | ',' | '.' };

/** "art", "Artikel", "čl." … (the full stop is part of the token). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set([
  'art', 'arts', 'article', 'artikel', 'artikkel', 'artículo', 'articulo', 'articolo', 'artykuł', 'artykul', 'čl', 'článek', 'článku', 'cl',
]);
/** Words before the paragraph number: de Abs., da stk., nb nr., nl lid, fr/it/en par., es apartado, pl ust., cs odst., ro alin. */
const PARAGRAPH_WORDS: ReadonlySet<string> = new Set([
  'abs', 'absatz', 'stk', 'stykke', 'nr', 'nummer', 'lid', 'par', 'para', 'paragraph', 'paragraphe', 'paragrafo', 'apartado', 'ust', 'ustęp', 'odst', 'odstavec', 'alin', 'alineatul',
]);
/** Ordinal paragraph words: nl "eerste lid", en "first paragraph". */
const PARAGRAPH_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['eerste', 1], ['tweede', 2], ['first', 1], ['second', 2],
]);
/** Words before a sentence or subparagraph number, de "S. 1", "Satz 1", "UAbs. 1": the points stand in the first. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['s', 'satz', 'uabs', 'unterabs', 'unterabsatz']);
/** Words before the letter: de/pl lit., da litra, sv led, nb bokstav, nl sub/onder, fr/en point, it lett., es letra, cs písm. */
const POINT_WORDS: ReadonlySet<string> = new Set([
  'lit', 'litt', 'litera', 'litra', 'led', 'bokstav', 'sub', 'onder', 'point', 'letter', 'lett', 'lettera', 'letra', 'písm', 'pism', 'písmeno', 'alínea', 'alinea',
]);
/** Small words between the point and the regulation's name: "of the GDPR", "du RGPD", "del RGPD". */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'du', 'de', 'la', 'del', 'der', 'des', 'van', 'het', 'di', 'della']);
/** The regulation's name or abbreviation in the EEA languages. */
const REGULATION_NAMES: ReadonlySet<string> = new Set([
  'gdpr', 'eu-gdpr', 'dsgvo', 'ds-gvo', 'eu-dsgvo', 'avg', 'rgpd', 'rodo', 'dataskyddsförordningen', 'personvernforordningen', 'databeskyttelsesforordningen',
]);

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

/**
 * Splits a citation into numbers, words and the punctuation `( ) , .`; undefined for any other
 * character (a `§`, a `;`: not a single point citation) or a number with a leading zero or more
 * than three digits.
 */
function citationTokens(text: string): CitationToken[] | undefined {
  const chars = [...text.normalize('NFC').toLowerCase()];
  const tokens: CitationToken[] = [];
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] ?? '';
    if (SPACE.test(char)) {
      i += 1;
    } else if (char >= '0' && char <= '9') {
      let digits = '';
      while (i < chars.length && (chars[i] ?? '') >= '0' && (chars[i] ?? '') <= '9') digits += chars[i++];
      if (digits.length > 3 || (digits.length > 1 && digits.startsWith('0'))) return undefined;
      tokens.push({ kind: 'number', value: Number(digits) });
    } else if (LETTER_OR_MARK.test(char)) {
      let word = '';
      for (;;) {
        const next = chars[i] ?? '';
        if (LETTER_OR_MARK.test(next)) word += chars[i++];
        else if (next === '-' && LETTER_OR_MARK.test(chars[i + 1] ?? '')) word += chars[i++];
        else break;
      }
      if (chars[i] === '.') i += 1; // an abbreviation's full stop: "abs.", "lit.", "čl."
      tokens.push({ kind: 'word', value: word.normalize('NFC') });
    } else if (char === '(' || char === ')' || char === ',' || char === '.') {
      tokens.push({ kind: char });
      i += 1;
    } else {
      return undefined;
    }
  }
  return tokens;
}

/**
 * Reads a citation of a lettered point of a GDPR article in any of the styles above:
 * `[article word] N <paragraph> [sentence] [point word] <letter> [[of the] regulation]`, where
 * the paragraph is `(P)`, `.P`, `[paragraph word] P` or "eerste lid", the letter `(x)`, `x)` or
 * `x`, and a comma or full stop may separate the parts. Undefined when the text is anything
 * else (no letter, a sub-point such as `(h)(i)`, several citations, a statute name).
 */
export function parseGdprPointCitation(text: string): GdprPointCitation | undefined {
  const tokens = citationTokens(text);
  if (tokens === undefined) return undefined;
  let at = 0;
  const peek = (ahead = 0): CitationToken | undefined => tokens[at + ahead];
  const take = (kind: CitationToken['kind']): boolean => {
    if (peek()?.kind !== kind) return false;
    at += 1;
    return true;
  };
  const takeWord = (words: ReadonlySet<string>): boolean => {
    const token = peek();
    if (token?.kind !== 'word' || !words.has(token.value)) return false;
    at += 1;
    return true;
  };
  const takeNumber = (): number | undefined => {
    const token = peek();
    if (token?.kind !== 'number') return undefined;
    at += 1;
    return token.value;
  };
  const takeLetter = (): string | undefined => {
    const token = peek();
    if (token?.kind !== 'word' || !/^[a-z]$/.test(token.value)) return undefined;
    at += 1;
    return token.value;
  };
  const takeSeparator = (): boolean => take(',') || take('.');

  // "Art." / "artikel" / "čl." (optional), then the article number.
  takeWord(ARTICLE_WORDS);
  const article = takeNumber();
  if (article === undefined) return undefined;
  take(',');

  // The paragraph: "(1)", ".1", "Abs. 1", "lid 1", bare "1", or "eerste lid".
  let paragraph: number | undefined;
  const first = peek();
  if (take('(')) {
    paragraph = takeNumber();
    if (!take(')')) return undefined;
  } else if (take('.')) {
    paragraph = takeNumber();
  } else if (first?.kind === 'word' && PARAGRAPH_ORDINALS.has(first.value) && peek(1)?.kind === 'word') {
    paragraph = PARAGRAPH_ORDINALS.get(first.value);
    at += 1;
    if (!takeWord(PARAGRAPH_WORDS)) return undefined;
  } else {
    takeWord(PARAGRAPH_WORDS);
    paragraph = takeNumber();
  }
  if (paragraph === undefined) return undefined;
  takeSeparator();

  // German "S. 1" / "UAbs. 1": the lettered points are in the first sentence.
  const sentence = peek();
  if (sentence?.kind === 'word' && SENTENCE_WORDS.has(sentence.value) && peek(1)?.kind === 'number') {
    at += 1;
    if (takeNumber() !== 1) return undefined;
    takeSeparator();
  }

  // The point: "lit. f", "(b)", "b)", "b".
  takeWord(POINT_WORDS);
  let letter: string | undefined;
  if (take('(')) {
    letter = takeLetter();
    if (!take(')')) return undefined;
  } else {
    letter = takeLetter();
    take(')');
  }
  if (letter === undefined) return undefined;
  takeSeparator();

  // The regulation, if named: "GDPR", "of the GDPR", "du RGPD", then perhaps a full stop.
  if (at < tokens.length) {
    while (takeWord(CONNECTOR_WORDS)) {
      // "of the", "du", "del"
    }
    if (!takeWord(REGULATION_NAMES)) return undefined;
    take('.');
  }
  return at === tokens.length ? { article, paragraph, letter } : undefined;
}

/** `6(1)(b)`: the canonical form of a point citation. */
export function formatGdprPointCitation(citation: GdprPointCitation): string {
  return `${citation.article}(${citation.paragraph})(${citation.letter})`;
}

/**
 * The Art. 6(1) letter a citation such as `"art. 6 (1) f"` names, or `undefined` when the
 * text is not a citation of a point of Art. 6(1) (§2.2): another article or paragraph, a letter
 * after (f), or text that is not a citation.
 */
export function parseArticle6Citation(text: string): Art6Letter | undefined {
  const citation = parseGdprPointCitation(text);
  if (citation === undefined || citation.article !== 6 || citation.paragraph !== 1) return undefined;
  switch (citation.letter) {
    case 'a':
    case 'b':
    case 'c':
    case 'd':
    case 'e':
    case 'f':
      return citation.letter;
    default:
      return undefined;
  }
}

// gdpr-reference.md#LB-legitimate-interests and #WP-LI, as of 2026-11-23.
// Art. 13(1)(d) / 14(2)(b) (INF-LI, V) require "the legitimate interests pursued"; WP-LI: identify
// the specific interest, not a generic "legitimate interests". A text that is nothing but the name
// of the basis (or of its balancing test) therefore states no interest. Swedish: the statute
// wording and policy terms of LB-legitimate-interests (V), with their inflections. English: the
// reference's own wording of the V rows INF-LI ("the legitimate interests pursued") and
// LB-legitimate-interests, and §8.2's "legitimate interests; balancing test (6(1)(f))", read in
// the English text [S1]: V on the same footing as the English terms of sources.ts. Other
// languages: the wording of Art. 6(1)(f) in that language version of the GDPR [S1] and the usual
// name of the balancing test, read in reproductions (gdpr-text.com, gdprinfo.eu, sandtro.no); not
// yet rows of gdpr-reference.md, hence S: a phrase found only in those lists may back a warning,
// not an error (genericLegitimateInterestStatus).
export const GENERIC_LEGITIMATE_INTEREST_PHRASES: Readonly<Record<LanguageCode, readonly string[]>> = {
  sv: [
    'berättigat intresse', // LB-legitimate-interests swedishTerms
    'intresseavvägning', // LB-legitimate-interests swedishTerms
    'berättigade intressen', // LB-legitimate-interests statute wording
    'berättigade intresse',
    'vårt berättigade intresse',
    'våra berättigade intressen',
    'legitimt intresse',
    'legitima intressen',
  ],
  en: [
    'legitimate interest',
    'legitimate interests',
    'our legitimate interest',
    'our legitimate interests',
    'balancing of interests',
    'balancing test',
  ],
  nb: [
    'berettiget interesse',
    'berettigede interesser',
    'legitim interesse',
    'legitimt interesse',
    'legitime interesser',
    'interesseavveining',
  ],
  da: ['legitim interesse', 'legitime interesser', 'berettiget interesse', 'berettigede interesser', 'interesseafvejning'],
  de: [
    'berechtigtes interesse',
    'berechtigte interessen',
    'berechtigten interessen',
    'unser berechtigtes interesse',
    'unsere berechtigten interessen',
    'interessenabwägung',
  ],
  fr: ['intérêt légitime', 'intérêts légitimes', 'notre intérêt légitime', 'nos intérêts légitimes'],
  nl: ['gerechtvaardigd belang', 'gerechtvaardigde belangen', 'ons gerechtvaardigd belang', 'belangenafweging'],
};

export const GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES: Readonly<Record<LanguageCode, SourceRef>> = {
  sv: { row: 'LB-legitimate-interests', status: 'V' },
  en: { row: 'LB-legitimate-interests', status: 'V' },
  nb: { row: 'LB-legitimate-interests', status: 'S' },
  da: { row: 'LB-legitimate-interests', status: 'S' },
  de: { row: 'LB-legitimate-interests', status: 'S' },
  fr: { row: 'LB-legitimate-interests', status: 'S' },
  nl: { row: 'LB-legitimate-interests', status: 'S' },
};

/** Lower case, NFC, every run of punctuation, symbols and spaces as one space, trimmed. */
function normaliseBasisPhrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const GENERIC_LEGITIMATE_INTEREST_SET: ReadonlySet<string> = new Set(
  Object.values(GENERIC_LEGITIMATE_INTEREST_PHRASES).flatMap((phrases) => phrases.map(normaliseBasisPhrase)),
);

/**
 * Whether a `legitimateInterest` text only restates the basis instead of stating the interest:
 * the whole text (case, punctuation and spacing aside) is a generic phrase of
 * GENERIC_LEGITIMATE_INTEREST_PHRASES in any language, a basis identifier, or an Art. 6(1)
 * citation. Deliberately strict: any further word (an actual interest) makes it specific.
 */
export function isGenericLegitimateInterest(text: string): boolean {
  const normalised = normaliseBasisPhrase(text);
  if (normalised === '') return false;
  if (GENERIC_LEGITIMATE_INTEREST_SET.has(normalised)) return true;
  if (LEGAL_BASES.some((b) => normaliseBasisPhrase(b.id) === normalised)) return true;
  return parseArticle6Citation(text) !== undefined;
}

/** Each normalised phrase with the languages whose list has it ("legitim interesse": nb, da). */
const GENERIC_LEGITIMATE_INTEREST_LANGUAGES: ReadonlyMap<string, readonly LanguageCode[]> = (() => {
  const languages = new Map<string, LanguageCode[]>();
  for (const [language, phrases] of Object.entries(GENERIC_LEGITIMATE_INTEREST_PHRASES) as Array<[LanguageCode, readonly string[]]>) {
    for (const phrase of phrases) {
      const key = normaliseBasisPhrase(phrase);
      const known = languages.get(key) ?? [];
      if (!known.includes(language)) known.push(language);
      languages.set(key, known);
    }
  }
  return languages;
})();

/**
 * The status that backs a generic-interest finding for `text` (see isGenericLegitimateInterest):
 * `'V'` for a basis identifier, an Art. 6(1) citation or a phrase of a V list (sv, en); `'S'`
 * when only S lists have the phrase (a warning, not an error); undefined when not generic.
 */
export function genericLegitimateInterestStatus(text: string): SourceStatus | undefined {
  if (!isGenericLegitimateInterest(text)) return undefined;
  const languages = GENERIC_LEGITIMATE_INTEREST_LANGUAGES.get(normaliseBasisPhrase(text));
  if (languages === undefined) return 'V'; // an identifier or a citation: no language list involved
  return languages.some((language) => GENERIC_LEGITIMATE_INTEREST_PHRASE_SOURCES[language].status === 'V') ? 'V' : 'S';
}
