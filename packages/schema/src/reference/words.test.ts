import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWord, isWordCodePoint, listedWords, wordTokens } from './words.js';

describe('foldWord', () => {
  it('lower-cases plain ASCII words', () => {
    expect(foldWord('NECESSARY')).toBe('necessary');
    expect(foldWord('P24M')).toBe('p24m');
  });

  it('drops diacritics and folds letters that do not decompose', () => {
    expect(foldWord('Nécessaire')).toBe('necessaire');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('ΑΠΑΡΑΊΤΗΤΟΣ')).toBe('απαραιτητοσ');
    expect(foldWord('най')).toBe('най');
  });
});

describe('wordTokens', () => {
  it('splits runs of letters, marks and digits, ASCII or not, keeping the separators', () => {
    const { tokens } = wordTokens("Kept 24-month, n'excédant P24M; Ελλάδα_x");
    expect(tokens.map((t) => [t.before, t.raw, t.isNumber])).toEqual([
      ['', 'Kept', false],
      [' ', '24', true],
      ['-', 'month', false],
      [', ', 'n', false],
      ["'", 'excédant', false],
      [' ', 'P24M', false],
      ['; ', 'Ελλάδα', false],
      ['_', 'x', false],
    ]);
  });
});

describe('isWordCodePoint', () => {
  it('agrees with the Unicode classes of letters, marks and digits', () => {
    const wordChar = /[\p{L}\p{M}\p{N}]/u;
    // Every code point the tables decide, and a sample of the rest.
    const codes = [...Array(0x250).keys(), 0x301, 0x3b1, 0x3c2, 0x430, 0x660, 0x2019, 0x1d538];
    for (const code of codes)
      expect(isWordCodePoint(code), code.toString(16)).toBe(
        wordChar.test(String.fromCodePoint(code)),
      );
  });

  it('marks numbers in any script', () => {
    const numbers = wordTokens('24 ٢٤ 2x x2 ² år 2ö ١x').tokens.map((token) => token.isNumber);
    expect(numbers).toEqual([true, true, false, false, false, false, false, false]);
    // No digit below U+0250 but the ASCII ones: the fast path may stop at any other.
    for (let code = 0x80; code < 0x250; code++)
      expect(/^\p{Nd}$/u.test(String.fromCodePoint(code)), code.toString(16)).toBe(false);
  });
});

describe('wordTokens on any text', () => {
  it('cuts the text into separators and maximal runs of letters, marks and digits', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'Z',
            '7',
            'é',
            'e\u0301',
            ' ',
            '-',
            '.',
            '\u00ad',
            '\ud800',
            '𝔸',
            '١',
          ),
        }),
        (text) => {
          const { text: normalized, tokens } = wordTokens(text);
          let at = 0;
          for (const [index, token] of tokens.entries()) {
            expect(token.before).toMatch(
              index === 0 ? /^[^\p{L}\p{M}\p{N}]*$/u : /^[^\p{L}\p{M}\p{N}]+$/u,
            );
            expect(token.raw).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
            expect(token.start).toBe(at + token.before.length);
            expect(normalized.slice(token.start, token.end)).toBe(token.raw);
            at = token.end;
          }
          expect(normalized.slice(at)).toMatch(/^[^\p{L}\p{M}\p{N}]*$/u);
        },
      ),
      { seed: Number(process.env.FC_SEED) },
    );
  });
});

describe('foldText and listedWords', () => {
  it('fold a list whole exactly as foldWord folds each word', () => {
    const words = [
      'Nécessaire',
      'Straße',
      'ΑΠΑΡΑΊΤΗΤΟΣ',
      'най',
      'İstanbul',
      'NØDVENDIG',
      'ﬁn',
      'P24M',
    ];
    expect(foldText(words.join(' ')).split(' ')).toEqual(words.map(foldWord));
    // Every letter folded apart, written inside a word and capitalised.
    expect(foldText('aßa ÆØ Œuvre Đak Ðor Þing Ħal Iıi ΛΟΓΟΣ Ław')).toBe(
      'assa aeo oeuvre dak dor thing hal iii λογοσ law',
    );
    expect(listedWords(['Nödvändig*|BEHÖVS', 'Łódź'])).toEqual([
      { word: 'nodvandig', prefix: true },
      { word: 'behovs', prefix: false },
      { word: 'lodz', prefix: false },
    ]);
  });
});
