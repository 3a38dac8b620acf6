import { da } from './da.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import type { Phrases } from './phrases.js';
import { pl } from './pl.js';
import { sv } from './sv.js';

export type { MechanismPhrase, Phrases } from './phrases.js';

/** Every language the notice's fixed phrases exist in. */
export const PHRASES = { sv, en, de, fr, nl, da, nb, fi, es, it, pl } as const satisfies Record<
  string,
  Phrases
>;

export type NoticeLanguage = keyof typeof PHRASES;

export const NOTICE_LANGUAGES = Object.keys(PHRASES) as NoticeLanguage[];

/** The phrases for a BCP 47 tag by its primary subtag (sv-SE → sv; no → nb), or undefined. */
export function noticeLanguageOf(tag: string): NoticeLanguage | undefined {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  const language = primary === 'no' ? 'nb' : primary;
  return language in PHRASES ? (language as NoticeLanguage) : undefined;
}
