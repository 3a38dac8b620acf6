import type { DependencyParse, DependencyScope } from '../types.js';
import { jsonManifestDependencies } from './json.js';

/** The fields of composer.json that name packages, and what each means for the shipped code. */
const MANIFEST_FIELDS: readonly [string, DependencyScope][] = [
  ['require', 'runtime'],
  ['require-dev', 'dev'],
];

/**
 * composer.json: every package the project requires, at its key. Names without a `vendor/`
 * part are platform requirements (`php`, `ext-curl`, `lib-icu`, `composer-plugin-api`), not
 * packages, and are left out. Composer compares names case-insensitively, so they are
 * lower-cased. A package in both fields ships with the code: `require` wins.
 */
export function parseComposerJson(text: string): DependencyParse {
  return jsonManifestDependencies(text, 'composer', MANIFEST_FIELDS, (key) =>
    key.includes('/') ? key.toLowerCase() : undefined,
  );
}
