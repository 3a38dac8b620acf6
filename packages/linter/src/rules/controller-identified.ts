import { allText } from '@privacyspec/schema';
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
        'The notice does not name the controller. Art. 13(1)(a) requires its identity: add controller.name with the legal name of the company or authority.',
      missingContact:
        'The notice gives no way to contact the controller. Art. 13(1)(a) requires contact details: add controller.email, controller.phone or controller.address.',
    },
  },
  check({ declaration, report }) {
    const { controller } = declaration;
    if (allText(controller.name).trim() === '') {
      report({ messageId: 'missingName', path: '/controller/name' });
    }
    // A website alone is not a contact detail: people need somewhere to send a request.
    const contacts = [controller.email, controller.phone, allText(controller.address)];
    if (!contacts.some((contact) => contact !== undefined && contact.trim() !== '')) {
      report({ messageId: 'missingContact', path: '/controller' });
    }
  },
});
