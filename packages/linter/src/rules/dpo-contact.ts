import { allText } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingContact';

export default defineRule<MessageIds>({
  id: 'dpo-contact',
  meta: {
    description: 'A declared data protection officer can be contacted',
    articles: ['13(1)(b)', '14(1)(b)'],
    defaultSeverity: 'error',
    messages: {
      missingContact:
        'The notice declares a data protection officer but gives no way to reach them. Under {{article}} the notice must give the contact details of the DPO, and a name alone is not a contact detail: add dpo.email, dpo.phone or dpo.address.',
    },
  },
  check({ declaration, report }) {
    const { dpo } = declaration;
    if (dpo === undefined) return; // No DPO designated (Art. 37): nothing to give.
    const contacts = [dpo.email, dpo.phone, allText(dpo.address)];
    if (!contacts.some((contact) => contact !== undefined && contact.trim() !== '')) {
      report({
        messageId: 'missingContact',
        data: { article: citeNotice(declaration, undefined, '13(1)(b)', '14(1)(b)') },
        path: '/dpo',
      });
    }
  },
});
