import {
  EDPB,
  SUPERVISORY_AUTHORITIES,
  closestMatch,
  currentAuthorityName,
  dayAfter,
  findAuthorities,
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
    description: 'The notice names a supervisory authority people can complain to, by its current name',
    articles: ['13(2)(d)', '14(2)(e)', '77'],
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missingAuthority:
        'The notice does not name the supervisory authority people can complain to. Under {{article}} the notice must tell people of their right to lodge a complaint with a supervisory authority (Art. 77): add supervisoryAuthority with the name and website of the authority, e.g. the one of the country where the controller is established.',
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
    if (authority === undefined) {
      report({ messageId: 'missingAuthority', data: { article }, path: '/supervisoryAuthority' });
      return;
    }
    const versions = textVersions(authority.name)
      .filter(([, text]) => text.trim() !== '')
      .map(([language, text]) => ({ text: text.trim(), path: language === '' ? NAME : joinPointer(NAME, language) }));
    if (versions.length === 0) {
      report({ messageId: 'missingAuthority', data: { article }, path: NAME });
      return;
    }

    // "Datatilsynet" is Denmark's and Norway's: prefer the authority's stated country, then the
    // controller's. Naming another country's authority is not wrong (Art. 77(1): residence, work
    // or place of the infringement), so a match outside those countries is kept, not reported.
    const preferred = [authority.country, declaration.controller.country]
      .filter((country): country is string => country !== undefined && country !== 'EEA' && country !== 'non-EEA')
      .map(normalizeCountryCode);
    const resolve = (matches: AuthorityMatch[]): AuthorityMatch[] => {
      if (matches.length <= 1) return matches;
      for (const country of preferred) {
        const own = matches.filter((match) => match.authority.country === country);
        if (own.length > 0) return own;
      }
      return matches;
    };
    const named = versions.map((version) => ({ ...version, matches: resolve(findAuthorities(version.text)) }));
    const url = authority.url?.trim();
    const byUrl = url ? resolve(findAuthorities(url)) : [];

    if (named.every((version) => version.matches.length === 0) && byUrl.length === 0) {
      reportUnknown(versions[0]!, url);
      return;
    }

    // A former name counts only after its last valid day (gdpr-reference.md §6.1 "Former name —
    // last day valid"); a former name without a date (unverified) is not reported.
    const isFormer = (match: AuthorityMatch) =>
      match.match === 'former' && match.former?.lastValid !== undefined && match.former.lastValid < today;
    const outdated = named.flatMap((version) => {
      const match = version.matches.find(isFormer);
      return match?.former?.lastValid !== undefined ? [{ version, match, former: match.former, lastValid: match.former.lastValid }] : [];
    });

    const first = outdated[0];
    if (first !== undefined) {
      const current = first.match.authority;
      const fix: FixSpec[] = outdated
        .filter((entry) => entry.match.authority === current)
        .map((entry) => ({ path: entry.version.path, value: replacementFor(current, entry.former) }));
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

    const formerSite = byUrl.find(isFormer);
    if (url && formerSite?.former?.lastValid !== undefined && formerSite.former.host !== undefined) {
      const current = formerSite.authority;
      report({
        messageId: 'formerUrl',
        data: { host: formerSite.former.host, former: formerSite.former.name, since: dayAfter(formerSite.former.lastValid), url: current.url, article },
        path: URL_PATH,
        fix: { path: URL_PATH, value: current.url },
        ...(current.source.status === 'V' ? {} : { severity: 'warning' as const }),
      });
    }

    function reportUnknown(version: { text: string; path: string }, website: string | undefined): void {
      const board = normalizeAuthorityName(EDPB.name);
      const isBoard =
        versions.some((v) => normalizeAuthorityName(v.text).includes(board)) ||
        (website !== undefined && EDPB.hosts.some((host) => website.toLowerCase().includes(host)));
      if (isBoard) {
        report({ messageId: 'notAComplaintAuthority', data: { name: EDPB.name, article }, path: version.path });
        return;
      }
      // The authority list is a third-party reproduction (gdpr-reference.md §6, mostly S) and
      // leaves out sectoral authorities (§6.2: churches, broadcasters): "unknown" is a warning.
      const suggestion = suggest(version.text);
      if (suggestion !== undefined) {
        report({ messageId: 'unknownAuthoritySuggestion', data: { name: version.text, suggestion, article }, path: version.path, severity: 'warning' });
      } else {
        report({ messageId: 'unknownAuthority', data: { name: version.text, article }, path: version.path, severity: 'warning' });
      }
    }
  },
});

/** The current official name that replaced a former one. */
function replacementFor(authority: SupervisoryAuthorityInfo, former: FormerName): string {
  return currentAuthorityName(authority, authority.formerNames.indexOf(former));
}

/** Whether a website is on one of the authority's current hosts. */
function pointsTo(website: string, authority: SupervisoryAuthorityInfo): boolean {
  return findAuthorities(website).some((match) => match.authority === authority && match.match === 'current' && match.matchedBy === 'host');
}

let suggestionCandidates: Map<string, string> | undefined;

/** "Did you mean …?": the current name of the authority whose current or former name is closest. */
function suggest(name: string): string | undefined {
  if (!suggestionCandidates) {
    suggestionCandidates = new Map<string, string>();
    for (const authority of SUPERVISORY_AUTHORITIES) {
      authority.names.forEach((current, position) => suggestionCandidates!.set(current, currentAuthorityName(authority, position)));
      for (const former of authority.formerNames) suggestionCandidates.set(former.name, replacementFor(authority, former));
    }
  }
  const closest = closestMatch(withoutTrailingParenthesis(name), suggestionCandidates.keys());
  return closest === undefined ? undefined : suggestionCandidates.get(closest);
}

/** "Name (ABBR)" → "Name", by a scan (a regex here backtracked quadratically on hostile input). */
function withoutTrailingParenthesis(name: string): string {
  const trimmed = name.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf('(');
  return open === -1 ? trimmed : trimmed.slice(0, open).trimEnd();
}
