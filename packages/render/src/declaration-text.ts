import type { Text } from '@privacyspec/schema';
import type { TextRun } from './document.js';

/**
 * Picks the version of a declaration text for a page in `pageLang`, and says which language it
 * is in when that differs from the page (so HTML marks it with its own `lang`). A plain string
 * is in the declaration's `language`; unknown when that is not given, and then left unmarked.
 */
export class TextPicker {
  constructor(
    private readonly pageLang: string,
    private readonly declarationLang: string | undefined,
  ) {}

  run(text: Text | undefined): TextRun | undefined {
    if (text === undefined) return undefined;
    if (typeof text === 'string') return this.marked(text, this.declarationLang);
    const entries = Object.entries(text);
    const chosen =
      entries.find(([tag]) => tag.toLowerCase() === this.pageLang) ??
      entries.find(([tag]) => primary(tag) === this.pageLang) ??
      entries.find(
        ([tag]) =>
          this.declarationLang !== undefined && primary(tag) === primary(this.declarationLang),
      ) ??
      entries[0];
    return chosen === undefined ? undefined : this.marked(chosen[1], chosen[0]);
  }

  /** The chosen text as a string, for places that take no markup (CSV cells, titles). */
  plain(text: Text | undefined): string | undefined {
    return this.run(text)?.text;
  }

  private marked(text: string, lang: string | undefined): TextRun {
    return lang === undefined || primary(lang) === this.pageLang ? { text } : { text, lang };
  }
}

function primary(tag: string): string {
  const language = tag.toLowerCase().split('-')[0] ?? '';
  return language === 'no' ? 'nb' : language;
}
