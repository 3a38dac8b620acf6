import type { DataCategory } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { collectedFromPerson, obtainedElsewhere, sourcesOf } from './notice-article.js';

// `source` may be a list (format 1.1: `source: [data-subject, {thirdParty: …}]`); the rules read
// it through these helpers, which must treat each element whether or not the schema in this
// build already accepts lists.
const category = (source: unknown) => ({ source }) as Pick<DataCategory, 'source'>;

describe('sources of a data category', () => {
  it('a single source is a list of one, no source an empty list', () => {
    expect(sourcesOf(category('public'))).toEqual(['public']);
    expect(sourcesOf(category(undefined))).toEqual([]);
  });

  it('a list is read element by element', () => {
    const mixed = category(['data-subject', { thirdParty: 'Creditsafe AB', public: false }]);
    expect(sourcesOf(mixed)).toEqual([
      'data-subject',
      { thirdParty: 'Creditsafe AB', public: false },
    ]);
    expect(collectedFromPerson(mixed)).toBe(true);
    expect(obtainedElsewhere(mixed)).toBe(true);
  });

  it('no source counts as collected from the person; a third party alone does not', () => {
    expect(collectedFromPerson(category(undefined))).toBe(true);
    expect(obtainedElsewhere(category(undefined))).toBe(false);
    expect(collectedFromPerson(category([{ thirdParty: 'UC AB' }]))).toBe(false);
    expect(obtainedElsewhere(category('data-subject'))).toBe(false);
  });
});
