import { legalBasisById, type DeviceAccess, type Purpose } from '@privacyspec/schema';
import { defineRule } from '../rule.js';

export type MessageIds =
  'trackingWithoutConsent' | 'analyticsWithoutConsent' | 'preferencesWithoutConsent';

/** The kinds of device access a purpose declares, one value or a list. */
function accessKinds(purpose: Purpose): DeviceAccess[] {
  const value = purpose.deviceAccess;
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value as DeviceAccess];
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export default defineRule<MessageIds>({
  id: 'cookie-consent',
  meta: {
    description:
      "A purpose that stores or reads information on the user's device, other than where strictly necessary, rests on consent",
    articles: ['Directive 2002/58/EC 5(3)', '6(1)(a)'],
    defaultSeverity: 'error',
    messages: {
      trackingWithoutConsent:
        'Purpose "{{purpose}}" stores or reads information on the user\'s device for {{kinds}}, but rests on {{basis}}. Art. 5(3) of the ePrivacy Directive allows that only with the user\'s prior consent, unless it is strictly necessary for a service the user asked for (CJEU C-673/17 Planet49: active consent, not a pre-ticked box), and the processing that follows then rests on consent as well (EDPB Opinion 5/2019): set legalBasis: consent and ask before the access, or, if the access is strictly necessary for the service, declare deviceAccess: strictly-necessary.',
      analyticsWithoutConsent:
        'Purpose "{{purpose}}" stores or reads information on the user\'s device to measure use (analytics), but rests on {{basis}}. Art. 5(3) of the ePrivacy Directive exempts from consent only what is strictly necessary for a service the user asked for, and measuring use is not (CJEU C-673/17 Planet49): set legalBasis: consent and ask before the access. Some Member States exempt first-party audience measurement under strict conditions; if your national law does and you meet them, silence this finding with a reason (# privacyspec-disable-next-line cookie-consent -- …).',
      preferencesWithoutConsent:
        'Purpose "{{purpose}}" stores information on the user\'s device to remember preferences, but rests on {{basis}}. Art. 5(3) of the ePrivacy Directive exempts such storage from consent only when the user asked for the feature (a language or layout the user chose) and it is kept no longer than needed for it (Article 29 Working Party, Opinion 04/2012); otherwise it needs consent: declare deviceAccess: strictly-necessary when the user sets the preference themselves, or set legalBasis: consent.',
    },
    // Storage of a preference the user chose is exempt (WP29 Opinion 04/2012, "user-interface
    // customisation"); whether the user chose it the declaration cannot say, so a notice may
    // lawfully rest it on another basis: only strict asks.
    strictOnly: ['preferencesWithoutConsent'],
    // Art. 5(3) as the Directive words it has no analytics exemption, but it is implemented by
    // national law, and some Member States exempt first-party audience measurement under
    // conditions the declaration cannot show: a warning, not an error.
    cappedAtWarning: { analyticsWithoutConsent: 'always' },
  },
  check({ declaration, report }) {
    declaration.purposes.forEach((purpose, index) => {
      // Consent is what Art. 5(3) asks. No basis at all is a defect of its own under Art. 5(3):
      // nothing shows the consent the access needs (legal-basis-per-purpose reports the missing
      // Art. 13(1)(c) basis beside it).
      if (purpose.legalBasis === 'consent') return;
      const needingConsent = accessKinds(purpose).filter((kind) => kind !== 'strictly-necessary');
      if (needingConsent.length === 0) return;
      const basis =
        purpose.legalBasis === undefined ? undefined : legalBasisById(purpose.legalBasis);
      const data = {
        purpose: purpose.id,
        kinds: joinAnd(needingConsent),
        basis: basis
          ? `${basis.id} (Art. ${basis.article})`
          : (purpose.legalBasis ?? 'no stated legal basis'),
      };
      const path = `/purposes/${index}/legalBasis`;
      if (needingConsent.some((kind) => kind === 'advertising' || kind === 'other')) {
        report({ messageId: 'trackingWithoutConsent', data, path });
      } else if (needingConsent.includes('analytics')) {
        report({ messageId: 'analyticsWithoutConsent', data, path });
      } else {
        report({ messageId: 'preferencesWithoutConsent', data, path });
      }
    });
  },
});
