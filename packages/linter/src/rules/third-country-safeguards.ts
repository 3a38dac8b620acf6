import {
  ADEQUACY_DECISIONS,
  INVALIDATED_MECHANISMS,
  adequacyFor,
  countryEntries,
  coversRecipient,
  isInternationalOrganisation,
  isOutsideEea,
  isUnclassifiedTerritory,
  mechanismById,
  type AdequacyDecision,
  type Recipient,
} from '@privacyspec/schema';
import { categoriesSentTo, citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  | 'noMechanism'
  | 'invalidMechanism'
  | 'noAdequacyDecision'
  | 'adequacyNeedsCertification'
  | 'adequacyOutOfScope'
  | 'adequacyScopeUnstated'
  | 'adequacyCountryNotNamed'
  | 'mechanismWrongCountry'
  | 'missingCopyReference'
  | 'unspecifiedDerogation';

export default defineRule<MessageIds>({
  id: 'third-country-safeguards',
  meta: {
    description:
      'Every recipient outside the EEA has a valid transfer mechanism that the notice states truthfully',
    articles: ['13(1)(f)', '14(1)(f)', '44–49'],
    defaultSeverity: 'error',
    // Cases the declaration cannot decide, or that Art. 13(1)(f) does not ask for: see the docs page.
    strictOnly: [
      'adequacyNeedsCertification',
      'adequacyScopeUnstated',
      'adequacyCountryNotNamed',
      'unspecifiedDerogation',
    ],
    messages: {
      noMechanism:
        'Recipient "{{id}}" receives personal data outside the EEA ({{where}}), but the notice names no transfer mechanism. Under {{article}} the notice must say whether an adequacy decision exists (Art. 45) or which safeguard (Art. 46, 47) or derogation (Art. 49) the transfer relies on: add transfer.mechanism.',
      invalidMechanism:
        'Recipient "{{id}}" relies on "{{mechanism}}" ({{instrument}}), which has been invalid since {{since}} ({{judgment}}). Naming it tells people their data are protected by an instrument that no longer exists ({{article}}, Art. 44): remove it and name the mechanism relied on today{{replacement}}.',
      noAdequacyDecision:
        'Recipient "{{id}}" claims an adequacy decision for {{country}}, but the Commission has no adequacy decision in force for {{country}} on {{today}} (Art. 45). Under {{article}} the notice must state truthfully whether one exists: remove "adequacy" and name the safeguard (Art. 46, 47) or derogation (Art. 49) actually relied on.',
      adequacyNeedsCertification:
        'Recipient "{{id}}" claims an adequacy decision for {{country}}, but the decision for {{country}} ({{decision}}) covers {{scope}}. Write mechanism "{{mechanism}}" if "{{id}}" is certified, otherwise name the Art. 46 safeguard relied on ({{article}}).',
      adequacyOutOfScope:
        'Recipient "{{id}}" is a public authority in {{country}}, but the adequacy decision for {{country}} ({{decision}}) covers {{scope}}, which a public authority is not. Under {{article}} the notice must state truthfully whether an adequacy decision covers the transfer: name the safeguard relied on instead (e.g. public-authority-instrument or public-authority-arrangement between public bodies, Art. 46(2)(a), 46(3)(b)) or the Art. 49 derogation.',
      adequacyScopeUnstated:
        'Recipient "{{id}}" relies on the adequacy decision for {{country}} ({{decision}}), which covers {{scope}}, not public authorities, and the declaration does not say what "{{id}}" is. Add role (processor, controller or joint-controller; public-authority for a public body) so that the scope can be checked ({{article}}).',
      adequacyCountryNotNamed:
        'Recipient "{{id}}" claims an adequacy decision but names no country (country: non-EEA). Adequacy decisions are made per country (Art. 45(1)), so the notice cannot tell people whether one exists where their data go ({{article}}): name the countries in the recipient\'s country, or the safeguard relied on where no decision exists.',
      mechanismWrongCountry:
        'Recipient "{{id}}" relies on "{{mechanism}}" for {{country}}, but "{{mechanism}}" is an adequacy decision for {{validFor}} only ({{decision}}). Name a mechanism that covers {{country}} ({{article}}).',
      missingCopyReference:
        'Recipient "{{id}}" relies on {{mechanisms}}, but the notice does not say how to get a copy. Under {{article}} the notice must give "the means by which to obtain a copy of them or where they have been made available": add transfer.copyAt (a web page with the safeguards or one that says how to request a copy, or an e-mail address to request it from).',
      unspecifiedDerogation:
        'Recipient "{{id}}" relies on an Art. 49 derogation without saying which. The derogations of Art. 49(1) differ in what people must be told and agree to ({{article}}): replace "derogation" with the one relied on, e.g. explicit-consent or contract-performance.',
    },
  },
  check({ declaration, today, report }) {
    (declaration.recipients ?? []).forEach((recipient, index) => {
      const base = `/recipients/${index}`;
      const { named, unnamed } = destinations(recipient);
      // Inside the EEA, no country stated, or only territories the reference does not classify.
      const outside = named.length > 0 || unnamed;
      const article = citeNotice(
        declaration,
        categoriesSentTo(declaration, recipient.id),
        '13(1)(f)',
        '14(1)(f)',
      );
      const id = recipient.id;

      const value = recipient.transfer?.mechanism;
      const mechanisms: string[] =
        value === undefined ? [] : Array.isArray(value) ? [...value] : [value];
      const mechanismPath = (mechanism: string) =>
        Array.isArray(value)
          ? `${base}/transfer/mechanism/${mechanisms.indexOf(mechanism)}`
          : `${base}/transfer/mechanism`;

      // (a) No mechanism at all: gdpr-reference.md#INF-TRANSFER (V).
      if (outside && mechanisms.length === 0) {
        const where = [
          ...named.map(placeName),
          ...(unnamed ? ['countries it does not name'] : []),
        ].join(', ');
        const path =
          recipient.transfer === undefined ? `${base}/transfer` : `${base}/transfer/mechanism`;
        report({ messageId: 'noMechanism', data: { id, where, article }, path });
        return;
      }

      // (e) An invalidated instrument (INV-*, V) is reported even beside valid ones, and whatever
      // the recipient's country (none, EEA only): the notice still tells people something false.
      const decisions = new Map<string, AdequacyDecision | undefined>(
        named.map((country) => [country, adequacyFor(country, today)]),
      );
      for (const mechanism of mechanisms) {
        if (mechanismById(mechanism)?.kind !== 'invalid') continue;
        const invalidated = INVALIDATED_MECHANISMS.find((entry) => entry.mechanism === mechanism);
        if (invalidated === undefined || today < invalidated.invalidSince) continue;
        const certified = named
          .map((country) => decisions.get(country))
          .find((decision) => decision?.requiresMechanism !== undefined);
        const needed = certified?.requiresMechanism;
        const replacement = !outside
          ? ', if any (a recipient that receives the data only inside the EEA needs none)'
          : certified === undefined || needed === undefined
            ? ', e.g. an Art. 46 safeguard with transfer.copyAt'
            : mechanisms.includes(needed)
              ? ` (the notice already names "${needed}")`
              : `: "${needed}" if "${id}" is certified under ${certified.decision}, otherwise an Art. 46 safeguard with transfer.copyAt`;
        report({
          messageId: 'invalidMechanism',
          data: {
            id,
            mechanism,
            instrument: invalidated.instruments.map((instrument) => instrument.decision).join(', '),
            since: invalidated.invalidSince,
            judgment: invalidated.judgment
              ? `CJEU ${invalidated.judgment.case}, ${invalidated.judgment.name}`
              : invalidated.reason,
            replacement,
            article,
          },
          path: mechanismPath(mechanism),
        });
      }

      if (!outside) return;
      const valid = mechanisms.filter((mechanism) => mechanismById(mechanism)?.kind !== 'invalid');
      if (valid.length === 0) return;
      const otherSafeguard = valid.some((mechanism) =>
        ['safeguard', 'derogation'].includes(mechanismById(mechanism)?.kind ?? ''),
      );
      // A country "has adequacy" when a decision is in force on `today` that needs nothing more;
      // the US decision needs the recipient's certification (requiresMechanism: dpf). A decision
      // whose scope leaves out the recipient's role (a public authority in CA, JP, US) does not
      // cover it; an unstated role is given the benefit of the doubt (strict asks for it).
      const inScope = (country: string) => {
        const decision = decisions.get(country);
        return decision !== undefined && coversRecipient(decision, recipient.role) !== false;
      };
      const plainAdequacy = (country: string) =>
        inScope(country) && decisions.get(country)?.requiresMechanism === undefined;
      const viaOwnMechanism = (country: string) => {
        const needed = decisions.get(country)?.requiresMechanism;
        return needed !== undefined && valid.includes(needed) && inScope(country);
      };
      const scopeData = (country: string, decision: AdequacyDecision) => ({
        id,
        country,
        decision: decision.decision,
        scope: lowerFirst(decision.scope),
        article,
      });
      const anyAdequate = named.some(plainAdequacy);

      // (b), (c) "adequacy" claimed. With several countries the claim may concern only some of
      // them; a country without a decision is then fine if another mechanism covers it.
      if (valid.includes('adequacy')) {
        const path = mechanismPath('adequacy');
        for (const country of named) {
          const decision = decisions.get(country);
          if (plainAdequacy(country) || viaOwnMechanism(country)) {
            // A named certification (dpf) already says the recipient is in the decision's scope.
            if (
              decision !== undefined &&
              decision.requiresMechanism === undefined &&
              coversRecipient(decision, recipient.role) === undefined
            ) {
              report({
                messageId: 'adequacyScopeUnstated',
                data: scopeData(country, decision),
                path,
              });
            }
            continue;
          }
          if (anyAdequate && otherSafeguard) continue;
          if (decision !== undefined && !inScope(country)) {
            report({ messageId: 'adequacyOutOfScope', data: scopeData(country, decision), path });
          } else if (decision?.requiresMechanism !== undefined) {
            report({
              messageId: 'adequacyNeedsCertification',
              data: {
                id,
                country,
                decision: decision.decision,
                scope: lowerFirst(decision.scope),
                mechanism: decision.requiresMechanism,
                article,
              },
              path,
            });
          } else {
            report({
              messageId: 'noAdequacyDecision',
              data: { id, country: placeName(country), today, article },
              path,
            });
          }
        }
        if (unnamed && !(anyAdequate && otherSafeguard)) {
          report({ messageId: 'adequacyCountryNotNamed', data: { id, article }, path });
        }
      }

      // (d) A country-specific adequacy mechanism (dpf: the US decision) used for another country.
      for (const mechanism of valid) {
        if (mechanism === 'adequacy' || mechanismById(mechanism)?.kind !== 'adequacy') continue;
        const inForce = ADEQUACY_DECISIONS.filter(
          (decision) =>
            decision.requiresMechanism === mechanism &&
            adequacyFor(decision.country, today) === decision,
        );
        const fits = (country: string) => decisions.get(country)?.requiresMechanism === mechanism;
        const anyFits = named.some(fits);
        for (const country of named) {
          const decision = decisions.get(country);
          if (fits(country) && decision !== undefined && !inScope(country)) {
            report({
              messageId: 'adequacyOutOfScope',
              data: scopeData(country, decision),
              path: mechanismPath(mechanism),
            });
            continue;
          }
          if (fits(country)) continue;
          const coveredOtherwise =
            (valid.includes('adequacy') && plainAdequacy(country)) || otherSafeguard;
          if (anyFits && coveredOtherwise) continue;
          report({
            messageId: 'mechanismWrongCountry',
            data: {
              id,
              mechanism,
              country,
              validFor:
                inForce.map((decision) => decision.country).join(', ') || `no country on ${today}`,
              decision:
                inForce.map((decision) => decision.decision).join(', ') || 'no decision in force',
              article,
            },
            path: mechanismPath(mechanism),
          });
        }
      }

      // (f) Art. 46/47 safeguards and the 49(1) second-subparagraph derogation: where to get a copy.
      const needsCopy = valid.filter(
        (mechanism) => mechanismById(mechanism)?.needsCopyReference === true,
      );
      const copyAt = recipient.transfer?.copyAt;
      if (needsCopy.length > 0 && (copyAt === undefined || copyAt.trim() === '')) {
        const mechanismList = needsCopy
          .map(
            (mechanism) => `"${mechanism}" (Art. ${mechanismById(mechanism)?.provision ?? '46'})`,
          )
          .join(', ');
        report({
          messageId: 'missingCopyReference',
          data: { id, mechanisms: mechanismList, article },
          path: `${base}/transfer/copyAt`,
        });
      }

      // (g) gdpr-reference.md §5.4: an unspecified Art. 49 derogation, "since 49(1)(a)–(g) differ
      // in what must be told"; 13(1)(f) asks for no safeguard reference for them: strict only.
      if (valid.includes('derogation')) {
        report({
          messageId: 'unspecifiedDerogation',
          data: { id, article },
          path: mechanismPath('derogation'),
        });
      }
    });
  },
});

/**
 * Countries outside the EEA a recipient's data go to (normalised, EL→GR, UK→GB), and whether
 * `non-EEA` is listed. Territories the reference does not classify (RE, AX …: §5.1, unverified)
 * are left out: no finding either way.
 */
function destinations(recipient: Recipient): { named: string[]; unnamed: boolean } {
  const outside = countryEntries(recipient.country)
    .filter((entry) => !isUnclassifiedTerritory(entry))
    .filter(isOutsideEea);
  return {
    named: outside.filter((entry) => entry !== 'non-EEA'),
    unnamed: outside.includes('non-EEA'),
  };
}

/** A country code as it stands, an international organisation (`intl:WHO`) in words. */
function placeName(entry: string): string {
  return isInternationalOrganisation(entry)
    ? `the international organisation ${entry.slice(entry.indexOf(':') + 1)}`
    : entry;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
