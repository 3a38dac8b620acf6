// Supervisory authorities: gdpr-reference.md §6.1, §6.2, §6.3, as of 2026-11-23.
// §6.1: names and websites from the EDPB member list [S9] (third-party reproduction → S); rows
// with a V renaming source are V [S10]. §6.2: full names and websites read on each Land
// authority's own site on 2026-12-06 [S23] (docs/legal-reference/authorities.md). Names are
// copied as the reference writes them; "A / B" cells are split into several names; the English
// name is included.
import { FOLDED_AUTHORITY_NAMES } from './generated/compiled-lists.js';
import { lazy } from './lazy.js';
import type { FoldedAuthorityNames } from './list-compiler.js';
import type { SourceRef } from './types.js';
import { isAscii, isLatin } from './words.js';

export interface FormerName {
  readonly name: string;
  readonly abbreviation?: string;
  /** Last day the name was correct (ISO 8601). The current name applies from the day after. */
  readonly lastValid?: string;
  /** Website host used under that name (without `www.`). */
  readonly host?: string;
  readonly note?: string;
}

export interface FormerHost {
  readonly host: string;
  readonly note?: string;
}

export interface SupervisoryAuthorityInfo {
  /** Row ID, e.g. `'SA-SE'`, `'SA-DE-BY-P'`. */
  readonly id: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** German Land (§6.2). */
  readonly region?: string;
  /** Bavaria has two authorities (§6.2). */
  readonly sector?: 'private' | 'public';
  /** Official names, then the English name. */
  readonly names: readonly string[];
  readonly englishName?: string;
  readonly abbreviations: readonly string[];
  readonly url: string;
  /** Website hosts without `www.`. */
  readonly hosts: readonly string[];
  readonly formerNames: readonly FormerName[];
  /** Former website hosts that are not tied to a former name. */
  readonly formerHosts?: readonly FormerHost[];
  readonly eea: boolean;
  readonly notes?: string;
  readonly source: SourceRef;
}

/**
 * The three forms a German official title takes in a notice, from a title whose inflected words
 * end in `*`: after "der"/"die" (-e), without an article for a man (-er), and after "beim",
 * "an den", "des" (-en). "Hamburgisch* Beauftragt* für …" gives "Hamburgische Beauftragte für
 * …", "Hamburgischer Beauftragter für …" and "Hamburgischen Beauftragten für …".
 */
function germanTitleForms(title: string): string[] {
  return ['e', 'er', 'en'].map((ending) => title.replaceAll('*', ending));
}

export const SUPERVISORY_AUTHORITIES: readonly SupervisoryAuthorityInfo[] = [
  // ---- §6.1 The 30 EEA national authorities ----
  // gdpr-reference.md#SA-AT, as of 2026-11-23
  {
    id: 'SA-AT',
    country: 'AT',
    names: ['Österreichische Datenschutzbehörde', 'Austrian Data Protection Authority'],
    englishName: 'Austrian Data Protection Authority',
    abbreviations: ['DSB'],
    url: 'https://www.dsb.gv.at',
    hosts: ['dsb.gv.at'],
    formerNames: [{ name: 'Datenschutzkommission', abbreviation: 'DSK', lastValid: '2013-12-31' }],
    eea: true,
    source: { row: 'SA-AT', status: 'V' },
  },
  // gdpr-reference.md#SA-BE, as of 2026-11-23
  {
    id: 'SA-BE',
    country: 'BE',
    names: [
      'Gegevensbeschermingsautoriteit',
      'Autorité de protection des données',
      'Belgian Data Protection Authority',
    ],
    englishName: 'Belgian Data Protection Authority',
    abbreviations: ['GBA', 'APD'],
    url: 'https://www.autoriteprotectiondonnees.be',
    hosts: ['autoriteprotectiondonnees.be'],
    formerNames: [
      {
        name: 'Commissie voor de bescherming van de persoonlijke levenssfeer',
        abbreviation: 'CBPL',
        lastValid: '2018-05-24',
        note: 'Law of 2017-12-03',
      },
      {
        name: 'Commission de la protection de la vie privée',
        abbreviation: 'CPVP',
        lastValid: '2018-05-24',
        note: 'Law of 2017-12-03',
      },
    ],
    eea: true,
    source: { row: 'SA-BE', status: 'S' },
  },
  // gdpr-reference.md#SA-BG, as of 2026-11-23
  {
    id: 'SA-BG',
    country: 'BG',
    names: ['Комисия за защита на личните данни', 'Commission for Personal Data Protection'],
    englishName: 'Commission for Personal Data Protection',
    abbreviations: ['КЗЛД', 'CPDP'],
    url: 'https://www.cpdp.bg',
    hosts: ['cpdp.bg'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-BG', status: 'S' },
  },
  // gdpr-reference.md#SA-HR, as of 2026-11-23
  {
    id: 'SA-HR',
    country: 'HR',
    names: ['Agencija za zaštitu osobnih podataka', 'Personal Data Protection Agency'],
    englishName: 'Personal Data Protection Agency',
    abbreviations: ['AZOP'],
    url: 'https://azop.hr',
    hosts: ['azop.hr'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-HR', status: 'S' },
  },
  // gdpr-reference.md#SA-CY, as of 2026-11-23
  {
    id: 'SA-CY',
    country: 'CY',
    names: [
      'Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα',
      'Office of the Commissioner for Personal Data Protection',
    ],
    englishName: 'Office of the Commissioner for Personal Data Protection',
    abbreviations: [],
    url: 'https://www.dataprotection.gov.cy',
    hosts: ['dataprotection.gov.cy'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-CY', status: 'S' },
  },
  // gdpr-reference.md#SA-CZ, as of 2026-11-23
  {
    id: 'SA-CZ',
    country: 'CZ',
    names: ['Úřad pro ochranu osobních údajů', 'Office for Personal Data Protection'],
    englishName: 'Office for Personal Data Protection',
    abbreviations: ['ÚOOÚ'],
    url: 'https://uoou.gov.cz',
    hosts: ['uoou.gov.cz'],
    formerNames: [],
    formerHosts: [{ host: 'uoou.cz', note: 'site formerly uoou.cz (date unverified)' }],
    eea: true,
    source: { row: 'SA-CZ', status: 'S' },
  },
  // gdpr-reference.md#SA-DK, as of 2026-11-23 (same name as SA-NO)
  {
    id: 'SA-DK',
    country: 'DK',
    names: ['Datatilsynet', 'Danish Data Protection Agency'],
    englishName: 'Danish Data Protection Agency',
    abbreviations: [],
    url: 'https://www.datatilsynet.dk',
    hosts: ['datatilsynet.dk'],
    formerNames: [{ name: 'Registertilsynet', note: 'until 2000 (unverified)' }],
    eea: true,
    source: { row: 'SA-DK', status: 'S' },
  },
  // gdpr-reference.md#SA-EE, as of 2026-11-23
  {
    id: 'SA-EE',
    country: 'EE',
    names: ['Andmekaitse Inspektsioon', 'Data Protection Inspectorate'],
    englishName: 'Data Protection Inspectorate',
    abbreviations: ['AKI'],
    url: 'https://www.aki.ee',
    hosts: ['aki.ee'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-EE', status: 'S' },
  },
  // gdpr-reference.md#SA-FI, as of 2026-11-23
  {
    id: 'SA-FI',
    country: 'FI',
    names: [
      'Tietosuojavaltuutetun toimisto',
      'Dataombudsmannens byrå',
      'Office of the Data Protection Ombudsman',
    ],
    englishName: 'Office of the Data Protection Ombudsman',
    abbreviations: [],
    url: 'https://tietosuoja.fi',
    hosts: ['tietosuoja.fi'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-FI', status: 'S' },
  },
  // gdpr-reference.md#SA-FR, as of 2026-11-23 (no English name given)
  {
    id: 'SA-FR',
    country: 'FR',
    names: ["Commission nationale de l'informatique et des libertés"],
    abbreviations: ['CNIL'],
    url: 'https://www.cnil.fr',
    hosts: ['cnil.fr'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-FR', status: 'S' },
  },
  // gdpr-reference.md#SA-DE, as of 2026-11-23
  // "Der/Die" follows the office holder: both forms are listed.
  {
    id: 'SA-DE',
    country: 'DE',
    names: [
      'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
      'Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit',
      'Federal Commissioner for Data Protection and Freedom of Information',
    ],
    englishName: 'Federal Commissioner for Data Protection and Freedom of Information',
    abbreviations: ['BfDI'],
    url: 'https://www.bfdi.bund.de',
    hosts: ['bfdi.bund.de'],
    formerNames: [],
    eea: true,
    notes:
      'Federal level: covers federal public bodies, telecoms and postal services; each Land has its own authority (§6.2).',
    source: { row: 'SA-DE', status: 'S' },
  },
  // gdpr-reference.md#SA-GR, as of 2026-11-23
  {
    id: 'SA-GR',
    country: 'GR',
    names: ['Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα', 'Hellenic Data Protection Authority'],
    englishName: 'Hellenic Data Protection Authority',
    abbreviations: ['HDPA'],
    url: 'https://www.dpa.gr',
    hosts: ['dpa.gr'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-GR', status: 'S' },
  },
  // gdpr-reference.md#SA-HU, as of 2026-11-23
  {
    id: 'SA-HU',
    country: 'HU',
    names: [
      'Nemzeti Adatvédelmi és Információszabadság Hatóság',
      'National Authority for Data Protection and Freedom of Information',
    ],
    englishName: 'National Authority for Data Protection and Freedom of Information',
    abbreviations: ['NAIH'],
    url: 'https://naih.hu',
    hosts: ['naih.hu'],
    formerNames: [
      {
        name: 'Adatvédelmi biztos',
        lastValid: '2011-12-31',
        note: 'Act CXII of 2011; no legal succession',
      },
      {
        name: 'Parliamentary Commissioner for Data Protection and Freedom of Information',
        lastValid: '2011-12-31',
        note: 'Act CXII of 2011; no legal succession',
      },
    ],
    eea: true,
    source: { row: 'SA-HU', status: 'V' },
  },
  // gdpr-reference.md#SA-IE, as of 2026-11-23 (no separate English name)
  {
    id: 'SA-IE',
    country: 'IE',
    names: ['Data Protection Commission', 'An Coimisiún um Chosaint Sonraí'],
    englishName: 'Data Protection Commission',
    abbreviations: ['DPC'],
    url: 'https://www.dataprotection.ie',
    hosts: ['dataprotection.ie'],
    formerNames: [
      {
        name: 'Data Protection Commissioner',
        lastValid: '2018-05-24',
        note: 'Data Protection Act 2018',
      },
    ],
    eea: true,
    source: { row: 'SA-IE', status: 'V' },
  },
  // gdpr-reference.md#SA-IT, as of 2026-11-23
  {
    id: 'SA-IT',
    country: 'IT',
    names: ['Garante per la protezione dei dati personali', 'Italian Data Protection Authority'],
    englishName: 'Italian Data Protection Authority',
    abbreviations: ['GPDP'],
    url: 'https://www.garanteprivacy.it',
    hosts: ['garanteprivacy.it'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-IT', status: 'S' },
  },
  // gdpr-reference.md#SA-LV, as of 2026-11-23
  {
    id: 'SA-LV',
    country: 'LV',
    names: ['Datu valsts inspekcija', 'Data State Inspectorate'],
    englishName: 'Data State Inspectorate',
    abbreviations: ['DVI'],
    url: 'https://www.dvi.gov.lv',
    hosts: ['dvi.gov.lv'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-LV', status: 'S' },
  },
  // gdpr-reference.md#SA-LT, as of 2026-11-23
  {
    id: 'SA-LT',
    country: 'LT',
    names: ['Valstybinė duomenų apsaugos inspekcija', 'State Data Protection Inspectorate'],
    englishName: 'State Data Protection Inspectorate',
    abbreviations: ['VDAI'],
    url: 'https://vdai.lrv.lt',
    hosts: ['vdai.lrv.lt'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-LT', status: 'S' },
  },
  // gdpr-reference.md#SA-LU, as of 2026-11-23 (abbreviation CNPD shared with SA-PT)
  {
    id: 'SA-LU',
    country: 'LU',
    names: [
      'Commission nationale pour la protection des données',
      'National Commission for Data Protection',
    ],
    englishName: 'National Commission for Data Protection',
    abbreviations: ['CNPD'],
    url: 'https://cnpd.public.lu',
    hosts: ['cnpd.public.lu'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-LU', status: 'S' },
  },
  // gdpr-reference.md#SA-MT: the name and site read on idpc.org.mt on 2026-12-06 [S24] (V); the
  // Commissioner's office is the "Office of …". No separate English name.
  {
    id: 'SA-MT',
    country: 'MT',
    names: [
      'Information and Data Protection Commissioner',
      'Office of the Information and Data Protection Commissioner',
    ],
    englishName: 'Information and Data Protection Commissioner',
    abbreviations: ['IDPC'],
    url: 'https://idpc.org.mt',
    hosts: ['idpc.org.mt'],
    formerNames: [],
    formerHosts: [{ host: 'idpc.gov.mt', note: 'the earlier site (date unverified)' }],
    eea: true,
    source: { row: 'SA-MT', status: 'V' },
  },
  // gdpr-reference.md#SA-NL, as of 2026-11-23
  {
    id: 'SA-NL',
    country: 'NL',
    names: ['Autoriteit Persoonsgegevens', 'Dutch Data Protection Authority'],
    englishName: 'Dutch Data Protection Authority',
    abbreviations: ['AP'],
    url: 'https://autoriteitpersoonsgegevens.nl',
    hosts: ['autoriteitpersoonsgegevens.nl'],
    formerNames: [
      {
        name: 'College bescherming persoonsgegevens',
        abbreviation: 'CBP',
        lastValid: '2015-12-31',
      },
      { name: 'Registratiekamer', note: 'before 2001' },
    ],
    eea: true,
    source: { row: 'SA-NL', status: 'V' },
  },
  // gdpr-reference.md#SA-PL, as of 2026-11-23 ("Prezes … (PUODO); office UODO")
  {
    id: 'SA-PL',
    country: 'PL',
    names: [
      'Prezes Urzędu Ochrony Danych Osobowych',
      'President of the Personal Data Protection Office',
    ],
    englishName: 'President of the Personal Data Protection Office',
    abbreviations: ['PUODO', 'UODO'],
    url: 'https://uodo.gov.pl',
    hosts: ['uodo.gov.pl'],
    formerNames: [
      {
        name: 'Generalny Inspektor Ochrony Danych Osobowych',
        abbreviation: 'GIODO',
        lastValid: '2018-05-24',
        note: 'Act of 2018-05-10',
      },
    ],
    eea: true,
    source: { row: 'SA-PL', status: 'S' },
  },
  // gdpr-reference.md#SA-PT, as of 2026-11-23 (abbreviation CNPD shared with SA-LU)
  {
    id: 'SA-PT',
    country: 'PT',
    names: ['Comissão Nacional de Proteção de Dados', 'National Data Protection Commission'],
    englishName: 'National Data Protection Commission',
    abbreviations: ['CNPD'],
    url: 'https://www.cnpd.pt',
    hosts: ['cnpd.pt'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-PT', status: 'S' },
  },
  // gdpr-reference.md#SA-RO, as of 2026-11-23
  {
    id: 'SA-RO',
    country: 'RO',
    names: [
      'Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal',
      'National Supervisory Authority for Personal Data Processing',
    ],
    englishName: 'National Supervisory Authority for Personal Data Processing',
    abbreviations: ['ANSPDCP'],
    url: 'https://www.dataprotection.ro',
    hosts: ['dataprotection.ro'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-RO', status: 'S' },
  },
  // gdpr-reference.md#SA-SK, as of 2026-11-23 (English name shared with SA-CZ)
  {
    id: 'SA-SK',
    country: 'SK',
    names: [
      'Úrad na ochranu osobných údajov Slovenskej republiky',
      'Office for Personal Data Protection',
    ],
    englishName: 'Office for Personal Data Protection',
    abbreviations: [],
    url: 'https://dataprotection.gov.sk',
    hosts: ['dataprotection.gov.sk'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-SK', status: 'S' },
  },
  // gdpr-reference.md#SA-SI, as of 2026-11-23
  {
    id: 'SA-SI',
    country: 'SI',
    names: ['Informacijski pooblaščenec', 'Information Commissioner'],
    englishName: 'Information Commissioner',
    abbreviations: ['IP'],
    url: 'https://www.ip-rs.si',
    hosts: ['ip-rs.si'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-SI', status: 'S' },
  },
  // gdpr-reference.md#SA-ES, as of 2026-11-23
  {
    id: 'SA-ES',
    country: 'ES',
    names: ['Agencia Española de Protección de Datos', 'Spanish Data Protection Agency'],
    englishName: 'Spanish Data Protection Agency',
    abbreviations: ['AEPD'],
    url: 'https://www.aepd.es',
    hosts: ['aepd.es'],
    formerNames: [],
    eea: true,
    notes:
      'Regional authorities (Catalonia, Basque Country, Andalusia) for their public sectors (unverified).',
    source: { row: 'SA-ES', status: 'S' },
  },
  // gdpr-reference.md#SA-SE, as of 2026-11-23 (renaming: SE-IMY, V)
  {
    id: 'SA-SE',
    country: 'SE',
    names: ['Integritetsskyddsmyndigheten', 'Swedish Authority for Privacy Protection'],
    englishName: 'Swedish Authority for Privacy Protection',
    abbreviations: ['IMY'],
    url: 'https://www.imy.se',
    hosts: ['imy.se'],
    formerNames: [
      { name: 'Datainspektionen', lastValid: '2020-12-31', host: 'datainspektionen.se' },
    ],
    eea: true,
    source: { row: 'SA-SE', status: 'V' },
  },
  // gdpr-reference.md#SA-IS, as of 2026-11-23 (English name shared with SA-LI)
  {
    id: 'SA-IS',
    country: 'IS',
    names: ['Persónuvernd', 'Data Protection Authority'],
    englishName: 'Data Protection Authority',
    abbreviations: [],
    url: 'https://www.personuvernd.is',
    hosts: ['personuvernd.is'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-IS', status: 'S' },
  },
  // gdpr-reference.md#SA-LI, as of 2026-11-23 (English name shared with SA-IS)
  {
    id: 'SA-LI',
    country: 'LI',
    names: ['Datenschutzstelle', 'Data Protection Authority'],
    englishName: 'Data Protection Authority',
    abbreviations: ['DSS'],
    url: 'https://www.datenschutzstelle.li',
    hosts: ['datenschutzstelle.li'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-LI', status: 'S' },
  },
  // gdpr-reference.md#SA-NO, as of 2026-11-23 (same name as SA-DK)
  {
    id: 'SA-NO',
    country: 'NO',
    names: ['Datatilsynet', 'Norwegian Data Protection Authority'],
    englishName: 'Norwegian Data Protection Authority',
    abbreviations: [],
    url: 'https://www.datatilsynet.no',
    hosts: ['datatilsynet.no'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-NO', status: 'S' },
  },

  // ---- §6.2 Germany: state-level authorities (17; Bavaria has two) ----
  // docs/legal-reference/authorities.md §6.2: full names and websites read on 2026-12-06 on each
  // authority's own website [S23]; V where that was possible. A German title is written in three
  // forms (germanTitleForms), so "beim Hamburgischen Beauftragten …" names the authority too.
  // Former names whose last day is unverified carry no `lastValid`: recognised, never reported.
  // gdpr-reference.md#SA-DE-BW, read 2026-12-06
  {
    id: 'SA-DE-BW',
    country: 'DE',
    region: 'Baden-Württemberg',
    names: [
      ...germanTitleForms(
        'Landesbeauftragt* für Datenschutz und Informationsfreiheit Baden-Württemberg',
      ),
      ...germanTitleForms(
        'Landesbeauftragt* für den Datenschutz und die Informationsfreiheit Baden-Württemberg',
      ),
      'LfDI Baden-Württemberg',
    ],
    abbreviations: ['LfDI BW'],
    url: 'https://www.baden-wuerttemberg.datenschutz.de',
    hosts: ['baden-wuerttemberg.datenschutz.de'],
    formerNames: [
      {
        name: 'Landesbeauftragter für den Datenschutz Baden-Württemberg',
        note: 'until March 2017 (secondary source; day unverified)',
      },
    ],
    eea: true,
    source: { row: 'SA-DE-BW', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-BY-P, read 2026-12-06 (S: the privacy notice sits on a service domain)
  {
    id: 'SA-DE-BY-P',
    country: 'DE',
    region: 'Bayern',
    sector: 'private',
    names: [
      'Bayerisches Landesamt für Datenschutzaufsicht',
      'Bayerische Landesamt für Datenschutzaufsicht',
      'Bayerischen Landesamt für Datenschutzaufsicht',
      'Bayerischen Landesamts für Datenschutzaufsicht',
    ],
    abbreviations: ['BayLDA'],
    url: 'https://www.lda.bayern.de',
    hosts: ['lda.bayern.de'],
    formerNames: [],
    eea: true,
    notes: 'Supervises private bodies in Bavaria; public bodies: SA-DE-BY-O.',
    source: { row: 'SA-DE-BY-P', status: 'S' },
  },
  // gdpr-reference.md#SA-DE-BY-O, read 2026-12-06
  {
    id: 'SA-DE-BY-O',
    country: 'DE',
    region: 'Bayern',
    sector: 'public',
    names: germanTitleForms('Bayerisch* Landesbeauftragt* für den Datenschutz'),
    abbreviations: ['BayLfD'],
    url: 'https://www.datenschutz-bayern.de',
    hosts: ['datenschutz-bayern.de'],
    formerNames: [],
    eea: true,
    notes: 'Supervises public bodies in Bavaria; private bodies: SA-DE-BY-P.',
    source: { row: 'SA-DE-BY-O', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-BE, read 2026-12-06
  {
    id: 'SA-DE-BE',
    country: 'DE',
    region: 'Berlin',
    names: germanTitleForms('Berliner Beauftragt* für Datenschutz und Informationsfreiheit'),
    abbreviations: ['BlnBDI'],
    url: 'https://www.datenschutz-berlin.de',
    hosts: ['datenschutz-berlin.de'],
    formerNames: [
      {
        name: 'Berliner Beauftragter für Datenschutz und für das Recht auf Akteneinsicht',
        note: '1999–2001 (encyclopaedia; days unverified)',
      },
      {
        name: 'Berliner Datenschutzbeauftragter',
        note: 'from 1979 (encyclopaedia; day unverified)',
      },
    ],
    eea: true,
    source: { row: 'SA-DE-BE', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-BB, read 2026-12-06
  {
    id: 'SA-DE-BB',
    country: 'DE',
    region: 'Brandenburg',
    names: [
      ...germanTitleForms(
        'Landesbeauftragt* für den Datenschutz und für das Recht auf Akteneinsicht',
      ),
      ...germanTitleForms(
        'Landesbeauftragt* für den Datenschutz und für das Recht auf Akteneinsicht des Landes Brandenburg',
      ),
      'LDA Brandenburg',
    ],
    abbreviations: [],
    url: 'https://www.lda.brandenburg.de',
    hosts: ['lda.brandenburg.de'],
    formerNames: [],
    eea: true,
    notes:
      'Named "Landesbeauftragter für den Datenschutz" until the access-to-files act of 1998 (day unverified); that title is shared with other Länder, so it is not matched.',
    source: { row: 'SA-DE-BB', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-HB, read 2026-12-06
  {
    id: 'SA-DE-HB',
    country: 'DE',
    region: 'Bremen',
    names: [
      ...germanTitleForms('Landesbeauftragt* für Datenschutz und Informationsfreiheit Bremen'),
      'LfDI Bremen',
    ],
    abbreviations: [],
    url: 'https://www.datenschutz.bremen.de',
    hosts: ['datenschutz.bremen.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-HB', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-HH, read 2026-12-06
  {
    id: 'SA-DE-HH',
    country: 'DE',
    region: 'Hamburg',
    names: germanTitleForms('Hamburgisch* Beauftragt* für Datenschutz und Informationsfreiheit'),
    abbreviations: ['HmbBfDI'],
    url: 'https://datenschutz-hamburg.de',
    hosts: ['datenschutz-hamburg.de', 'datenschutz.hamburg.de'],
    formerNames: [
      {
        name: 'Hamburgischer Datenschutzbeauftragter',
        note: 'before the office took on freedom of information (date unverified)',
      },
    ],
    eea: true,
    source: { row: 'SA-DE-HH', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-HE, read 2026-12-06. "Hessischer Datenschutzbeauftragter" is still the
  // title in the Land's act (HDSIG), so it is a current name, not a former one.
  {
    id: 'SA-DE-HE',
    country: 'DE',
    region: 'Hessen',
    names: [
      ...germanTitleForms('Hessisch* Beauftragt* für Datenschutz und Informationsfreiheit'),
      ...germanTitleForms('Hessisch* Datenschutzbeauftragt*'),
    ],
    abbreviations: ['HBDI', 'HDSB'],
    url: 'https://datenschutz.hessen.de',
    hosts: ['datenschutz.hessen.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-HE', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-MV, read 2026-12-06
  {
    id: 'SA-DE-MV',
    country: 'DE',
    region: 'Mecklenburg-Vorpommern',
    names: [
      ...germanTitleForms(
        'Landesbeauftragt* für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
      ),
      'LfDI M-V',
    ],
    abbreviations: [],
    url: 'https://www.datenschutz-mv.de',
    hosts: ['datenschutz-mv.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-MV', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-NI, read 2026-12-06
  {
    id: 'SA-DE-NI',
    country: 'DE',
    region: 'Niedersachsen',
    names: [
      ...germanTitleForms('Landesbeauftragt* für den Datenschutz Niedersachsen'),
      'LfD Niedersachsen',
    ],
    abbreviations: [],
    url: 'https://www.lfd.niedersachsen.de',
    hosts: ['lfd.niedersachsen.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-NI', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-NW, read 2026-12-06
  {
    id: 'SA-DE-NW',
    country: 'DE',
    region: 'Nordrhein-Westfalen',
    names: [
      ...germanTitleForms(
        'Landesbeauftragt* für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
      ),
      ...germanTitleForms('Landesbeauftragt* für Datenschutz und Informationsfreiheit NRW'),
      // As the authority's own privacy notice writes it.
      ...germanTitleForms(
        'Landesbeauftragt* für Datenschutz und Informationsfreiheit des Landes Nordrhein-Westfalen',
      ),
    ],
    abbreviations: ['LDI NRW'],
    url: 'https://www.ldi.nrw.de',
    hosts: ['ldi.nrw.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-NW', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-RP, read 2026-12-06
  {
    id: 'SA-DE-RP',
    country: 'DE',
    region: 'Rheinland-Pfalz',
    names: [
      ...germanTitleForms(
        'Landesbeauftragt* für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz',
      ),
      'LfDI Rheinland-Pfalz',
    ],
    abbreviations: [],
    url: 'https://www.datenschutz.rlp.de',
    hosts: ['datenschutz.rlp.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-RP', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-SL, read 2026-12-06
  {
    id: 'SA-DE-SL',
    country: 'DE',
    region: 'Saarland',
    names: [
      'Unabhängiges Datenschutzzentrum Saarland',
      'Unabhängige Datenschutzzentrum Saarland',
      'Unabhängigen Datenschutzzentrum Saarland',
      'Unabhängigen Datenschutzzentrums Saarland',
      ...germanTitleForms('Landesbeauftragt* für Datenschutz und Informationsfreiheit Saarland'),
      ...germanTitleForms(
        'Landesbeauftragt* für Datenschutz und Informationsfreiheit des Saarlandes',
      ),
    ],
    abbreviations: [],
    url: 'https://www.datenschutz.saarland.de',
    hosts: ['datenschutz.saarland.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-SL', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-SN, read 2026-12-06. The office took on the Transparency Act's tasks
  // in 2023; the Land's act still calls it "Sächsische(r) Datenschutzbeauftragte(r)". The new site
  // is datenschutz.sachsen.de; saechsdsb.de stays a host (whether it is retired is unverified).
  {
    id: 'SA-DE-SN',
    country: 'DE',
    region: 'Sachsen',
    names: [
      ...germanTitleForms('Sächsisch* Datenschutz- und Transparenzbeauftragt*'),
      ...germanTitleForms('Sächsisch* Datenschutzbeauftragt*'),
    ],
    abbreviations: ['SDTB'],
    url: 'https://www.datenschutz.sachsen.de',
    hosts: ['datenschutz.sachsen.de', 'saechsdsb.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-SN', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-ST, read 2026-12-06 (S: the full name only in secondary sources)
  {
    id: 'SA-DE-ST',
    country: 'DE',
    region: 'Sachsen-Anhalt',
    names: germanTitleForms('Landesbeauftragt* für den Datenschutz Sachsen-Anhalt'),
    abbreviations: ['LfD LSA'],
    url: 'https://www.datenschutz.sachsen-anhalt.de',
    hosts: ['datenschutz.sachsen-anhalt.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-ST', status: 'S' },
  },
  // gdpr-reference.md#SA-DE-SH, read 2026-12-06
  {
    id: 'SA-DE-SH',
    country: 'DE',
    region: 'Schleswig-Holstein',
    names: [
      'Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein',
      'Unabhängiges Landeszentrum für Datenschutz',
      'Unabhängige Landeszentrum für Datenschutz',
      'Unabhängigen Landeszentrum für Datenschutz',
      'Unabhängigen Landeszentrums für Datenschutz',
      ...germanTitleForms('Landesbeauftragt* für Datenschutz Schleswig-Holstein'),
    ],
    abbreviations: ['ULD', 'LfD SH'],
    url: 'https://www.datenschutzzentrum.de',
    hosts: ['datenschutzzentrum.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-SH', status: 'V' },
  },
  // gdpr-reference.md#SA-DE-TH, read 2026-12-06
  {
    id: 'SA-DE-TH',
    country: 'DE',
    region: 'Thüringen',
    names: germanTitleForms(
      'Thüringer Landesbeauftragt* für den Datenschutz und die Informationsfreiheit',
    ),
    abbreviations: ['TLfDI'],
    url: 'https://www.tlfdi.de',
    hosts: ['tlfdi.de'],
    formerNames: [],
    eea: true,
    source: { row: 'SA-DE-TH', status: 'V' },
  },

  // ---- §6.3 Outside the EEA ----
  // gdpr-reference.md#SA-GB, as of 2026-11-23 (see also WATCH-UK)
  // "accept both names for GB": the Information Commission (Data (Use and Access) Act 2025,
  // s. 117) is listed beside the ICO; date of takeover (unverified).
  {
    id: 'SA-GB',
    country: 'GB',
    names: ["Information Commissioner's Office", 'Information Commission'],
    englishName: "Information Commissioner's Office",
    abbreviations: ['ICO'],
    url: 'https://ico.org.uk',
    hosts: ['ico.org.uk'],
    formerNames: [],
    eea: false,
    notes:
      'Not EEA. Data (Use and Access) Act 2025 (Royal Assent 2025-06-19): s. 117 creates the Information Commission, s. 118 abolishes the Information Commissioner, s. 119 transfers functions. In June 2026 the ICO still operated mid-restructure; date of takeover (unverified).',
    source: { row: 'SA-GB', status: 'S' },
  },
  // gdpr-reference.md#SA-CH, as of 2026-11-23 (St U)
  {
    id: 'SA-CH',
    country: 'CH',
    names: ['Federal Data Protection and Information Commissioner'],
    englishName: 'Federal Data Protection and Information Commissioner',
    abbreviations: ['EDÖB', 'FDPIC'],
    url: 'https://www.edoeb.admin.ch',
    hosts: ['edoeb.admin.ch'],
    formerNames: [],
    eea: false,
    notes: 'Not EEA.',
    source: { row: 'SA-CH', status: 'U' },
  },
];

export interface EuropeanBoard {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly hosts: readonly string[];
  readonly replaced: string;
  readonly since: string;
  readonly notes: string;
  readonly source: SourceRef;
}

// gdpr-reference.md#SA-EDPB, as of 2026-11-23. Not in SUPERVISORY_AUTHORITIES: not a complaint
// authority for controllers.
export const EDPB: EuropeanBoard = {
  id: 'SA-EDPB',
  name: 'European Data Protection Board',
  url: 'https://www.edpb.europa.eu',
  hosts: ['edpb.europa.eu'],
  replaced: 'Article 29 Working Party',
  since: '2018-05-25',
  notes:
    'Replaced the Article 29 Working Party on 2018-05-25; not a complaint authority for controllers.',
  source: { row: 'SA-EDPB', status: 'V' },
};

export function authorityById(id: string): SupervisoryAuthorityInfo | undefined {
  return SUPERVISORY_AUTHORITIES.find((a) => a.id === id);
}

/** The authorities of a country (normalise the code first), national one first. */
export function authoritiesForCountry(country: string): readonly SupervisoryAuthorityInfo[] {
  return SUPERVISORY_AUTHORITIES.filter((a) => a.country === country);
}

/**
 * Normalises an authority name for comparison: NFC, lower case, apostrophes and invisible
 * format characters (soft hyphen) dropped ("Commissioner's" → "commissioners"), all other
 * punctuation and parentheses replaced by a space, whitespace collapsed and trimmed.
 */
export function normalizeAuthorityName(text: string): string {
  // Latin text (most names, every URL): the same result without the Unicode classes, whose
  // compilation was a large part of a lint's first lookup. Its only format character is the
  // soft hyphen; its letters and digits are these, and lower case makes only letters and marks
  // (at U+0250 and above), so all else is a separator (reference.test.ts checks each).
  if (isLatin(text))
    return text
      .toLowerCase()
      .replace(/[\xad'`\xb4]/gu, '')
      .replace(
        /[^\dA-Za-z\xaa\xb2\xb3\xb5\xb9\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\u{10ffff}]+/gu,
        ' ',
      )
      .trim();
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{Cf}'’ʼ‘`´]/gu, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** `normalizeAuthorityName` with diacritics removed as well (Personuvernd = Persónuvernd). */
function foldName(text: string): string {
  const normalized = normalizeAuthorityName(text);
  // ASCII has no diacritics to remove.
  if (isAscii(normalized)) return normalized;
  return normalized
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The folding names are compared in: for word lists matched against the same texts. */
export { foldName as foldAuthorityText };

// The table's names and abbreviations folded at build time (list-compiler.ts): a lookup
// compares one text against about 200 names, and folding them was most of a lint's start-up.
const foldedNames = lazy(
  (): readonly FoldedAuthorityNames[] =>
    JSON.parse(FOLDED_AUTHORITY_NAMES) as FoldedAuthorityNames[],
);

/** The former names of an authority, folded; folded here if it is not one of the table's. */
function foldedFormerNames(authority: SupervisoryAuthorityInfo): readonly string[] {
  const index = SUPERVISORY_AUTHORITIES.indexOf(authority);
  return index < 0
    ? authority.formerNames.map((former) => foldName(former.name))
    : (foldedNames()[index]?.formerNames ?? []);
}

/**
 * A text as one folded name, for comparing with a former name: without a trailing "(…)" (the
 * abbreviation) and a leading English "the". Scans instead of a regex (a regex stripping a
 * trailing parenthesis backtracked quadratically on hostile input).
 */
function wholeName(text: string): string {
  let name = text.trimEnd();
  if (name.endsWith(')')) {
    const open = name.lastIndexOf('(');
    if (open !== -1) name = name.slice(0, open);
  }
  const folded = foldName(name);
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/**
 * Words that mark a former name as former, in the EEA languages: "IMY, tidigare
 * Datainspektionen", "formerly known as …", "vormals …", "anciennement …", "f.d. …".
 */
const formerlyMarkers = lazy(
  (): ReadonlySet<string> =>
    new Set(
      [
        'formerly',
        'previously',
        'former',
        'earlier',
        'once',
        'until',
        'tidigare',
        'förut',
        'fd',
        'tidligere',
        'tidl',
        'forhenværende',
        'fhv',
        'ehemals',
        'ehemalige',
        'ehemaligen',
        'vormals',
        'vormalige',
        'früher',
        'zuvor',
        'bisher',
        'voorheen',
        'vroeger',
        'voormalig',
        'voormalige',
        'destijds',
        'anciennement',
        'ancien',
        'ancienne',
        'auparavant',
        'précédemment',
        'ex',
        'antes',
        'anteriormente',
        'antigua',
        'antiguo',
        'antiga',
        'antigo',
        'già',
        'precedentemente',
        'dawniej',
        'wcześniej',
        'poprzednio',
        'dawny',
        'dawna',
        'dříve',
        'bývalý',
        'původně',
        'predtým',
        'skôr',
        'bývalý',
        'pôvodne',
        'prej',
        'nekdanji',
        'ranije',
        'prije',
        'bivša',
        'bivši',
        'korábban',
        'korábbi',
        'egykori',
        'fosta',
        'fostul',
        'anterior',
        'бивша',
        'бивш',
        'бившата',
        'предишна',
        'πρώην',
        'παλαιότερα',
        'varem',
        'endine',
        'endise',
        'agrāk',
        'bijusī',
        'anksčiau',
        'buvusi',
        'aiemmin',
        'entinen',
        'aikaisemmin',
        'qabel',
        'roimhe',
        'áður',
        'fyrrum',
        'fyrrverandi',
      ].map((word) => foldName(word)),
    ),
);

/**
 * A former name of `authority` that a text keeps beside its current one, unmarked:
 * "Datainspektionen (Integritetsskyddsmyndigheten)". A former name after "formerly", "tidigare"
 * or the like (within three words) is history, not a name in use, and is not returned.
 */
export function formerNameBeside(
  text: string,
  authority: SupervisoryAuthorityInfo,
): FormerName | undefined {
  const folded = foldName(splitHosts(text.normalize('NFC')).rest);
  const formerNames = foldedFormerNames(authority);
  return authority.formerNames.find((_, position) =>
    spansOf(folded, formerNames[position] ?? '').some((span) => {
      const before = folded
        .slice(0, span.start)
        .split(' ')
        .filter((word) => word !== '')
        .slice(-3);
      const markers = formerlyMarkers();
      const marked =
        before.some((word) => markers.has(word)) || markers.has(before.slice(-2).join(''));
      return !marked;
    }),
  );
}

/** The day after an ISO date: when a current name replaced a former one. */
export function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The name to write for an authority: an official name with its abbreviation, e.g.
 * "Integritetsskyddsmyndigheten (IMY)". Convention of this table (gdpr-reference.md §6.1, where a
 * cell "A (X) / B (Y)" lists names and abbreviations in the same order, and former names in the
 * order of the current ones): `position` picks the official name in that place, so the position
 * of a former name in `formerNames` gives the name that replaced it (Belgium: CBPL (0) →
 * Gegevensbeschermingsautoriteit (GBA), CPVP (1) → Autorité de protection des données (APD);
 * Hungary: the English former name → the English name). Default: the first official name.
 */
export function currentAuthorityName(authority: SupervisoryAuthorityInfo, position = 0): string {
  const index = Math.min(Math.max(0, position), authority.names.length - 1);
  const name = authority.names[index] ?? authority.names[0] ?? '';
  // Abbreviations follow the official names; the English name takes the first one.
  const own =
    authority.abbreviations.length > 1 && name !== authority.englishName
      ? authority.abbreviations[index]
      : undefined;
  const abbreviation = own ?? authority.abbreviations[0];
  return abbreviation === undefined ? name : `${name} (${abbreviation})`;
}

export interface AuthorityMatch {
  readonly authority: SupervisoryAuthorityInfo;
  readonly match: 'current' | 'former';
  readonly matchedBy: 'name' | 'abbreviation' | 'host';
  /** The former name (or its abbreviation or host) that matched, for `match: 'former'`. */
  readonly former?: FormerName;
  /** The former website host that matched, for `match: 'former'` via `formerHosts`. */
  readonly formerHost?: FormerHost;
}

/**
 * A URL or bare host name; group 1 = host. Paths, queries and fragments are consumed. A host
 * starts only where no letter, digit, `-` or `.` precedes it: without that lookbehind the scan
 * retried at every offset of a long run of letters, quadratic on a hostile name or URL.
 */
const URL_PATTERN =
  /(?<![a-z0-9.-])(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![a-z0-9-])(?:[/?#][^\s]*)?/giu;

/** Hosts (lower case, without `www.`) of the URLs in a text, and the text with them blanked. */
function splitHosts(text: string): { hosts: string[]; rest: string } {
  const hosts: string[] = [];
  const rest = text.replace(URL_PATTERN, (_whole: string, host: string) => {
    hosts.push(host.toLowerCase().replace(/^www\./u, ''));
    return ' ';
  });
  return { hosts, rest };
}

function hostMatches(found: string, host: string): boolean {
  return found === host || found.endsWith(`.${host}`);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whole-word occurrence of an abbreviation; case-sensitive for two-letter ones (AP, IP). A
 * scan with one shared character test: a lookbehind regex per abbreviation cost ~50 ms to
 * compile on every run of the CLI.
 */
function hasAbbreviation(text: string, abbreviation: string): boolean {
  const caseSensitive = [...abbreviation].length <= 2;
  const haystack = caseSensitive ? text : text.toLowerCase();
  const needle = caseSensitive
    ? abbreviation.normalize('NFC')
    : abbreviation.normalize('NFC').toLowerCase();
  if (needle === '') return false;
  const isWord = (char: string | undefined) => char !== undefined && WORD_CHARACTER.test(char);
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
    if (!isWord(haystack[i - 1]) && !isWord(haystack[i + needle.length])) return true;
  }
  return false;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every whole-word occurrence of `needle` in `haystack` (both folded, single-spaced). */
function spansOf(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  const padded = ` ${haystack} `;
  const target = ` ${needle} `;
  let from = 0;
  for (;;) {
    const i = padded.indexOf(target, from);
    if (i < 0) break;
    spans.push({ start: i, end: i + needle.length });
    from = i + 1;
  }
  return spans;
}

const NO_NAMES: FoldedAuthorityNames = { names: [], formerNames: [], formerAbbreviations: [] };

interface Candidate {
  readonly authority: SupervisoryAuthorityInfo;
  readonly matchedBy: 'name' | 'abbreviation' | 'host';
  readonly former?: FormerName;
  readonly formerHost?: FormerHost;
  readonly spans?: readonly Span[];
}

/**
 * The supervisory authorities a name, abbreviation or website (or a text containing them,
 * e.g. "Integritetsskyddsmyndigheten (IMY), www.imy.se") refers to.
 *
 * - Names are compared after `normalizeAuthorityName` (and diacritic folding) as whole words;
 *   a name found only inside a longer matched name is ignored ("Data Protection Authority"
 *   inside "Belgian Data Protection Authority").
 * - A former name or former abbreviation counts only when it is the whole text (apart from URLs,
 *   a trailing "(ABBR)", a leading "the", punctuation and spacing): Ireland's former "Data
 *   Protection Commissioner" is also part of Malta's "Information and Data Protection
 *   Commissioner", and "IMY (tidigare Datainspektionen)" names the current authority.
 * - Abbreviations are matched as whole words ("(IMY)").
 * - Hosts are matched with or without scheme, `www.` and path; subdomains count.
 *
 * Several authorities can match: "Datatilsynet" is SA-DK and SA-NO, "CNPD" is SA-LU and SA-PT.
 * The caller decides, e.g. with the controller's country. One result per authority, in table
 * order; a current-name match wins over a former-name match.
 */
export function findAuthorities(nameOrUrl: string): AuthorityMatch[] {
  // Names and abbreviations are looked for outside URLs: "datatilsynet.no" is SA-NO only.
  const { hosts, rest: text } = splitHosts(nameOrUrl.normalize('NFC'));
  const folded = foldName(text);
  const whole = wholeName(text);
  const candidates: Candidate[] = [];

  const allFolded = foldedNames();
  for (const [index, authority] of SUPERVISORY_AUTHORITIES.entries()) {
    const { names, formerNames, formerAbbreviations } = allFolded[index] ?? NO_NAMES;
    for (const name of names) {
      const spans = spansOf(folded, name);
      if (spans.length > 0) candidates.push({ authority, matchedBy: 'name', spans });
    }
    for (const [position, former] of authority.formerNames.entries()) {
      if (formerNames[position] === whole) {
        candidates.push({ authority, matchedBy: 'name', former, spans: spansOf(folded, whole) });
      }
      if (formerAbbreviations[position] === whole) {
        candidates.push({ authority, matchedBy: 'abbreviation', former });
      }
      if (former.host !== undefined && hosts.some((h) => hostMatches(h, former.host ?? ''))) {
        candidates.push({ authority, matchedBy: 'host', former });
      }
    }
    if (authority.hosts.some((host) => hosts.some((h) => hostMatches(h, host)))) {
      candidates.push({ authority, matchedBy: 'host' });
    }
    for (const abbreviation of authority.abbreviations) {
      if (hasAbbreviation(text, abbreviation)) {
        candidates.push({ authority, matchedBy: 'abbreviation' });
      }
    }
    for (const formerHost of authority.formerHosts ?? []) {
      if (hosts.some((h) => hostMatches(h, formerHost.host))) {
        candidates.push({ authority, matchedBy: 'host', formerHost });
      }
    }
  }

  // Drop name matches whose every occurrence lies inside a longer name match.
  const nameSpans = candidates.flatMap((c) => c.spans ?? []);
  const kept = candidates.filter(
    (c) =>
      c.spans === undefined ||
      c.spans.some(
        (s) =>
          !nameSpans.some(
            (o) => o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start,
          ),
      ),
  );

  const results: AuthorityMatch[] = [];
  for (const authority of SUPERVISORY_AUTHORITIES) {
    const mine = kept.filter((c) => c.authority === authority);
    const best = mine.find((c) => c.former === undefined && c.formerHost === undefined) ?? mine[0];
    if (best === undefined) continue;
    const isFormer = best.former !== undefined || best.formerHost !== undefined;
    const result: AuthorityMatch = {
      authority,
      match: isFormer ? 'former' : 'current',
      matchedBy: best.matchedBy,
      ...(best.former !== undefined ? { former: best.former } : {}),
      ...(best.formerHost !== undefined ? { formerHost: best.formerHost } : {}),
    };
    results.push(result);
  }
  return results;
}
