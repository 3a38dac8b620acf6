import type { Dependency, DependencyParse, DependencyScope } from '../types.js';
import {
  jsonManifestDependencies,
  objectEntries,
  parseJson,
  propertyValue,
  stringValue,
} from './json.js';

/** The fields of package.json that name dependencies, and what each means for the shipped code. */
const MANIFEST_FIELDS: readonly [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];

/**
 * package.json: every dependency the project names, at its key. optionalDependencies are also
 * listed in dependencies by npm; the first field wins.
 */
export function parsePackageJson(text: string): DependencyParse {
  return jsonManifestDependencies(text, 'npm', MANIFEST_FIELDS);
}

/**
 * package-lock.json / npm-shrinkwrap.json, lockfile versions 2 and 3 (the `packages` map).
 * A package is direct when the root entry names it; npm marks dev-only packages with `dev`,
 * optional-only ones with `optional`, and those both a dev and an optional path need with
 * `devOptional`.
 */
export function parsePackageLock(text: string): DependencyParse {
  const { root, at, problems } = parseJson(text);
  const packages = objectEntries(root, ['packages']);
  if (root && packages.length === 0 && objectEntries(root, ['dependencies']).length > 0) {
    problems.push({
      line: 1,
      column: 1,
      message:
        'This package-lock.json is lockfile version 1, which has no "packages" map; run `npm install` with npm 7 or later to upgrade it.',
    });
  }
  const rootEntry = packages.find((entry) => entry.key.value === '')?.value;
  const directScope = new Map<string, DependencyScope>();
  if (rootEntry) {
    for (const [field, scope] of MANIFEST_FIELDS) {
      for (const { key } of objectEntries(rootEntry, [field]))
        if (!directScope.has(key.value as string)) directScope.set(key.value as string, scope);
    }
  }
  const dependencies: Dependency[] = [];
  for (const { key, value } of packages) {
    const path = key.value as string;
    const marker = path.lastIndexOf('node_modules/');
    if (marker === -1 || value.type !== 'object' || propertyValue(value, 'link')?.value === true)
      continue;
    const name =
      stringValue(propertyValue(value, 'name')) ?? path.slice(marker + 'node_modules/'.length);
    const topLevel = marker === 0;
    const direct = topLevel && directScope.has(name);
    // `devOptional` marks a package that a dev dependency needs and an optional dependency of
    // the shipped code needs too: it ships wherever optional dependencies install, so it is
    // optional, not dev-only.
    const scope: DependencyScope = direct
      ? directScope.get(name)!
      : propertyValue(value, 'dev')?.value === true
        ? 'dev'
        : propertyValue(value, 'optional')?.value === true ||
            propertyValue(value, 'devOptional')?.value === true
          ? 'optional'
          : propertyValue(value, 'peer')?.value === true
            ? 'peer'
            : 'runtime';
    const version = stringValue(propertyValue(value, 'version'));
    dependencies.push({
      ecosystem: 'npm',
      name,
      ...(version !== undefined ? { version } : {}),
      scope,
      direct,
      ...at(key.offset + 1),
    });
  }
  return { dependencies, problems };
}
