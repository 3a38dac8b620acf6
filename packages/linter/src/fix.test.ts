import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { surelyPlain } from './fix.js';

const readsBack = (value: string) => {
  try {
    return (parse(`k: ${value}`) as { k: unknown }).k === value;
  } catch {
    return false;
  }
};

describe('surelyPlain: a value it lets a fix write plain, yaml reads back as that string', () => {
  it.each([
    ['Integritetsskyddsmyndigheten (IMY)', true],
    ['https://www.imy.se', true],
    ["Commission nationale de l'informatique et des libertés", true],
    ['Datatilsynet', true],
    ['True', false],
    ['null', false],
    ['key: value', false],
    ['ends with a colon:', false],
    ['trailing space ', false],
    ['# comment', false],
    ['123', false],
    ['.inf', false],
  ])('%s', (value, plain) => {
    expect(surelyPlain(value)).toBe(plain);
    if (plain) expect(readsBack(value)).toBe(true);
  });

  it('decides Latin text (below U+0250) by ranges exactly as the Unicode classes do', () => {
    const unicode = /^\p{L}[\p{L}\p{M}\p{N} ().\-/'’&:]*$/u;
    const reference = (value: string) =>
      unicode.test(value) &&
      !value.includes(': ') &&
      !value.endsWith(':') &&
      !value.endsWith(' ') &&
      !/^(?:null|true|false)$/i.test(value);
    for (let code = 0; code < 0x250; code++) {
      const char = String.fromCharCode(code);
      for (const value of [char, `a${char}`, `${char}a`, `Ab${char}9`])
        expect([value, surelyPlain(value)]).toEqual([value, reference(value)]);
    }
  });

  it('for any string (seeded)', () => {
    const alphabet = fc.constantFrom(
      ...'aZåé1 ().-/\'’&:#,[]{}!?*|>"%@`~\t\nxyzTtrueflsnu'.split(''),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 20 })),
        (value) => !surelyPlain(value) || readsBack(value),
      ),
      { seed: Number(process.env.FC_SEED), numRuns: 5000 },
    );
  });
});
