import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseGenericPhrase } from './generic-phrases.js';

describe('normaliseGenericPhrase', () => {
  it('normalises Latin text as the Unicode rules do', () => {
    // The rules for any text; Latin text (below U+0250) takes a shorter path that must agree.
    const byUnicodeRules = (text: string) =>
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\p{P}\p{S}\s]+/gu, ' ')
        .trim();
    for (let code = 0; code < 0x250; code++) {
      const text = `A${String.fromCharCode(code)}b`;
      expect(normaliseGenericPhrase(text), code.toString(16)).toBe(byUnicodeRules(text));
    }
    expect(normaliseGenericPhrase('  Third-Party  (Sources)!\t')).toBe('third party sources');
    expect(normaliseGenericPhrase('Dritte «Quellen» – İ ©')).toBe('dritte quellen i̇');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.integer({ min: 0, max: 0x24f }).map((code) => String.fromCharCode(code)),
            fc.constantFrom(' ', '-', '\u00a0', '«', '»', 'İ', 'ß', '\t'),
          ),
        }),
        (text) => {
          expect(normaliseGenericPhrase(text)).toBe(byUnicodeRules(text));
        },
      ),
      { seed: Number(process.env.FC_SEED) },
    );
  });

  it('normalises other text by the Unicode classes', () => {
    expect(normaliseGenericPhrase('Tredje  part – «källor» ‹Ⅻ›')).toBe('tredje part källor ⅻ');
  });
});
