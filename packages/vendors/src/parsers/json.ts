import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { positionFinder } from '../position.js';
import type {
  Dependency,
  DependencyParse,
  DependencyScope,
  Ecosystem,
  ParseProblem,
  Position,
} from '../types.js';

export interface JsonDocument {
  root: Node | undefined;
  at: (offset: number) => Position;
  problems: ParseProblem[];
}

/** Far deeper than any manifest or lockfile nests, and far within the parser's recursion limit. */
const MAX_NESTING = 256;

/** Where objects and arrays first nest deeper than MAX_NESTING (strings skipped), if they do. */
function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (inString) {
      if (char === '\\') offset++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_NESTING) return offset;
    } else if (char === '}' || char === ']') depth--;
  }
  return undefined;
}

/** JSON with offsets kept; syntax errors become problems rather than exceptions. */
export function parseJson(text: string): JsonDocument {
  const at = positionFinder(text);
  // The parser recurses once per level: nesting no real file has would overflow the stack.
  const deep = tooDeepAt(text);
  if (deep !== undefined)
    return {
      root: undefined,
      at,
      problems: [
        { ...at(deep), message: `Nested more than ${MAX_NESTING} levels deep; not read.` },
      ],
    };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems = errors.slice(0, 1).map((error) => ({
    ...at(error.offset),
    message: `Not valid JSON: ${printParseErrorCode(error.error)}.`,
  }));
  return { root, at, problems };
}

/** The key/value pairs of the object at `path`, in order; nothing when it is not an object. */
export function objectEntries(
  root: Node | undefined,
  path: (string | number)[],
): { key: Node; value: Node }[] {
  const node = root && findNodeAtLocation(root, path);
  if (node?.type !== 'object') return [];
  const entries: { key: Node; value: Node }[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value) entries.push({ key, value });
  }
  return entries;
}

export function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

export function propertyValue(node: Node, name: string): Node | undefined {
  return findNodeAtLocation(node, [name]);
}

/**
 * A JSON manifest (package.json, composer.json): every dependency named in `fields`, at its key.
 * `nameOf` spells a key as the ecosystem compares it, or rejects it (undefined). A name in two
 * fields keeps the first field's scope, so list the fields that ship with the code first.
 */
export function jsonManifestDependencies(
  text: string,
  ecosystem: Ecosystem,
  fields: readonly (readonly [string, DependencyScope])[],
  nameOf: (key: string) => string | undefined = (key) => key,
): DependencyParse {
  const { root, at, problems } = parseJson(text);
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  for (const [field, scope] of fields) {
    for (const { key, value } of objectEntries(root, [field])) {
      const name = nameOf(key.value as string);
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      const version = stringValue(value);
      dependencies.push({
        ecosystem,
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
