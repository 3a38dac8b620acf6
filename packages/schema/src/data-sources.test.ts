import { describe, expect, it } from 'vitest';
import { collectedFromPerson, obtainedElsewhere, sourceEntries } from './data-sources.js';
import type { DataCategory } from './generated/declaration.js';

describe('data sources', () => {
  it('reads one source or a list as a list', () => {
    expect(sourceEntries({})).toEqual([]);
    expect(sourceEntries({ source: 'public' })).toEqual(['public']);
    expect(sourceEntries({ source: ['data-subject', { thirdParty: 'UC AB' }] })).toEqual(['data-subject', { thirdParty: 'UC AB' }]);
  });

  it('takes a category without source as collected from the person (Art. 13), not from elsewhere', () => {
    expect(collectedFromPerson({})).toBe(true);
    expect(obtainedElsewhere({})).toBe(false);
  });

  it('counts a list with the person and a third party as both', () => {
    const both: Pick<DataCategory, 'source'> = { source: ['data-subject', { thirdParty: 'UC AB', public: false }] };
    expect(collectedFromPerson(both)).toBe(true);
    expect(obtainedElsewhere(both)).toBe(true);
    expect(collectedFromPerson({ source: [{ thirdParty: 'UC AB' }, 'public'] })).toBe(false);
    expect(obtainedElsewhere({ source: 'data-subject' })).toBe(false);
  });
});
