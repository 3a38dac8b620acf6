import { describe, expect, it } from 'vitest';
import schema from '../privacyspec.schema.json' with { type: 'json' };
import { closestMatch, editDistance } from './suggest.js';

const purposeKeys = Object.keys(schema.$defs.purpose.properties);
const topLevelKeys = Object.keys(schema.properties);

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['kitten', 'sitting', 3],
    ['retension', 'retention', 1],
    ['purpose', 'purposes', 1],
    // An adjacent transposition costs one edit, not two.
    ['ab', 'ba', 1],
    ['legalBsais', 'legalBasis', 1],
    ['ca', 'abc', 3],
  ] as const)('%j → %j is %d', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch', () => {
  it('suggests retention for retension, among a purpose’s keys', () => {
    expect(closestMatch('retension', purposeKeys)).toBe('retention');
  });

  it('suggests purposes for purpose, and keeps the candidate’s spelling when case differs', () => {
    expect(closestMatch('purpose', topLevelKeys)).toBe('purposes');
    expect(closestMatch('LegalBasis', purposeKeys)).toBe('legalBasis');
    expect(closestMatch('legalbasis', purposeKeys)).toBe('legalBasis');
    expect(closestMatch('objection', schema.$defs.right.enum)).toBe('object');
    expect(closestMatch('contrakt', schema.$defs.legalBasis.enum)).toBe('contract');
  });

  it('suggests nothing for unrelated words', () => {
    expect(closestMatch('banana', purposeKeys)).toBeUndefined();
    expect(closestMatch('colour', Object.keys(schema.$defs.controller.properties))).toBeUndefined();
    expect(closestMatch('zzzzzzzzzzzz', topLevelKeys)).toBeUndefined();
    expect(closestMatch('__proto__', topLevelKeys)).toBeUndefined();
    expect(closestMatch('anything', [])).toBeUndefined();
  });

  it('allows more edits for longer words (a third of the length, at least two)', () => {
    expect(closestMatch('ab', ['abcd'])).toBe('abcd');
    expect(closestMatch('ab', ['abcde'])).toBeUndefined();
    expect(closestMatch('supervisoryAuthorty', topLevelKeys)).toBe('supervisoryAuthority');
    expect(closestMatch('supervisoryAuth', topLevelKeys)).toBe('supervisoryAuthority');
  });

  it('skips candidates whose length alone rules them out: a 1 MB value gets no suggestion', () => {
    // Found while profiling the fuzz suite (packages/linter/test/fuzz.test.ts): a 100 KB string
    // where an enum was expected took 0.5 s to load, all of it in editDistance (|a|×|b| time and
    // memory per candidate); at the 10 MB file limit that is minutes and gigabytes.
    const huge = 'x: y '.repeat(200_000);
    expect(closestMatch(huge, schema.$defs.right.enum)).toBeUndefined();
  });

  it('prefers the closest candidate, and the first of equally close ones', () => {
    expect(closestMatch('dataCategory', ['dataCategories', 'dataCategoryx'])).toBe('dataCategoryx');
    expect(closestMatch('ab', ['ax', 'xb'])).toBe('ax');
  });
});
