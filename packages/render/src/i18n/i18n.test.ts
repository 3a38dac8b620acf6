import { describe, expect, it } from 'vitest';
import { NOTICE_LANGUAGES, PHRASES } from './index.js';

/** Every leaf of a phrases object as [dotted key, text]. */
function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

const english = new Map(leaves(PHRASES.en));
const slots = (text: unknown) =>
  [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('fixed phrases', () => {
  it('exist in at least the eleven languages the issue names', () => {
    expect(NOTICE_LANGUAGES).toEqual(
      expect.arrayContaining(['sv', 'en', 'de', 'fr', 'nl', 'da', 'nb', 'fi', 'es', 'it', 'pl']),
    );
  });

  it.each(NOTICE_LANGUAGES)(
    '%s has every key, each a non-empty text with the same {slots} as English',
    (language) => {
      const phrases = new Map(leaves(PHRASES[language]));
      expect([...phrases.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of phrases) {
        expect(typeof text, key).toBe('string');
        expect(String(text).trim(), key).not.toBe('');
        expect(slots(text), key).toEqual(slots(english.get(key)));
      }
    },
  );

  it.each(NOTICE_LANGUAGES.filter((language) => language !== 'en'))(
    '%s is translated, not English copied',
    (language) => {
      const phrases = new Map(leaves(PHRASES[language]));
      const same = [...phrases]
        .filter(([key, text]) => text === english.get(key))
        .map(([key]) => key);
      // A few words are the same in several languages (Name, Website, E-mail, Description…);
      // most of the notice is not.
      expect(same.length).toBeLessThan(english.size / 10);
    },
  );

  it('uses each language version of the GDPR for the legitimate-interest basis', () => {
    expect(PHRASES.sv.basis['legitimate-interests']).toBe('berättigat intresse');
    expect(PHRASES.de.basis['legitimate-interests']).toBe('berechtigte Interessen');
    expect(PHRASES.fr.basis['legitimate-interests']).toBe('intérêts légitimes');
  });
});
