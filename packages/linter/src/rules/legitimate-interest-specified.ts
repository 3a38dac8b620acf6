import { genericLegitimateInterestStatus, legalBasisById, textVersions } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingInterest' | 'genericInterest';

export default defineRule<MessageIds>({
  id: 'legitimate-interest-specified',
  meta: {
    description: 'A purpose based on legitimate interests states the interest pursued',
    articles: ['13(1)(d)', '14(2)(b)', '6(1)(f)'],
    defaultSeverity: 'error',
    cappedAtWarning: { genericInterest: 'by-case' },
    messages: {
      missingInterest:
        'Purpose "{{purpose}}" relies on legitimate interests (Art. {{citation}}) but does not say which interest. Under {{article}} the notice must state the legitimate interests pursued by the controller or a third party: add legitimateInterest with the specific interest (what the processing is meant to achieve, and for whom).',
      genericInterest:
        'Purpose "{{purpose}}" gives "{{text}}" as its legitimate interest, which only names the legal basis. Under {{article}} the notice must state the interest itself, so that people can weigh it and object under Art. 21: replace it with the specific interest (what the processing is meant to achieve, and for whom).',
    },
  },
  check({ declaration, report }) {
    declaration.purposes.forEach((purpose, index) => {
      if (purpose.legalBasis === undefined) return;
      const basis = legalBasisById(purpose.legalBasis);
      if (basis?.companionField !== 'legitimateInterest') return;
      const path = `/purposes/${index}/legitimateInterest`;
      // No dataCategories list: the purpose may concern every declared category.
      const article = citeNotice(declaration, purpose.dataCategories, '13(1)(d)', '14(2)(b)');
      const versions = textVersions(purpose.legitimateInterest).filter(
        ([, value]) => value.trim() !== '',
      );
      if (versions.length === 0) {
        report({
          messageId: 'missingInterest',
          data: { purpose: purpose.id, citation: basis.article, article },
          path,
        });
        return;
      }
      // Every language version is a notice to its readers: each must state the interest.
      for (const [language, value] of versions) {
        // A phrase only the S lists have (nb, da, de, fr, nl) may back a warning, not an error
        // (gdpr-reference.md §0); sv and en phrases, identifiers and citations are V.
        const status = genericLegitimateInterestStatus(value);
        if (status !== undefined) {
          report({
            messageId: 'genericInterest',
            data: { purpose: purpose.id, text: value.trim(), article },
            path: language === '' ? path : `${path}/${language}`,
            ...(status === 'V' ? {} : { severity: 'warning' as const }),
          });
        }
      }
    });
  },
});
