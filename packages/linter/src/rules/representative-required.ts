import {
  allText,
  isOutsideEea,
  isUnclassifiedTerritory,
  normalizeCountryCode,
} from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  'missingRepresentative' | 'representativeOutsideEea' | 'representativeNotIdentified';

/**
 * Whether a declared country is in the EEA. `EEA` and `non-EEA` are the declaration's own words
 * for a location that the notice does not narrow down to a country (schema `country`).
 */
export default defineRule<MessageIds>({
  id: 'representative-required',
  meta: {
    description: 'A controller established outside the EEA names its representative in the EEA',
    articles: ['27', '13(1)(a)', '14(1)(a)'],
    defaultSeverity: 'error',
    cappedAtWarning: { missingRepresentative: 'always' },
    messages: {
      missingRepresentative:
        "The controller is established outside the EEA ({{country}}) and the notice names no representative. When the GDPR applies to it through Art. 3(2) (it offers goods or services to people in the EEA or monitors their behaviour), Art. 27 requires it to designate a representative established in the EEA, and under {{article}} the notice must give the representative's identity and contact details: add `representative` with its name, country and e-mail or address. Only an Art. 27(2) exemption (occasional processing that is unlikely to be a risk and includes no large-scale special-category or criminal-offence data, or a public authority) makes one unnecessary.",
      representativeOutsideEea:
        'The representative is established outside the EEA ({{country}}). Art. 27(3) requires the representative to be established in a Member State where the people whose data are processed are: designate a representative in the EEA and give its country.',
      representativeNotIdentified:
        'The representative is declared without {{missing}}. Under {{article}} the notice must give the identity and the contact details of the representative: add representative.name and at least one of representative.email, representative.phone or representative.address.',
    },
  },
  check({ declaration, report }) {
    const { controller, representative } = declaration;
    const article = citeNotice(declaration, undefined, '13(1)(a)', '14(1)(a)');

    // Art. 27(1): only a controller not established in the Union needs one. Without a country
    // the declaration cannot tell, so it says nothing; nor for a territory the reference does
    // not classify (RE, AX …: §5.1, unverified).
    const country = controller.country?.trim();
    if (
      country !== undefined &&
      country !== '' &&
      !isUnclassifiedTerritory(country) &&
      isOutsideEea(normalizeCountryCode(country)) &&
      (representative === undefined || representative === null)
    ) {
      // The declaration cannot show whether Art. 3(2) applies or an Art. 27(2) exemption holds:
      // a warning, which strict makes an error.
      report({
        messageId: 'missingRepresentative',
        data: { country, article },
        path: '/representative',
      });
    }

    if (representative === undefined || representative === null) return;

    const representativeCountry = representative.country?.trim();
    if (
      representativeCountry !== undefined &&
      representativeCountry !== '' &&
      !isUnclassifiedTerritory(representativeCountry) &&
      isOutsideEea(normalizeCountryCode(representativeCountry))
    ) {
      report({
        messageId: 'representativeOutsideEea',
        data: { country: representativeCountry },
        path: '/representative/country',
      });
    }

    const hasName = allText(representative.name).trim() !== '';
    const contacts = [representative.email, representative.phone, allText(representative.address)];
    const hasContact = contacts.some((contact) => contact !== undefined && contact.trim() !== '');
    if (!hasName || !hasContact) {
      const missing =
        !hasName && !hasContact
          ? 'a name or contact details'
          : !hasName
            ? 'a name'
            : 'contact details';
      report({
        messageId: 'representativeNotIdentified',
        data: { missing, article },
        path: '/representative',
      });
    }
  },
});
