import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILED_LISTS_PATH, compiledListsModule } from '../../scripts/compile-lists.mjs';
import { SUPERVISORY_AUTHORITIES } from './authorities.js';
import * as listCompiler from './list-compiler.js';
import {
  EEA_LANGUAGE_CODES,
  RETENTION_END_EVENTS,
  UNNAMED_STATUTE_PHRASES,
  VAGUE_RETENTION_PHRASES,
} from './retention-phrases.js';
import { foldWord, listedWords } from './words.js';

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

  it('folds every phrase of every list as listedWords folds each of its words', () => {
    // The compiler folds a phrase whole (foldText); each item must come out as listedWords
    // makes it alone, the way the lists were compiled at run time before.
    const expectedSlot = (item: string): listCompiler.Slot | undefined => {
      if (item === '…' || item === '……' || item === '[INT]') return undefined;
      const optional = item.startsWith('[') && item.endsWith(']');
      const spec = optional ? item.slice(1, -1) : item;
      return spec === 'NEC'
        ? { kind: 'necessary', optional }
        : { kind: 'words', optional, words: listedWords([spec]) };
    };
    const { vague, endEvents, unnamedStatutes } = listCompiler.compileRetentionLists();
    const sources = [
      ...EEA_LANGUAGE_CODES.flatMap((language) => VAGUE_RETENTION_PHRASES[language].phrases),
      ...Object.values(RETENTION_END_EVENTS).flat(),
      ...Object.values(UNNAMED_STATUTE_PHRASES).flat(),
    ];
    const compiled = [...vague.flatMap((list) => list.phrases), ...endEvents, ...unnamedStatutes];
    expect(compiled).toHaveLength(sources.length);
    let words = 0;
    for (const [index, phrase] of sources.entries()) {
      const items = phrase.split(' ');
      for (const [at, item] of items.entries()) {
        const expected = expectedSlot(item);
        if (expected === undefined) continue;
        expect(compiled[index]?.[at], `${phrase} / ${item}`).toEqual(expected);
        words++;
      }
    }
    expect(words).toBeGreaterThan(500);
    expect(vague.find((list) => list.language === 'sv')?.necessary[0]).toEqual({
      word: foldWord('nödvändig'),
      prefix: true,
    });
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
