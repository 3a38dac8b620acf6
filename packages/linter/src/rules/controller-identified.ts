import { allText } from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingName' | 'missingContact';

export default defineRule<MessageIds>({
  id: 'controller-identified',
  meta: {
    description: 'The controller is named and can be contacted',
    articles: ['13(1)(a)', '14(1)(a)'],
    defaultSeverity: 'error',
    messages: {
      missingName:
        'The notice does not name the controller. Under {{article}} the notice must give its identity: add controller.name with the legal name of the company or authority.',
      missingContact:
        'The notice gives no way to contact the controller. Under {{article}} the notice must give its contact details: add controller.email, controller.phone or controller.address.',
    },
  },
  check({ declaration, report }) {
    const { controller } = declaration;
    // The controller's identity concerns the whole notice: Art. 14(1)(a) when no data come from the person.
    const article = citeNotice(declaration, undefined, '13(1)(a)', '14(1)(a)');
    if (allText(controller.name).trim() === '') {
      report({ messageId: 'missingName', data: { article }, path: '/controller/name' });
    }
    // A website alone is not a contact detail: people need somewhere to send a request.
    const contacts = [controller.email, controller.phone, allText(controller.address)];
    if (!contacts.some((contact) => contact !== undefined && contact.trim() !== '')) {
      report({ messageId: 'missingContact', data: { article }, path: '/controller' });
    }
  },
});
