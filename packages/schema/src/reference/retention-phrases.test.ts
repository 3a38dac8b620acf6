import { describe, expect, it } from 'vitest';
import {
  EEA_LANGUAGE_CODES,
  findUnnamedStatute,
  findVaguePhrase,
  hasNamedRetentionAnchor,
  retentionLanguage,
  statesEndEvent,
} from './retention-phrases.js';
import type { EeaLanguageCode } from './types.js';

/** What `retention-specific` reports: a vague phrase, and neither an anchor nor an end event. */
const isVague = (text: string, language?: string): boolean =>
  findVaguePhrase(text, language) !== undefined &&
  !hasNamedRetentionAnchor(text) &&
  !statesEndEvent(text);

interface LanguageCases {
  /** Plain vague criteria as notices in the language write them. */
  readonly plain: readonly string[];
  /** Intensified ("strictly"), reordered or inflected forms. */
  readonly variants: readonly string[];
  /** Criteria that add something concrete (a period, a statute) or name an end event: not vague. */
  readonly concrete: readonly string[];
  /** A vague phrase with the end event the period runs to: bounded, so not vague. */
  readonly untilEvent: string;
}

// One row per EEA language (Norwegian: Bokmål and Nynorsk).
const CASES: Readonly<Record<EeaLanguageCode, LanguageCases>> = {
  sv: {
    plain: ['Vi sparar uppgifterna så länge det behövs för ändamålet.'],
    variants: [
      'Raderas när uppgifterna inte längre behövs.',
      'Uppgifterna sparas så länge vi behöver dem.',
      'Uppgifterna sparas inte längre än vad som är strikt nödvändigt.',
      'Personuppgifterna behandlas under den tid som är nödvändig för att fullgöra avtalet.',
    ],
    concrete: [
      'Så länge det behövs, dock högst 24 månader efter att kundförhållandet upphört.',
      'Tills avtalet upphör.',
    ],
    untilEvent: 'Så länge det behövs, dock längst tills avtalet upphör.',
  },
  en: {
    plain: ['We keep your data as long as necessary.'],
    variants: [
      'Deleted when they are no longer needed.',
      'Data are kept for as long as is strictly necessary for the purposes.',
      'Retained for the period of time strictly necessary to handle your request.',
      'We do not keep it longer than is needed.',
    ],
    concrete: [
      'As long as necessary to perform the contract and for 3 years after it ends.',
      'Until the contract ends.',
    ],
    untilEvent: 'As long as necessary to provide the service, until your account is closed.',
  },
  nb: {
    plain: [
      'Vi lagrer opplysningene så lenge det er nødvendig.',
      'Vi lagrar opplysningane så lenge det er naudsynt.',
    ],
    variants: [
      'Slettes når de ikke lenger er nødvendige.',
      'Opplysningene lagres ikke lenger enn det som er strengt nødvendig.',
      'Vi lagrar dei ikkje lenger enn naudsynt.',
    ],
    concrete: [
      'Så lenge det er nødvendig, likevel ikke lenger enn 5 år etter bokføringsloven.',
      'Til avtalen opphører.',
    ],
    untilEvent: 'Så lenge det er nødvendig, inntil avtalen avsluttes.',
  },
  da: {
    plain: ['Vi opbevarer oplysningerne, så længe det er nødvendigt.'],
    variants: [
      'Slettes, når de ikke længere er nødvendige.',
      'Oplysningerne opbevares ikke længere end strengt nødvendigt.',
      'så længe vi har brug for dem',
    ],
    concrete: ['Så længe det er nødvendigt og højst 12 måneder.', 'Indtil aftalen ophører.'],
    untilEvent: 'Så længe det er nødvendigt, indtil aftalen ophører.',
  },
  de: {
    plain: ['Wir speichern Ihre Daten so lange wie nötig.'],
    variants: [
      'Solange es für die Erfüllung unserer vertraglichen und gesetzlichen Pflichten oder sonst die mit der Verarbeitung verfolgten Zwecke erforderlich ist.',
      'Gelöscht, sobald sie nicht mehr erforderlich sind.',
      'Nur so lange, wie es unbedingt notwendig ist.',
      'Solange dies zur Erfüllung des Vertrags erforderlich ist.',
      'Für die erforderliche Dauer.',
    ],
    concrete: [
      'So lange wie erforderlich, höchstens 10 Jahre gemäß § 147 AO.',
      'Bis zum Ende des Vertrags.',
    ],
    untilEvent: 'So lange wie nötig, längstens bis zur Kündigung des Vertrags.',
  },
  fr: {
    plain: ['Vos données sont conservées aussi longtemps que nécessaire.'],
    variants: [
      "Supprimées lorsqu'elles ne sont plus nécessaires.",
      'Pour la durée strictement nécessaire.',
      "Pendant une période n'excédant pas celle nécessaire aux finalités.",
    ],
    concrete: [
      'Pendant la durée nécessaire, soit 3 ans à compter de la fin du contrat.',
      "Jusqu'à la fin du contrat.",
    ],
    untilEvent: "Aussi longtemps que nécessaire, jusqu'à la résiliation du contrat.",
  },
  nl: {
    plain: ['We bewaren uw gegevens niet langer dan nodig.'],
    variants: [
      'Zolang dit voor het uitvoeren van de overeenkomst met u en de daarmee verbonden administratie nodig is.',
      'Verwijderd zodra ze niet langer nodig zijn.',
      'Niet langer dan strikt noodzakelijk.',
      'Zolang dat nodig is.',
      'Gedurende de noodzakelijke termijn.',
    ],
    concrete: [
      'Niet langer dan noodzakelijk, maximaal 7 jaar.',
      'Tot het einde van de overeenkomst.',
    ],
    untilEvent: 'Niet langer dan nodig, tot de beëindiging van de overeenkomst.',
  },
  bg: {
    plain: ['Съхраняваме данните за срока, необходим за изпълнение на договора.'],
    variants: [
      'За строго необходимия срок.',
      'Докато това е необходимо.',
      'Не по-дълго от необходимото.',
    ],
    concrete: [
      'За срока, необходим за изпълнение на договора, но не повече от 5 години.',
      'До прекратяване на договора.',
    ],
    untilEvent: 'Докато това е необходимо, до прекратяване на договора.',
  },
  cs: {
    plain: ['Osobní údaje uchováváme po dobu nezbytně nutnou.'],
    variants: [
      'Budeme uchovávat vaše informace, dokud to bude nezbytné.',
      'Pouze po nezbytně nutnou dobu.',
      'Tak dlouho, jak je to nezbytné.',
      'Po dobu, která je nezbytná.',
    ],
    concrete: [
      'Po dobu nezbytně nutnou, nejdéle 10 let od ukončení smlouvy.',
      'Do ukončení smlouvy.',
    ],
    untilEvent: 'Po dobu nezbytně nutnou, nejdéle do ukončení smlouvy.',
  },
  el: {
    plain: ['Για όσο χρονικό διάστημα είναι απαραίτητο.'],
    variants: [
      'Για το απολύτως απαραίτητο χρονικό διάστημα.',
      'Για το χρονικό διάστημα που απαιτείται.',
      'ΓΙΑ ΟΣΟ ΔΙΑΣΤΗΜΑ ΕΙΝΑΙ ΑΝΑΓΚΑΙΟ',
    ],
    concrete: [
      'Για όσο χρονικό διάστημα είναι απαραίτητο και έως 5 έτη μετά τη λήξη της σύμβασης.',
      'Έως τη λήξη της σύμβασης.',
    ],
    untilEvent: 'Για όσο χρονικό διάστημα είναι απαραίτητο, έως τη λήξη της σύμβασης.',
  },
  es: {
    plain: ['Conservamos sus datos durante el tiempo necesario.'],
    variants: [
      'Se suprimen cuando ya no sean necesarios.',
      'Durante el tiempo estrictamente necesario.',
      'Mientras sea necesario.',
      'No más tiempo del necesario.',
    ],
    concrete: [
      'Durante el tiempo necesario y, después, 6 años conforme al Código de Comercio.',
      'Hasta la finalización del contrato.',
    ],
    untilEvent: 'Durante el tiempo necesario, hasta la finalización del contrato.',
  },
  et: {
    plain: ['Säilitame andmeid nii kaua, kui see on vajalik.'],
    variants: [
      'Säilitame nii kaua, kui see on lepingu täitmiseks vajalik.',
      'Ainult hädavajaliku aja jooksul.',
      'Mitte kauem, kui on vajalik.',
    ],
    concrete: [
      'Nii kaua, kui see on vajalik, kuid mitte kauem kui 3 aastat.',
      'Kuni lepingu lõppemiseni.',
    ],
    untilEvent: 'Nii kaua, kui see on vajalik, kuni lepingu lõppemiseni.',
  },
  fi: {
    plain: ['Säilytämme tietoja niin kauan kuin on tarpeen.'],
    variants: [
      'Poistetaan, kun niitä ei enää tarvita.',
      'Vain välttämättömän ajan.',
      'Tarpeellisen ajan.',
      'Ei pidempään kuin on tarpeen.',
    ],
    concrete: [
      'Niin kauan kuin on tarpeen, kuitenkin enintään 6 vuotta kirjanpitolain mukaisesti.',
      'Sopimuksen päättymiseen asti.',
    ],
    untilEvent: 'Niin kauan kuin on tarpeen, sopimuksen päättymiseen asti.',
  },
  ga: {
    plain: ['Coinneoimid na sonraí fad is gá.'],
    variants: [
      'Ní níos faide ná mar is gá.',
      'Ar feadh na tréimhse is gá.',
      'Chomh fada agus is gá.',
    ],
    concrete: ['Fad is gá, agus 6 bliana ar a mhéad.', 'Go dtí deireadh an chonartha.'],
    untilEvent: 'Fad is gá, go dtí deireadh an chonartha.',
  },
  hr: {
    plain: ['Podatke čuvamo onoliko dugo koliko je potrebno.'],
    variants: [
      'Onoliko dugo koliko je to strogo nužno.',
      'Ne dulje nego što je potrebno.',
      'U razdoblju potrebnom za ispunjenje ugovora.',
    ],
    concrete: ['Onoliko dugo koliko je potrebno, a najdulje 11 godina.', 'Do isteka ugovora.'],
    untilEvent: 'Onoliko dugo koliko je potrebno, do isteka ugovora.',
  },
  hu: {
    plain: ['Az adatokat a szükséges ideig őrizzük.'],
    variants: ['A feltétlenül szükséges ideig.', 'Ameddig szükséges.', 'Amíg szükség van rá.'],
    concrete: ['A szükséges ideig, de legfeljebb 5 évig.', 'A szerződés megszűnéséig.'],
    untilEvent: 'A szükséges ideig, legfeljebb a szerződés megszűnéséig.',
  },
  is: {
    plain: ['Við geymum upplýsingarnar eins lengi og nauðsynlegt er.'],
    variants: [
      'Ekki lengur en stranglega nauðsynlegt er.',
      'Eins lengi og þörf er á.',
      'Svo lengi sem nauðsynlegt er.',
    ],
    concrete: [
      'Eins lengi og nauðsynlegt er, þó ekki lengur en 7 ár samkvæmt lögum nr. 145/1994.',
      'Þar til samningi lýkur.',
    ],
    untilEvent: 'Eins lengi og nauðsynlegt er, þar til samningi lýkur.',
  },
  it: {
    plain: ['Conserviamo i dati per il tempo necessario.'],
    variants: [
      'Cancellati quando non sono più necessari.',
      'Per il tempo strettamente necessario.',
      'Per un periodo di tempo non superiore a quello necessario.',
      'Finché necessario.',
    ],
    concrete: [
      'Per il tempo strettamente necessario e comunque non oltre 24 mesi.',
      'Fino alla cessazione del contratto.',
    ],
    untilEvent: 'Per il tempo necessario, fino alla cessazione del contratto.',
  },
  lt: {
    plain: ['Duomenis saugome tol, kol tai būtina.'],
    variants: ['Tiek, kiek tai griežtai būtina.', 'Ne ilgiau, nei būtina.', 'Būtiną laikotarpį.'],
    concrete: ['Kol tai būtina, bet ne ilgiau kaip 10 metų.', 'Iki sutarties pabaigos.'],
    untilEvent: 'Kol tai būtina, iki sutarties pabaigos.',
  },
  lv: {
    plain: ['Datus glabājam tik ilgi, cik nepieciešams.'],
    variants: [
      'Tik ilgi, cik tas ir stingri nepieciešams.',
      'Ne ilgāk kā nepieciešams.',
      'Nepieciešamo laiku.',
    ],
    concrete: ['Tik ilgi, cik nepieciešams, bet ne ilgāk kā 5 gadus.', 'Līdz līguma beigām.'],
    untilEvent: 'Tik ilgi, cik nepieciešams, līdz līguma beigām.',
  },
  mt: {
    plain: ['Aħna nżommu d-data sakemm ikun meħtieġ.'],
    variants: ['Għaż-żmien li jkun strettament meħtieġ.', 'Mhux aktar milli huwa meħtieġ.'],
    concrete: ['Sakemm ikun meħtieġ, iżda mhux aktar minn 5 snin.', 'Sa tmiem il-kuntratt.'],
    untilEvent: 'Sakemm ikun meħtieġ, sa tmiem il-kuntratt.',
  },
  pl: {
    plain: ['Dane przechowujemy przez okres niezbędny do realizacji umowy.'],
    variants: [
      'Przez okres ściśle niezbędny.',
      'Tak długo, jak to konieczne.',
      'Przez niezbędny okres.',
      'Nie dłużej niż jest to niezbędne.',
    ],
    concrete: [
      'Przez okres niezbędny do realizacji umowy, a następnie przez 5 lat zgodnie z ustawą o rachunkowości.',
      'Do czasu rozwiązania umowy.',
    ],
    untilEvent: 'Przez okres niezbędny, nie dłużej niż do rozwiązania umowy.',
  },
  pt: {
    plain: ['Conservamos os dados pelo período necessário.'],
    variants: [
      'Apagados quando deixarem de ser necessários.',
      'Os dados serão conservados apenas pelo período mínimo necessário para a prossecução das finalidades.',
      'Pelo período estritamente necessário.',
      'Enquanto for necessário.',
      'Não mais do que o necessário.',
    ],
    concrete: [
      'Pelo período necessário e, depois, 10 anos nos termos do Código Comercial.',
      'Até ao termo do contrato.',
    ],
    untilEvent: 'Pelo período necessário, até ao termo do contrato.',
  },
  ro: {
    plain: ['Păstrăm datele cât timp este necesar.'],
    variants: [
      'Pe perioada strict necesară.',
      'Atât timp cât este necesar.',
      'Nu mai mult decât este necesar.',
    ],
    concrete: [
      'Cât timp este necesar, dar nu mai mult de 3 ani.',
      'Până la încetarea contractului.',
    ],
    untilEvent: 'Cât timp este necesar, până la încetarea contractului.',
  },
  sk: {
    plain: ['Osobné údaje uchovávame po dobu nevyhnutne potrebnú.'],
    variants: [
      'Len po nevyhnutnú dobu.',
      'Tak dlho, ako je to nevyhnutné.',
      'Nie dlhšie, ako je potrebné.',
    ],
    concrete: ['Po dobu nevyhnutne potrebnú, najdlhšie 10 rokov.', 'Do skončenia zmluvy.'],
    untilEvent: 'Po dobu nevyhnutne potrebnú, najdlhšie do skončenia zmluvy.',
  },
  sl: {
    plain: ['Podatke hranimo toliko časa, kolikor je potrebno.'],
    variants: [
      'Le toliko časa, kot je nujno potrebno.',
      'Ne dlje, kot je potrebno.',
      'Za čas, ki je potreben.',
    ],
    concrete: ['Toliko časa, kolikor je potrebno, vendar največ 10 let.', 'Do prenehanja pogodbe.'],
    untilEvent: 'Toliko časa, kolikor je potrebno, do prenehanja pogodbe.',
  },
};

describe('vague retention phrases in every EEA language', () => {
  it('has a case row for every language with a list', () => {
    expect(Object.keys(CASES).sort()).toEqual([...EEA_LANGUAGE_CODES].sort());
  });

  for (const language of EEA_LANGUAGE_CODES) {
    const cases = CASES[language];
    describe(language, () => {
      it('recognises the plain phrasing, in its own language and in any case', () => {
        for (const text of cases.plain) {
          expect(findVaguePhrase(text, language)?.language, text).toBe(language);
          expect(isVague(text.toUpperCase(), language), text).toBe(true);
        }
      });

      it('recognises intensified, reordered and inflected forms', () => {
        for (const text of cases.variants) {
          expect(findVaguePhrase(text, language)?.language, text).toBe(language);
          expect(isVague(text, language), text).toBe(true);
        }
      });

      it('recognises it in a declaration of another language, or without one', () => {
        const other = language === 'en' ? 'da' : 'en';
        for (const text of [...cases.plain, ...cases.variants]) {
          // Languages that spell the phrase alike (pt and it "período/periodo necessário") may name either list.
          expect(findVaguePhrase(text, other), text).toBeDefined();
          expect(isVague(text, other), text).toBe(true);
          expect(isVague(text), text).toBe(true);
        }
      });

      it('does not report criteria that add a period or a statute, or name an end event', () => {
        for (const text of cases.concrete) expect(isVague(text, language), text).toBe(false);
      });

      it('reads a vague phrase bounded by an end event as not vague', () => {
        expect(findVaguePhrase(cases.untilEvent, language), cases.untilEvent).toBeDefined();
        expect(statesEndEvent(cases.untilEvent), cases.untilEvent).toBe(true);
        // Without the end event, the same phrase is vague.
        for (const text of cases.plain) expect(statesEndEvent(text), text).toBe(false);
      });
    });
  }

  it('reads Nynorsk and the macro tag as Norwegian', () => {
    expect(retentionLanguage('nn-NO')).toBe('nb');
    expect(retentionLanguage('no')).toBe('nb');
    expect(retentionLanguage('pt-BR')).toBe('pt');
    expect(retentionLanguage('tlh')).toBeUndefined();
  });

  it('lets a purpose stand inside a verb-final clause, but not past the clause or twenty words', () => {
    expect(
      isVague(
        'Solange es für die Erfüllung unserer vertraglichen und gesetzlichen Pflichten erforderlich ist.',
        'de',
      ),
    ).toBe(true);
    expect(
      isVague(
        'Solange Sie Kunde sind; danach prüfen wir, ob eine weitere Speicherung erforderlich ist.',
        'de',
      ),
    ).toBe(false);
    expect(isVague(`Solange ${'wir Ihre Daten '.repeat(8)}erforderlich ist.`, 'de')).toBe(false);
    expect(findVaguePhrase(`${'solange es '.repeat(20_000)}`, 'de')).toBeUndefined();
    expect(findUnnamedStatute(`${'obbligo di '.repeat(20_000)}`)).toBeUndefined();
    expect(findUnnamedStatute('Gemäß den gesetzlichen Aufbewahrungsfristen')).toBe('gesetzlichen');
  });

  it('finishes on hostile text and gives a bounded result', () => {
    const letters = 'a'.repeat(100_000);
    const found = findVaguePhrase(`as long as necessary ${letters}`, 'da');
    expect(found).toEqual({ phrase: 'as long as necessary', language: 'en' });
    expect(hasNamedRetentionAnchor(`as long as necessary ${letters}`)).toBe(false);
    // The shapes that made the old `\p{L}+lagen` / `\p{L}+gesetz` patterns quadratic.
    expect(hasNamedRetentionAnchor(`så länge det behövs ${'å'.repeat(100_000)}lage`)).toBe(false);
    expect(isVague(`so lange wie nötig ${'ä'.repeat(100_000)}gesetzX`, 'de')).toBe(false);
    expect(findVaguePhrase(`${'så länge '.repeat(20_000)}`, 'sv')).toBeUndefined();
    expect(findVaguePhrase(`${'P1'.repeat(50_000)} ${'lange '.repeat(20_000)}`)).toBeUndefined();
  });
});
