import { DURATION_UNITS, isInternationalOrganisation, parseDuration } from '@privacyspec/schema';
import type { Phrases } from './i18n/index.js';

/**
 * An ISO 8601 duration in words of the language, through Intl's unit formatting (CLDR plural
 * forms, so "26 miesięcy", "1 år"): P26M → "26 months", P1Y6M → "1 year and 6 months". The
 * duration as written when it does not parse (the schema has already refused that).
 */
export function durationInWords(duration: string, lang: string): string {
  const parsed = parseDuration(duration);
  if (parsed === undefined) return duration;
  const parts = DURATION_UNITS.filter(([field]) => parsed[field] > 0).map(([field, unit]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(parsed[field]),
  );
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(parts);
}

/** A YYYY-MM-DD date written the language's way. */
export function dateInWords(date: string, lang: string): string {
  const value = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(value.getTime())) return date;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}

/** A recipient's location in words: a country name, the EEA, outside it, or an international organisation. */
export function locationInWords(entry: string, lang: string, phrases: Phrases): string {
  if (entry === 'EEA') return phrases.eea;
  if (entry === 'non-EEA') return phrases.nonEea;
  if (isInternationalOrganisation(entry))
    return fill(phrases.internationalOrganisation, {
      name: entry.slice(entry.indexOf(':') + 1).trim(),
    });
  try {
    return new Intl.DisplayNames(lang, { type: 'region' }).of(entry) ?? entry;
  } catch {
    return entry;
  }
}

/** Puts values into a phrase's `{name}` slots. */
export function fill(phrase: string, values: Record<string, string>): string {
  return phrase.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}
