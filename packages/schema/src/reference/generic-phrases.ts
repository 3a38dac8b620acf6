import { lazy } from './lazy.js';
import type { LanguageCode, SourceRef, SourceStatus } from './types.js';

/** Lower case, NFC, every run of punctuation, symbols and spaces as one space, trimmed. */
export function normaliseGenericPhrase(text: string): string {
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

export function genericPhraseList(
  phrases: Readonly<Record<LanguageCode, readonly string[]>>,
  sources: Readonly<Record<LanguageCode, SourceRef>>,
): GenericPhraseList {
  // Each normalised phrase with the languages whose list has it ("tredje part": sv, nb, da).
  // Built on first use: the lists are made at import, and a run that never asks pays nothing.
  const languagesOf = lazy(() => {
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
    return languages;
  });
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
