import { collectedFromPerson, obtainedElsewhere, type Declaration } from '@privacyspec/schema';

/**
 * The Art. 13 / Art. 14 provision a finding cites. Art. 13 applies to data collected from the
 * person, Art. 14 to data obtained elsewhere, and the two number some items differently
 * (gdpr-reference.md §1.1 "Numbering trap"): a data category whose sources include `data-subject`
 * (or that states none) counts for Art. 13, any other source for Art. 14; one with both counts for both.
 *
 * `categoryIds` are the data categories the finding concerns (e.g. a purpose's); undefined means
 * every declared category (for items that concern the whole notice, such as the DPO). Ids that
 * are not declared are ignored (references-resolve reports them).
 *
 * Returns e.g. "Art. 13(1)(d)", "Art. 14(2)(b)" or "Art. 13(1)(d) and 14(2)(b)".
 */
export function citeNotice(
  declaration: Declaration,
  categoryIds: readonly string[] | undefined,
  art13: string,
  art14: string,
): string {
  const declared = declaration.dataCategories ?? [];
  const concerned =
    categoryIds === undefined ? declared : declared.filter((category) => categoryIds.includes(category.id));
  const fromOthers = concerned.some(obtainedElsewhere);
  const fromPerson = concerned.length === 0 || concerned.some(collectedFromPerson);
  if (fromOthers && !fromPerson) return `Art. ${art14}`;
  if (fromOthers) return `Art. ${art13} and ${art14}`;
  return `Art. ${art13}`;
}

/** The data categories of the purposes that disclose to a recipient; undefined (all) when no purpose names it. */
export function categoriesSentTo(declaration: Declaration, recipientId: string): string[] | undefined {
  const purposes = declaration.purposes.filter((purpose) => purpose.recipients?.includes(recipientId));
  if (purposes.length === 0) return undefined;
  const all = (declaration.dataCategories ?? []).map((category) => category.id);
  return [...new Set(purposes.flatMap((purpose) => purpose.dataCategories ?? all))];
}
