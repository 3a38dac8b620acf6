import {
  EDPB,
  SUPERVISORY_AUTHORITIES,
  closestMatch,
  countriesForLanguage,
  currentAuthorityName,
  dayAfter,
  findAuthorities,
  foldAuthorityText,
  formerNameBeside,
  isEeaCountry,
  isGenericAuthorityPhrase,
  isShortFormOf,
  joinPointer,
  normalizeAuthorityName,
  normalizeCountryCode,
  textVersions,
  type AuthorityMatch,
  type FormerName,
  type SupervisoryAuthorityInfo,
} from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule, type FixSpec } from '../rule.js';

export type MessageIds =
  | 'missingAuthority'
  | 'authorityNotNamed'
  | 'nonEeaAuthority'
  | 'unknownAuthority'
  | 'unknownAuthoritySuggestion'
  | 'notAComplaintAuthority'
  | 'formerName'
  | 'formerUrl';

const NAME = '/supervisoryAuthority/name';
const URL_PATH = '/supervisoryAuthority/url';

export default defineRule<MessageIds>({
  id: 'complaint-authority-named',
  meta: {
    description:
      'The notice names a supervisory authority people can complain to, by its current name',
    articles: ['13(2)(d)', '14(2)(e)', '77'],
    defaultSeverity: 'error',
    cappedAtWarning: {
      authorityNotNamed: 'always',
      nonEeaAuthority: 'always',
      unknownAuthority: 'always',
      unknownAuthoritySuggestion: 'always',
      formerName: 'by-case',
    },
    fixable: true,
    messages: {
      missingAuthority:
        'The notice does not name the supervisory authority people can complain to. Under {{article}} the notice must tell people of their right to lodge a complaint with a supervisory authority (Art. 77): add supervisoryAuthority with the name and website of the authority, e.g. the one of the country where the controller is established.',
      authorityNotNamed:
        'The notice tells people that they may complain{{how}} but names no supervisory authority. Art. 77(1) gives everyone the right to lodge a complaint with a supervisory authority, in particular in the Member State of their habitual residence, place of work or place of the alleged infringement, whether the controller is in the EEA or not, and {{article}} requires the notice to tell them of that right. Naming an authority tells them where to go: add its name and website in supervisoryAuthority, e.g. those of the authority of the country where the controller or its representative is established.',
      nonEeaAuthority:
        'The notice names {{name}} as the supervisory authority, which is not an authority of an EEA country ({{country}}), while the controller is established in the EEA. Art. 77(1) gives people the right to complain to a supervisory authority of an EEA Member State, in particular where they live, work or the infringement took place, and under {{article}} the notice must tell them of that right: name an EEA authority, e.g. the one of the country where the controller is established, beside or instead of {{name}}.',
      unknownAuthority:
        'The supervisory authority "{{name}}" is not one of the EEA, UK or Swiss data protection authorities PrivacySpec knows by name, abbreviation or website. Under {{article}} the notice must tell people where they can complain (Art. 77): write the authority\'s official name, and its website in supervisoryAuthority.url.',
      unknownAuthoritySuggestion:
        'The supervisory authority "{{name}}" is not one of the data protection authorities PrivacySpec knows by name, abbreviation or website. Did you mean {{suggestion}}? Under {{article}} the notice must tell people where they can complain (Art. 77): write the authority\'s official name.',
      notAComplaintAuthority:
        'The {{name}} is not an authority people lodge complaints with: Art. 77 gives the right to complain to a national supervisory authority ({{article}}). Name that authority instead, e.g. the one of the country where the controller is established.',
      formerName:
        'The supervisory authority is called "{{former}}", a name it has not had since {{since}}: it is now {{current}}, {{url}}. Under {{article}} the notice must tell people where they can complain, and an outdated name sends them looking for an authority that no longer exists under that name: use the current name.',
      formerUrl:
        'The supervisory authority\'s website is given at {{host}}, its address under its former name "{{former}}"; since {{since}} it is {{url}}. Under {{article}} the notice must tell people where they can complain: update supervisoryAuthority.url.',
    },
  },
  check({ declaration, today, report }) {
    const article = citeNotice(declaration, undefined, '13(2)(d)', '14(2)(e)');
    const authority = declaration.supervisoryAuthority;
    // 13(2)(d) asks for "the right to lodge a complaint with a supervisory authority", as Art.
    // 77(1) words it: a notice that lists the right but names no authority tells people of the
    // right (a warning, which strict makes an error); one that does neither is an error.
    const missing = (path: string) => {
      if (declaration.rights?.includes('complaint') === true) {
        report({
          messageId: 'authorityNotNamed',
          data: { article, how: ' (rights lists complaint)' },
          path,
        });
      } else {
        report({ messageId: 'missingAuthority', data: { article }, path });
      }
    };
    if (authority === undefined) {
      missing('/supervisoryAuthority');
      return;
    }
    const versions = textVersions(authority.name)
      .filter(([, text]) => text.trim() !== '')
      .map(([language, text]) => ({
        text: text.trim(),
        language,
        path: language === '' ? NAME : joinPointer(NAME, language),
      }));
    if (versions.length === 0) {
      missing(NAME);
      return;
    }

    // "Datatilsynet" is Denmark's and Norway's: prefer the authority's stated country, then the
    // controller's. Naming another country's authority is not wrong (Art. 77(1): residence, work
    // or place of the infringement), so a match outside those countries is kept, not reported.
    const countryCode = (country: string | undefined) =>
      country === undefined || country === 'EEA' || country === 'non-EEA'
        ? undefined
        : normalizeCountryCode(country);
    const statedCountry = countryCode(authority.country);
    const controllerCountry = countryCode(declaration.controller.country);
    const preferred = [statedCountry, controllerCountry].filter((country) => country !== undefined);
    const resolve = (matches: AuthorityMatch[]): AuthorityMatch[] => {
      if (matches.length <= 1) return matches;
      for (const country of preferred) {
        const own = matches.filter((match) => match.authority.country === country);
        if (own.length > 0) return own;
      }
      return matches;
    };
    const url = authority.url?.trim();
    const byUrl = url ? resolve(findAuthorities(url)) : [];
    // A former name is reported (and fixed to the current name) only where nothing points to
    // another country: supervisoryAuthority.country, the website's authority, or, when neither
    // is given, the controller's country. Otherwise a name that happens to be another country's
    // former name ("Data Protection Commissioner", Ireland until 2018) would be "fixed" to an
    // authority of the wrong country.
    const urlCountries = new Set(byUrl.map((match) => match.authority.country));
    const fitsCountry = (match: AuthorityMatch) => {
      if (match.match !== 'former') return true;
      const country = match.authority.country;
      if (statedCountry !== undefined && statedCountry !== country) return false;
      if (urlCountries.size > 0 && !urlCountries.has(country)) return false;
      if (statedCountry === undefined && urlCountries.size === 0 && controllerCountry !== undefined)
        return controllerCountry === country;
      return true;
    };
    // A generic phrase ("Data Protection Authority", "die zuständige Aufsichtsbehörde") names no
    // authority, even where it is some country's official name or translation (Iceland's and
    // Liechtenstein's English name, Belgium's "Autorité de protection des données"): it counts
    // only for a country the declaration names (the authority's, the controller's, or one where
    // the text's language is official), or as the short form of the one authority of such a
    // country ("Datenschutzbehörde" for an Austrian controller).
    const named = versions.map((version) => {
      const language = version.language !== '' ? version.language : declaration.language;
      // The language tells the country only where the declaration names none (de: DE, AT, LI …).
      const known = new Set(
        preferred.length > 0 || language === undefined ? preferred : countriesForLanguage(language),
      );
      const listed = resolve(findAuthorities(version.text).filter(fitsCountry));
      // An inflected name is looked for in the one country the declaration points to most closely.
      const inflectionCountries =
        statedCountry !== undefined
          ? new Set([statedCountry])
          : urlCountries.size > 0
            ? urlCountries
            : known;
      const matches =
        listed.length > 0 ? listed : inflectedNameMatches(version.text, inflectionCountries);
      if (!isGenericAuthorityPhrase(version.text, language))
        return { ...version, matches, generic: false };
      const ofKnownCountry = matches.filter((match) => known.has(match.authority.country));
      const shortForm =
        ofKnownCountry.length > 0 ? ofKnownCountry : shortFormMatches(version.text, known);
      return { ...version, matches: shortForm, generic: shortForm.length === 0 };
    });

    if (named.every((version) => version.matches.length === 0) && byUrl.length === 0) {
      const generic = named.find((version) => version.generic);
      if (generic !== undefined) {
        report({
          messageId: 'authorityNotNamed',
          data: { article, how: ` ("${generic.text}")` },
          path: generic.path,
        });
      } else {
        reportUnknown(versions[0]!, url);
      }
      return;
    }

    // Art. 77(1) (EEA-NOT-GB, EEA-NOT-CH: V): people may complain to an EEA supervisory
    // authority. A controller in the EEA that names only a non-EEA authority (the ICO, the
    // FDPIC) does not tell them of that right: a warning, as the authority list is mostly S.
    const found = [...named.flatMap((version) => version.matches), ...byUrl];
    const controllerInEea =
      declaration.controller.country === 'EEA' ||
      (controllerCountry !== undefined && isEeaCountry(controllerCountry));
    const outsideOnly =
      found.length > 0 && found.every((match) => !match.authority.eea) ? found[0] : undefined;
    if (outsideOnly !== undefined && controllerInEea) {
      const onlyUrl = named.every((version) => version.matches.length === 0);
      report({
        messageId: 'nonEeaAuthority',
        data: {
          name: currentAuthorityName(outsideOnly.authority),
          country: outsideOnly.authority.country,
          article,
        },
        path: onlyUrl
          ? URL_PATH
          : (named.find((version) => version.matches.length > 0)?.path ?? NAME),
      });
    }

    // A former name counts only after its last valid day (gdpr-reference.md §6.1 "Former name —
    // last day valid"); a former name without a date (unverified) is not reported.
    const isFormer = (match: AuthorityMatch) =>
      match.match === 'former' &&
      match.former?.lastValid !== undefined &&
      match.former.lastValid < today;
    const outdated = named.flatMap((version) => {
      const match = version.matches.find(isFormer);
      return match?.former?.lastValid !== undefined
        ? [{ version, match, former: match.former, lastValid: match.former.lastValid }]
        : [];
    });

    // A former name kept beside the current one, unmarked: "Datainspektionen
    // (Integritetsskyddsmyndigheten)". The whole name is replaced by the current one.
    if (outdated.length === 0) {
      for (const version of named) {
        for (const match of version.matches) {
          if (match.match !== 'current') continue;
          const former = formerNameBeside(version.text, match.authority);
          if (former?.lastValid !== undefined && former.lastValid < today) {
            outdated.push({
              version,
              match: { ...match, match: 'former', former },
              former,
              lastValid: former.lastValid,
            });
            break;
          }
        }
      }
    }

    const first = outdated[0];
    if (first !== undefined) {
      const current = first.match.authority;
      const fix: FixSpec[] = outdated
        .filter((entry) => entry.match.authority === current)
        .map((entry) => ({
          path: entry.version.path,
          value: replacementFor(current, entry.former),
        }));
      if (url && !pointsTo(url, current)) fix.push({ path: URL_PATH, value: current.url });
      report({
        messageId: 'formerName',
        data: {
          former: first.former.name,
          since: dayAfter(first.lastValid),
          current: replacementFor(current, first.former),
          url: current.url,
          article,
        },
        path: first.version.path,
        fix,
        // An error only where the renaming is status V in gdpr-reference.md (SA-SE, SA-AT, SA-NL …).
        ...(current.source.status === 'V' ? {} : { severity: 'warning' as const }),
      });
      return;
    }

    // A former website is reported only where the renaming is status V: the other rows record
    // no former host, and a host from an S row could back a warning only.
    const formerSite = byUrl.find(
      (match) => isFormer(match) && match.authority.source.status === 'V',
    );
    if (
      url &&
      formerSite?.former?.lastValid !== undefined &&
      formerSite.former.host !== undefined
    ) {
      const current = formerSite.authority;
      report({
        messageId: 'formerUrl',
        data: {
          host: formerSite.former.host,
          former: formerSite.former.name,
          since: dayAfter(formerSite.former.lastValid),
          url: current.url,
          article,
        },
        path: URL_PATH,
        fix: { path: URL_PATH, value: current.url },
      });
    }

    function reportUnknown(
      version: { text: string; path: string },
      website: string | undefined,
    ): void {
      const board = normalizeAuthorityName(EDPB.name);
      const isBoard =
        versions.some((v) => normalizeAuthorityName(v.text).includes(board)) ||
        (website !== undefined && EDPB.hosts.some((host) => website.toLowerCase().includes(host)));
      if (isBoard) {
        report({
          messageId: 'notAComplaintAuthority',
          data: { name: EDPB.name, article },
          path: version.path,
        });
        return;
      }
      // The authority list is a third-party reproduction (gdpr-reference.md §6, mostly S) and
      // leaves out sectoral authorities (§6.2: churches, broadcasters): "unknown" is a warning.
      const suggestion = suggest(version.text, statedCountry ?? controllerCountry);
      if (suggestion !== undefined) {
        report({
          messageId: 'unknownAuthoritySuggestion',
          data: { name: version.text, suggestion, article },
          path: version.path,
        });
      } else {
        report({
          messageId: 'unknownAuthority',
          data: { name: version.text, article },
          path: version.path,
        });
      }
    }
  },
});

/**
 * The authorities of the declaration's countries whose full official name the text gives in
 * another grammatical case. After "complain to", inflecting languages
 * put the name in an oblique case (Polish "do Prezesa Urzędu …", Estonian "Andmekaitse
 * Inspektsiooni poole", Czech "Úřadu pro ochranu …", Romanian "Autorității Naționale …"), and
 * notices often drop diacritics: the authority is still named (Art. 13(2)(d) asks only that
 * people learn where to complain). Every word of a name must stand in order in the text; only
 * authorities of a country the declaration names (or its language) are tried, so a near-name
 * never moves a notice to another country's authority.
 */
function inflectedNameMatches(text: string, countries: ReadonlySet<string>): AuthorityMatch[] {
  if (countries.size === 0) return [];
  const words = nameWords(text);
  const meant = SUPERVISORY_AUTHORITIES.filter(
    (authority) =>
      countries.has(authority.country) &&
      authority.names.some((name) => containsNameWords(words, nameWords(name))),
  );
  return meant.map((authority) => ({
    authority,
    match: 'current' as const,
    matchedBy: 'name' as const,
  }));
}

/** A name's or a text's words, folded as the authority table compares them (case and diacritics aside). */
function nameWords(text: string): string[] {
  return foldAuthorityText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

function containsNameWords(text: readonly string[], name: readonly string[]): boolean {
  if (name.length === 0) return false;
  for (let start = 0; start + name.length <= text.length; start++) {
    if (name.every((word, offset) => sameNameWord(word, text[start + offset]!))) return true;
  }
  return false;
}

/**
 * Whether a text word is a name word in another case: words of four letters or more that differ
 * only in an ending of up to three letters ("prezes"/"prezesa", "autoritatea"/"autoritatii",
 * "urad"/"uradu"). Shorter words ("de", "pro", "la") must be equal. A misspelling is not a case
 * ending: it keeps its did-you-mean.
 */
function sameNameWord(name: string, word: string): boolean {
  if (name === word) return true;
  const shorter = Math.min(name.length, word.length);
  const longer = Math.max(name.length, word.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && name[common] === word[common]) common++;
  return common >= Math.max(4, longer - 3);
}

/**
 * The authority a generic-looking text is a short form of: the only authority of a country the
 * declaration names, when the text's words stand together in one of its names and in no other
 * such authority's.
 */
function shortFormMatches(text: string, countries: ReadonlySet<string>): AuthorityMatch[] {
  const only = [...countries].flatMap((country) => {
    const own = SUPERVISORY_AUTHORITIES.filter((authority) => authority.country === country);
    return own.length === 1 ? own : [];
  });
  const meant = only.filter((authority) =>
    authority.names.some((name) => isShortFormOf(text, name)),
  );
  return meant.length === 1
    ? meant.map((authority) => ({
        authority,
        match: 'current' as const,
        matchedBy: 'name' as const,
      }))
    : [];
}

/** The current official name that replaced a former one. */
function replacementFor(authority: SupervisoryAuthorityInfo, former: FormerName): string {
  return currentAuthorityName(authority, authority.formerNames.indexOf(former));
}

/** Whether a website is on one of the authority's current hosts. */
function pointsTo(website: string, authority: SupervisoryAuthorityInfo): boolean {
  return findAuthorities(website).some(
    (match) =>
      match.authority === authority && match.match === 'current' && match.matchedBy === 'host',
  );
}

let allSuggestions: Map<string, string> | undefined;

/** Each current and former name of `authorities`, with the current name to suggest for it. */
function suggestionsFor(authorities: readonly SupervisoryAuthorityInfo[]): Map<string, string> {
  const suggestions = new Map<string, string>();
  for (const authority of authorities) {
    authority.names.forEach((current, position) =>
      suggestions.set(current, currentAuthorityName(authority, position)),
    );
    for (const former of authority.formerNames)
      suggestions.set(former.name, replacementFor(authority, former));
  }
  return suggestions;
}

/**
 * "Did you mean …?": the current name of the authority whose current or former name is closest,
 * among the authorities of `country` (the authority's stated country, else the controller's)
 * when the table has any for it, so that a near miss is never "corrected" to another country.
 */
function suggest(name: string, country: string | undefined): string | undefined {
  const own =
    country === undefined
      ? []
      : SUPERVISORY_AUTHORITIES.filter((authority) => authority.country === country);
  const suggestions =
    own.length > 0
      ? suggestionsFor(own)
      : (allSuggestions ??= suggestionsFor(SUPERVISORY_AUTHORITIES));
  const closest = closestMatch(withoutTrailingParenthesis(name), suggestions.keys());
  return closest === undefined ? undefined : suggestions.get(closest);
}

/** "Name (ABBR)" → "Name", by a scan (a regex here backtracked quadratically on hostile input). */
function withoutTrailingParenthesis(name: string): string {
  const trimmed = name.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf('(');
  return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}
