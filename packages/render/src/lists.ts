import type { DataCategory, DataSource } from '@privacyspec/schema';

/** A category's `source` as a list (it may be one source or several). */
export function sourceList(category: DataCategory): DataSource[] {
  const source = category.source;
  if (source === undefined) return [];
  return Array.isArray(source) ? [...source] : [source as DataSource];
}

/** A field that holds one value or a list of them (country, mechanism, deviceAccess), as a list. */
export function asList<T>(value: T | readonly T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}
