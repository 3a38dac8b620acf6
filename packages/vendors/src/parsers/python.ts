import { linesOf } from '../position.js';
import { scanToml } from './toml.js';
import type { Dependency, DependencyParse, DependencyScope } from '../types.js';

/** PEP 503: names compare lower-case with runs of `-`, `_` and `.` as one `-`. */
export function normalisePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const NAME_START = /^[A-Za-z0-9]/;
const NAME_CHARACTERS = /^[A-Za-z0-9._-]*/;

/** A PEP 508 requirement → its name and, when pinned with `==`, the version. */
export function parseRequirement(
  requirement: string,
): { name: string; version?: string; offset: number } | undefined {
  const offset = requirement.length - requirement.trimStart().length;
  const text = requirement.slice(offset);
  if (!NAME_START.test(text)) return undefined;
  const name = NAME_CHARACTERS.exec(text)![0];
  const rest = text.slice(name.length);
  // `git+https://…` and `./local/path` are not names.
  if (rest.startsWith('+') || rest.startsWith(':') || rest.startsWith('/')) return undefined;
  const pin = rest.indexOf('==');
  const version =
    pin === -1 ? undefined : cutAtAny(rest.slice(pin + 2).trimStart(), ' ,;#\t').replace(/^=/, '');
  return { name: normalisePythonName(name), ...(version ? { version } : {}), offset };
}

function cutAtAny(text: string, stops: string): string {
  for (let i = 0; i < text.length; i++) if (stops.includes(text[i]!)) return text.slice(0, i);
  return text;
}

/** The scope a file or group name implies: `requirements-dev.txt`, a `test` group. */
export function scopeFromName(name: string, otherwise: DependencyScope): DependencyScope {
  const words = name.toLowerCase().split(/[^a-z]+/);
  if (words.some((word) => word === 'test' || word === 'tests' || word === 'testing'))
    return 'test';
  if (
    words.some((word) =>
      ['dev', 'develop', 'development', 'lint', 'docs', 'doc', 'typing', 'build'].includes(word),
    )
  )
    return 'dev';
  return otherwise;
}

/** requirements*.txt: one requirement a line; options (`-r`, `--hash`), URLs and comments are skipped. */
export function parseRequirementsTxt(text: string, fileName = 'requirements.txt'): DependencyParse {
  const scope = scopeFromName(fileName, 'runtime');
  const dependencies: Dependency[] = [];
  let lineNumber = 0;
  let continued = false;
  for (const line of linesOf(text)) {
    lineNumber++;
    const wasContinued = continued;
    continued = line.text.endsWith('\\');
    if (wasContinued) continue;
    const comment = line.text.search(/(^|\s)#/);
    const content = comment === -1 ? line.text : line.text.slice(0, comment);
    if (content.trimStart().startsWith('-')) continue;
    const requirement = parseRequirement(content);
    if (!requirement) continue;
    dependencies.push({
      ecosystem: 'pypi',
      name: requirement.name,
      ...(requirement.version ? { version: requirement.version } : {}),
      scope,
      direct: true,
      line: lineNumber,
      column: requirement.offset + 1,
    });
  }
  return { dependencies, problems: [] };
}

/**
 * pyproject.toml: PEP 621 `[project] dependencies` and `optional-dependencies`, PEP 735
 * `[dependency-groups]`, and Poetry's `[tool.poetry.dependencies]`, `dev-dependencies` and
 * `group.<name>.dependencies`. Group names decide dev and test scope.
 */
export function parsePyproject(text: string): DependencyParse {
  const { entries, at } = scanToml(text);
  const dependencies: Dependency[] = [];
  const fromItems = (items: { value: string; offset: number }[], scope: DependencyScope) => {
    for (const item of items) {
      const requirement = parseRequirement(item.value);
      if (requirement)
        dependencies.push({
          ecosystem: 'pypi',
          name: requirement.name,
          ...(requirement.version ? { version: requirement.version } : {}),
          scope,
          direct: true,
          ...at(item.offset + requirement.offset),
        });
    }
  };
  for (const entry of entries) {
    if (entry.table === 'project' && entry.key === 'dependencies')
      fromItems(entry.items, 'runtime');
    else if (entry.table === 'project.optional-dependencies')
      fromItems(entry.items, scopeFromName(entry.key, 'optional'));
    else if (entry.table === 'dependency-groups')
      fromItems(entry.items, scopeFromName(entry.key, 'dev'));
    else {
      const scope = poetryScope(entry.table);
      if (scope === undefined || entry.key === 'python') continue;
      const requirement = parseRequirement(entry.key);
      if (requirement)
        dependencies.push({
          ecosystem: 'pypi',
          name: requirement.name,
          ...(entry.text !== undefined ? { version: entry.text } : {}),
          scope,
          direct: true,
          ...at(entry.keyOffset),
        });
    }
  }
  return { dependencies, problems: [] };
}

function poetryScope(table: string): DependencyScope | undefined {
  if (table === 'tool.poetry.dependencies') return 'runtime';
  if (table === 'tool.poetry.dev-dependencies') return 'dev';
  const parts = table.split('.');
  if (
    parts.length === 5 &&
    parts[0] === 'tool' &&
    parts[1] === 'poetry' &&
    parts[2] === 'group' &&
    parts[4] === 'dependencies'
  )
    return scopeFromName(parts[3]!, 'dev');
  return undefined;
}
