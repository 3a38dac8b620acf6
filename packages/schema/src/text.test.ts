import { describe, expect, it } from 'vitest';
import { allText, textIn, textVersions } from './text.js';

const bilingual = { sv: 'Hantera köp', en: 'Handle orders' };

describe('textVersions', () => {
  it('a plain string is one version without a language', () => {
    expect(textVersions('Hantera köp')).toEqual([['', 'Hantera köp']]);
  });

  it('a map gives one [language, text] pair per language, in written order', () => {
    expect(textVersions(bilingual)).toEqual([
      ['sv', 'Hantera köp'],
      ['en', 'Handle orders'],
    ]);
  });

  it('no text, no versions', () => {
    expect(textVersions(undefined)).toEqual([]);
  });
});

describe('allText', () => {
  it('joins every version with newlines', () => {
    expect(allText(bilingual)).toBe('Hantera köp\nHandle orders');
    expect(allText('så länge det behövs')).toBe('så länge det behövs');
    expect(allText(undefined)).toBe('');
  });
});

describe('textIn', () => {
  it('picks the asked language', () => {
    expect(textIn(bilingual, 'en')).toBe('Handle orders');
    expect(textIn(bilingual, 'sv')).toBe('Hantera köp');
  });

  it('falls back to the first version when the language is missing or not asked', () => {
    expect(textIn(bilingual, 'de')).toBe('Hantera köp');
    expect(textIn(bilingual)).toBe('Hantera köp');
  });

  it('a plain string is the text in every language', () => {
    expect(textIn('Hantera köp', 'en')).toBe('Hantera köp');
    expect(textIn('Hantera köp')).toBe('Hantera köp');
  });

  it('no text is undefined', () => {
    expect(textIn(undefined, 'sv')).toBeUndefined();
    expect(textIn(undefined)).toBeUndefined();
  });
});
