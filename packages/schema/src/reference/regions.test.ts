import { describe, it, expect } from 'vitest';
import {
  REGIONS,
  SUPERVISORY_AUTHORITIES,
  authoritiesForCountry,
  findAuthorities,
  findRegion,
  privateSectorAuthorityOf,
  regionLabels,
  regionsOf,
} from './index.js';

const ids = (text: string) =>
  findAuthorities(text).map((match) => `${match.authority.id}:${match.match}`);

describe('German Land authorities by full name (authorities.md §6.2)', () => {
  it.each([
    ['Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit', 'SA-DE-HH'],
    [
      'Beschwerde beim Hamburgischen Beauftragten für Datenschutz und Informationsfreiheit einlegen',
      'SA-DE-HH',
    ],
    [
      'Bayerisches Landesamt für Datenschutzaufsicht (BayLDA), Promenade 18, 91522 Ansbach',
      'SA-DE-BY-P',
    ],
    ['beim Bayerischen Landesamt für Datenschutzaufsicht', 'SA-DE-BY-P'],
    ['Der Bayerische Landesbeauftragte für den Datenschutz', 'SA-DE-BY-O'],
    [
      'Die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
      'SA-DE-NW',
    ],
    ['LDI NRW', 'SA-DE-NW'],
    [
      'an die Landesbeauftragte für Datenschutz und Informationsfreiheit des Landes Nordrhein-Westfalen',
      'SA-DE-NW',
    ],
    ['Die Berliner Beauftragte für Datenschutz und Informationsfreiheit', 'SA-DE-BE'],
    [
      'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Baden-Württemberg',
      'SA-DE-BW',
    ],
    [
      'Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
      'SA-DE-RP',
    ],
    ['Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht', 'SA-DE-BB'],
    ['Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen', 'SA-DE-HB'],
    ['Der Hessische Beauftragte für Datenschutz und Informationsfreiheit', 'SA-DE-HE'],
    [
      'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
      'SA-DE-MV',
    ],
    ['Die Landesbeauftragte für den Datenschutz Niedersachsen', 'SA-DE-NI'],
    ['Unabhängiges Datenschutzzentrum Saarland', 'SA-DE-SL'],
    ['Sächsische Datenschutz- und Transparenzbeauftragte', 'SA-DE-SN'],
    ['https://www.datenschutz.sachsen.de', 'SA-DE-SN'],
    ['Landesbeauftragter für den Datenschutz Sachsen-Anhalt', 'SA-DE-ST'],
    ['Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD)', 'SA-DE-SH'],
    [
      'Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit (TLfDI)',
      'SA-DE-TH',
    ],
  ])('"%s" is %s and no other authority', (text, id) => {
    expect(ids(text)).toEqual([`${id}:current`]);
  });

  it('does not take a title shared by several Länder for one of them', () => {
    // Without the Land the title is NRW's, Bremen's, Saarland's … : no single authority.
    expect(ids('Landesbeauftragte für Datenschutz und Informationsfreiheit')).toEqual([]);
    expect(ids('der Landesbeauftragte für den Datenschutz')).toEqual([]);
  });

  it('keeps former names whose last day is unverified out of the former-name fix', () => {
    const berlin = SUPERVISORY_AUTHORITIES.find((a) => a.id === 'SA-DE-BE');
    expect(berlin?.formerNames.length).toBeGreaterThan(0);
    for (const authority of authoritiesForCountry('DE')) {
      for (const former of authority.formerNames)
        expect(former.lastValid, `${authority.id}: ${former.name}`).toBeUndefined();
    }
    expect(ids('Berliner Datenschutzbeauftragter')).toEqual(['SA-DE-BE:former']);
  });

  it('gives every Land authority a website on its own host and a row status', () => {
    const lands = authoritiesForCountry('DE').filter((a) => a.region !== undefined);
    expect(lands).toHaveLength(17);
    for (const land of lands) {
      expect(
        land.hosts.some((host) => new URL(land.url).hostname.replace(/^www\./, '') === host),
        land.id,
      ).toBe(true);
      expect(['V', 'S']).toContain(land.source.status);
    }
  });
});

describe("Malta's Information and Data Protection Commissioner", () => {
  it('is named by its own name, its office and its abbreviation', () => {
    expect(ids('Information and Data Protection Commissioner')).toEqual(['SA-MT:current']);
    expect(ids('the Office of the Information and Data Protection Commissioner')).toEqual([
      'SA-MT:current',
    ]);
    expect(ids('IDPC')).toEqual(['SA-MT:current']);
  });

  it('is not taken for Ireland (whose former name is "Data Protection Commissioner")', () => {
    expect(ids('Information and Data Protection Commissioner (IDPC), idpc.org.mt')).toEqual([
      'SA-MT:current',
    ]);
  });
});

describe('regions (REG-DE)', () => {
  it('lists the 16 Länder, each with a private-sector authority of that Land', () => {
    const lands = regionsOf('DE');
    expect(lands).toHaveLength(16);
    expect(new Set(lands.map((land) => land.code)).size).toBe(16);
    for (const land of lands) {
      const authority = privateSectorAuthorityOf(land);
      expect(authority?.country, land.code).toBe('DE');
      expect(authority?.region, land.code).toBe(land.names[0]);
      expect(authority?.sector, land.code).not.toBe('public');
    }
  });

  it('finds a Land by ISO 3166-2 code, bare code, German or English name, with or without umlauts', () => {
    for (const text of ['DE-BY', 'de-by', 'BY', 'Bayern', 'bavaria'])
      expect(findRegion('DE', text)?.code, text).toBe('DE-BY');
    expect(findRegion('DE', 'Thüringen')?.code).toBe('DE-TH');
    expect(findRegion('DE', 'Thueringen')?.code).toBe('DE-TH');
    expect(findRegion('DE', 'Baden-Wuerttemberg')?.code).toBe('DE-BW');
    expect(findRegion('DE', 'north rhine westphalia')?.code).toBe('DE-NW');
  });

  it("names Bavaria's authority for private bodies (BayLDA), not the one for public bodies", () => {
    const bavaria = findRegion('DE', 'DE-BY');
    expect(bavaria && privateSectorAuthorityOf(bavaria)?.id).toBe('SA-DE-BY-P');
  });

  it('finds nothing for another country, a typo or a code of no Land', () => {
    expect(findRegion('AT', 'DE-BY')).toBeUndefined();
    expect(findRegion('DE', 'Bayren')).toBeUndefined();
    expect(findRegion('DE', 'DE-XX')).toBeUndefined();
    expect(regionsOf('SE')).toEqual([]);
  });

  it('gives each region labels that no other region shares', () => {
    const labels = REGIONS.flatMap((region) =>
      regionLabels(region).map((label) => label.toLowerCase()),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
