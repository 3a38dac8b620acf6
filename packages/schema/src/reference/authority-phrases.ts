// Generic names of "a supervisory authority" in the 26 EEA languages (the 24 official EU
// languages, Norwegian and Icelandic), for complaint-authority-named: gdpr-reference.md
// #INF-COMPLAINT (Art. 13(2)(d), 14(2)(e), 77), as of 2026-11-23.
//
// A notice that says "your local data protection authority", "die zuständige Aufsichtsbehörde"
// or "den behöriga tillsynsmyndigheten" tells people of the right to complain but names no
// authority. Such a phrase is built from the term each language version of the GDPR uses for
// "supervisory authority" (Art. 4(21), 51, 77: Aufsichtsbehörde, autorité de contrôle,
// tillsynsmyndighet, organ nadzorczy …), the common "data protection authority", and words that
// qualify without naming (competent, local, national, of your Member State, where you live).
// A phrase is generic when every word is one of these and one of them is an authority noun
// ("head"); any other word (a country, a Land, a proper name) makes it a name. Words are compared
// after the folding the authority lookup uses (lower case, no diacritics, punctuation as spaces),
// so one pass over the words decides, in linear time.
//
// Status: the GDPR terms are those of its language versions [S1], read in reproductions, and
// the qualifying words are ordinary vocabulary: S (a generic phrase backs a warning only).
import { foldAuthorityText } from './authorities.js';
import type { SourceRef } from './types.js';

export interface GenericAuthorityVocabulary {
  /** Nouns (with their inflected forms) that denote an authority. */
  readonly heads: readonly string[];
  /** Other words a generic phrase may have: articles, prepositions, qualifiers, "data protection". */
  readonly words: readonly string[];
  /** Word pairs that are generic only together: "member state" (a lone "state" may be a name). */
  readonly pairs?: readonly (readonly [string, string])[];
}

export const GENERIC_AUTHORITY_PHRASES_SOURCE: SourceRef = { row: 'INF-COMPLAINT', status: 'S' };

/** By BCP 47 primary language subtag. */
export const GENERIC_AUTHORITY_VOCABULARY: Readonly<Record<string, GenericAuthorityVocabulary>> = {
  bg: {
    heads: ['орган', 'органа', 'органът', 'комисия', 'комисията', 'комисии'],
    words: ['надзорен', 'надзорния', 'надзорният', 'надзорни', 'компетентен', 'компетентния', 'компетентният', 'съответния', 'съответният', 'съответен', 'национален', 'националния', 'независим', 'местен', 'местния', 'за', 'защита', 'защитата', 'на', 'личните', 'лични', 'данни', 'в', 'във', 'и', 'или', 'пред', 'по', 'държава', 'държавата', 'членка', 'обичайно', 'обичайното', 'местопребиваване', 'място', 'мястото', 'работа', 'вашата', 'вашия', 'вашето', 'където', 'живеете', 'работите'],
  },
  cs: {
    heads: ['úřad', 'úřadu', 'úřadem', 'orgán', 'orgánu', 'orgánem'],
    words: ['dozorový', 'dozorového', 'dozorovému', 'dozorovým', 'příslušný', 'příslušného', 'příslušnému', 'příslušným', 'národní', 'vnitrostátní', 'nezávislý', 'místní', 'pro', 'ochranu', 'ochrany', 'osobních', 'údajů', 'u', 'v', 've', 'na', 'a', 'nebo', 'k', 'ke', 'členského', 'členském', 'státu', 'státě', 'místa', 'obvyklého', 'bydliště', 'pobytu', 'práce', 'vašeho', 'vašem', 'svého', 'svém', 'kde', 'žijete', 'pracujete'],
  },
  da: {
    heads: ['tilsynsmyndighed', 'tilsynsmyndigheden', 'tilsynsmyndigheder', 'tilsynsmyndighederne', 'myndighed', 'myndigheden', 'databeskyttelsesmyndighed', 'databeskyttelsesmyndigheden'],
    words: ['den', 'det', 'en', 'et', 'kompetente', 'kompetent', 'ansvarlige', 'lokale', 'nationale', 'relevante', 'uafhængige', 'for', 'i', 'på', 'hos', 'til', 'af', 'og', 'eller', 'databeskyttelse', 'personoplysninger', 'din', 'dit', 'dine', 'medlemsstat', 'medlemsstaten', 'land', 'landet', 'bopæl', 'opholdssted', 'arbejdssted', 'hvor', 'du', 'bor', 'arbejder', 'som'],
  },
  de: {
    heads: ['aufsichtsbehörde', 'aufsichtsbehörden', 'datenschutzbehörde', 'datenschutzbehörden', 'datenschutzaufsichtsbehörde', 'datenschutzaufsichtsbehörden', 'datenschutzaufsicht', 'behörde', 'landesdatenschutzbehörde', 'datenschutzbeauftragte', 'datenschutzbeauftragten', 'datenschutzbeauftragter', 'landesdatenschutzbeauftragte', 'landesdatenschutzbeauftragten', 'landesbeauftragte', 'landesbeauftragten', 'landesbeauftragter'],
    words: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'ihre', 'ihrer', 'ihrem', 'ihren', 'ihres', 'unsere', 'zuständige', 'zuständigen', 'zuständiger', 'örtlich', 'örtliche', 'örtlichen', 'jeweilige', 'jeweiligen', 'unabhängige', 'unabhängigen', 'staatliche', 'staatlichen', 'datenschutzrechtliche', 'datenschutzrechtlichen', 'für', 'fuer', 'den', 'datenschutz', 'zum', 'im', 'in', 'bei', 'beim', 'an', 'und', 'oder', 'von', 'wo', 'sie', 'wohnort', 'wohnsitz', 'aufenthaltsort', 'gewöhnlichen', 'aufenthalts', 'arbeitsplatz', 'arbeitsplatzes', 'ort', 'orts', 'mitgliedstaat', 'mitgliedstaats', 'mitgliedstaates', 'mitgliedsstaat', 'mitgliedsstaates', 'bundesland', 'bundeslandes', 'land', 'landes', 'vermeintlichen', 'mutmaßlichen', 'verstoßes', 'sitz', 'unseres', 'unternehmens', 'leben', 'arbeiten'],
  },
  el: {
    heads: ['αρχή', 'αρχής', 'αρχές', 'αρχών'],
    words: ['εποπτική', 'εποπτικής', 'εποπτικές', 'αρμόδια', 'αρμόδιας', 'αρμόδιες', 'εθνική', 'εθνικής', 'ανεξάρτητη', 'τοπική', 'προστασίας', 'δεδομένων', 'προσωπικού', 'χαρακτήρα', 'προσωπικών', 'η', 'ή', 'της', 'την', 'τη', 'τις', 'των', 'του', 'μια', 'μιας', 'στην', 'στη', 'σε', 'για', 'και', 'κράτους', 'κράτος', 'μέλους', 'μέλος', 'συνήθους', 'διαμονής', 'τόπου', 'τόπο', 'εργασίας', 'χώρας', 'χώρα', 'σας', 'όπου', 'ζείτε', 'εργάζεστε'],
  },
  en: {
    heads: ['authority', 'authorities', 'regulator', 'regulators', 'commissioner', 'commission', 'office', 'agency', 'inspectorate', 'ombudsman', 'body', 'dpa', 'dpas', 'sa'],
    words: ['the', 'a', 'an', 'your', 'our', 'its', 'their', 'any', 'local', 'competent', 'relevant', 'responsible', 'appropriate', 'applicable', 'lead', 'national', 'regional', 'independent', 'public', 'data', 'protection', 'personal', 'privacy', 'supervisory', 'supervising', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'or', 'and', 'where', 'which', 'that', 'you', 'live', 'reside', 'work', 'is', 'are', 'located', 'established', 'concerned', 'country', 'countries', 'residence', 'habitual', 'place', 'alleged', 'infringement', 'eu', 'eea', 'home'],
    pairs: [['member', 'state'], ['member', 'states']],
  },
  es: {
    heads: ['autoridad', 'autoridades', 'agencia', 'organismo'],
    words: ['la', 'el', 'los', 'las', 'una', 'un', 'su', 'sus', 'de', 'del', 'control', 'protección', 'datos', 'personales', 'competente', 'competentes', 'correspondiente', 'local', 'nacional', 'independiente', 'en', 'y', 'o', 'para', 'ante', 'materia', 'estado', 'miembro', 'residencia', 'habitual', 'lugar', 'trabajo', 'país', 'supuesta', 'infracción', 'donde', 'usted', 'vive', 'trabaja'],
  },
  et: {
    heads: ['järelevalveasutus', 'järelevalveasutusele', 'järelevalveasutuse', 'järelevalveasutuses', 'inspektsioon', 'inspektsioonile', 'inspektsiooni', 'asutus', 'asutusele', 'asutuse', 'andmekaitseasutus', 'andmekaitseasutusele'],
    words: ['pädev', 'pädevale', 'pädeva', 'pädevasse', 'andmekaitse', 'isikuandmete', 'kaitse', 'riiklik', 'riiklikule', 'kohalik', 'kohalikule', 'sõltumatu', 'liikmesriigi', 'liikmesriigis', 'alalise', 'elukoha', 'elukohajärgsele', 'töökoha', 'koha', 'või', 'ja', 'teie', 'oma', 'kus', 'te', 'elate', 'töötate'],
  },
  fi: {
    heads: ['valvontaviranomainen', 'valvontaviranomaiselle', 'valvontaviranomaiseen', 'valvontaviranomaisen', 'valvontaviranomaisessa', 'valvontaviranomaiset', 'tietosuojaviranomainen', 'tietosuojaviranomaiselle', 'tietosuojaviranomaiseen', 'tietosuojaviranomaisen', 'viranomainen', 'viranomaiselle', 'viranomaiseen', 'viranomaisen'],
    words: ['toimivaltainen', 'toimivaltaiselle', 'toimivaltaiseen', 'toimivaltaisen', 'paikallinen', 'paikalliselle', 'kansallinen', 'kansalliselle', 'asianomainen', 'asianomaiselle', 'riippumaton', 'tietosuoja', 'tietosuojan', 'henkilötietojen', 'valvova', 'valvovalle', 'oman', 'omalle', 'jäsenvaltion', 'jäsenvaltiossa', 'asuinpaikan', 'vakinaisen', 'työpaikan', 'ja', 'tai', 'sinun', 'teidän', 'jossa', 'asut', 'työskentelet'],
  },
  fr: {
    heads: ['autorité', 'autorités', 'commission', 'organisme', 'régulateur'],
    words: ['l', 'la', 'le', 'les', 'une', 'un', 'votre', 'vos', 'de', 'des', 'du', 'd', 'contrôle', 'protection', 'données', 'personnelles', 'caractère', 'personnel', 'compétente', 'compétent', 'locale', 'nationale', 'national', 'indépendante', 'pour', 'en', 'à', 'au', 'dans', 'ou', 'et', 'auprès', 'matière', 'chargée', 'surveillance', 'état', 'membre', 'résidence', 'habituelle', 'lieu', 'travail', 'pays', 'violation', 'alléguée', 'présumée', 'où', 'vous', 'vivez', 'résidez', 'travaillez'],
  },
  ga: {
    heads: ['údarás', 'údaráis', 'coimisiún'],
    words: ['an', 'na', 't', 'um', 'do', 'ar', 'i', 'in', 'le', 'agus', 'nó', 'maoirseachta', 'maoirseacht', 'cosanta', 'cosaint', 'chosaint', 'sonraí', 'pearsanta', 'inniúil', 'ábhartha', 'áitiúil', 'náisiúnta', 'neamhspleách', 'ballstáit', 'ballstát', 'gnáthchónaí', 'áit', 'oibre', 'tíre', 'tír', 'agat', 'a', 'bhfuil', 'tú', 'i do chónaí'],
  },
  hr: {
    heads: ['tijelo', 'tijelu', 'tijela', 'agencija', 'agenciji', 'agencije'],
    words: ['nadzorno', 'nadzornom', 'nadzornog', 'nadležno', 'nadležnom', 'nadležnog', 'nadležna', 'nadležnoj', 'nacionalno', 'nacionalnom', 'neovisno', 'lokalno', 'za', 'zaštitu', 'zaštite', 'osobnih', 'podataka', 'u', 'na', 'pri', 'i', 'ili', 'države', 'državi', 'članice', 'članici', 'mjestu', 'mjesta', 'uobičajenog', 'boravišta', 'rada', 'vašem', 'vaše', 'vašeg', 'svojem', 'gdje', 'živite', 'radite'],
  },
  hu: {
    heads: ['hatóság', 'hatóságnál', 'hatósághoz', 'hatóságot', 'hatóságok', 'hatóságoknál', 'hatóságához', 'hatóságánál'],
    words: ['a', 'az', 'egy', 'illetékes', 'felügyeleti', 'adatvédelmi', 'nemzeti', 'helyi', 'független', 'személyes', 'adatok', 'adatvédelem', 'és', 'vagy', 'tagállam', 'tagállamban', 'tagállambeli', 'szokásos', 'tartózkodási', 'helye', 'helyének', 'munkahelye', 'szerinti', 'ön', 'önnek', 'saját', 'ahol', 'él', 'dolgozik'],
  },
  is: {
    heads: ['eftirlitsyfirvald', 'eftirlitsyfirvaldi', 'eftirlitsyfirvaldsins', 'eftirlitsyfirvaldið', 'eftirlitsstofnun', 'eftirlitsstofnunar', 'persónuverndarstofnun', 'persónuverndaryfirvald', 'persónuverndaryfirvaldi', 'yfirvald', 'yfirvaldi', 'stofnun'],
    words: ['viðkomandi', 'lögbært', 'lögbæru', 'lögbærs', 'innlent', 'sjálfstætt', 'persónuupplýsinga', 'persónuvernd', 'persónuverndar', 'á', 'í', 'hjá', 'til', 'eða', 'og', 'þitt', 'þínu', 'þíns', 'aðildarríki', 'aðildarríkis', 'búsetu', 'búsetulandi', 'vinnustað', 'landi', 'land', 'þar', 'sem', 'þú', 'býrð', 'starfar'],
  },
  it: {
    heads: ['autorità', 'organismo', 'organo'],
    words: ['l', 'la', 'il', 'lo', 'le', 'un', 'una', 'di', 'dell', 'nell', 'della', 'del', 'dei', 'delle', 'per', 'protezione', 'dati', 'personali', 'controllo', 'vigilanza', 'supervisione', 'competente', 'competenti', 'nazionale', 'locale', 'indipendente', 'in', 'nel', 'nello', 'e', 'o', 'presso', 'alla', 'all', 'materia', 'sua', 'suo', 'vostra', 'propria', 'proprio', 'stato', 'membro', 'residenza', 'abituale', 'luogo', 'lavoro', 'paese', 'presunta', 'violazione', 'dove', 'vive', 'lavora'],
  },
  lt: {
    heads: ['institucija', 'institucijai', 'institucijos', 'instituciją', 'inspekcija', 'inspekcijai', 'inspekcijos'],
    words: ['priežiūros', 'kompetentinga', 'kompetentingai', 'kompetentingos', 'duomenų', 'apsaugos', 'asmens', 'valstybinė', 'valstybinei', 'nacionalinė', 'nepriklausoma', 'vietos', 'valstybės', 'narės', 'nuolatinės', 'gyvenamosios', 'darbo', 'vietą', 'arba', 'ir', 'jūsų', 'savo', 'kur', 'gyvenate', 'dirbate'],
  },
  lv: {
    heads: ['iestāde', 'iestādei', 'iestādē', 'iestādi', 'inspekcija', 'inspekcijai', 'inspekcijā'],
    words: ['uzraudzības', 'kompetentā', 'kompetentajā', 'kompetentajai', 'datu', 'aizsardzības', 'fizisko', 'personu', 'personas', 'valsts', 'vietējā', 'vietējai', 'neatkarīgā', 'dalībvalsts', 'dalībvalstī', 'pastāvīgās', 'dzīvesvietas', 'darba', 'vietas', 'vai', 'un', 'jūsu', 'savā', 'savas', 'kur', 'jūs', 'dzīvojat', 'strādājat'],
  },
  mt: {
    heads: ['awtorità', 'awtoritajiet', 'kummissarju'],
    words: ['l', 'il', 'ta', 'tad', 'tal', 'data', 'protezzjoni', 'personali', 'għall', 'għal', 'superviżorja', 'superviżorji', 'kompetenti', 'nazzjonali', 'lokali', 'indipendenti', 'fl', 'fil', 'fi', 'stat', 'membru', 'residenza', 'abitwali', 'post', 'xogħol', 'pajjiż', 'jew', 'u', 'tiegħek', 'tagħkom', 'fejn', 'tgħix', 'taħdem'],
  },
  nl: {
    heads: ['autoriteit', 'toezichthouder', 'toezichthouders', 'privacytoezichthouder', 'gegevensbeschermingsautoriteit', 'toezichtsautoriteit'],
    words: ['de', 'het', 'een', 'uw', 'onze', 'toezichthoudende', 'bevoegde', 'lokale', 'nationale', 'onafhankelijke', 'betrokken', 'voor', 'van', 'in', 'op', 'bij', 'en', 'of', 'gegevensbescherming', 'bescherming', 'privacy', 'lidstaat', 'woonplaats', 'gewone', 'verblijfplaats', 'werkplek', 'plaats', 'land', 'vermeende', 'inbreuk', 'waar', 'u', 'woont', 'werkt'],
  },
  no: {
    heads: ['tilsynsmyndighet', 'tilsynsmyndigheten', 'tilsynsmyndigheter', 'tilsynsmyndighetene', 'myndighet', 'myndigheten', 'personvernmyndighet', 'personvernmyndigheten', 'tilsynsorgan', 'tilsynsorganet'],
    words: ['den', 'det', 'en', 'et', 'ei', 'kompetente', 'ansvarlige', 'lokale', 'nasjonale', 'relevante', 'uavhengige', 'vedkommende', 'for', 'i', 'på', 'hos', 'til', 'av', 'og', 'eller', 'personvern', 'personvernet', 'personopplysninger', 'din', 'ditt', 'dine', 'medlemsstat', 'medlemsstaten', 'land', 'landet', 'bosted', 'bustad', 'arbeidssted', 'der', 'du', 'bor', 'arbeider', 'som'],
  },
  pl: {
    heads: ['organ', 'organu', 'organowi', 'organem', 'urząd', 'urzędu', 'urzędem', 'urzędowi'],
    words: ['nadzorczy', 'nadzorczego', 'nadzorczemu', 'nadzorczym', 'właściwy', 'właściwego', 'właściwemu', 'właściwym', 'krajowy', 'krajowego', 'lokalny', 'lokalnego', 'niezależny', 'ochrony', 'danych', 'osobowych', 'do', 'spraw', 'ds', 'nadzoru', 'w', 'we', 'na', 'z', 'przy', 'i', 'lub', 'albo', 'państwa', 'państwie', 'członkowskiego', 'członkowskim', 'miejsca', 'zwykłego', 'pobytu', 'zamieszkania', 'pracy', 'kraju', 'twojego', 'swojego', 'pana', 'pani', 'gdzie', 'mieszkasz', 'pracujesz'],
  },
  pt: {
    heads: ['autoridade', 'autoridades', 'comissão', 'entidade', 'organismo'],
    words: ['a', 'o', 'as', 'os', 'uma', 'um', 'de', 'da', 'do', 'das', 'dos', 'controlo', 'controle', 'proteção', 'protecção', 'dados', 'pessoais', 'competente', 'competentes', 'nacional', 'local', 'independente', 'fiscalização', 'supervisão', 'em', 'no', 'na', 'e', 'ou', 'para', 'junto', 'sua', 'seu', 'estado', 'membro', 'residência', 'habitual', 'lugar', 'trabalho', 'país', 'alegada', 'infração', 'onde', 'vive', 'trabalha'],
  },
  ro: {
    heads: ['autoritatea', 'autoritate', 'autorității', 'autoritățile', 'autorităţii', 'autoritatii'],
    words: ['de', 'supraveghere', 'competentă', 'competente', 'națională', 'naționale', 'locală', 'independentă', 'pentru', 'protecția', 'protecție', 'datelor', 'date', 'cu', 'caracter', 'personal', 'prelucrării', 'a', 'al', 'în', 'din', 'la', 'și', 'sau', 'statul', 'stat', 'membru', 'statului', 'reședința', 'reședinței', 'obișnuită', 'locul', 'de', 'muncă', 'țara', 'dumneavoastră', 'dvs', 'unde', 'locuiți', 'lucrați'],
  },
  sk: {
    heads: ['úrad', 'úradu', 'úradom', 'orgán', 'orgánu', 'orgánom'],
    words: ['dozorný', 'dozorného', 'dozornému', 'dozorným', 'príslušný', 'príslušného', 'príslušnému', 'príslušným', 'národný', 'vnútroštátny', 'nezávislý', 'miestny', 'na', 'pre', 'ochranu', 'ochrany', 'osobných', 'údajov', 'v', 'vo', 'pri', 'a', 'alebo', 'k', 'ku', 'členského', 'členskom', 'štátu', 'štáte', 'miesta', 'obvyklého', 'pobytu', 'bydliska', 'práce', 'vášho', 'vašom', 'svojho', 'svojom', 'kde', 'žijete', 'pracujete'],
  },
  sl: {
    heads: ['organ', 'organu', 'organom', 'organa'],
    words: ['nadzorni', 'nadzornemu', 'nadzornega', 'pristojni', 'pristojnemu', 'pristojnega', 'nacionalni', 'neodvisni', 'lokalni', 'za', 'varstvo', 'osebnih', 'podatkov', 'v', 'na', 'pri', 'in', 'ali', 'državi', 'države', 'članici', 'članice', 'kraju', 'kraja', 'običajnega', 'prebivališča', 'dela', 'vaši', 'vašem', 'svoji', 'svojem', 'kjer', 'živite', 'delate'],
  },
  sv: {
    heads: ['tillsynsmyndighet', 'tillsynsmyndigheten', 'tillsynsmyndigheter', 'tillsynsmyndigheterna', 'dataskyddsmyndighet', 'dataskyddsmyndigheten', 'dataskyddsmyndigheter', 'myndighet', 'myndigheten'],
    words: ['den', 'det', 'en', 'ett', 'behöriga', 'behörig', 'ansvariga', 'ansvarig', 'lokala', 'nationella', 'nationell', 'relevanta', 'berörda', 'aktuella', 'oberoende', 'för', 'inom', 'i', 'på', 'hos', 'till', 'av', 'och', 'eller', 'dataskydd', 'dataskyddsfrågor', 'personuppgifter', 'integritetsskydd', 'ditt', 'din', 'dina', 'medlemsstat', 'medlemsstaten', 'land', 'landet', 'hemvist', 'hemland', 'bosättning', 'arbetsplats', 'där', 'du', 'bor', 'arbetar', 'som'],
  },
};

/** Apostrophes as word breaks: "l'autorité" is two words here. */
const splitElisions = (text: string): string => text.replace(/['’ʼ‘`´]/gu, ' ');

/** Primary language subtag, with Norwegian Bokmål and Nynorsk read as Norwegian. */
function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return primary === 'nb' || primary === 'nn' ? 'no' : primary;
}

interface FoldedVocabulary {
  readonly heads: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /** First word of a pair → the second words that complete it. */
  readonly pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

const foldedVocabularies = new Map<string, FoldedVocabulary>();

function foldedVocabulary(language: string): FoldedVocabulary | undefined {
  const cached = foldedVocabularies.get(language);
  if (cached !== undefined) return cached;
  const source = GENERIC_AUTHORITY_VOCABULARY[language];
  if (source === undefined) return undefined;
  // A vocabulary entry may fold to several words (hyphens, "i do chónaí"): each counts.
  const fold = (entries: readonly string[]) => new Set(entries.flatMap((entry) => foldAuthorityText(splitElisions(entry)).split(' ')).filter((word) => word !== ''));
  const pairs = new Map<string, Set<string>>();
  for (const [first, second] of source.pairs ?? []) {
    const key = foldAuthorityText(first);
    pairs.set(key, (pairs.get(key) ?? new Set()).add(foldAuthorityText(second)));
  }
  const folded = { heads: fold(source.heads), words: fold(source.words), pairs };
  foldedVocabularies.set(language, folded);
  return folded;
}

/** Whether every word is in the vocabulary (pairs taken together) and one is a head: one pass. */
function isGenericIn(words: readonly string[], vocabulary: FoldedVocabulary): boolean {
  let head = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (vocabulary.heads.has(word)) head = true;
    else if (vocabulary.pairs.get(word)?.has(words[i + 1] ?? '') === true) i++;
    else if (!vocabulary.words.has(word)) return false;
  }
  return head;
}

/**
 * Whether a text only describes a supervisory authority without naming one ("your local data
 * protection authority", "die zuständige Aufsichtsbehörde", "l'autorité de contrôle
 * compétente"). With a language (BCP 47 tag) that language's words are tried first; then every
 * EEA language, since notices quote phrases in other languages. A text with a country, a Land
 * or a proper name in it is not generic.
 */
export function isGenericAuthorityPhrase(text: string, language?: string): boolean {
  // Elisions are separate words here ("l'autorité", "dell'autorità"); the lookup's folding
  // joins them, which is right for names but would hide the head word.
  const words = foldAuthorityText(splitElisions(text)).split(' ').filter((word) => word !== '');
  if (words.length === 0) return false;
  const languages = Object.keys(GENERIC_AUTHORITY_VOCABULARY);
  const first = language === undefined ? undefined : primaryLanguage(language);
  const order = first !== undefined && languages.includes(first) ? [first, ...languages.filter((l) => l !== first)] : languages;
  return order.some((code) => {
    const vocabulary = foldedVocabulary(code);
    return vocabulary !== undefined && isGenericIn(words, vocabulary);
  });
}

/** The EEA countries where a language is official (BCP 47 tag; Norwegian nb/nn/no), for telling which country's authority a shared name means. */
export const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  bg: ['BG'],
  cs: ['CZ'],
  da: ['DK'],
  de: ['DE', 'AT', 'LI', 'LU', 'BE'],
  el: ['GR', 'CY'],
  en: ['IE', 'MT'],
  es: ['ES'],
  et: ['EE'],
  fi: ['FI'],
  fr: ['FR', 'BE', 'LU'],
  ga: ['IE'],
  hr: ['HR'],
  hu: ['HU'],
  is: ['IS'],
  it: ['IT'],
  lt: ['LT'],
  lv: ['LV'],
  mt: ['MT'],
  nl: ['NL', 'BE'],
  no: ['NO'],
  pl: ['PL'],
  pt: ['PT'],
  ro: ['RO'],
  sk: ['SK'],
  sl: ['SI'],
  sv: ['SE', 'FI'],
};

/** The countries of `LANGUAGE_COUNTRIES` for a BCP 47 tag; a region subtag (de-AT) narrows it. */
export function countriesForLanguage(tag: string): readonly string[] {
  const region = tag.trim().split(/[-_]/u)[1]?.toUpperCase();
  const countries = LANGUAGE_COUNTRIES[primaryLanguage(tag)] ?? [];
  return region !== undefined && countries.includes(region) ? [region] : countries;
}

/** Articles and determiners a short form may start with ("the", "die", "l'", "den" …). */
const LEADING_ARTICLES: ReadonlySet<string> = new Set(
  ['the', 'a', 'an', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'l', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'o', 'os', 'as', 'het', 'een', 'det', 'en', 'ett', 'et', 'ei', 'η', 'της', 'την', 'τη', 'na', 'az'].map((word) => foldAuthorityText(word)),
);

/**
 * Whether a generic-looking text is a short form of an official name: its words, after a leading
 * article, stand together in the name ("Datenschutzbehörde" in "Österreichische
 * Datenschutzbehörde", "Úrad na ochranu osobných údajov" in "… Slovenskej republiky"). Used only
 * for the one authority of a country the declaration names, where the short form is unambiguous.
 */
export function isShortFormOf(text: string, name: string): boolean {
  const words = foldAuthorityText(splitElisions(text)).split(' ').filter((word) => word !== '');
  let start = 0;
  while (start < words.length && LEADING_ARTICLES.has(words[start]!)) start++;
  const phrase = words.slice(start).join(' ');
  return phrase !== '' && ` ${foldAuthorityText(splitElisions(name))} `.includes(` ${phrase} `);
}
