import {
  allText,
  legalBasisById,
  type Declaration,
  type Provision,
  type Purpose,
} from '@privacyspec/schema';
import { collectedFromPerson, originOf } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  | 'provisionNotStated'
  | 'obligationNotStated'
  | 'consequencesNotStated'
  | 'consentMadeRequired'
  | 'provisionNotStatedSharedData'
  | 'provisionNotStatedOtherBasis';

type Obligation = NonNullable<Provision['obligation']>;

/** The bases on which providing the data is typically required: by the contract (or to enter it) or by law. */
const REQUIRING_BASES: readonly string[] = ['contract', 'legal-obligation'];

const OBLIGATION_WORDS: Readonly<Record<Obligation, string>> = {
  statutory: 'required by law',
  contractual: 'a contractual requirement',
  'contract-entry': 'needed to enter into the contract',
  voluntary: 'voluntary',
};

/**
 * Whether the purpose collects data from the person, so that Art. 13 (and its point (2)(e)) applies:
 * some of its data categories (every declared one when it lists none) come from the person or
 * state no source; a purpose with no declared categories at all is read the same way.
 */
function collectsFromPerson(declaration: Declaration, purpose: Purpose): boolean {
  return originOf(declaration, purpose.dataCategories).fromPerson;
}

/**
 * Whether a legal-obligation purpose collects data of its own: it lists a category from the
 * person that no other purpose uses. Art. 6(1)(c) obliges the controller, not always the person:
 * data collected for a purchase and kept for bookkeeping are provided for the purchase, and
 * 13(2)(e) is answered there. Without a list of categories the rule cannot tell.
 */
function collectsOwnData(
  declaration: Declaration,
  purpose: Purpose,
  purposesUsing: ReadonlyMap<string, number>,
): boolean {
  const declared = declaration.dataCategories ?? [];
  return (purpose.dataCategories ?? []).some((id) => {
    const category = declared.find((entry) => entry.id === id);
    if (category === undefined || !collectedFromPerson(category)) return false;
    return purposesUsing.get(id) === 1; // this purpose alone
  });
}

/** How many purposes list each data category (counted once per purpose): one pass, not one per question. */
function countPurposesUsing(declaration: Declaration): Map<string, number> {
  const counts = new Map<string, number>();
  for (const purpose of declaration.purposes) {
    for (const id of new Set(purpose.dataCategories ?? []))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export default defineRule<MessageIds>({
  id: 'statutory-requirement-stated',
  meta: {
    description:
      'For data collected from the person, the notice says whether providing them is required and what happens if not',
    articles: ['13(2)(e)', '7(4)'],
    // WP260 accepts this information where the data are collected (the form marks the required
    // fields and says what follows), so a notice without it is not in itself unlawful: a warning.
    defaultSeverity: 'warning',
    messages: {
      provisionNotStated:
        'Purpose "{{purpose}}" collects data from the person for {{basis}}, but the notice does not say whether they must provide them. Art. 13(2)(e) requires the notice to say whether providing the data is a statutory or contractual requirement or needed to enter into a contract, whether the person is obliged to provide them, and what happens if they do not: add provision with obligation (statutory, contractual, contract-entry or voluntary) and consequences (e.g. that the order cannot be delivered).',
      obligationNotStated:
        'Purpose "{{purpose}}" says what happens if the person does not provide the data, but not whether providing them is required. Art. 13(2)(e) requires the notice to say whether providing them is a statutory or contractual requirement or needed to enter into a contract, and whether the person is obliged to provide them: add provision.obligation (statutory, contractual, contract-entry or voluntary).',
      consequencesNotStated:
        'Purpose "{{purpose}}" says providing the data is {{obligation}}, but not what happens if the person does not provide them. Art. 13(2)(e) requires the notice to give the possible consequences of failure to provide the data: add provision.consequences (e.g. that the contract cannot be entered into, or that the order cannot be delivered).',
      consentMadeRequired:
        'Purpose "{{purpose}}" rests on consent, but says providing the data is {{obligation}}. Consent is valid only if freely given, which it is not when a contract or service is made conditional on it for data the contract does not need (Art. 4(11), 7(4), Recital 43); data that a law or the contract requires are processed on that basis, not on consent: make providing the data voluntary (provision.obligation: voluntary), or rest the purpose on contract or legal-obligation if the data really are required.',
      provisionNotStatedSharedData:
        'Purpose "{{purpose}}" rests on {{basis}} but does not say whether the person must provide its data. Art. 13(2)(e) asks this for data collected from the person; where this purpose keeps data collected for another purpose (a purchase kept for bookkeeping), the notice answers it at that purpose, but where the law requires the person to provide data (a tax or identity check), say so here: add provision with obligation (statutory, or what applies) and consequences.',
      provisionNotStatedOtherBasis:
        'Purpose "{{purpose}}" collects data from the person for {{basis}} without saying whether they must provide them. Art. 13(2)(e) asks this for all data collected from the person; on this basis providing them is usually voluntary, which a notice may leave implicit, but saying so is clearer: add provision with obligation (e.g. voluntary) and, where something follows from not providing the data, consequences.',
    },
    // On consent, legitimate interests, public task or vital interests the data are seldom
    // required of the person, and a DPO would not reject a notice for not saying "voluntary".
    // A legal obligation on the controller often asks nothing of the person (bookkeeping keeps
    // the purchase's data): unless the purpose collects data of its own, only strict asks.
    strictOnly: ['provisionNotStatedSharedData', 'provisionNotStatedOtherBasis'],
  },
  check({ declaration, report }) {
    let purposesUsing: Map<string, number> | undefined;
    declaration.purposes.forEach((purpose, index) => {
      // No basis: legal-basis-per-purpose reports it. Data only from others: Art. 14 applies,
      // which has no counterpart to 13(2)(e) (gdpr-reference.md §1.1 "Numbering trap").
      if (purpose.legalBasis === undefined || !collectsFromPerson(declaration, purpose)) return;
      const at = `/purposes/${index}/provision`;
      const basis = legalBasisById(purpose.legalBasis);
      const data = {
        purpose: purpose.id,
        basis: basis ? `${basis.id} (Art. ${basis.article})` : purpose.legalBasis,
      };
      const { provision } = purpose;
      const obligation = provision?.obligation;

      if (obligation === undefined) {
        if (!REQUIRING_BASES.includes(purpose.legalBasis)) {
          report({
            messageId: 'provisionNotStatedOtherBasis',
            data,
            path: provision === undefined ? at : `${at}/obligation`,
          });
        } else if (
          provision === undefined &&
          purpose.legalBasis === 'legal-obligation' &&
          !collectsOwnData(
            declaration,
            purpose,
            (purposesUsing ??= countPurposesUsing(declaration)),
          )
        ) {
          report({ messageId: 'provisionNotStatedSharedData', data, path: at });
        } else if (provision === undefined) {
          report({ messageId: 'provisionNotStated', data, path: at });
        } else {
          report({ messageId: 'obligationNotStated', data, path: `${at}/obligation` });
        }
        return;
      }
      const required = obligation !== 'voluntary';
      if (required && purpose.legalBasis === 'consent') {
        report({
          messageId: 'consentMadeRequired',
          data: { ...data, obligation: OBLIGATION_WORDS[obligation] },
          path: `${at}/obligation`,
        });
      }
      if (required && allText(provision?.consequences).trim() === '') {
        report({
          messageId: 'consequencesNotStated',
          data: { ...data, obligation: OBLIGATION_WORDS[obligation] },
          path: `${at}/consequences`,
        });
      }
    });
  },
});
