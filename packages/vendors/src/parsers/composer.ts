import type { Dependency, DependencyParse, DependencyScope } from '../types.js';
import { objectEntries, parseJson, stringValue } from './json.js';

/** The fields of composer.json that name packages, and what each means for the shipped code. */
const MANIFEST_FIELDS: readonly [string, DependencyScope][] = [
  ['require', 'runtime'],
  ['require-dev', 'dev'],
];

/**
 * composer.json: every package the project requires, at its key. Names without a `vendor/`
 * part are platform requirements (`php`, `ext-curl`, `lib-icu`, `composer-plugin-api`), not
 * packages, and are left out. Composer compares names case-insensitively, so they are lower-cased.
 */
export function parseComposerJson(text: string): DependencyParse {
  const { root, at, problems } = parseJson(text);
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (const [field, scope] of MANIFEST_FIELDS) {
    for (const { key, value } of objectEntries(root, [field])) {
      const name = (key.value as string).toLowerCase();
      // A package in both fields ships with the code: `require` is read first and wins.
      if (!name.includes('/') || seen.has(name)) continue;
      seen.add(name);
      const version = stringValue(value);
      dependencies.push({
        ecosystem: 'composer',
        name,
        ...(version !== undefined ? { version } : {}),
        scope,
        direct: true,
        ...at(key.offset + 1),
      });
    }
  }
  return { dependencies, problems };
}
