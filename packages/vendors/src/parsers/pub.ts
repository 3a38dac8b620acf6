import type { Dependency, DependencyParse, DependencyScope } from '../types.js';
import { entries, field, parseYamlFile, scalar } from './yaml-nodes.js';

const MANIFEST_FIELDS: readonly [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['dev_dependencies', 'dev'],
];

/**
 * pubspec.yaml: `dependencies` (runtime) and `dev_dependencies` (dev), each at its key. A
 * dependency on an SDK (`flutter: {sdk: flutter}`) or on a local `path` is not a package from
 * pub; a `git` one still is the package of that name. The version is the constraint as
 * written, bare or under `version:`.
 */
export function parsePubspec(text: string): DependencyParse {
  const { root, at, problems } = parseYamlFile(
    text,
    'pubspec.yaml',
    'Fix the indentation or quoting at this line.',
  );
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (const [fieldName, scope] of MANIFEST_FIELDS) {
    for (const entry of entries(field(root, fieldName))) {
      if (seen.has(entry.name)) continue;
      if (field(entry.value, 'sdk') !== undefined || field(entry.value, 'path') !== undefined)
        continue;
      seen.add(entry.name);
      const version = scalar(entry.value) ?? scalar(field(entry.value, 'version'));
      dependencies.push({
        ecosystem: 'pub',
        name: entry.name,
        ...(version !== undefined ? { version } : {}),
        scope,
        direct: true,
        ...at(entry.offset),
      });
    }
  }
  return { dependencies, problems };
}

/** How pubspec.lock marks each package's `dependency`. */
const LOCK_KINDS = new Map<string, { scope: DependencyScope; direct: boolean }>([
  ['direct main', { scope: 'runtime', direct: true }],
  ['direct dev', { scope: 'dev', direct: true }],
  ['direct overridden', { scope: 'runtime', direct: true }],
  ['transitive', { scope: 'runtime', direct: false }],
]);

/**
 * pubspec.lock: every package under `packages`, at its key, with its locked version. Its
 * `dependency` field says direct or transitive and main or dev; SDK and path packages are
 * not from pub and are left out. A transitive package's scope is not recorded: runtime.
 */
export function parsePubspecLock(text: string): DependencyParse {
  const { root, at, problems } = parseYamlFile(
    text,
    'pubspec.lock',
    'Run `dart pub get` (or `flutter pub get`) to regenerate it.',
  );
  const dependencies: Dependency[] = [];
  for (const entry of entries(field(root, 'packages'))) {
    const source = scalar(field(entry.value, 'source'));
    if (source === 'sdk' || source === 'path') continue;
    const kind = LOCK_KINDS.get(scalar(field(entry.value, 'dependency')) ?? 'transitive');
    const version = scalar(field(entry.value, 'version'));
    dependencies.push({
      ecosystem: 'pub',
      name: entry.name,
      ...(version !== undefined ? { version } : {}),
      scope: kind?.scope ?? 'runtime',
      direct: kind?.direct ?? false,
      ...at(entry.offset),
    });
  }
  return { dependencies, problems };
}
