import type { DataCategory, Declaration } from '@privacyspec/schema';

type StatedSource = NonNullable<DataCategory['source']>;
/** One source of a data category: `data-subject`, `public` or `{thirdParty, public?}`. */
export type SourceEntry = Exclude<StatedSource, readonly unknown[]>;

const isSourceList = (
  source: StatedSource | readonly SourceEntry[],
): source is readonly SourceEntry[] => Array.isArray(source);

/**
 * The sources a data category states, as a list (empty when it states none): `source` is one
 * source or a list of them (`[data-subject, {thirdParty: …}]`).
 */
export function sourcesOf(category: Pick<DataCategory, 'source'>): readonly SourceEntry[] {
  const source: StatedSource | readonly SourceEntry[] | undefined = category.source;
  if (source === undefined) return [];
  return isSourceList(source) ? source : [source];
}

/**
 * Whether some of a category's data are collected from the person (Art. 13): a `data-subject`
 * source, or no source stated, which a reader takes as data the person gives.
 */
export function collectedFromPerson(category: Pick<DataCategory, 'source'>): boolean {
  const sources = sourcesOf(category);
  return sources.length === 0 || sources.includes('data-subject');
}

/** Whether some of a category's data come from someone other than the person (Art. 14). */
export function obtainedElsewhere(category: Pick<DataCategory, 'source'>): boolean {
  return sourcesOf(category).some((source) => source !== 'data-subject');
}

/**
 * The Art. 13 / Art. 14 provision a finding cites. Art. 13 applies to data collected from the
 * person, Art. 14 to data obtained elsewhere, and the two number some items differently
 * (gdpr-reference.md §1.1 "Numbering trap"): a data category whose `source` is or lists
 * `data-subject` (or is not stated) counts for Art. 13, any other source for Art. 14.
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
    categoryIds === undefined
      ? declared
      : declared.filter((category) => categoryIds.includes(category.id));
  const fromOthers = concerned.some(obtainedElsewhere);
  const fromPerson = concerned.length === 0 || concerned.some(collectedFromPerson);
  if (fromOthers && !fromPerson) return `Art. ${art14}`;
  if (fromOthers) return `Art. ${art13} and ${art14}`;
  return `Art. ${art13}`;
}

/** The data categories of the purposes that disclose to a recipient; undefined (all) when no purpose names it. */
export function categoriesSentTo(
  declaration: Declaration,
  recipientId: string,
): string[] | undefined {
  const purposes = declaration.purposes.filter((purpose) =>
    purpose.recipients?.includes(recipientId),
  );
  if (purposes.length === 0) return undefined;
  const all = (declaration.dataCategories ?? []).map((category) => category.id);
  return [...new Set(purposes.flatMap((purpose) => purpose.dataCategories ?? all))];
}
