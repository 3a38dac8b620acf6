import { describe, expect, it } from 'vitest';
import { declarationChanges } from './declaration-changes.js';

const isDeclaration = (path: string) => /(^|\/)privacy\.ya?ml$/.test(path);

describe('declarationChanges', () => {
  it('keeps changes to declarations, with the previous path of a renamed one', () => {
    expect(
      declarationChanges(
        [
          { path: 'privacy.yaml', removed: true },
          { path: 'legal/privacy.yml', previousPath: 'privacy.yml' },
          { path: 'README.md', removed: true },
          { path: 'docs/guide.md', previousPath: 'guide.md' },
        ],
        isDeclaration,
      ),
    ).toEqual([
      { path: 'privacy.yaml', removed: true },
      { path: 'legal/privacy.yml', previousPath: 'privacy.yml' },
    ]);
  });

  it('reads a declaration renamed to a name that is no declaration as deleted from where it was', () => {
    expect(
      declarationChanges(
        [{ path: 'old-privacy.txt', previousPath: 'privacy.yaml' }],
        isDeclaration,
      ),
    ).toEqual([{ path: 'privacy.yaml', removed: true }]);
  });

  it('drops removed: false, so a rename is not read as a deletion', () => {
    expect(
      declarationChanges(
        [{ path: 'a/privacy.yaml', previousPath: 'privacy.yaml', removed: false }],
        isDeclaration,
      ),
    ).toEqual([{ path: 'a/privacy.yaml', previousPath: 'privacy.yaml' }]);
  });
});
