import { allText, type Text } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingLogic' | 'missingSignificance';

const isBlank = (text: Text | undefined): boolean => allText(text).trim() === '';

export default defineRule<MessageIds>({
  id: 'automated-decision-info',
  meta: {
    description: 'An automated decision comes with its logic and its significance for the person',
    articles: ['13(2)(f)', '14(2)(g)', '22'],
    defaultSeverity: 'error',
    messages: {
      missingLogic:
        'Purpose "{{purpose}}" makes an automated decision but does not explain its logic. The notice must give meaningful information about the logic involved ({{article}}): describe in automatedDecision.logic which data the decision uses and how they lead to the outcome, in words the person can follow (the algorithm itself is not needed).',
      missingSignificance:
        'Purpose "{{purpose}}" makes an automated decision but does not say what it means for the person. The notice must give its significance and envisaged consequences ({{article}}): describe in automatedDecision.significance what the decision can lead to for the person (for example a refused credit or a higher price).',
    },
  },
  check({ declaration, report }) {
    declaration.purposes.forEach((purpose, index) => {
      const decision = purpose.automatedDecision;
      if (decision === undefined) return;
      // Art. 14(2)(g) when every data category of the purpose comes from someone other than the
      // person; no dataCategories list: the purpose may concern every declared category.
      const article = citeNotice(declaration, purpose.dataCategories, '13(2)(f)', '14(2)(g)');
      const at = `/purposes/${index}/automatedDecision`;
      if (isBlank(decision.logic)) {
        report({
          messageId: 'missingLogic',
          data: { purpose: purpose.id, article },
          path: `${at}/logic`,
        });
      }
      if (isBlank(decision.significance)) {
        report({
          messageId: 'missingSignificance',
          data: { purpose: purpose.id, article },
          path: `${at}/significance`,
        });
      }
    });
  },
});
