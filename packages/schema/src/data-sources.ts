import type { DataCategory, DataSource } from './generated/declaration.js';

/** The sources of a data category as a list: `source` may be one source or several. */
export function sourceEntries(category: Pick<DataCategory, 'source'>): readonly DataSource[] {
  const { source } = category;
  if (source === undefined) return [];
  return Array.isArray(source) ? source : [source as DataSource];
}

/**
 * Whether some of the category's data are collected from the person (Art. 13): its sources
 * include `data-subject`, or it states none, as a reader takes a notice that says nothing.
 */
export function collectedFromPerson(category: Pick<DataCategory, 'source'>): boolean {
  const entries = sourceEntries(category);
  return entries.length === 0 || entries.includes('data-subject');
}

/** Whether some of the category's data come from elsewhere (Art. 14): a source other than `data-subject`. */
export function obtainedElsewhere(category: Pick<DataCategory, 'source'>): boolean {
  return sourceEntries(category).some((entry) => entry !== 'data-subject');
}
