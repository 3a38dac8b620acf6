// Where data not collected from the person come from: gdpr-reference.md#INF-SOURCE (Art. 14(2)(f),
// V) and #WP-SOURCE (U), as of 2026-11-23.
//
// Art. 14(2)(f) requires "from which source the personal data originate". Art. 14 applies only
// to data not obtained from the data subject, so a source described as nothing more than "a
// third party" or "other sources" restates why Art. 14 applies and names no source at all: it is
// as empty as a blank one. These are the words for that, per language: the term the GDPR uses
// for "third party" (Art. 4(10); Swedish "tredje part", gdpr-reference.md §8.2) with its plural
// and article forms, and "other / external / various sources". A phrase that adds anything (the
// kind of organisation, a sector, a register, a name) is a source, however general: whether it
// is specific enough is WP-SOURCE guidance (U), which may back no finding.
//
// Status: sv and en are the terms of the Swedish and English GDPR texts (§8.2, Art. 4(10)) and
// their plain paraphrases, hence V for the requirement they test; the other languages are the
// term in that language version of the GDPR [S1], read in reproductions, not yet rows of
// gdpr-reference.md: S.
import { genericPhraseList } from './generic-phrases.js';
import { GENERIC_SOURCE_PHRASE_KEYS } from './generated/compiled-lists.js';
import type { LanguageCode, SourceRef, SourceStatus } from './types.js';

export const GENERIC_SOURCE_PHRASES: Readonly<Record<LanguageCode, readonly string[]>> = {
  sv: [
    'tredje part',
    'tredje parter',
    'tredje parts',
    'en tredje part',
    'tredjepart',
    'tredjeparter',
    'tredjepartskällor',
    'tredje man',
    'andra källor',
    'annan källa',
    'externa källor',
    'extern källa',
    'olika källor',
    'externa parter',
    'extern part',
    'andra parter',
  ],
  en: [
    'third party',
    'third parties',
    'a third party',
    'third party sources',
    'third party source',
    'other sources',
    'another source',
    'external sources',
    'an external source',
    'external source',
    'various sources',
    'other parties',
    'external parties',
  ],
  nb: [
    'tredjepart',
    'tredjeparter',
    'tredje part',
    'tredje parter',
    'en tredjepart',
    'andre kilder',
    'annen kilde',
    'eksterne kilder',
    'ekstern kilde',
    'ulike kilder',
  ],
  da: [
    'tredjepart',
    'tredjeparter',
    'tredje part',
    'tredje parter',
    'en tredjepart',
    'andre kilder',
    'anden kilde',
    'eksterne kilder',
    'ekstern kilde',
    'forskellige kilder',
  ],
  de: [
    'dritte',
    'dritter',
    'dritten',
    'ein dritter',
    'drittquellen',
    'dritte quellen',
    'andere quellen',
    'externe quellen',
    'externe quelle',
    'verschiedene quellen',
  ],
  fr: [
    'tiers',
    'un tiers',
    'des tiers',
    'sources tierces',
    'autres sources',
    'd autres sources',
    'sources externes',
    'source externe',
    'diverses sources',
  ],
  nl: [
    'derde',
    'derden',
    'een derde',
    'derde partij',
    'derde partijen',
    'andere bronnen',
    'externe bronnen',
    'externe bron',
    'diverse bronnen',
  ],
};

export const GENERIC_SOURCE_PHRASE_SOURCES: Readonly<Record<LanguageCode, SourceRef>> = {
  sv: { row: 'INF-SOURCE', status: 'V' },
  en: { row: 'INF-SOURCE', status: 'V' },
  nb: { row: 'INF-SOURCE', status: 'S' },
  da: { row: 'INF-SOURCE', status: 'S' },
  de: { row: 'INF-SOURCE', status: 'S' },
  fr: { row: 'INF-SOURCE', status: 'S' },
  nl: { row: 'INF-SOURCE', status: 'S' },
};

// GENERIC_SOURCE_PHRASES normalised at build time (list-compiler.ts).
const GENERIC_SOURCES = genericPhraseList(
  GENERIC_SOURCE_PHRASE_KEYS,
  GENERIC_SOURCE_PHRASE_SOURCES,
);

/**
 * Whether a `thirdParty` text names no source: the whole text (case, punctuation and spacing
 * aside) is one of GENERIC_SOURCE_PHRASES in any language. Deliberately strict, as for
 * legitimate interests: any further word ("kreditupplysningsföretag", "public registers",
 * "Dritte wie Auskunfteien") makes it a source. An empty text is not generic but blank: test
 * that separately.
 */
export function isGenericSource(text: string): boolean {
  return GENERIC_SOURCES.has(text);
}

/**
 * The status that backs a generic-source finding for `text`: `'V'` when a language whose list is
 * status V (sv, en) has the phrase, `'S'` when only S lists have it (the phrase may back a
 * warning, not an error), undefined when the text is not generic (see isGenericSource).
 */
export function genericSourceStatus(text: string): SourceStatus | undefined {
  return GENERIC_SOURCES.status(text);
}
