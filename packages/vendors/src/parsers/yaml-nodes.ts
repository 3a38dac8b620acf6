import { isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml';
import { positionFinder } from '../position.js';
import type { ParseProblem, Position } from '../types.js';

/** A key of a YAML map with its value and the offset the key starts at. */
export interface YamlEntry {
  name: string;
  value: unknown;
  offset: number;
}

/** The scalar-keyed entries of a YAML map; anything else has none. */
export function entries(node: unknown): YamlEntry[] {
  if (!isMap(node)) return [];
  return (node as YAMLMap<unknown, unknown>).items.flatMap((pair) =>
    isScalar(pair.key)
      ? [
          {
            name: String(pair.key.value),
            value: pair.value,
            offset: (pair.key as Node).range?.[0] ?? 0,
          },
        ]
      : [],
  );
}

/** The value at `name` in a YAML map. */
export function field(node: unknown, name: string): unknown {
  return entries(node).find((entry) => entry.name === name)?.value;
}

/** A scalar node's value as text; undefined for null and non-scalars. */
export function scalar(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

/**
 * A YAML file's root node and its first syntax error as a positioned problem telling the
 * reader how to regenerate the file (`fix`). yaml recovers after an error, so what it could
 * read is still returned.
 */
export function parseYamlFile(
  text: string,
  fileName: string,
  fix: string,
): { root: unknown; at: (offset: number) => Position; problems: ParseProblem[] } {
  const document = parseDocument(text, { uniqueKeys: false });
  const at = positionFinder(text);
  const problems = document.errors.slice(0, 1).map((error) => {
    // The position is given separately, so yaml's own ` at line 3, column 1:` goes.
    const summary = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '');
    return { ...at(error.pos[0]), message: `${fileName} is not valid YAML: ${summary}. ${fix}` };
  });
  return { root: document.contents, at, problems };
}
