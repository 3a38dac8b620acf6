import {
  formatGdprPointCitation,
  LEGAL_BASES,
  legalBasisById,
  legalBasisByLetter,
  parseArt9Citation,
  parseArticle6Citation,
  parseGdprParagraphCitation,
  parseGdprPointCitation,
} from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  | 'mismatch'
  | 'basisMissing'
  | 'notArticle6'
  | 'unreadableArticle'
  | 'pointNotCited'
  | 'art9CitedAsBasis';

/** "6(1)(a)–6(1)(f)", from the reference table, for messages. */
const ARTICLE_6_POINTS = `${LEGAL_BASES[0]?.article ?? ''}–${LEGAL_BASES.at(-1)?.article ?? ''}`;

export default defineRule<MessageIds>({
  id: 'legal-basis-article-matches',
  meta: {
    description: 'The article a purpose cites is the Art. 6(1) point of its legal basis',
    articles: ['6(1)', '13(1)(c)', '14(1)(c)'],
    defaultSeverity: 'error',
    cappedAtWarning: { unreadableArticle: 'always' },
    // "Art. 6(1) GDPR" without its point contradicts no basis: Art. 13(1)(c) asks for the basis,
    // which legalBasis gives, not for a citation. Naming the point is a nudge.
    strictOnly: ['pointNotCited'],
    messages: {
      mismatch:
        'Purpose "{{purpose}}" cites Art. {{cited}} ({{citedBasis}}) but its legal basis is {{basis}}, which is Art. {{expected}}. Each Art. 6(1) point is a different basis with different conditions and rights: correct article or legalBasis so that both name the basis the processing really rests on.',
      basisMissing:
        'Purpose "{{purpose}}" cites Art. {{cited}}, which is the legal basis {{citedBasis}}, but has no legalBasis: add legalBasis: {{citedBasis}} (or correct the article if another basis applies).',
      notArticle6:
        'Purpose "{{purpose}}" cites "{{article}}" (Art. {{cited}}) as its legal basis, which is not a point of Art. 6(1) ({{range}}). Under {{notice}} the notice must give the Art. 6(1) basis of each purpose: cite the point of the basis relied on, written e.g. as 6(1)(x) or "art. 6.1 x", or remove article.',
      unreadableArticle:
        'PrivacySpec could not read "{{article}}", the article purpose "{{purpose}}" cites as its legal basis, as a point of Art. 6(1) ({{range}}). Under {{notice}} the notice must give the Art. 6(1) basis of each purpose: write it as 6(1)(x), e.g. 6(1)(b) or "Art. 6 Abs. 1 lit. b DSGVO", so that the basis can be checked, or remove article.',
      pointNotCited:
        'Purpose "{{purpose}}" cites "{{article}}", Art. 6(1) as a whole, without the point of the basis it rests on. Under {{notice}} the notice must give the Art. 6(1) basis of each purpose; legalBasis does, and a citation of the point (6(1)(a)–6(1)(f)) lets readers check it: cite the point, e.g. 6(1)(b), or remove article.',
      art9CitedAsBasis:
        'Purpose "{{purpose}}" cites "{{article}}" as its legal basis, but that is an Art. 9(2) condition, not an Art. 6(1) basis. Processing special-category data needs both an Art. 6(1) basis and an Art. 9(2) condition: move the condition to specialCategoryCondition and cite the Art. 6(1) point of the basis in article.',
    },
  },
  check({ declaration, report }) {
    const range = ARTICLE_6_POINTS;
    declaration.purposes.forEach((purpose, index) => {
      const { article } = purpose;
      if (article === undefined || article.trim() === '') return;
      const path = `/purposes/${index}/article`;
      const letter = parseArticle6Citation(article);
      const cited = letter === undefined ? undefined : legalBasisByLetter(letter);
      if (cited === undefined) {
        const data = { purpose: purpose.id, article: article.trim() };
        // No dataCategories list: the purpose may concern every declared category.
        const notice = citeNotice(declaration, purpose.dataCategories, '13(1)(c)', '14(1)(c)');
        const other = parseGdprPointCitation(article);
        const paragraph = other === undefined ? parseGdprParagraphCitation(article) : undefined;
        if (parseArt9Citation(article) !== undefined) {
          report({ messageId: 'art9CitedAsBasis', data, path });
        } else if (paragraph?.article === 6 && paragraph.paragraph === 1) {
          report({ messageId: 'pointNotCited', data: { ...data, notice }, path });
        } else if (other !== undefined) {
          // A citation of another provision (6(1)(g), 6(2)(a), 16(1)(a)): certainly not an Art. 6(1) basis.
          report({
            messageId: 'notArticle6',
            data: { ...data, cited: formatGdprPointCitation(other), range, notice },
            path,
          });
        } else {
          // Text the citation reader does not understand may still be a correct citation in a style
          // it does not know: it cannot be checked, which is a warning, not an error.
          report({
            messageId: 'unreadableArticle',
            data: { ...data, range, notice },
            path,
            severity: 'warning',
          });
        }
        return;
      }
      if (purpose.legalBasis === undefined) {
        report({
          messageId: 'basisMissing',
          data: { purpose: purpose.id, cited: cited.article, citedBasis: cited.id },
          path: `/purposes/${index}/legalBasis`,
        });
        return;
      }
      const basis = legalBasisById(purpose.legalBasis);
      if (basis !== undefined && basis.letter !== cited.letter) {
        report({
          messageId: 'mismatch',
          data: {
            purpose: purpose.id,
            cited: cited.article,
            citedBasis: cited.id,
            basis: basis.id,
            expected: basis.article,
          },
          path,
        });
      }
    });
  },
});
