// Vague retention phrases and retention anchors: gdpr-reference.md §7.1 (lint heuristics, not
// law), as of 2026-11-23. Related guidance: WP-RETENTION ("as long as necessary" is not enough:
// give the period, or criteria concrete enough to work it out).
//
// Status: the §7.1 rows have no St column. They are project heuristics, not legal facts; they
// are recorded as S (fit for a warning, like `retention-specific`), not V. The lists of the
// languages §7.1 does not cover (rows VAG-bg … VAG-is, proposed in docs/legal-reference) are
// the same heuristic, written from how notices in each language say "as long as necessary"
// (the wording of Art. 5(1)(e) and 13(2)(a) in that language version [S1] and published notices
// read in reproductions): S as well.
//
// Matching is on words (words.ts), never on regular expressions over the text: a phrase is a
// sequence of word slots, each slot a set of folded words or word beginnings, so that case,
// diacritics, inflection ("nezbytně nutnou", "notwendigen"), intensifiers ("strictly",
// "unbedingt") and small fillers ("as long as it is") do not defeat it, and the cost is linear
// in the number of words whatever the text.
import {
  COMPILED_END_EVENTS,
  COMPILED_UNNAMED_STATUTES,
  VAGUE_LIST_ENTRIES,
  VAGUE_LISTS,
} from './generated/compiled-lists.js';
import { lazy } from './lazy.js';
import type { CompiledList, PhraseVocabulary, Slot, VagueListEntry } from './list-compiler.js';
import { perText } from './per-text.js';
import type { EeaLanguageCode, LanguageCode, SourceRef } from './types.js';
import {
  endsClause,
  foldWord,
  listedWords,
  wordIsListed,
  wordTokens,
  type ListedWord,
  type WordToken,
} from './words.js';

/** The languages of §7.1 (rows VAG-sv … VAG-nl), which other phrase lists are keyed by. */
export const LANGUAGE_CODES: readonly LanguageCode[] = ['sv', 'en', 'nb', 'da', 'de', 'fr', 'nl'];

/** Every language with a vague-retention list: the 24 official EU languages, Norwegian and Icelandic. */
export const EEA_LANGUAGE_CODES: readonly EeaLanguageCode[] = [
  'sv',
  'en',
  'nb',
  'da',
  'de',
  'fr',
  'nl',
  'bg',
  'cs',
  'el',
  'es',
  'et',
  'fi',
  'ga',
  'hr',
  'hu',
  'is',
  'it',
  'lt',
  'lv',
  'mt',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
];

/**
 * One language's vague phrases. Each phrase is a sequence of slots separated by spaces:
 * - `a|b` one of the words; `word*` any word beginning so ("nödvändig*": nödvändigt, nödvändiga);
 * - `[a|b]` the same, optional;
 * - `NEC` one of `necessary` (the words for necessary/needed/required), `[NEC]` optional;
 * - `[INT]` up to two of `intensifiers` ("strictly", "unbedingt", "nezbytně");
 * - `…` up to five words of the same clause (no `.;:!?` between them);
 * - `……` up to twenty words of the same clause: the purpose inside a verb-final clause ("solange es
 *   für die Erfüllung unserer vertraglichen und gesetzlichen Pflichten … erforderlich ist"), only
 *   in phrases whose closing words end that clause.
 * Words are compared folded (foldWord): write them with their diacritics, they match without.
 */
export interface VagueRetentionList {
  readonly necessary: readonly string[];
  readonly intensifiers: readonly string[];
  readonly phrases: readonly string[];
}

// "No longer needed" ("deleted when no longer needed", "wenn sie nicht mehr erforderlich sind", "kun
// niitä ei enää tarvita") is the same criterion seen from its end: kept as long as necessary (WP-RETENTION).
// Its phrases are the project's, in the languages whose negation is a fixed pair of words.
// ◆ = seen in the project's Swedish seed policies (§7.1). Every §7.1 phrase of a language is
// matched by that language's patterns (reference.test.ts checks each one).
// "Så länge du är kund" is an end event, not a vague phrase, but still needs the period after it.
export const VAGUE_RETENTION_PHRASES: Readonly<Record<EeaLanguageCode, VagueRetentionList>> = {
  // gdpr-reference.md#VAG-sv: "så länge som nödvändigt", "så länge som är nödvändigt" ◆, "så länge det
  // är nödvändigt", "så länge det behövs", "under den tid som behövs", "inte längre än nödvändigt",
  // "inte längre än vad som är nödvändigt", "längre tid än vad som är nödvändigt" ◆, "längre än vad vi
  // behöver" ◆, "så länge det finns rättslig grund" ◆
  sv: {
    necessary: ['nödvändig*', 'behövs', 'behöver', 'krävs', 'erforderlig*'],
    intensifiers: ['strikt', 'absolut', 'bara', 'endast', 'enbart'],
    phrases: [
      'så länge [som] [det|detta|de|dessa|vi|uppgifterna|personuppgifterna|informationen] [är] [INT] NEC',
      '[under] den tid|period|tidsperiod [som] [är] [INT] NEC',
      'längre [tid] än [vad|det] [som] [vi] [är] [INT] NEC',
      'så länge det finns [en] rättslig|laglig grund',
      'inte längre [är] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-en: "as long as necessary", "for as long as necessary", "as long as is necessary",
  // "no longer than necessary", "no longer than is necessary", "as long as needed", "as long as required"
  en: {
    necessary: ['necessary', 'needed', 'required', 'need', 'needs'],
    intensifiers: ['strictly', 'absolutely', 'reasonably', 'only', 'really'],
    phrases: [
      'as long as [it|this|they|we|that|these] [is|are|remains|remain] [INT] NEC',
      'longer than [what|it|is] [is] [INT] NEC',
      'the period|time|duration [of] [time] [that|which] [is] [INT] NEC',
      'no longer [be|is|are] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-no (Bokmål and Nynorsk): "så lenge det er nødvendig", "så lenge som nødvendig",
  // "ikke lenger enn nødvendig", "ikke lenger enn det som er nødvendig"
  nb: {
    necessary: ['nødvendig*', 'naudsynt*', 'påkrevd', 'påkravd', 'trengs', 'trengst', 'trenger'],
    intensifiers: ['strengt', 'absolutt', 'kun', 'bare', 'berre'],
    phrases: [
      'så lenge [som] [det|dette|de|dei|opplysningene|opplysningane|vi] [er] [INT] NEC',
      'lenger enn [det|kva] [som] [er] [INT] NEC',
      'ikke|ikkje lenger|lengre [er] [INT] NEC',
      '[i] den tid|tida|tiden|perioden [som] [er] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-da: "så længe det er nødvendigt", "ikke længere end nødvendigt", "ikke længere
  // end det er nødvendigt"
  da: {
    necessary: ['nødvendig*', 'påkrævet', 'krævet', 'kræves'],
    intensifiers: ['strengt', 'absolut', 'kun'],
    phrases: [
      'så længe [som] [det|dette|de|vi|oplysningerne] [er] [INT] NEC',
      'længere end [det|hvad] [som] [er] [INT] NEC',
      '[i] den periode|tid [som] [er] [INT] NEC',
      'så længe vi har brug for',
      'ikke længere [er] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-de: "so lange wie nötig", "so lange wie erforderlich", "solange dies erforderlich
  // ist", "nicht länger als nötig", "nicht länger als erforderlich"
  de: {
    necessary: ['nötig*', 'notwendig*', 'erforderlich*', 'benötig*'],
    intensifiers: ['unbedingt', 'zwingend', 'nur', 'absolut', 'dafür', 'hierfür', 'hierzu', 'dazu'],
    phrases: [
      'so lange [wie|als] [es|dies|das|sie] [INT] NEC',
      'solange [es|dies|das|sie] [INT] NEC',
      'solange …… [INT] NEC ist|sind|wird|werden',
      'so lange [wie|als] …… [INT] NEC ist|sind|wird|werden',
      'länger [als] … [INT] NEC',
      '[für] die|den [INT] NEC dauer|zeit|zeitraum|frist',
      'dauer|zeitraum [der|die|des] [INT] NEC',
      'nicht mehr [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-fr: "aussi longtemps que nécessaire", "pendant la durée nécessaire", "pas au-delà
  // de la durée nécessaire", "n'excédant pas la durée nécessaire", "le temps nécessaire"
  fr: {
    necessary: ['nécessaire*'],
    intensifiers: ['strictement', 'absolument', 'seulement', 'uniquement'],
    phrases: [
      'aussi longtemps que [cela|c|il|elles|ils] [est|soit|sont|soient] [INT] NEC',
      'ne|n [sont|soient|seront|est|soit|sera] plus [INT] NEC',
      'durée [INT] NEC',
      'temps [INT] NEC',
      'période [INT] NEC',
      'pas celle [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-nl: "zo lang als nodig", "zolang dat nodig is", "niet langer dan noodzakelijk",
  // "niet langer dan nodig"
  nl: {
    necessary: ['nodig', 'noodzakelijk*', 'vereist', 'benodigd*'],
    intensifiers: ['strikt', 'absoluut', 'alleen', 'enkel'],
    phrases: [
      'zo lang [als|dat] [dit|dat|het] [INT] [is] NEC',
      'zolang [als|dat] [dit|dat|het] [INT] [is] NEC',
      'zolang …… [INT] NEC is|zijn',
      'langer [bewaard] dan [wat|het] [is] [INT] NEC',
      'termijn|periode|tijd|duur die [INT] NEC',
      '[INT] NEC termijn|periode|duur|bewaartermijn',
      'niet langer|meer [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-bg (proposed): "за срока, необходим за …", "докато е необходимо", "толкова дълго,
  // колкото е необходимо", "не по-дълго от необходимото"
  bg: {
    necessary: ['необходим*', 'нужн*'],
    intensifiers: ['строго', 'само', 'единствено', 'абсолютно'],
    phrases: [
      'срока|срок|периода|период|времето|време [който|което] [е] [INT] NEC',
      '[INT] NEC срок|период|време',
      'докато [това] [е|са] [INT] NEC',
      'толкова дълго колкото [е] [това] [е] [INT] NEC',
      'дълго от [колкото] [това] [е] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-cs (proposed): "po dobu nezbytně nutnou", "po nezbytnou dobu", "po dobu, která je
  // nezbytná", "tak dlouho, jak je to nezbytné", "ne déle, než je nutné"
  cs: {
    necessary: ['nezbytn*', 'nutn*', 'potřebn*', 'nevyhnuteln*'],
    intensifiers: ['nezbytně', 'pouze', 'jen', 'striktně', 'výhradně', 'bezpodmínečně'],
    phrases: [
      'dobu|doby|dobou [která|kterou|jež] [je|bude] [INT] NEC',
      '[INT] NEC dobu|doby|dobou|lhůtu|lhůty',
      'dlouho jak [je|to] [to|je] [INT] NEC',
      'dokud [je|to] [to|je|bude] [INT] NEC',
      'déle než [je|to] [to|je] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-el (proposed): "για όσο χρονικό διάστημα είναι απαραίτητο", "για το απολύτως
  // απαραίτητο χρονικό διάστημα", "για το χρονικό διάστημα που απαιτείται", "όχι περισσότερο από όσο είναι απαραίτητο"
  el: {
    necessary: ['απαραίτητ*', 'αναγκαί*', 'απαιτ*'],
    intensifiers: ['απολύτως', 'αυστηρά', 'μόνο'],
    phrases: [
      'όσο [χρονικό] [διάστημα] [χρόνο] [είναι|κρίνεται|θα] [είναι] [INT] NEC',
      '[INT] NEC χρονικό|διάστημα|χρόνο|περίοδο',
      'διάστημα|χρόνο|περίοδο [που|το] [οποίο] [είναι] [INT] NEC',
      'περισσότερο [χρονικό] [διάστημα] [από] [όσο|το] [είναι] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-es (proposed): "durante el tiempo estrictamente necesario", "mientras sea
  // necesario", "no más tiempo del necesario", "el plazo necesario"
  es: {
    necessary: ['necesari*', 'imprescindible*'],
    intensifiers: ['estrictamente', 'únicamente', 'solo', 'sólo', 'absolutamente', 'mínimo'],
    phrases: [
      'tiempo|plazo|periodo|período [de] [tiempo] [INT] NEC',
      'mientras [sea|sean|resulte|resulten|siga|sigan] [siendo] [INT] NEC',
      'tanto tiempo como [sea] [INT] NEC',
      'más tiempo del|de [lo] [INT] NEC',
      'ya no [sean|son|sea|es|resulten|resulte] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-et (proposed): "nii kaua, kui see on vajalik", "vajaliku aja jooksul", "mitte
  // kauem, kui on vajalik"
  et: {
    necessary: ['vajalik*', 'hädavajalik*', 'vaja', 'tarvilik*'],
    intensifiers: ['ainult', 'üksnes', 'rangelt', 'hädavajalik'],
    phrases: [
      'kaua kui [see|need] [on] [INT] NEC',
      'kaua kui [see|need] [on] …… [INT] NEC',
      '[INT] NEC aja|aeg|ajal|ajaks|ajani|perioodi|perioodil|perioodiks',
      'kauem kui [see|need] [on] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-fi (proposed): "niin kauan kuin on tarpeen", "tarpeellisen ajan", "ei pidempään
  // kuin on tarpeen", "niin kauan kuin tarvitaan"
  fi: {
    necessary: ['tarpee*', 'tarpeelli*', 'välttämät*', 'tarvi*'],
    intensifiers: ['ehdottoman', 'vain', 'ainoastaan'],
    phrases: [
      'kauan kuin [se|ne|niitä|sitä] [on|ovat] [INT] NEC',
      '[INT] NEC ajan|ajaksi|aika|aikaa',
      'tarpeen vaatiman ajan',
      'pidempään|kauemmin kuin [se|ne] [on|ovat] [INT] NEC',
      'ei|eivät enää [ole] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-ga (proposed): "fad is gá", "chomh fada agus is gá", "ní níos faide ná mar is gá",
  // "ar feadh na tréimhse is gá"
  ga: {
    necessary: ['gá', 'riachtanach', 'ghá'],
    intensifiers: ['amháin'],
    phrases: [
      'fad|fhad [agus] is|atá|a [sé] [INT] NEC',
      'fada agus|is [is|atá] [sé] [INT] NEC',
      'faide ná [mar] [is|atá] [INT] NEC',
      'tréimhse [is|atá|a] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-hr (proposed): "onoliko dugo koliko je potrebno", "dok god je potrebno", "ne dulje
  // nego što je potrebno", "u razdoblju potrebnom za"
  hr: {
    necessary: ['potreb*', 'nužn*'],
    intensifiers: ['nužno', 'strogo', 'samo', 'isključivo'],
    phrases: [
      'dugo koliko|dok [je|su] [to] [INT] NEC',
      'dok god [je|su] [to] [INT] NEC',
      'dulje|duže od|nego [što] [je] [INT] NEC',
      'razdoblje|razdoblju|vrijeme|rok [koje|koji] [je] [INT] NEC',
      '[INT] NEC razdoblje|razdoblju|vrijeme|rok',
    ],
  },
  // gdpr-reference.md#VAG-hu (proposed): "a szükséges ideig", "a feltétlenül szükséges ideig", "ameddig
  // szükséges", "amíg szükség van rá", "nem tovább, mint ami szükséges"
  hu: {
    necessary: ['szükséges*', 'szükség'],
    intensifiers: ['feltétlenül', 'csak', 'kizárólag', 'szigorúan'],
    phrases: [
      '[INT] NEC ideig|időtartamig|időtartamra|időre',
      'amíg|ameddig [az] [INT] NEC',
      'tovább|hosszabb [ideig] mint [ami|amennyi|amíg] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-is (proposed): "eins lengi og nauðsynlegt er", "svo lengi sem nauðsynlegt er",
  // "ekki lengur en nauðsynlegt er", "eins lengi og þörf er á"
  is: {
    necessary: ['nauðsyn*', 'þörf'],
    intensifiers: ['aðeins', 'bara', 'stranglega', 'algjörlega'],
    phrases: [
      'lengi og|sem [það|þau] [er|eru] [INT] NEC',
      'lengur en [það|þörf] [er] [INT] NEC',
      'tíma|tímabil sem [er] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-it (proposed): "per il tempo strettamente necessario", "per un periodo di tempo
  // non superiore a quello necessario", "finché necessario"
  it: {
    necessary: ['necessari*'],
    intensifiers: ['strettamente', 'solo', 'soltanto', 'unicamente', 'assolutamente', 'minimo'],
    phrases: [
      'tempo|periodo|arco [di] [tempo] [INT] NEC',
      'superiore a quello [INT] NEC',
      'finché [sia|sarà|è|risulti|risultino] [INT] NEC',
      'fino a quando [sia|sarà|è|risulti] [INT] NEC',
      'non [siano|sono|sia|è|risultino|risulti|saranno|sarà] più [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-lt (proposed): "kol tai būtina", "tiek, kiek būtina", "ne ilgiau, nei būtina",
  // "būtiną laikotarpį"
  lt: {
    necessary: ['būtin*', 'reikaling*', 'reikia'],
    intensifiers: ['tik', 'griežtai', 'būtinai'],
    phrases: [
      'kol [tai|jie|ji|duomenys] [yra] [INT] NEC',
      'tiek [laiko] kiek [tai|jų] [yra] [INT] NEC',
      'ilgiau nei|negu|kaip [tai] [yra] [INT] NEC',
      '[INT] NEC laikotarpį|laikotarpiui|laikotarpį|laiką|laiko|terminą',
    ],
  },
  // gdpr-reference.md#VAG-lv (proposed): "tik ilgi, cik nepieciešams", "ne ilgāk kā nepieciešams",
  // "nepieciešamo laiku"
  lv: {
    necessary: ['nepieciešam*', 'vajadzīg*', 'vajag'],
    intensifiers: ['tikai', 'stingri', 'absolūti'],
    phrases: [
      'ilgi cik [tas|tie] [ir] [INT] NEC',
      'ilgāk nekā|kā [tas|tie] [ir] [INT] NEC',
      '[INT] NEC laiku|laikposmu|termiņu|periodu',
      'laikposmā|laikā|periodā kas|kurš [ir] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-mt (proposed): "sakemm ikun meħtieġ", "għaż-żmien meħtieġ", "mhux aktar milli huwa
  // meħtieġ"
  mt: {
    necessary: ['meħtieġ*', 'neċessarj*'],
    intensifiers: ['strettament', 'biss'],
    phrases: [
      'sakemm [ikun|jkun|tkun|huwa|hija] [INT] NEC',
      'żmien|perjodu [li] [ikun|jkun|huwa] [INT] NEC',
      'aktar milli [huwa|ikun|jkun] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-pl (proposed): "przez okres niezbędny", "przez czas niezbędny do …", "tak długo,
  // jak to konieczne", "nie dłużej niż jest to niezbędne"
  pl: {
    necessary: ['niezbędn*', 'konieczn*', 'potrzebn*', 'wymagan*'],
    intensifiers: ['ściśle', 'absolutnie', 'wyłącznie', 'tylko', 'jedynie'],
    phrases: [
      'okres|czas|okresu|czasu [czasu] [INT] NEC',
      '[INT] NEC okres|czas|okresu|czasu',
      'długo jak [to] [jest] [to] [INT] NEC',
      'dłużej niż [jest|to] [to|jest] [INT] NEC',
      'dopóki [jest|są|będzie|będą] [to] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-pt (proposed): "pelo período estritamente necessário", "enquanto for necessário",
  // "não mais do que o necessário"
  pt: {
    necessary: ['necessári*', 'imprescindíve*'],
    intensifiers: ['estritamente', 'apenas', 'somente', 'absolutamente', 'mínimo'],
    phrases: [
      'período|prazo|tempo [de] [tempo] [INT] NEC',
      'enquanto [for|forem|seja|sejam|se] [mostrar] [INT] NEC',
      'mais [tempo] do que [o] [for] [INT] NEC',
      'deixe*|deixa*|deixar* de ser [INT] NEC',
      'já não [forem|sejam|são|for|seja|é] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-ro (proposed): "cât timp este necesar", "atât timp cât este necesar", "pe perioada
  // strict necesară", "nu mai mult decât este necesar"
  ro: {
    necessary: ['necesar*', 'nevoie'],
    intensifiers: ['strict', 'doar', 'numai', 'absolut'],
    phrases: [
      'cât timp [este|e|sunt|va|vor] [fi] [INT] NEC',
      'timp cât [este|e|sunt] [INT] NEC',
      'perioada|perioadă|perioadei|durata|duratei|termenul [de] [timp] [INT] NEC',
      'mult decât [este|e] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-sk (proposed): "po dobu nevyhnutne potrebnú", "po nevyhnutnú dobu", "tak dlho, ako
  // je to nevyhnutné", "nie dlhšie, ako je potrebné"
  sk: {
    necessary: ['nevyhnutn*', 'potrebn*', 'nutn*'],
    intensifiers: ['nevyhnutne', 'len', 'iba', 'výlučne', 'striktne'],
    phrases: [
      'dobu|doby|dobe [ktorá|ktorú] [je|bude] [INT] NEC',
      '[INT] NEC dobu|doby|dobe|čas|lehotu',
      'dlho ako [je|to] [to|je] [INT] NEC',
      'kým|pokiaľ [je|sú] [to] [INT] NEC',
      'dlhšie ako|než [je|to] [to|je] [INT] NEC',
    ],
  },
  // gdpr-reference.md#VAG-sl (proposed): "toliko časa, kolikor je potrebno", "le toliko časa, kot je nujno
  // potrebno", "ne dlje, kot je potrebno", "za čas, ki je potreben"
  sl: {
    necessary: ['potreb*', 'nujn*'],
    intensifiers: ['nujno', 'strogo', 'le', 'samo', 'izključno'],
    phrases: [
      'časa kolikor|kot [je|so] [to] [INT] NEC',
      'dokler [je|so] [to] [INT] NEC',
      'dlje kot|od [je|so] [to] [INT] NEC',
      'čas|obdobje|obdobju|rok [ki] [je] [INT] NEC',
      '[INT] NEC čas|obdobje|obdobju|rok',
    ],
  },
};

// gdpr-reference.md#VAG-sv … #VAG-nl, as of 2026-11-23; VAG-bg … VAG-is proposed (new-rows-languages.md)
export const VAGUE_RETENTION_PHRASE_SOURCES: Readonly<Record<EeaLanguageCode, SourceRef>> =
  Object.fromEntries(
    EEA_LANGUAGE_CODES.map((language) => [
      language,
      { row: language === 'nb' ? 'VAG-no' : `VAG-${language}`, status: 'S' },
    ]),
  ) as Record<EeaLanguageCode, SourceRef>;

/** Maps a BCP 47 tag (`sv-SE`, `no`, `nn-NO`) to a language with a list, or undefined. */
export function retentionLanguage(tag: string): EeaLanguageCode | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (primary === 'no' || primary === 'nn') return 'nb';
  return (EEA_LANGUAGE_CODES as readonly string[]).includes(primary)
    ? (primary as EeaLanguageCode)
    : undefined;
}

// ── The phrase matcher ────────────────────────────────────────────────────────────────────────

/** A vague list compiled at build time (list-compiler.ts), parsed when a text may match it. */
interface VagueList {
  readonly language: EeaLanguageCode;
  readonly entry: readonly ListedWord[] | undefined;
  readonly compiled: () => CompiledList;
}

const vagueLists = lazy((): readonly VagueList[] =>
  (JSON.parse(VAGUE_LIST_ENTRIES) as VagueListEntry[]).map(({ language, entry }, index) => ({
    language,
    entry,
    compiled: lazy(() => JSON.parse(VAGUE_LISTS[index] ?? '') as CompiledList),
  })),
);
const endEvents = lazy(() => JSON.parse(COMPILED_END_EVENTS) as ReadonlyArray<readonly Slot[]>);
const unnamedStatutes = lazy(
  () => JSON.parse(COMPILED_UNNAMED_STATUTES) as ReadonlyArray<readonly Slot[]>,
);

function matchesWord(token: WordToken | undefined, words: readonly ListedWord[]): boolean {
  return token !== undefined && !token.isNumber && wordIsListed(token.word, words);
}

const MAX_INTENSIFIERS = 2;

/** End events and unnamed statutes have no `NEC` or `[INT]`. */
const NO_VOCABULARY: PhraseVocabulary = { necessary: [], intensifiers: [] };

/**
 * The index after the last word of `slots` matched from token `at`, or -1. Each slot tries a
 * bounded number of lengths (an optional word 0–1, intensifiers 0–2, a gap 0–5 or 0–20), so a phrase of
 * n slots costs a constant per starting word.
 */
function matchFrom(
  tokens: readonly WordToken[],
  at: number,
  slots: readonly Slot[],
  slot: number,
  vocabulary: PhraseVocabulary,
): number {
  const current = slots[slot];
  if (current === undefined) return at;
  const continueAt = (next: number): number => matchFrom(tokens, next, slots, slot + 1, vocabulary);
  switch (current.kind) {
    case 'words':
    case 'necessary': {
      const words = current.kind === 'words' ? current.words : vocabulary.necessary;
      if (matchesWord(tokens[at], words)) {
        const end = continueAt(at + 1);
        if (end >= 0) return end;
      }
      return current.optional ? continueAt(at) : -1;
    }
    case 'intensifiers': {
      let count = 0;
      while (count < MAX_INTENSIFIERS && matchesWord(tokens[at + count], vocabulary.intensifiers))
        count += 1;
      for (let taken = count; taken >= 0; taken -= 1) {
        const end = continueAt(at + taken);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'gap': {
      for (let skipped = 0; skipped <= current.max && at + skipped <= tokens.length; skipped += 1) {
        // The gap ends where a clause ends: the next word must be in the same clause.
        if (skipped > 0 && endsClause(tokens[at + skipped - 1]?.before ?? '')) return -1;
        const next = tokens[at + skipped];
        if (next !== undefined && skipped > 0 && endsClause(next.before)) return -1;
        const end = continueAt(at + skipped);
        if (end >= 0) return end;
      }
      return -1;
    }
  }
}

/**
 * Whether every required slot of a phrase could match one of the words present (a `word*`
 * entry is assumed to): a cheap filter that skips most lists before the word-by-word scan.
 */
/** The distinct words of a text, for asking whether a word, or a word with a prefix, occurs. */
class PresentWords {
  readonly #words: ReadonlySet<string>;
  #sorted: string[] | undefined;

  constructor(tokens: readonly { readonly word: string }[]) {
    this.#words = new Set(tokens.map((token) => token.word));
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Whether a listed word occurs (a `word*` entry: a word beginning so). */
  hasListed(listed: ListedWord): boolean {
    return listed.prefix ? this.hasPrefix(listed.word) : this.has(listed.word);
  }

  /** Binary search in the sorted words: log time, however long the text. */
  hasPrefix(prefix: string): boolean {
    this.#sorted ??= [...this.#words].sort();
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.#sorted[low]?.startsWith(prefix) === true;
  }
}

/** Whether every required slot has a word in the text: a list that cannot match is not tried at each position. */
function mayMatch(
  slots: readonly Slot[],
  present: PresentWords,
  vocabulary: PhraseVocabulary,
): boolean {
  return slots.every((slot) => {
    if ((slot.kind !== 'words' && slot.kind !== 'necessary') || slot.optional) return true;
    const words = slot.kind === 'words' ? slot.words : vocabulary.necessary;
    return words.some((w) => present.hasListed(w));
  });
}

/** The languages to try: the given one first (its wording is the likeliest), then every other. */
function languageOrder(first: EeaLanguageCode | undefined): readonly VagueList[] {
  const lists = vagueLists();
  if (first === undefined) return lists;
  return [
    ...lists.filter((l) => l.language === first),
    ...lists.filter((l) => l.language !== first),
  ];
}

/**
 * The first vague retention phrase in a text: `phrase` is the text's own words (lower case,
 * whitespace collapsed), `language` the list that matched. Matching is on folded words (case,
 * diacritics and spacing aside, whole words), and every language's list is tried: the given
 * language (a BCP 47 tag; `no`/`nn` read as `nb`) first, then the others, because notices mix
 * languages (an English sentence in a Danish notice). Does not look for anchors: combine with
 * `hasNamedRetentionAnchor`.
 */
export function findVaguePhrase(text: string, language?: string): VaguePhrase | undefined {
  const first = language === undefined ? undefined : retentionLanguage(language);
  let find = VAGUE_PHRASE_FINDERS.get(first);
  if (find === undefined) {
    const lists = languageOrder(first);
    find = perText((text) => vaguePhraseIn(text, lists));
    VAGUE_PHRASE_FINDERS.set(first, find);
  }
  return find(text);
}

export interface VaguePhrase {
  readonly phrase: string;
  readonly language: EeaLanguageCode;
}

/** findVaguePhrase per language tried first, each remembering the texts it read. */
const VAGUE_PHRASE_FINDERS = new Map<
  EeaLanguageCode | undefined,
  (text: string) => VaguePhrase | undefined
>();

function vaguePhraseIn(text: string, lists: readonly VagueList[]): VaguePhrase | undefined {
  const { text: normalized, tokens } = wordTokens(text);
  const present = new PresentWords(tokens);
  for (const vague of lists) {
    if (vague.entry !== undefined && !vague.entry.some((w) => present.hasListed(w))) continue;
    const list = vague.compiled();
    for (const slots of list.phrases) {
      if (!mayMatch(slots, present, list)) continue;
      for (let start = 0; start < tokens.length; start += 1) {
        const end = matchFrom(tokens, start, slots, 0, list);
        if (end > start) {
          const first = tokens[start];
          const last = tokens[end - 1];
          if (first === undefined || last === undefined) continue;
          const phrase = normalized
            .slice(first.start, last.end)
            .replace(/\s+/gu, ' ')
            .toLowerCase();
          return { phrase, language: list.language };
        }
      }
    }
  }
  return undefined;
}

// ── End events ─────────────────────────────────────────────────────────────────────────────

// gdpr-reference.md#WP-RETENTION and §7.1, as of 2026-11-23: criteria are concrete when the
// reader can work the period out; an end event the person knows ("until the contract ends",
// "bis zur Kündigung", "a szerződés megszűnéséig") bounds a vague phrase beside it, as §7.1
// already treats an end event on its own as not vague. Each pattern is an "until" word and an
// event of the relationship (contract, account, membership, subscription, employment, its end,
// termination, withdrawal of consent) in the same clause, written in the phrase notation above;
// S like §7.1 (row VAG-END, proposed).
export const RETENTION_END_EVENT_SOURCE: SourceRef = { row: 'VAG-END', status: 'S' };

export const RETENTION_END_EVENTS: Readonly<Record<EeaLanguageCode, readonly string[]>> = {
  sv: [
    'tills … avtal*|konto*|medlemskap*|prenumeration*|anställning*|kundförhållande*|kundrelation*|upphör*|avslut*|återkall*|avregistrer*|uppsägning*',
  ],
  en: [
    'until|till … contract*|agreement*|account*|membership*|subscription*|employment*|relationship*|end|ends|termination|terminate*|expir*|withdraw*|unsubscrib*|cancel*|close*|closure',
  ],
  // "til" is also "to" ("nødvendig til å oppfylle avtalen"): with it, only the end itself counts.
  nb: [
    'inntil … avtale*|avtala|konto*|medlemskap*|abonnement*|arbeidsforhold*|kundeforhold*|opphør*|avslutt*|tilbakekall*|oppsigelse*',
    'til … opphør*|avslutning*|tilbakekall*|oppsigelse*',
  ],
  da: [
    'indtil … aftale*|konto*|medlemskab*|abonnement*|ansættelse*|kundeforhold*|ophør*|afslut*|tilbagekald*|opsigelse*',
    'til … ophør*|afslutning*|tilbagekald*|opsigelse*',
  ],
  de: [
    'bis … vertrag*|vertrags*|konto*|kundenkonto*|mitgliedschaft*|abonnement*|beschäftigung*|arbeitsverhältnis*|kundenbeziehung*|ende|beendigung*|kündigung*|widerruf*|abmeldung*|ablauf*',
  ],
  fr: [
    'jusqu … contrat*|compte|comptes|abonnement*|adhésion*|relation*|fin|résiliation*|retrait*|désinscription*|expiration*|clôture*',
  ],
  nl: [
    'totdat … overeenkomst*|contract*|account*|lidmaatschap*|abonnement*|dienstverband*|beëindig*|ingetrokken|afgemeld|opgezegd',
    'tot … einde|beëindiging*|intrekking*|afmelding*|opzegging*',
  ],
  // Slavic "do"/"до" is also "to, for" ("niezbędny do realizacji umowy"): only the end itself counts.
  bg: ['до|докато … прекратяван*|изтичан*|оттегляне*|отписван*|края|приключван*'],
  cs: ['do|dokud … ukončení*|skončení*|zániku*|odvolání*|odhlášení*|vypovězení*|uplynutí*'],
  el: ['έως|μέχρι … σύμβασ*|λογαριασμ*|συνδρομ*|λήξη*|λύση*|τερματισμ*|ανάκλησ*|διαγραφ*'],
  es: [
    'hasta … contrato*|cuenta*|relación*|suscripción*|fin|finalización*|terminación*|extinción*|resolución*|baja|revocación*|retirada*|vencimiento*',
  ],
  et: ['kuni … lepingu*|konto*|liikmesus*|lõppemise*|lõpetamise*|tagasivõtmise*|kehtivuse*'],
  fi: ['päättymiseen|loppumiseen|peruuttamiseen|irtisanomiseen|voimassaolon'],
  ga: ['dtí … conradh|conartha|cuntas*|ballraíocht*|deireadh|críoch*|aistarraingt*'],
  hr: ['do|dok … isteka*|prestank*|raskid*|opoziv*|povlačenj*|odjav*|kraja|završetk*'],
  hu: [
    'megszűnéséig|megszüntetéséig|visszavonásáig|törléséig|lejártáig|végéig|fennállásáig|felmondásáig',
  ],
  is: [
    'þar til … samning*|aðgang*|áskrift*|aðild*|lok*|uppsögn*|afturköllun*',
    'uns … samning*|aðgang*|áskrift*|aðild*|lok*|uppsögn*|afturköllun*',
  ],
  it: [
    'fino|finché … contratto*|account*|rapporto*|abbonamento*|iscrizione*|cessazione*|termine|scadenza*|revoca*|disiscrizione*|conclusione*',
  ],
  lt: ['iki … sutart*|paskyr*|narys*|pabaig*|nutraukim*|atšauk*|galiojim*'],
  lv: ['līdz … līgum*|konta|kontu|dalīb*|beigām|beigu|izbeig*|atsauk*'],
  mt: ['sa … kuntratt*|sħubija*|tmiem|terminazzjoni*|irtirar*'],
  pl: ['do|dopóki … rozwiązani*|zakończeni*|wygaśnięci*|cofnięci*|wycofani*|rezygnacj*|usunięci*'],
  pt: [
    'até … contrato*|conta|relação*|subscrição*|assinatura*|termo|fim|cessação*|rescisão*|revogação*|cancelamento*|extinção*',
  ],
  ro: [
    'până … contract*|contul*|abonament*|încetar*|expirar*|retrager*|dezabonar*|rezilier*|sfârșit*|finalizar*',
  ],
  sk: ['do|kým … ukončeni*|skončeni*|zániku*|odvolani*|odhláseni*|výpoved*|uplynuti*'],
  sl: ['do|dokler … prenehanj*|preklic*|odjav*|izteka*|konca|zaključk*'],
};

/**
 * Whether a retention text names an end event of the relationship in any EEA language ("until
 * the contract ends", "bis zur Kündigung", "do ukončení smlouvy"): the period then ends at a
 * moment the person knows. One pass per pattern over the words.
 */
export const statesEndEvent = perText(endEventIn);

function endEventIn(text: string): boolean {
  const { tokens } = wordTokens(text);
  const present = new PresentWords(tokens);
  return endEvents().some(
    (slots) =>
      mayMatch(slots, present, NO_VOCABULARY) &&
      tokens.some((_, start) => matchFrom(tokens, start, slots, 0, NO_VOCABULARY) > start),
  );
}

// ── Unnamed statutes ──────────────────────────────────────────────────────────────────────────

// gdpr-reference.md §7.1 and WP-RETENTION, as of 2026-11-23: a bare "enligt lag", "gesetzlich",
// "selon la loi" is not an anchor, because nobody can look the period up from it. Criteria that
// rest on nothing else ("gesetzliche Aufbewahrungsfristen", "per il periodo previsto dalla
// normativa vigente", "lovpålagt oppbevaring") are as vague as "as long as necessary". These are
// the words notices use for a statute they do not name, in every EEA language: the project's
// heuristic (S), read from the language versions' words for "legal obligation" and published notices.
export const UNNAMED_STATUTE_PHRASES: Readonly<Record<EeaLanguageCode, readonly string[]>> = {
  sv: ['lagstadgad*', 'enligt lag', 'lagkrav*', 'rättslig* förpliktelse*|skyldighet*|krav'],
  en: [
    'statutory',
    'required|prescribed|permitted by law',
    'legal obligation*|requirement*|retention',
    'applicable law|laws|legislation',
  ],
  nb: ['lovpålagt*', 'lovbestemt*', 'lovkrav*', 'rettslig* forpliktelse*|plikt*'],
  da: ['lovpligtig*', 'lovbestemt*', 'lovkrav*', 'retlig* forpligtelse*', 'gældende lovgivning'],
  de: [
    'gesetzlich*',
    'rechtlich* verpflichtung*|pflicht*|vorgabe*|vorschrift*|anforderung*',
    'steuerrechtlich*',
    'handelsrechtlich*',
  ],
  fr: [
    'obligation* légale*',
    'durée* légale*',
    'délai* légaux|légal',
    'prévu* par la loi',
    'législation|réglementation en vigueur|applicable',
  ],
  nl: ['wettelijk*', 'wet en regelgeving'],
  bg: ['законоустановен*', 'законов* срок*|изискван*|задължени*', 'приложимото законодателство'],
  cs: ['zákonn*', 'právní* předpis*|povinnost*', 'podle|dle zákona'],
  el: ['νομοθεσ*', 'νομικ* υποχρέωσ*|υποχρεώσ*', 'εκ του νόμου'],
  es: [
    'obligacion* legal*',
    'plazo* legal*',
    'legalmente',
    'normativa|legislación aplicable|vigente',
    'exigid* por la ley',
  ],
  et: ['seadusejärg*', 'seadusest tuleneva*', 'õigusakt*'],
  fi: ['lakisääteis*', 'lainsäädän*', 'lain edellyttäm*|mukai*|vaatim*'],
  ga: ['de réir dlí', 'dualgas|dualgais dlí*', 'reachtúil*'],
  hr: ['zakonsk*', 'važeć* propis*', 'zakonodavstv*'],
  hu: ['jogszabály*', 'törvényi*', 'jogi kötelezettség*'],
  is: ['lögbund*', 'samkvæmt lögum', 'lagaskyld*'],
  it: [
    'normativa vigente|applicabile',
    'obbligh*|obbligo di legge',
    'obbligh*|obbligo legal*',
    'previst* dalla legge|normativa',
    'termini di legge',
  ],
  lt: ['teisės akt*', 'įstatym* nustatyt*', 'teisin* prievol*'],
  lv: ['normatīv* akt*', 'likumā noteikt*', 'tiesību akt*'],
  mt: ['obbligi|obbligu|rekwiżiti legali', 'skont [il] liġi'],
  pl: ['przepis* prawa', 'obowiązk* prawn*', 'obowiązując* przepis*', 'ustawow*'],
  pt: [
    'obrigaç* legal|legais',
    'prazo* legal|legais',
    'legislação aplicável|vigente',
    'imposto por lei',
    'legalmente',
  ],
  ro: [
    'obligați* legal*',
    'termen* legal*',
    'legislați* în vigoare|aplicabil*',
    'prevăzut* de lege',
    'dispoziți* legal*',
  ],
  sk: ['zákonn*', 'právn* predpis*|povinnos*', 'podľa zákona'],
  sl: ['zakonsk*', 'veljavn* zakonodaj*', 'zakonodaj*'],
};

/**
 * The first mention of a statute that is not named, in any EEA language ("gesetzliche
 * Aufbewahrungsfristen", "normativa vigente", "lovpålagt"), as the text's own words; undefined
 * when there is none. Does not look for anchors: combine with `hasNamedRetentionAnchor`.
 */
export const findUnnamedStatute = perText(unnamedStatuteIn);

function unnamedStatuteIn(text: string): string | undefined {
  const { text: normalized, tokens } = wordTokens(text);
  const present = new PresentWords(tokens);
  for (const slots of unnamedStatutes()) {
    if (!mayMatch(slots, present, NO_VOCABULARY)) continue;
    for (let start = 0; start < tokens.length; start += 1) {
      const end = matchFrom(tokens, start, slots, 0, NO_VOCABULARY);
      const first = tokens[start];
      const last = tokens[end - 1];
      if (end > start && first !== undefined && last !== undefined)
        return normalized.slice(first.start, last.end).replace(/\s+/gu, ' ').toLowerCase();
    }
  }
  return undefined;
}

// ── Anchors ───────────────────────────────────────────────────────────────────────────────────

// gdpr-reference.md §7.1 (anchor list, no row ID), as of 2026-11-23: an ISO 8601 duration, a
// number with a time unit, a statute reference, or a named end event with a period (caught by
// the number-unit check). §7.1 lists the units of sv, en, nb, da, de; the others are each
// language's words for day, week, month and year (with their inflections), S like §7.1.
export const RETENTION_ANCHOR_SOURCE: SourceRef = { row: '§7.1', status: 'S' };

/** Words for day, week, month, year (`word*` = any word beginning so), per language. */
export const RETENTION_UNIT_WORDS: Readonly<Record<EeaLanguageCode, readonly string[]>> = {
  sv: [
    'dag',
    'dagar',
    'dagen',
    'dagarna',
    'dygn',
    'veck*',
    'månad*',
    'år',
    'året',
    'åren',
    'kalenderår*',
    'räkenskapsår*',
  ],
  en: [
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'year',
    'years',
    'calendar',
    'business',
    'working',
  ],
  nb: [
    'dag',
    'dager',
    'dagen',
    'dagene',
    'døgn',
    'uke*',
    'veke*',
    'måned*',
    'månad*',
    'år',
    'året',
    'årene',
    'åra',
  ],
  da: ['dag', 'dage', 'dagen', 'dagene', 'døgn', 'uge*', 'måned*', 'år', 'året', 'årene'],
  de: [
    'tag',
    'tage',
    'tagen',
    'woche*',
    'monat*',
    'jahr*',
    'kalenderjahr*',
    'werktag*',
    'arbeitstag*',
    'geschäftsjahr*',
  ],
  fr: ['jour', 'jours', 'semaine*', 'mois', 'an', 'ans', 'année*'],
  nl: ['dag', 'dagen', 'week', 'weken', 'maand*', 'jaar', 'jaren', 'kalenderjaar*', 'boekjaar*'],
  bg: ['ден', 'дни', 'дена', 'седмиц*', 'месец*', 'годин*'],
  cs: [
    'den',
    'dny',
    'dnů',
    'dní',
    'týden',
    'týdn*',
    'měsíc*',
    'rok',
    'roky',
    'roků',
    'roku',
    'let',
  ],
  el: ['ημέρ*', 'μέρ*', 'εβδομάδ*', 'μήν*', 'μην*', 'έτ*', 'ετ*', 'χρόνι*', 'χρόνο*'],
  es: ['día', 'días', 'semana*', 'mes', 'meses', 'año', 'años', 'ejercicio*'],
  et: ['päev*', 'nädal*', 'kuu*', 'aasta*'],
  fi: ['päivä*', 'viikko*', 'viikon', 'kuukau*', 'kuukaud*', 'vuo*'],
  ga: [
    'lá',
    'laethanta',
    'seachtain*',
    'mí',
    'míonna',
    'mhí',
    'bliain',
    'blianta',
    'bhliain',
    'mbliana',
    'bliana',
  ],
  hr: ['dan', 'dana', 'tjed*', 'mjesec*', 'godin*'],
  hu: [
    'nap*',
    'hét',
    'hetet',
    'hetig',
    'hónap*',
    'év',
    'évig',
    'évet',
    'évre',
    'éven',
    'évvel',
    'év*',
  ],
  is: ['dag*', 'daga', 'vik*', 'mánuð*', 'mánað*', 'ár', 'ára', 'árum', 'árin'],
  it: ['giorn*', 'settiman*', 'mese', 'mesi', 'anno', 'anni'],
  lt: ['dien*', 'savait*', 'mėnes*', 'mėnuo', 'metai', 'metų', 'metus', 'metams'],
  lv: ['dien*', 'nedēļ*', 'mēnes*', 'mēneš*', 'gad*'],
  mt: ['jum', 'jiem', 'ijiem', 'ġimgħa', 'ġimgħat', 'xahar', 'xhur', 'sena', 'snin'],
  pl: [
    'dzień',
    'dni',
    'tydzień',
    'tygodn*',
    'miesiąc*',
    'miesięc*',
    'rok',
    'roku',
    'lat',
    'lata',
    'latach',
  ],
  pt: ['dia', 'dias', 'semana*', 'mês', 'meses', 'ano', 'anos'],
  ro: ['zi', 'zile', 'zilei', 'săptămân*', 'lună', 'luni', 'lunii', 'an', 'ani', 'anul', 'anului'],
  sk: ['deň', 'dni', 'dní', 'dňa', 'týžd*', 'mesiac*', 'rok', 'roky', 'rokov', 'roku'],
  sl: ['dan', 'dni', 'dneve', 'dnevi', 'ted*', 'mesec*', 'leto', 'leta', 'let', 'letih'],
};

/** Number words one to ten (and "twelve"), for "two years", "sju år", "cinq ans", "dieci anni". */
const NUMBER_WORDS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twelve',
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'tolv',
  'to',
  'fire',
  'seks',
  'syv',
  'sju',
  'otte',
  'åtte',
  'ni',
  'ti',
  'ein',
  'eine',
  'einen',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'zwölf',
  'un',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'sept',
  'huit',
  'neuf',
  'dix',
  'douze',
  'één',
  'twee',
  'drie',
  'vijf',
  'zes',
  'zeven',
  'negen',
  'tien',
  'twaalf',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'doce',
  'due',
  'quattro',
  'sei',
  'sette',
  'otto',
  'nove',
  'dieci',
  'dodici',
  'um',
  'dois',
  'duas',
  'três',
  'quatro',
  'oito',
  'dez',
  'dwa',
  'dwóch',
  'trzy',
  'cztery',
  'pięć',
  'sześć',
  'siedem',
  'dziesięć',
  'kaksi',
  'kolme',
  'neljä',
  'viisi',
  'kuusi',
  'seitsemän',
  'kymmenen',
];

/** Words of a statute reference that a number or a name makes specific ("ustawa z dnia 29 września 1994", "Legea nr. 82/1991"). */
const STATUTE_WORDS: readonly string[] = [
  'lag',
  'lagen',
  'lov',
  'loven',
  'gesetz',
  'gesetzes',
  'loi',
  'ley',
  'legge',
  'lei',
  'legea',
  'legii',
  'wet',
  'ustawa',
  'ustawy',
  'zákon',
  'zákona',
  'zákonu',
  'zakon',
  'zakona',
  'zakonu',
  'закон',
  'закона',
  'νόμος',
  'νόμου',
  'ν',
  'törvény*',
  'laki',
  'lain',
  'seadus*',
  'įstatym*',
  'likum*',
  'acht',
  'lög',
  'laga',
  'decreto',
  'décret',
  'dlgs',
  'decret*',
  'nařízení',
  'vyhlášk*',
  'uredb*',
  'rozporządzeni*',
];
/** Words that name a code, itself a named statute ("codice civile", "Código Comercial", "občanský zákoník"). */
const CODE_WORDS: readonly string[] = [
  'codice',
  'código',
  'codul',
  'codului',
  'kodeks*',
  'zákoník*',
  'zákonník*',
  'zakonik*',
  'törvénykönyv*',
  'κώδικ*',
  'кодекс*',
  'wetboek*',
  'gesetzbuch*',
];
/** "Code" in French only with what follows it: "Code de commerce", "code civil". */
const FRENCH_CODE_NAMES: readonly string[] = [
  'de',
  'du',
  'des',
  'civil',
  'général',
  'pénal',
  'monétaire',
  'rural',
];
/** "zákon o účetnictví", "ustawa o rachunkowości", "закон за счетоводството": a statute named by its subject. */
const STATUTE_SUBJECT_WORDS: readonly string[] = ['o', 'za', 'om'];
/** Nouns in -lagen that are not acts: Swedish "förslagen", "underlagen" (the §7.1 exceptions), German "Grundlagen", Dutch "bijlagen". */
const notActsInLagen = lazy((): readonly string[] =>
  [
    'för',
    'in',
    'an',
    'be',
    'ut',
    'om',
    'på',
    'av',
    'under',
    'upp',
    'ab',
    'auf',
    'bei',
    'ein',
    'grund',
    'nieder',
    'um',
    'vor',
    'zu',
    'bij',
  ]
    .flatMap((p) => [`${p}lagen`, `${p}slagen`])
    .map(foldWord),
);
/** Finnish acts are compounds in -laki ("kirjanpitolaki", "kirjanpitolain", "kirjanpitolaissa"). */
const FINNISH_ACT_ENDINGS: readonly string[] = ['laki', 'lain', 'lakia', 'lakiin', 'laissa'];
/** English words that end like a Finnish act. */
const NOT_FINNISH_ACTS: readonly string[] = ['plain', 'llain'];
/** "The Act", "this Act": an Act that is not named. */
const UNNAMED_ACT_WORDS: readonly string[] = [
  'the',
  'this',
  'that',
  'such',
  'an',
  'a',
  'any',
  'each',
  'every',
  'our',
  'its',
  'relevant',
  'applicable',
];

const allUnitWords = lazy(() => listedWords(Object.values(RETENTION_UNIT_WORDS).flat()));
const numberWords = lazy((): ReadonlySet<string> => new Set(NUMBER_WORDS.map(foldWord)));
const statuteAlternatives = lazy(() => listedWords(STATUTE_WORDS));
const codeAlternatives = lazy(() => listedWords(CODE_WORDS));
const ISO_DURATION =
  /^P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/u;

function isNumberWord(token: WordToken | undefined): boolean {
  return token !== undefined && numberWords().has(token.word);
}

/** A number (digits, or a number word right before the unit) with a unit of time: "24 månader", "3 (three) years", "sju år". */
function hasNumberUnit(tokens: readonly WordToken[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (token.isNumber)
    return (
      matchesWord(tokens[at + 1], allUnitWords()) || matchesWord(tokens[at + 2], allUnitWords())
    );
  return isNumberWord(token) && matchesWord(tokens[at + 1], allUnitWords());
}

/** A statute reference that identifies one statute (see hasNamedRetentionAnchor). */
function namesStatute(tokens: readonly WordToken[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  const { word, raw } = token;
  const next = tokens[at + 1];
  // SFS numbers "(1999:1078)", "SFS 1999:1078".
  if (token.isNumber && raw.length === 4 && next?.isNumber === true && next.before.trim() === ':')
    return true;
  // A numbered section or chapter: "§ 147", "2 §", "7 kap.", "kap. 7", "Kapitel 3".
  if (token.isNumber && (token.before.includes('§') || (next?.before.includes('§') ?? false)))
    return true;
  if (
    (word === 'kap' || word === 'kapitel') &&
    (next?.isNumber === true || tokens[at - 1]?.isNumber === true)
  )
    return true;
  // Compounds that name an act: "bokföringslagen", "bogføringsloven", "Handelsgesetzbuch",
  // "Archiefwet", "kirjanpitolaki" (not the bare word, not "förslagen").
  if (word.length > 5 && word.endsWith('lagen') && !notActsInLagen().includes(word)) return true;
  if (word.length > 5 && word.endsWith('loven')) return true;
  if (word.indexOf('gesetz') > 0) return true;
  if (word.length > 4 && (word.endsWith('wet') || word.endsWith('wetboek'))) return true;
  if (
    word.length > 5 &&
    FINNISH_ACT_ENDINGS.some((ending) => word.endsWith(ending)) &&
    !NOT_FINNISH_ACTS.some((ending) => word.endsWith(ending))
  )
    return true;
  // A named English Act: "Companies Act 2006", "the Limitation Act"; not "the Act".
  if (raw === 'Act') {
    const previous = tokens[at - 1];
    if (
      previous !== undefined &&
      /^\p{Lu}/u.test(previous.raw) &&
      !UNNAMED_ACT_WORDS.includes(previous.word)
    )
      return true;
    if (next?.isNumber === true || (next?.word === 'of' && tokens[at + 2]?.isNumber === true))
      return true;
    return false;
  }
  // A code: "codice civile", "Código Comercial", "Code de commerce".
  if (matchesWord(token, codeAlternatives())) return true;
  if (word === 'code' && next !== undefined && FRENCH_CODE_NAMES.map(foldWord).includes(next.word))
    return true;
  // A statute word with a number close by ("Legea nr. 82/1991", "ustawy z dnia 29 września 1994",
  // "2000. évi C. törvény", "lov nr. 700") or with its subject ("zákon o účetnictví").
  if (matchesWord(token, statuteAlternatives())) {
    for (let offset = -4; offset <= 4; offset += 1) {
      if (offset !== 0 && tokens[at + offset]?.isNumber === true) return true;
    }
    return (
      next !== undefined &&
      STATUTE_SUBJECT_WORDS.includes(next.word) &&
      tokens[at + 2] !== undefined &&
      !tokens[at + 2]?.isNumber
    );
  }
  return false;
}

/**
 * Whether a retention text has an anchor a reader can work the period out from (§7.1,
 * WP-RETENTION): an ISO 8601 duration ("P24M"), a number with a time unit in any EEA language
 * ("24 månader", "3 years", "cinq ans", "5 évig"), or a statute reference that names the
 * statute (an SFS number, a numbered section or chapter, a named act or code, a statute word
 * with its number or subject). A bare "enligt lag", "gesetzlich", "the Act", "selon la loi"
 * does not count: nobody can look the period up from it. One pass over the words.
 */
export const hasNamedRetentionAnchor = perText(namedAnchorIn);

function namedAnchorIn(text: string): boolean {
  const { tokens } = wordTokens(text);
  return tokens.some(
    (token, at) =>
      (token.raw.startsWith('P') && ISO_DURATION.test(token.raw)) ||
      hasNumberUnit(tokens, at) ||
      namesStatute(tokens, at),
  );
}
