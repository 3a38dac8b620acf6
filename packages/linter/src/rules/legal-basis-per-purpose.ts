import { allText, LEGAL_BASES, legalBasisById, parseArticle6Citation } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingLegalBasis' | 'missingStatute';

export default defineRule<MessageIds>({
  id: 'legal-basis-per-purpose',
  meta: {
    description: 'Every purpose states its Art. 6(1) legal basis, and a basis in law names the law',
    articles: ['13(1)(c)', '14(1)(c)', '6(1)', '6(3)'],
    defaultSeverity: 'error',
    // Art. 13(1)(c) asks for the legal basis, which legalBasis gives; naming the statute that
    // imposes the obligation or the task is guidance, as for the Art. 9(2) points that rest on law.
    strictOnly: ['missingStatute'],
    messages: {
      missingLegalBasis:
        'Purpose "{{purpose}}" has no legal basis. Under {{article}} the notice must give the legal basis of each purpose, and Art. 6(1) allows processing only on one of its six bases: add legalBasis ({{bases}}).',
      missingStatute:
        'Purpose "{{purpose}}" relies on {{basis}} (Art. {{citation}}) but does not name the law it rests on. Art. 6(3) requires this basis to be laid down by Union or Member State law, and under {{article}} the notice must give the legal basis: add legalObligation with the statute (and, where possible, the provision) that imposes the obligation or the task.',
    },
  },
  check({ declaration, report }) {
    const bases = LEGAL_BASES.map((basis) => basis.id).join(', ');
    declaration.purposes.forEach((purpose, index) => {
      // No dataCategories list: the purpose may concern every declared category.
      const article = citeNotice(declaration, purpose.dataCategories, '13(1)(c)', '14(1)(c)');
      if (purpose.legalBasis === undefined) {
        // An Art. 6(1) citation in `article` does state the basis; legal-basis-article-matches
        // asks for the matching legalBasis there, so this rule does not report it twice.
        if (purpose.article !== undefined && parseArticle6Citation(purpose.article) !== undefined)
          return;
        report({
          messageId: 'missingLegalBasis',
          data: { purpose: purpose.id, article, bases },
          path: `/purposes/${index}/legalBasis`,
        });
        return;
      }
      // Art. 6(3): the bases whose companion field is a statute (6(1)(c) and (e)).
      const basis = legalBasisById(purpose.legalBasis);
      if (
        basis?.companionField === 'legalObligation' &&
        allText(purpose.legalObligation).trim() === ''
      ) {
        report({
          messageId: 'missingStatute',
          data: { purpose: purpose.id, basis: basis.id, citation: basis.article, article },
          path: `/purposes/${index}/legalObligation`,
        });
      }
    });
  },
});
