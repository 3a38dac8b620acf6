// Regions whose supervisory authority differs from the national one: the 16 German Länder.
// gdpr-reference.md#REG-DE (ISO 3166-2:DE codes and Land names) and #SA-DE-BW … #SA-DE-TH (the
// authority that supervises private bodies in each Land), docs/legal-reference/authorities.md.
import { authorityById, type SupervisoryAuthorityInfo } from './authorities.js';
import type { SourceRef } from './types.js';

export interface Region {
  /** ISO 3166-2, e.g. `'DE-BY'`. */
  readonly code: string;
  /** ISO 3166-1 alpha-2 of the country. */
  readonly country: string;
  /** The name in the country's language first, then the English name where it differs. */
  readonly names: readonly string[];
  /** Row ID of the authority for private bodies (companies, associations) in the region. */
  readonly privateSectorAuthority: string;
  readonly source: SourceRef;
}

const REG_DE: SourceRef = { row: 'REG-DE', status: 'S' };

// gdpr-reference.md#REG-DE
export const REGIONS: readonly Region[] = [
  {
    code: 'DE-BW',
    country: 'DE',
    names: ['Baden-Württemberg'],
    privateSectorAuthority: 'SA-DE-BW',
    source: REG_DE,
  },
  {
    code: 'DE-BY',
    country: 'DE',
    names: ['Bayern', 'Bavaria'],
    privateSectorAuthority: 'SA-DE-BY-P',
    source: REG_DE,
  },
  {
    code: 'DE-BE',
    country: 'DE',
    names: ['Berlin'],
    privateSectorAuthority: 'SA-DE-BE',
    source: REG_DE,
  },
  {
    code: 'DE-BB',
    country: 'DE',
    names: ['Brandenburg'],
    privateSectorAuthority: 'SA-DE-BB',
    source: REG_DE,
  },
  {
    code: 'DE-HB',
    country: 'DE',
    names: ['Bremen'],
    privateSectorAuthority: 'SA-DE-HB',
    source: REG_DE,
  },
  {
    code: 'DE-HH',
    country: 'DE',
    names: ['Hamburg'],
    privateSectorAuthority: 'SA-DE-HH',
    source: REG_DE,
  },
  {
    code: 'DE-HE',
    country: 'DE',
    names: ['Hessen', 'Hesse'],
    privateSectorAuthority: 'SA-DE-HE',
    source: REG_DE,
  },
  {
    code: 'DE-MV',
    country: 'DE',
    names: ['Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania'],
    privateSectorAuthority: 'SA-DE-MV',
    source: REG_DE,
  },
  {
    code: 'DE-NI',
    country: 'DE',
    names: ['Niedersachsen', 'Lower Saxony'],
    privateSectorAuthority: 'SA-DE-NI',
    source: REG_DE,
  },
  {
    code: 'DE-NW',
    country: 'DE',
    names: ['Nordrhein-Westfalen', 'North Rhine-Westphalia', 'NRW'],
    privateSectorAuthority: 'SA-DE-NW',
    source: REG_DE,
  },
  {
    code: 'DE-RP',
    country: 'DE',
    names: ['Rheinland-Pfalz', 'Rhineland-Palatinate'],
    privateSectorAuthority: 'SA-DE-RP',
    source: REG_DE,
  },
  {
    code: 'DE-SL',
    country: 'DE',
    names: ['Saarland'],
    privateSectorAuthority: 'SA-DE-SL',
    source: REG_DE,
  },
  {
    code: 'DE-SN',
    country: 'DE',
    names: ['Sachsen', 'Saxony'],
    privateSectorAuthority: 'SA-DE-SN',
    source: REG_DE,
  },
  {
    code: 'DE-ST',
    country: 'DE',
    names: ['Sachsen-Anhalt', 'Saxony-Anhalt'],
    privateSectorAuthority: 'SA-DE-ST',
    source: REG_DE,
  },
  {
    code: 'DE-SH',
    country: 'DE',
    names: ['Schleswig-Holstein'],
    privateSectorAuthority: 'SA-DE-SH',
    source: REG_DE,
  },
  {
    code: 'DE-TH',
    country: 'DE',
    names: ['Thüringen', 'Thuringia'],
    privateSectorAuthority: 'SA-DE-TH',
    source: REG_DE,
  },
];

/** The regions of a country with their own authorities (empty for most countries). */
export function regionsOf(country: string): readonly Region[] {
  return REGIONS.filter((region) => region.country === country);
}

/**
 * A region name or code as one comparable key: lower case, umlauts also as "ae/oe/ue" and "ß"
 * as "ss" (as people type them without a German keyboard), every non-letter run as one space.
 */
export function regionKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a region can be called: its ISO 3166-2 code with and without the country, and its names. */
export function regionLabels(region: Region): string[] {
  const subdivision = region.code.slice(region.country.length + 1);
  return [region.code, subdivision, ...region.names];
}

/** The region of `country` that `text` names by code (`DE-BY`, `BY`) or by name (`Bayern`, `Bavaria`). */
export function findRegion(country: string, text: string): Region | undefined {
  const key = regionKey(text);
  return regionsOf(country).find((region) =>
    regionLabels(region).some((label) => regionKey(label) === key),
  );
}

/** The authority that supervises private bodies in a region. */
export function privateSectorAuthorityOf(region: Region): SupervisoryAuthorityInfo | undefined {
  return authorityById(region.privateSectorAuthority);
}
