// EEA membership and country-code normalisation: gdpr-reference.md §0 and §5.1, as of 2026-11-23.
import type { SourceRef } from './types.js';

// gdpr-reference.md#EEA-EU27, as of 2026-11-23 (the §5.1 code block)
const EU_MEMBERS = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

// gdpr-reference.md#EEA-EFTA3, as of 2026-11-23
const EFTA_MEMBERS = ['IS', 'LI', 'NO'] as const;

export const EEA_COUNTRIES = [...EU_MEMBERS, ...EFTA_MEMBERS] as const;

export type EeaCountryCode = (typeof EEA_COUNTRIES)[number];

export interface EeaGroup {
  readonly id: 'EU' | 'EFTA';
  readonly members: readonly EeaCountryCode[];
  /** Date from which the GDPR applies in these countries. */
  readonly gdprSince: string;
  readonly source: SourceRef;
}

export const EEA_GROUPS: readonly EeaGroup[] = [
  // gdpr-reference.md#EEA-EU27, as of 2026-11-23; date from §0 "Primary text" [S1]
  {
    id: 'EU',
    members: EU_MEMBERS,
    gdprSince: '2018-05-25',
    source: { row: 'EEA-EU27', status: 'V' },
  },
  // gdpr-reference.md#EEA-EFTA3, as of 2026-11-23 (EEA Joint Committee decision of 2018-07-06) [S18]
  {
    id: 'EFTA',
    members: EFTA_MEMBERS,
    gdprSince: '2018-07-20',
    source: { row: 'EEA-EFTA3', status: 'V' },
  },
];

export interface DatedFact {
  readonly date: string;
  readonly source: SourceRef;
}

// gdpr-reference.md §0 "Primary text" (no row ID) and #EEA-EFTA3, as of 2026-11-23:
// the GDPR applies in the EU from 2018-05-25, in IS, LI, NO from 2018-07-20.
export const EEA_SINCE: Readonly<Record<'EU' | 'IS' | 'LI' | 'NO', DatedFact>> = {
  EU: { date: '2018-05-25', source: { row: '§0', status: 'V' } },
  IS: { date: '2018-07-20', source: { row: 'EEA-EFTA3', status: 'V' } },
  LI: { date: '2018-07-20', source: { row: 'EEA-EFTA3', status: 'V' } },
  NO: { date: '2018-07-20', source: { row: 'EEA-EFTA3', status: 'V' } },
};

export interface NotEeaNote {
  readonly country: string;
  readonly note: string;
  /** Row ID of the adequacy decision that covers transfers there. */
  readonly adequacy: string;
  readonly source: SourceRef;
}

export const NOT_EEA_NOTES: readonly NotEeaNote[] = [
  // gdpr-reference.md#EEA-NOT-CH, as of 2026-11-23
  {
    country: 'CH',
    note: 'Switzerland is EFTA, not EEA: a transfer, covered by ADQ-CH.',
    adequacy: 'ADQ-CH',
    source: { row: 'EEA-NOT-CH', status: 'V' },
  },
  // gdpr-reference.md#EEA-NOT-GB, as of 2026-11-23
  {
    country: 'GB',
    note: 'United Kingdom left the EU 2020-01-31 (transition ended 2020-12-31): a transfer, covered by ADQ-GB.',
    adequacy: 'ADQ-GB',
    source: { row: 'EEA-NOT-GB', status: 'V' },
  },
];

// gdpr-reference.md §0 "Dates, codes" (no row ID), as of 2026-11-23: normalise the EU
// style-guide codes EL → GR and UK → GB on input.
export const COUNTRY_CODE_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/** Trims and upper-cases an ISO 3166-1 alpha-2 code and maps EL → GR, UK → GB. */
export function normalizeCountryCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return COUNTRY_CODE_ALIASES[upper] ?? upper;
}

/** Whether the (normalised) code is one of the 30 EEA countries. `EEA`/`non-EEA` are not codes. */
export function isEeaCountry(code: string): boolean {
  return (EEA_COUNTRIES as readonly string[]).includes(normalizeCountryCode(code));
}

/** Date from which the GDPR applies in an EEA country, or undefined outside the EEA. */
export function gdprAppliesSince(code: string): string | undefined {
  const c = normalizeCountryCode(code);
  if (c === 'IS' || c === 'LI' || c === 'NO') return EEA_SINCE[c].date;
  return isEeaCountry(c) ? EEA_SINCE.EU.date : undefined;
}

/**
 * The entries of a `country` field (one code or a list) as codes, EL/UK read as GR/GB;
 * `EEA` and `non-EEA` are kept as they are. Duplicates are dropped.
 */
export function countryEntries(country: string | readonly string[] | undefined): string[] {
  const entries = country === undefined ? [] : typeof country === 'string' ? [country] : country;
  return [...new Set(entries.map(normalizeCountryEntry))];
}

/**
 * One `country` entry: an ISO code with EL/UK read as GR/GB, `EEA` / `non-EEA` as they are, or
 * an international organisation as `intl:` + its name as written.
 */
export function normalizeCountryEntry(entry: string): string {
  if (entry === 'EEA' || entry === 'non-EEA') return entry;
  if (isInternationalOrganisation(entry))
    return `intl:${entry.trim().slice(INTL_PREFIX.length).trim()}`;
  return normalizeCountryCode(entry);
}

const INTL_PREFIX = 'intl:';

/**
 * Whether a recipient's `country` entry names an international organisation (`intl:EPO`):
 * Art. 13(1)(f) and 44 treat a transfer to one like a transfer to a third country.
 */
export function isInternationalOrganisation(entry: string): boolean {
  return entry.trim().toLowerCase().startsWith(INTL_PREFIX);
}

export interface UnverifiedTerritory {
  readonly code: string;
  readonly name: string;
  /** The country the territory belongs to. */
  readonly of: string;
  readonly source: SourceRef;
}

// gdpr-reference.md §5.1 "Territories with own ISO codes (unverified; confirm before use)", the
// ones "in the EU", as of 2026-11-23. No row ID (cited as §5.1) and status U: the reference says
// they are in the EU but has not confirmed it, so this may back no finding either way. They are
// not added to EEA_COUNTRIES, and isOutsideEea still calls them outside (a code not among the 30);
// rules that judge a location skip them with isUnclassifiedTerritory instead.
export const EU_TERRITORIES_UNVERIFIED: readonly UnverifiedTerritory[] = [
  { code: 'GP', name: 'Guadeloupe', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'GF', name: 'French Guiana', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'MQ', name: 'Martinique', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'RE', name: 'Réunion', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'YT', name: 'Mayotte', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'MF', name: 'Saint Martin', of: 'FR', source: { row: '§5.1', status: 'U' } },
  { code: 'AX', name: 'Åland', of: 'FI', source: { row: '§5.1', status: 'U' } },
];

/**
 * Whether a country entry is a territory whose place in or outside the EEA the reference does
 * not settle (EU_TERRITORIES_UNVERIFIED, status U): a rule says nothing about such an entry,
 * neither that data sent there are transferred nor that they are not.
 */
export function isUnclassifiedTerritory(entry: string): boolean {
  if (entry === 'EEA' || entry === 'non-EEA') return false;
  const code = normalizeCountryCode(entry);
  return EU_TERRITORIES_UNVERIFIED.some((territory) => territory.code === code);
}

/**
 * Whether a country entry lies outside the EEA (EEA-EU27, EEA-EFTA3): `non-EEA`, a code not in the
 * EEA, or an international organisation (`intl:…`, never an EEA member; whether an adequacy
 * decision covers it is adequacyFor's question).
 */
export function isOutsideEea(entry: string): boolean {
  if (entry === 'EEA') return false;
  if (entry === 'non-EEA') return true;
  return !isEeaCountry(entry);
}
