// Compiles the readable reference lists (the phrase lists of retention-phrases.ts, the names of
// authorities.ts, the vocabularies of authority-phrases.ts, the generic phrases of sources.ts
// and bases.ts) into the forms the matchers compare with: folded words, phrase slots. Run at
// build time by scripts/compile-lists.mjs, which writes generated/compiled-lists.ts; the matchers
// read that, so a run does not fold and split ≈2,000 words before its first check (issue 12).
// The lists stay the single source of truth: list-compiler.test.ts fails when the generated
// module is not what this compiles now.
import { foldAuthorityText, SUPERVISORY_AUTHORITIES } from './authorities.js';
import { GENERIC_AUTHORITY_VOCABULARY } from './authority-phrases.js';
import { GENERIC_LEGITIMATE_INTEREST_PHRASES } from './bases.js';
import { genericPhraseKeys, type GenericPhraseKeys } from './generic-phrases.js';
import {
  EEA_LANGUAGE_CODES,
  RETENTION_END_EVENTS,
  UNNAMED_STATUTE_PHRASES,
  VAGUE_RETENTION_PHRASES,
} from './retention-phrases.js';
import { GENERIC_SOURCE_PHRASES } from './sources.js';
import type { EeaLanguageCode } from './types.js';
import {
  foldText,
  foldedListedWords,
  listedWords,
  splitElisions,
  type ListedWord,
} from './words.js';

/** One slot of a compiled phrase (the notation is described at VagueRetentionList). */
export type Slot =
  | { readonly kind: 'words'; readonly optional: boolean; readonly words: readonly ListedWord[] }
  /** `NEC`: one of the list's `necessary` words, kept once per list instead of in each phrase. */
  | { readonly kind: 'necessary'; readonly optional: boolean }
  | { readonly kind: 'intensifiers' }
  | { readonly kind: 'gap'; readonly max: number };

/** The `NEC` and `[INT]` words a phrase's slots refer to. */
export interface PhraseVocabulary {
  readonly necessary: readonly ListedWord[];
  readonly intensifiers: readonly ListedWord[];
}

export interface CompiledList extends PhraseVocabulary {
  readonly language: EeaLanguageCode;
  readonly phrases: ReadonlyArray<readonly Slot[]>;
}

export interface CompiledRetentionLists {
  /** VAGUE_RETENTION_PHRASES, in the order of EEA_LANGUAGE_CODES. */
  readonly vague: readonly CompiledList[];
  /** RETENTION_END_EVENTS, every language's patterns in turn. */
  readonly endEvents: ReadonlyArray<readonly Slot[]>;
  /** UNNAMED_STATUTE_PHRASES, every language's patterns in turn. */
  readonly unnamedStatutes: ReadonlyArray<readonly Slot[]>;
}

/** What is known of a vague list before parsing it (its slots are parsed only when a text may match). */
export interface VagueListEntry {
  readonly language: EeaLanguageCode;
  /**
   * The words of each phrase's first required slot, all phrases together: a text with none of
   * them matches no phrase of the list. Absent when a phrase has no required slot.
   */
  readonly entry?: readonly ListedWord[];
}

/** One authority's names as findAuthorities compares them (foldAuthorityText), in table order. */
export interface FoldedAuthorityNames {
  readonly names: readonly string[];
  readonly formerNames: readonly string[];
  /** The former names' abbreviations; null where a former name has none. */
  readonly formerAbbreviations: ReadonlyArray<string | null>;
}

/**
 * A language's GENERIC_AUTHORITY_VOCABULARY but its heads, folded (foldAuthorityText, elisions
 * split). The heads are compiled apart (foldAuthorityHeads): a text without one needs no more.
 */
export interface FoldedVocabularyLists {
  readonly words: readonly string[];
  readonly pairs: ReadonlyArray<readonly [string, string]>;
}

const MAX_GAP = 5;
const MAX_CLAUSE_GAP = 20;

function compilePhrase(phrase: string): Slot[] {
  // Folded whole, once: the folded items line up with the written ones (spaces are kept).
  const folded = foldText(phrase).split(' ');
  return phrase.split(' ').map((item, index): Slot => {
    if (item === '…') return { kind: 'gap', max: MAX_GAP };
    if (item === '……') return { kind: 'gap', max: MAX_CLAUSE_GAP };
    if (item === '[INT]') return { kind: 'intensifiers' };
    const optional = item.startsWith('[') && item.endsWith(']');
    if ((optional ? item.slice(1, -1) : item) === 'NEC') return { kind: 'necessary', optional };
    const spec = folded[index] ?? '';
    return {
      kind: 'words',
      optional,
      words: foldedListedWords(optional ? spec.slice(1, -1) : spec),
    };
  });
}

export function compileRetentionLists(): CompiledRetentionLists {
  return {
    vague: EEA_LANGUAGE_CODES.map((language) => {
      const list = VAGUE_RETENTION_PHRASES[language];
      return {
        language,
        phrases: list.phrases.map(compilePhrase),
        necessary: listedWords(list.necessary),
        intensifiers: listedWords(list.intensifiers),
      };
    }),
    endEvents: Object.values(RETENTION_END_EVENTS).flat().map(compilePhrase),
    unnamedStatutes: Object.values(UNNAMED_STATUTE_PHRASES).flat().map(compilePhrase),
  };
}

/** The first slot of a phrase that must match a word, if any. */
function firstRequired(
  slots: readonly Slot[],
): Extract<Slot, { kind: 'words' | 'necessary' }> | undefined {
  return slots.find(
    (slot): slot is Extract<Slot, { kind: 'words' | 'necessary' }> =>
      (slot.kind === 'words' || slot.kind === 'necessary') && !slot.optional,
  );
}

export function vagueListEntries(): VagueListEntry[] {
  return compileRetentionLists().vague.map((list) => {
    const entry = new Map<string, ListedWord>();
    let everyPhraseRequires = true;
    for (const slots of list.phrases) {
      const first = firstRequired(slots);
      if (first === undefined) everyPhraseRequires = false;
      else
        for (const word of first.kind === 'words' ? first.words : list.necessary)
          entry.set(`${word.prefix ? '*' : ''}${word.word}`, word);
    }
    return everyPhraseRequires
      ? { language: list.language, entry: [...entry.values()] }
      : { language: list.language };
  });
}

/** Each vague list (CompiledList) as JSON of its own, in the order of vagueListEntries. */
export function vagueListsJson(): string[] {
  return compileRetentionLists().vague.map((list) => JSON.stringify(list));
}

export function compiledEndEvents(): ReadonlyArray<readonly Slot[]> {
  return compileRetentionLists().endEvents;
}

export function compiledUnnamedStatutes(): ReadonlyArray<readonly Slot[]> {
  return compileRetentionLists().unnamedStatutes;
}

export function foldAuthorityNames(): FoldedAuthorityNames[] {
  return SUPERVISORY_AUTHORITIES.map((authority) => ({
    names: authority.names.map(foldAuthorityText),
    formerNames: authority.formerNames.map((former) => foldAuthorityText(former.name)),
    formerAbbreviations: authority.formerNames.map((former) =>
      former.abbreviation === undefined ? null : foldAuthorityText(former.abbreviation),
    ),
  }));
}

/** A vocabulary entry may fold to several words (hyphens, "i do chónaí"): each counts, once. */
function foldEntries(entries: readonly string[]): string[] {
  const words = entries.flatMap((entry) => foldAuthorityText(splitElisions(entry)).split(' '));
  return [...new Set(words.filter((word) => word !== ''))];
}

/** Each language's GENERIC_AUTHORITY_VOCABULARY heads, folded. */
export function foldAuthorityHeads(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(GENERIC_AUTHORITY_VOCABULARY).map(([language, vocabulary]) => [
      language,
      foldEntries(vocabulary.heads),
    ]),
  );
}

export function foldAuthorityVocabulary(): Record<string, FoldedVocabularyLists> {
  return Object.fromEntries(
    Object.entries(GENERIC_AUTHORITY_VOCABULARY).map(([language, vocabulary]) => [
      language,
      {
        words: foldEntries(vocabulary.words),
        pairs: (vocabulary.pairs ?? []).map(([first, second]): [string, string] => [
          foldAuthorityText(first),
          foldAuthorityText(second),
        ]),
      },
    ]),
  );
}

export function genericSourcePhraseKeys(): GenericPhraseKeys {
  return genericPhraseKeys(GENERIC_SOURCE_PHRASES);
}

export function genericInterestPhraseKeys(): GenericPhraseKeys {
  return genericPhraseKeys(GENERIC_LEGITIMATE_INTEREST_PHRASES);
}
