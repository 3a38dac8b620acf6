import { categoriesSentTo, citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'countryNotNamed' | 'countryNotStated';

export default defineRule<MessageIds>({
  id: 'third-country-named',
  meta: {
    description: 'A transfer outside the EEA names the countries the data go to',
    articles: ['13(1)(f)', '14(1)(f)'],
    // gdpr-reference.md#WP-TRANSFER (S) "name the third countries": a warning.
    defaultSeverity: 'warning',
    // A recipient without country: nothing says the data leave the EEA, and a reader of the
    // notice takes them to stay; only strict asks where each recipient processes the data.
    strictOnly: ['countryNotStated'],
    messages: {
      countryNotNamed:
        'Recipient "{{id}}" sends data outside the EEA without naming the countries (country: non-EEA). Under {{article}} the notice must tell people about the transfer to a third country, and WP260 asks that the countries be named, so that people can tell whether an adequacy decision covers them: replace non-EEA with the ISO codes of the countries (e.g. US, IN).',
      countryNotStated:
        'Recipient "{{id}}" does not say where it processes the data. If they go outside the EEA, {{article}} requires the notice to say so, with the adequacy decision or safeguard relied on: add country (ISO codes such as SE or US, or EEA) so that the transfer rules can be checked.',
    },
  },
  check({ declaration, report }) {
    (declaration.recipients ?? []).forEach((recipient, index) => {
      const { country } = recipient;
      const article = citeNotice(
        declaration,
        categoriesSentTo(declaration, recipient.id),
        '13(1)(f)',
        '14(1)(f)',
      );
      if (country === undefined) {
        report({
          messageId: 'countryNotStated',
          data: { id: recipient.id, article },
          path: `/recipients/${index}`,
        });
        return;
      }
      const entries = Array.isArray(country) ? country : [country];
      const position = entries.indexOf('non-EEA');
      if (position < 0) return;
      const path = Array.isArray(country)
        ? `/recipients/${index}/country/${position}`
        : `/recipients/${index}/country`;
      report({ messageId: 'countryNotNamed', data: { id: recipient.id, article }, path });
    });
  },
});
