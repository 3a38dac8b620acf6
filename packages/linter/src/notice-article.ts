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
  const { fromOthers, fromPerson } = originOf(declaration, categoryIds);
  if (fromOthers && !fromPerson) return `Art. ${art14}`;
  if (fromOthers) return `Art. ${art13} and ${art14}`;
  return `Art. ${art13}`;
}

/**
 * Where the data of the concerned categories come from, as citeNotice reads it: `fromPerson`
 * when some are collected from the person (Art. 13), or none of `categoryIds` is declared;
 * `fromOthers` when some are obtained elsewhere (Art. 14). Undefined ids: every declared category.
 */
export function originOf(
  declaration: Declaration,
  categoryIds: readonly string[] | undefined,
): Readonly<Origin> {
  const { sources } = indexOf(declaration);
  if (categoryIds === undefined) return sources.all;
  let concerned = false;
  let fromOthers = false;
  let fromPerson = false;
  for (const id of categoryIds) {
    const found = sources.byId.get(id);
    if (found === undefined) continue;
    concerned = true;
    fromOthers ||= found.fromOthers;
    fromPerson ||= found.fromPerson;
  }
  return { fromOthers, fromPerson: fromPerson || !concerned };
}

/** The data categories of the purposes that disclose to a recipient; undefined (all) when no purpose names it. */
export function categoriesSentTo(
  declaration: Declaration,
  recipientId: string,
): string[] | undefined {
  const index = indexOf(declaration);
  index.sentTo ??= categoriesByRecipient(declaration);
  const categories = index.sentTo.get(recipientId);
  return categories === undefined ? undefined : [...categories];
}

/** Where some data of the concerned categories come from (see citeNotice). */
export interface Origin {
  fromOthers: boolean;
  fromPerson: boolean;
}

/**
 * What citeNotice and categoriesSentTo read from a declaration, gathered once: the rules ask
 * for every purpose and every recipient, and a scan of all categories or all purposes per
 * question made 10,000 purposes cost seconds. A loaded declaration is read, never changed.
 */
interface NoticeIndex {
  sources: { all: Origin; byId: Map<string, Origin> };
  /** Per recipient id: the categories of the purposes that name it, in order of first mention. */
  sentTo?: Map<string, Set<string>>;
}

const INDEXES = new WeakMap<Declaration, NoticeIndex>();

function indexOf(declaration: Declaration): NoticeIndex {
  let index = INDEXES.get(declaration);
  if (index === undefined) {
    const declared = declaration.dataCategories ?? [];
    const byId = new Map<string, Origin>();
    for (const category of declared) {
      const origin = byId.get(category.id) ?? { fromOthers: false, fromPerson: false };
      origin.fromOthers ||= obtainedElsewhere(category);
      origin.fromPerson ||= collectedFromPerson(category);
      byId.set(category.id, origin);
    }
    const all = {
      fromOthers: declared.some(obtainedElsewhere),
      fromPerson: declared.length === 0 || declared.some(collectedFromPerson),
    };
    index = { sources: { all, byId } };
    INDEXES.set(declaration, index);
  }
  return index;
}

function categoriesByRecipient(declaration: Declaration): Map<string, Set<string>> {
  const all = (declaration.dataCategories ?? []).map((category) => category.id);
  const sentTo = new Map<string, Set<string>>();
  for (const purpose of declaration.purposes) {
    for (const recipientId of purpose.recipients ?? []) {
      let categories = sentTo.get(recipientId);
      if (categories === undefined) sentTo.set(recipientId, (categories = new Set()));
      for (const id of purpose.dataCategories ?? all) categories.add(id);
    }
  }
  return sentTo;
}
