import {
  findUnnamedStatute,
  findVaguePhrase,
  hasNamedRetentionAnchor,
  joinPointer,
  statesEndEvent,
  textVersions,
} from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'vagueCriteria' | 'unnamedStatute';

export default defineRule<MessageIds>({
  id: 'retention-specific',
  meta: {
    description:
      'Retention criteria are concrete enough to work out the period, not "as long as necessary"',
    articles: ['13(2)(a)', '14(2)(a)'],
    // gdpr-reference.md#WP-RETENTION (wording U) and §7.1 VAG-* (heuristics, recorded as S): a warning.
    defaultSeverity: 'warning',
    messages: {
      unnamedStatute:
        'Purpose "{{id}}" keeps its data for a period set by law ("{{phrase}}") without naming the law, and gives no period or end event. Under {{article}} the notice must give the storage period or criteria that determine it, and a statute nobody can identify lets nobody work the period out (WP260): name the statute (e.g. the accounting act and its section) and, better, the period it sets (retention.duration, from the event it runs from).',
      vagueCriteria:
        'Purpose "{{id}}" keeps its data "{{phrase}}" and gives no period, named statute or end event to work the period out from. Under {{article}} the notice must give the storage period or criteria that determine it, and "as long as necessary" lets nobody work it out (WP260): state a duration with the event it runs from (e.g. retention.duration P24M, from the end of the contract), name the statute that fixes it, or name the event it ends at (e.g. until the account is closed).',
    },
  },
  check({ declaration, report }) {
    declaration.purposes.forEach((purpose, index) => {
      const { retention } = purpose;
      if (retention?.criteria === undefined) return;
      // A `duration` is the ISO 8601 anchor of §7.1 for this very retention statement: the period
      // is stated, and the criteria only add to it.
      if (retention.duration !== undefined && retention.duration.trim() !== '') return;
      const article = citeNotice(declaration, purpose.dataCategories, '13(2)(a)', '14(2)(a)');
      const criteriaPath = `/purposes/${index}/retention/criteria`;
      for (const [language, text] of textVersions(retention.criteria)) {
        // A plain string is in the declaration's language; a map says each version's language.
        // That language's list is tried first, then every other EEA language's (notices mix
        // languages: an English sentence in a Danish notice is still vague).
        const found = findVaguePhrase(text, language !== '' ? language : declaration.language);
        // With no such phrase, criteria that rest only on a statute they do not name ("gesetzliche
        // Aufbewahrungsfristen", "normativa vigente") are as vague (§7.1: a bare statute is no anchor).
        const unnamed = found === undefined ? findUnnamedStatute(text) : undefined;
        // An anchor fixes the period; an end event the person knows ("until the contract ends")
        // bounds it. Either makes the criteria concrete enough to work the period out.
        if (
          (found === undefined && unnamed === undefined) ||
          hasNamedRetentionAnchor(text) ||
          statesEndEvent(text)
        )
          continue;
        report({
          messageId: found !== undefined ? 'vagueCriteria' : 'unnamedStatute',
          data: { id: purpose.id, phrase: found?.phrase ?? unnamed ?? '', article },
          path: language !== '' ? joinPointer(criteriaPath, language) : criteriaPath,
        });
      }
    });
  },
});
