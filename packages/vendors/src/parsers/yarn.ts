import { linesOf } from '../position.js';
import type { Dependency, DependencyParse } from '../types.js';

/** `"@scope/name@npm:^1.0.0"` or `name@^1.0.0` → the package name. */
function descriptorName(descriptor: string): string {
  const unquoted = descriptor.trim().replace(/^"|"$/g, '');
  const at = unquoted.indexOf('@', 1);
  return at === -1 ? unquoted : unquoted.slice(0, at);
}

/**
 * yarn.lock, classic (v1) and berry: a line-by-line scan. Each block starts with an
 * unindented line of descriptors ending in `:`, and its indented `version` line gives the
 * resolved version. A lockfile cannot tell direct from transitive or dev from runtime, so
 * every entry is transitive runtime; package.json says which are direct.
 */
export function parseYarnLock(text: string): DependencyParse {
  const dependencies: Dependency[] = [];
  let current: Dependency | undefined;
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    lineNumber++;
    if (line.text === '' || line.text.startsWith('#')) continue;
    if (!line.text.startsWith(' ')) {
      current = undefined;
      if (!line.text.endsWith(':') || line.text.startsWith('__metadata')) continue;
      const descriptors = line.text.slice(0, -1).split(',');
      // Workspace packages are the project itself, not a dependency.
      if (descriptors.some((descriptor) => descriptor.includes('@workspace:'))) continue;
      const name = descriptorName(descriptors[0]!);
      if (name === '') continue;
      current = {
        ecosystem: 'npm',
        name,
        scope: 'runtime',
        direct: false,
        line: lineNumber,
        column: 1 + (line.text.startsWith('"') ? 1 : 0),
      };
      dependencies.push(current);
      continue;
    }
    const trimmed = line.text.trimStart();
    if (current && current.version === undefined && trimmed.startsWith('version')) {
      const version = trimmed
        .slice('version'.length)
        .replace(/^:?\s*/, '')
        .replace(/^"|"$/g, '');
      if (version !== '') current.version = version;
    }
  }
  return { dependencies, problems: [] };
}
