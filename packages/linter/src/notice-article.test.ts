import type { DataCategory, Declaration } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import {
  categoriesSentTo,
  citeNotice,
  collectedFromPerson,
  obtainedElsewhere,
  sourcesOf,
} from './notice-article.js';

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

describe('citeNotice and categoriesSentTo', () => {
  const declaration = {
    dataCategories: [
      { id: 'contact', source: 'data-subject' },
      { id: 'credit', source: [{ thirdParty: 'UC AB' }] },
      { id: 'usage' },
    ],
    purposes: [
      { id: 'a', dataCategories: ['credit'], recipients: ['bank'] },
      { id: 'b', dataCategories: ['usage', 'credit'], recipients: ['bank', 'host'] },
      { id: 'c', recipients: ['host'] },
      { id: 'd', dataCategories: ['contact'] },
    ],
  } as unknown as Declaration;

  it('cites Art. 13, 14 or both from the sources of the concerned categories', () => {
    expect(citeNotice(declaration, ['credit'], '13(1)(f)', '14(1)(f)')).toBe('Art. 14(1)(f)');
    expect(citeNotice(declaration, ['contact'], '13(1)(f)', '14(1)(f)')).toBe('Art. 13(1)(f)');
    expect(citeNotice(declaration, ['credit', 'usage'], '13(1)(f)', '14(1)(f)')).toBe(
      'Art. 13(1)(f) and 14(1)(f)',
    );
    // Every declared category; ids not declared are ignored (none left: Art. 13).
    expect(citeNotice(declaration, undefined, '13(1)(f)', '14(1)(f)')).toBe(
      'Art. 13(1)(f) and 14(1)(f)',
    );
    expect(citeNotice(declaration, ['unknown'], '13(1)(f)', '14(1)(f)')).toBe('Art. 13(1)(f)');
  });

  it('collects the categories of the purposes naming a recipient, in order of first mention', () => {
    expect(categoriesSentTo(declaration, 'bank')).toEqual(['credit', 'usage']);
    // A purpose without dataCategories may concern every declared category.
    expect(categoriesSentTo(declaration, 'host')).toEqual(['usage', 'credit', 'contact']);
    expect(categoriesSentTo(declaration, 'nobody')).toBeUndefined();
  });
});
