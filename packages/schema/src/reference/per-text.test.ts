import { describe, expect, it } from 'vitest';
import { forgetRememberedTexts, perText } from './per-text.js';

describe('perText', () => {
  const counting = () => {
    const calls: string[] = [];
    const lengthOf = perText((text: string) => {
      calls.push(text);
      return text === 'none' ? undefined : text.length;
    });
    return { calls, lengthOf };
  };

  it('reads each distinct text once, undefined results included', () => {
    const { calls, lengthOf } = counting();
    expect([lengthOf('abc'), lengthOf('abc'), lengthOf('none'), lengthOf('none')]).toEqual([
      3,
      3,
      undefined,
      undefined,
    ]);
    expect(calls).toEqual(['abc', 'none']);
  });

  it('is emptied when full, so that no file grows it without bound', () => {
    const { calls, lengthOf } = counting();
    lengthOf('first');
    for (let i = 0; i < 5000; i++) lengthOf(`text ${i}`);
    lengthOf('first');
    expect(calls.filter((text) => text === 'first')).toHaveLength(2);
  });

  it('does not keep long texts', () => {
    const { calls, lengthOf } = counting();
    const long = 'x'.repeat(10_000);
    expect(lengthOf(long)).toBe(10_000);
    expect(lengthOf(long)).toBe(10_000);
    expect(calls).toHaveLength(2);
  });
});

describe('forgetRememberedTexts', () => {
  it('empties every cache, so that the next question reads the text again', () => {
    const calls: string[] = [];
    const upper = perText((text: string) => {
      calls.push(text);
      return text.toUpperCase();
    });
    upper('abc');
    upper('abc');
    forgetRememberedTexts();
    expect(upper('abc')).toBe('ABC');
    expect(calls).toEqual(['abc', 'abc']);
  });
});
