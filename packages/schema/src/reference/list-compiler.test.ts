import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_LISTS_PATH, compiledListsModule } from '../../scripts/compile-lists.mjs';
import { SUPERVISORY_AUTHORITIES } from './authorities.js';
import * as listCompiler from './list-compiler.js';
import { EEA_LANGUAGE_CODES, VAGUE_RETENTION_PHRASES } from './retention-phrases.js';
import { foldWord } from './words.js';

describe('compiled reference lists', () => {
  it(`${COMPILED_LISTS_PATH} is compiled from the lists now (run \`pnpm --filter @privacyspec/schema build\`)`, () => {
    const committed = readFileSync(
      new URL(`../../${COMPILED_LISTS_PATH}`, import.meta.url),
      'utf8',
    );
    const fresh = compiledListsModule(listCompiler);
    expect(committed).toBe(fresh);
  });

  it('keeps every list, phrase and name, in order', () => {
    const { vague } = listCompiler.compileRetentionLists();
    expect(vague.map((list) => list.language)).toEqual(EEA_LANGUAGE_CODES);
    for (const list of vague) {
      const source = VAGUE_RETENTION_PHRASES[list.language];
      expect(list.phrases.map((slots) => slots.length)).toEqual(
        source.phrases.map((phrase) => phrase.split(' ').length),
      );
    }
    const folded = listCompiler.foldAuthorityNames();
    expect(folded.map((names) => names.names.length)).toEqual(
      SUPERVISORY_AUTHORITIES.map((authority) => authority.names.length),
    );
    expect(folded.map((names) => names.formerAbbreviations.length)).toEqual(
      SUPERVISORY_AUTHORITIES.map((authority) => authority.formerNames.length),
    );
  });

  it('folds the words of a phrase as foldWord folds each of them', () => {
    const sv = listCompiler.compileRetentionLists().vague.find((list) => list.language === 'sv');
    // 'så länge [som] … NEC': the first two slots, and NEC kept once per list.
    expect(sv?.phrases[0]?.slice(0, 2)).toEqual([
      { kind: 'words', optional: false, words: [{ word: foldWord('så'), prefix: false }] },
      { kind: 'words', optional: false, words: [{ word: foldWord('länge'), prefix: false }] },
    ]);
    expect(sv?.phrases[0]?.at(-1)).toEqual({ kind: 'necessary', optional: false });
    expect(sv?.necessary[0]).toEqual({ word: 'nodvandig', prefix: true });
  });

  it('gives each vague list the entry words without which none of its phrases can match', () => {
    const lists = listCompiler.compileRetentionLists().vague;
    const entries = listCompiler.vagueListEntries();
    expect(entries.map((entry) => entry.language)).toEqual(lists.map((list) => list.language));
    for (const [index, list] of lists.entries()) {
      const entry = entries[index]?.entry;
      const firsts = list.phrases.map((slots) =>
        slots.find(
          (slot) => (slot.kind === 'words' || slot.kind === 'necessary') && !slot.optional,
        ),
      );
      // Without an entry, some phrase must have no required slot (it is tried on every text).
      if (entry === undefined) expect(firsts, list.language).toContain(undefined);
      for (const first of firsts) {
        if (first === undefined || entry === undefined) continue;
        // A phrase matches only where its first required slot does: one of these words.
        const words = first.kind === 'words' ? first.words : list.necessary;
        for (const word of words) expect(entry, list.language).toContainEqual(word);
      }
    }
    expect(listCompiler.vagueListsJson().map((json) => JSON.parse(json) as unknown)).toEqual(lists);
  });
});
