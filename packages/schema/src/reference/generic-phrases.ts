import { lazy } from './lazy.js';
import type { LanguageCode, SourceRef, SourceStatus } from './types.js';
import { isLatin } from './words.js';

/** Lower case, NFC, every run of punctuation, symbols and spaces as one space, trimmed. */
export function normaliseGenericPhrase(text: string): string {
  // Latin text: the same result without compiling the Unicode classes (issue 12). Its
  // punctuation, symbols and spaces are these (generic-phrases.test.ts checks each).
  if (isLatin(text))
    return text
      .toLowerCase()
      .replace(
        /[\t-\r !-/:-@[-`{-~\xa0-\xa9\xab\xac\xae-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7]+/gu,
        ' ',
      )
      .trim();
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * Per-language lists of phrases that say nothing on their own ("a third party", "our
 * legitimate interests"), matched against a whole text: case, punctuation and spacing aside.
 */
export interface GenericPhraseList {
  /** Whether the whole text is one of the phrases (an empty text is not). */
  has(text: string): boolean;
  /**
   * The status that backs a finding on the text: `'V'` when a language whose list is status V
   * has the phrase, `'S'` when only S lists have it (a warning, not an error); undefined when
   * no list has it.
   */
  status(text: string): SourceStatus | undefined;
}

/** Each normalised phrase of per-language lists with the languages whose list has it ("tredje part": sv, nb, da). */
export type GenericPhraseKeys = ReadonlyArray<readonly [string, readonly LanguageCode[]]>;

/** The keys of per-language phrase lists, in list order; compiled at build time (list-compiler.ts). */
export function genericPhraseKeys(
  phrases: Readonly<Record<LanguageCode, readonly string[]>>,
): Array<[string, LanguageCode[]]> {
  const languages = new Map<string, LanguageCode[]>();
  for (const [language, list] of Object.entries(phrases) as Array<
    [LanguageCode, readonly string[]]
  >) {
    for (const phrase of list) {
      const key = normaliseGenericPhrase(phrase);
      const known = languages.get(key) ?? [];
      if (!known.includes(language)) known.push(language);
      languages.set(key, known);
    }
  }
  return [...languages];
}

/** A list from its keys (JSON of GenericPhraseKeys, read on first use) and each language's source. */
export function genericPhraseList(
  keys: string,
  sources: Readonly<Record<LanguageCode, SourceRef>>,
): GenericPhraseList {
  const languagesOf = lazy(() => new Map(JSON.parse(keys) as GenericPhraseKeys));
  return {
    has(text) {
      const key = normaliseGenericPhrase(text);
      return key !== '' && languagesOf().has(key);
    },
    status(text) {
      const listed = languagesOf().get(normaliseGenericPhrase(text));
      if (listed === undefined) return undefined;
      return listed.some((language) => sources[language].status === 'V') ? 'V' : 'S';
    },
  };
}
