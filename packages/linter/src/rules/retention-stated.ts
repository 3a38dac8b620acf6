import { allText, durationExceedsYears } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingRetention' | 'noPeriodOrCriteria' | 'periodBeyondLifetime';

/** No personal data outlive this many years as a stated period: longer is a typo or "forever". */
const MAX_YEARS = 100;

export default defineRule<MessageIds>({
  id: 'retention-stated',
  meta: {
    description: 'Every purpose says how long its data are kept, or the criteria that decide it',
    articles: ['13(2)(a)', '14(2)(a)'],
    defaultSeverity: 'error',
    messages: {
      missingRetention:
        'Purpose "{{id}}" does not say how long its data are kept. Under {{article}} the notice must give the storage period or, if no fixed period is possible, the criteria used to determine it: add retention.duration (with retention.from) or retention.criteria.',
      noPeriodOrCriteria:
        'Purpose "{{id}}" has a retention entry with neither a period nor criteria{{fromNote}}. Under {{article}} the notice must give the storage period or, if no fixed period is possible, the criteria used to determine it: add retention.duration or retention.criteria.',
      periodBeyondLifetime:
        'Purpose "{{id}}" keeps its data for more than {{years}} years, which states no real storage period under {{article}} (Art. 5(1)(e) allows storage only as long as the purpose needs it). Correct retention.duration; if the data are kept indefinitely, e.g. archived in the public interest (Art. 89(1)), say so in retention.criteria instead.',
    },
  },
  check({ declaration, report }) {
    declaration.purposes.forEach((purpose, index) => {
      // gdpr-reference.md#INF-RETENTION (V): required always, per purpose.
      const article = citeNotice(declaration, purpose.dataCategories, '13(2)(a)', '14(2)(a)');
      const path = `/purposes/${index}/retention`;
      const { retention } = purpose;
      if (retention === undefined) {
        report({ messageId: 'missingRetention', data: { id: purpose.id, article }, path });
        return;
      }
      const hasDuration = retention.duration !== undefined && retention.duration.trim() !== '';
      if (hasDuration && durationExceedsYears(retention.duration!.trim(), MAX_YEARS)) {
        report({
          messageId: 'periodBeyondLifetime',
          data: { id: purpose.id, article, years: String(MAX_YEARS) },
          path: `${path}/duration`,
        });
      }
      const hasCriteria = allText(retention.criteria).trim() !== '';
      if (!hasDuration && !hasCriteria) {
        // `from` alone says when the clock starts, not for how long it runs.
        const fromNote =
          allText(retention.from).trim() !== ''
            ? ' (retention.from says when the period starts, not how long it runs)'
            : '';
        report({
          messageId: 'noPeriodOrCriteria',
          data: { id: purpose.id, article, fromNote },
          path,
        });
      }
    });
  },
});
