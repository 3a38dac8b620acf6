import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Dependency, DependencyParse, DependencyScope } from '../types.js';
import { field, parseYamlFile } from './yaml-nodes.js';
import { optionValues, readRubyDsl } from './ruby-dsl.js';

/** A pod as Podfile.lock writes it: `Name/Subspec (1.0)` or `Name (from \`…\`)`. */
function readPod(entry: string): { name: string; version?: string } | undefined {
  const space = entry.indexOf(' ');
  const full = space === -1 ? entry : entry.slice(0, space);
  // A subspec ships inside its pod: `Firebase/Analytics` is the pod `Firebase`.
  const name = full.split('/')[0]!;
  if (name === '') return undefined;
  const rest = space === -1 ? '' : entry.slice(space + 1);
  const version =
    rest.startsWith('(') && rest.endsWith(')') && !rest.startsWith('(from ')
      ? rest.slice(1, -1)
      : undefined;
  return { name, ...(version ? { version } : {}) };
}

/** The items of a YAML sequence as pod strings at their offsets; a `- Pod (1.0):` map item by its key. */
function podItems(node: unknown): { text: string; offset: number }[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item) => {
    const scalar = isMap(item) ? item.items[0]?.key : item;
    return isScalar(scalar) && typeof scalar.value === 'string'
      ? [{ text: scalar.value, offset: (scalar as Node).range?.[0] ?? 0 }]
      : [];
  });
}

/**
 * Podfile.lock: every pod under PODS with its locked version, at its line; those named under
 * DEPENDENCIES (what the Podfile asks for) are direct. Subspecs count as their pod. The
 * lockfile does not say which target a pod serves, so every pod is taken as runtime.
 */
export function parsePodfileLock(text: string): DependencyParse {
  const { root, at, problems } = parseYamlFile(
    text,
    'Podfile.lock',
    'Run `pod install` to regenerate it.',
  );
  const direct = new Set(
    podItems(field(root, 'DEPENDENCIES')).flatMap((item) => readPod(item.text)?.name ?? []),
  );
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (const item of podItems(field(root, 'PODS'))) {
    const pod = readPod(item.text);
    if (!pod || seen.has(pod.name)) continue;
    seen.add(pod.name);
    dependencies.push({
      ecosystem: 'cocoapods',
      name: pod.name,
      ...(pod.version ? { version: pod.version } : {}),
      scope: 'runtime',
      direct: direct.has(pod.name),
      // A quoted entry starts at its quote; the name is one further.
      ...at(item.offset + (text[item.offset] === '"' || text[item.offset] === "'" ? 1 : 0)),
    });
  }
  return { dependencies, problems };
}

/** A target named like a test bundle (`AppTests`, `AppUITests`) builds no shipped code. */
function targetScope(name: string, outside: DependencyScope): DependencyScope {
  return /tests?$/i.test(name) ? 'test' : outside;
}

/**
 * Podfile: each `pod 'Name'` line, at the name; a subspec counts as its pod. Pods inside a test
 * target (`target 'AppTests'`) are test; pods limited to the Debug configuration are dev.
 */
export function parsePodfile(text: string): DependencyParse {
  return readRubyDsl(text, {
    fileName: 'Podfile',
    ecosystem: 'cocoapods',
    keyword: 'pod',
    blockScope: ([first, second], outside) =>
      (first?.text === 'target' || first?.text === 'abstract_target') && second?.kind === 'string'
        ? targetScope(second.text, outside)
        : outside,
    lineScope: (tokens, block) => {
      const configurations = optionValues(tokens, ['configuration', 'configurations']);
      const debugOnly =
        configurations.length > 0 && configurations.every((value) => /debug/i.test(value));
      return debugOnly && block === 'runtime' ? 'dev' : block;
    },
    packageName: (written) => written.split('/')[0]!.trim(),
  });
}
