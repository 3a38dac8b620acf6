import type { Text } from './generated/declaration.js';

/** Every language version of a text field, as [language, text] pairs ('' when the text is a plain string). */
export function textVersions(text: Text | undefined): Array<[language: string, value: string]> {
  if (text === undefined) return [];
  if (typeof text === 'string') return [['', text]];
  return Object.entries(text);
}

/** All language versions joined, for checks that look for words in any language. */
export function allText(text: Text | undefined): string {
  // Rules ask this of several fields of every purpose: no arrays for the usual plain string.
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return Object.values(text).join('\n');
}

/** The text in one language, falling back to the plain string or the first version. */
export function textIn(text: Text | undefined, language?: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return (language !== undefined ? text[language] : undefined) ?? Object.values(text)[0];
}
