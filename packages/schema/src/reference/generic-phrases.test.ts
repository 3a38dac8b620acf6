import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseGenericPhrase } from './generic-phrases.js';

describe('normaliseGenericPhrase', () => {
  it('normalises plain ASCII text as the Unicode rules do', () => {
    // The rules for any text; ASCII text takes a shorter path that must agree with them.
    const byUnicodeRules = (text: string) =>
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\p{P}\p{S}\s]+/gu, ' ')
        .trim();
    for (let code = 0; code < 0x80; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(normaliseGenericPhrase(text), code.toString(16)).toBe(byUnicodeRules(text));
    }
    expect(normaliseGenericPhrase('  Third-Party  (Sources)!\t')).toBe('third party sources');
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(normaliseGenericPhrase(text)).toBe(byUnicodeRules(text));
      }),
    );
  });

  it('normalises other text by the Unicode classes', () => {
    expect(normaliseGenericPhrase('Tredje  part – «källor»')).toBe('tredje part källor');
  });
});
