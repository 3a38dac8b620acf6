import { entries, field, parseYamlFile, scalar } from './yaml-nodes.js';
import type { Dependency, DependencyParse, DependencyScope } from '../types.js';

const IMPORTER_FIELDS: readonly [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

/**
 * `/name@1.0.0(peer@2)` (v6), `name@1.0.0` (v9) or `/name/1.0.0_peer@2+other@3` (v5) → name and
 * version. A name holds no `@` or `/` after its scope, so the first one after the scope ends it:
 * searching the whole key for `@` would cut a v5 key inside its peer suffix.
 */
function splitPackageKey(key: string): { name: string; version: string } | undefined {
  const bare = cutAtFirst(key.startsWith('/') ? key.slice(1) : key, '(');
  const nameStart = bare.startsWith('@') ? bare.indexOf('/') + 1 : 0;
  if (bare.startsWith('@') && nameStart === 0) return undefined;
  const nameLength = cutAtFirst(bare.slice(nameStart), '@/').length;
  const end = nameStart + nameLength;
  if (nameLength === 0 || end === bare.length) return undefined;
  // Version 5 appends peers to the version with `_`; names may hold `_`, versions may not.
  return { name: bare.slice(0, end), version: cutAtFirst(bare.slice(end + 1), '_') };
}

/**
 * pnpm-lock.yaml (lockfile versions 5 to 9): the importers' dependencies are direct; the
 * `packages` entries are transitive. Version 9 drops the `dev` flag, so a transitive package
 * is runtime when the `snapshots` graph reaches it from a runtime or optional dependency.
 */
export function parsePnpmLock(text: string): DependencyParse {
  const { root, at, problems } = parseYamlFile(
    text,
    'pnpm-lock.yaml',
    'Run `pnpm install` to regenerate it.',
  );
  const importers = field(root, 'importers');
  // Before lockfile version 6 with a single project, the root is the only importer.
  const projects = importers ? entries(importers).map((entry) => entry.value) : [root];
  const dependencies: Dependency[] = [];
  const directNames = new Set<string>();
  const reachable: string[] = [];
  for (const project of projects) {
    // Before version 6 the ranges sit in a `specifiers` map, and the resolved version carries
    // the peer suffix (`47.2.0_eslint@8.14.0`): the range is what package.json says.
    const specifiers = field(project, 'specifiers');
    for (const [fieldName, scope] of IMPORTER_FIELDS) {
      for (const entry of entries(field(project, fieldName))) {
        const resolved = scalar(entry.value) ?? scalar(field(entry.value, 'version'));
        const specifier =
          scalar(field(entry.value, 'specifier')) ??
          scalar(field(specifiers, entry.name)) ??
          resolved;
        directNames.add(entry.name);
        if (scope !== 'dev' && resolved !== undefined) reachable.push(`${entry.name}@${resolved}`);
        dependencies.push({
          ecosystem: 'npm',
          name: entry.name,
          ...(specifier !== undefined ? { version: specifier } : {}),
          scope,
          direct: true,
          ...at(entry.offset),
        });
      }
    }
  }
  const snapshots = field(root, 'snapshots');
  const runtimeKeys = snapshots ? reachableSnapshots(snapshots, reachable) : undefined;
  for (const entry of entries(field(root, 'packages'))) {
    const parsed = splitPackageKey(entry.name);
    if (!parsed || directNames.has(parsed.name)) continue;
    let scope: DependencyScope;
    if (runtimeKeys)
      scope = runtimeKeys.has(`${parsed.name}@${parsed.version}`) ? 'runtime' : 'dev';
    else if (scalar(field(entry.value, 'dev')) === 'true') scope = 'dev';
    else scope = scalar(field(entry.value, 'optional')) === 'true' ? 'optional' : 'runtime';
    dependencies.push({
      ecosystem: 'npm',
      name: parsed.name,
      version: parsed.version,
      scope,
      direct: false,
      ...at(entry.offset),
    });
  }
  return { dependencies, problems };
}

/** Every snapshot reached from `start` (keys `name@version(peers)`), as `name@version` without peers. */
function reachableSnapshots(snapshots: unknown, start: string[]): Set<string> {
  const graph = new Map<string, string[]>();
  for (const entry of entries(snapshots)) {
    const next = ['dependencies', 'optionalDependencies'].flatMap((name) =>
      entries(field(entry.value, name)).map(
        (child) => `${child.name}@${scalar(child.value) ?? ''}`,
      ),
    );
    graph.set(entry.name, next);
  }
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(graph.get(key) ?? []));
  }
  return new Set([...seen].map((key) => cutAtFirst(key, '(')));
}

/** The text before the first of `stops` (indexOf, so linear on any key). */
function cutAtFirst(text: string, stops: string): string {
  let end = text.length;
  for (const stop of stops) {
    const index = text.indexOf(stop);
    if (index !== -1 && index < end) end = index;
  }
  return text.slice(0, end);
}
