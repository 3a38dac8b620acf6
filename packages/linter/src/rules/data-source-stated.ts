import { genericSourceStatus, isGenericSource, textVersions } from '@privacyspec/schema';
import { sourcesOf } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'blankSource' | 'genericSource' | 'sourceNotStated';

export default defineRule<MessageIds>({
  id: 'data-source-stated',
  meta: {
    description: 'Data not collected from the person say where they come from',
    articles: ['14(2)(f)'],
    defaultSeverity: 'error',
    cappedAtWarning: { genericSource: 'by-case' },
    // A category that states no source is read as collected from the person (Art. 13), as a
    // reader reads a notice that says nothing about the origin: only strict asks for the fact.
    strictOnly: ['sourceNotStated'],
    messages: {
      blankSource:
        'Data category "{{category}}" comes from a third party, but thirdParty is empty. Art. 14(2)(f) requires the notice to say from which source data not collected from the person originate: name the source (the company, authority or register), or at least its kind, sector and whether it is in the EU.',
      genericSource:
        'Data category "{{category}}" says only that it comes from "{{text}}", which names no source: it merely repeats that the data were not collected from the person. Art. 14(2)(f) requires the notice to say from which source they originate: name the source (the company, authority or register), or at least its kind, sector and whether it is in the EU.',
      sourceNotStated:
        'Data category "{{category}}" does not say where the data come from, so a reader takes them as collected from the person. If they are not, Art. 14(2)(f) requires the notice to name their source and whether it is publicly accessible: add source: {thirdParty: …, public: true|false}. If they are, write source: data-subject.',
    },
  },
  check({ declaration, report }) {
    (declaration.dataCategories ?? []).forEach((category, index) => {
      const at = `/dataCategories/${index}/source`;
      const sources = sourcesOf(category);
      if (sources.length === 0) {
        report({ messageId: 'sourceNotStated', data: { category: category.id }, path: at });
        return;
      }
      const listed = Array.isArray(category.source);
      sources.forEach((source, position) => {
        // `data-subject`: Art. 13, which asks for no source. `public`, or a third party marked
        // public: publicly accessible sources, which is what 14(2)(f) asks "if applicable";
        // naming the register is WP-SOURCE guidance (U).
        if (typeof source === 'string' || source.public === true) return;
        const path = `${listed ? `${at}/${position}` : at}/thirdParty`;
        const versions = textVersions(source.thirdParty)
          .map(([, value]) => value.trim())
          .filter((value) => value !== '');
        if (versions.length === 0) {
          report({ messageId: 'blankSource', data: { category: category.id }, path });
          return;
        }
        if (versions.every(isGenericSource)) {
          // The phrase lists of sv and en are status V; the other languages' lists are S
          // (gdpr-reference.md §0: S may back a warning only): an error only when a V list has one
          // of the phrases, a warning when only S lists do.
          const backed = versions.some((value) => genericSourceStatus(value) === 'V');
          report({
            messageId: 'genericSource',
            data: { category: category.id, text: versions[0] ?? '' },
            path,
            ...(backed ? {} : { severity: 'warning' as const }),
          });
        }
      });
    });
  },
});
