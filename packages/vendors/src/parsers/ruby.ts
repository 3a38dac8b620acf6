import { linesOf } from '../position.js';
import type { Dependency, DependencyParse, DependencyScope, ParseProblem } from '../types.js';
import { scopeFromName } from './python.js';
import { optionValues, readRubyDsl } from './ruby-dsl.js';

/**
 * The scope of gems in Bundler groups: any group other than development or test (`default`,
 * `production`, a custom one) is installed where the app runs, so it wins.
 */
function groupScope(groups: string[], outside: DependencyScope): DependencyScope {
  if (groups.length === 0) return outside;
  const scopes = groups.map((group) => scopeFromName(group, 'runtime'));
  if (scopes.includes('runtime')) return 'runtime';
  return scopes.includes('dev') ? 'dev' : 'test';
}

/**
 * Gemfile: each `gem 'name'` line, at the name. `group :development, :test do … end` blocks
 * and `group:` / `groups:` options set the scope.
 */
export function parseGemfile(text: string): DependencyParse {
  return readRubyDsl(text, {
    fileName: 'Gemfile',
    ecosystem: 'rubygems',
    keyword: 'gem',
    blockScope: (tokens, outside) =>
      tokens[0]?.kind === 'word' && tokens[0].text === 'group'
        ? groupScope(
            tokens
              .filter((token) => token.kind === 'symbol' || token.kind === 'string')
              .map((token) => token.text),
            outside,
          )
        : outside,
    lineScope: (tokens, block) => groupScope(optionValues(tokens, ['group', 'groups']), block),
    packageName: (written) => written,
  });
}

/** Sections of Gemfile.lock whose `specs:` list installed gems. */
const SPEC_SECTIONS = new Set(['GEM', 'GIT', 'PATH']);

/** `name (version)` or `name!` or `name` → its parts; undefined when the line is not one. */
function readEntry(entry: string): { name: string; version?: string } | undefined {
  const space = entry.indexOf(' ');
  const name = (space === -1 ? entry : entry.slice(0, space)).replace(/!$/, '');
  if (name === '' || !/^[\w.-]+$/.test(name)) return undefined;
  if (space === -1) return { name };
  const rest = entry.slice(space + 1);
  if (!rest.startsWith('(') || !rest.endsWith(')')) return undefined;
  return { name, version: rest.slice(1, -1) };
}

function indentOf(line: string): number {
  let indent = 0;
  while (line[indent] === ' ') indent++;
  return indent;
}

/**
 * Gemfile.lock: every gem under the `specs:` of the GEM, GIT and PATH sections, at its line,
 * with its locked version. Those named under DEPENDENCIES are direct, the rest transitive.
 * The lockfile keeps no groups, so every gem is taken as runtime.
 */
export function parseGemfileLock(text: string): DependencyParse {
  const problems: ParseProblem[] = [];
  const specs: Dependency[] = [];
  const direct = new Map<string, { line: number; column: number; version?: string }>();
  let section = '';
  let inSpecs = false;
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    lineNumber++;
    if (line.text.trim() === '') continue;
    const indent = indentOf(line.text);
    if (indent === 0) {
      section = line.text.trim();
      inSpecs = false;
      if (/^(<{7}|={7}|>{7})/.test(line.text))
        problems.push({
          line: lineNumber,
          column: 1,
          message:
            'Gemfile.lock holds a merge conflict marker. Resolve the conflict (run `bundle install`) so the locked gems can be read.',
        });
      continue;
    }
    const entry = line.text.trim();
    const inSpecSection = SPEC_SECTIONS.has(section);
    if (inSpecSection && indent === 2) {
      inSpecs = entry === 'specs:';
      continue;
    }
    // Indent 6 lists what a spec itself requires; the spec of that gem carries its version.
    const isSpec = inSpecSection && inSpecs && indent === 4;
    const isDirect = section === 'DEPENDENCIES' && indent === 2;
    if (!isSpec && !isDirect) continue;
    const read = readEntry(entry);
    if (!read) {
      problems.push({
        line: lineNumber,
        column: indent + 1,
        message: `Gemfile.lock: expected a gem as \`name (version)\` here, found \`${entry.slice(0, 60)}\`. Regenerate the file with \`bundle lock\`.`,
      });
      continue;
    }
    if (isDirect) {
      if (!direct.has(read.name))
        direct.set(read.name, {
          line: lineNumber,
          column: indent + 1,
          ...(read.version ? { version: read.version } : {}),
        });
    } else {
      specs.push({
        ecosystem: 'rubygems',
        name: read.name,
        ...(read.version ? { version: read.version } : {}),
        scope: 'runtime',
        direct: false,
        line: lineNumber,
        column: indent + 1,
      });
    }
  }
  const dependencies: Dependency[] = [];
  const seen = new Set<string>();
  // A gem locked for several platforms has one spec each; it is one dependency.
  for (const spec of specs) {
    if (seen.has(spec.name)) continue;
    seen.add(spec.name);
    dependencies.push({ ...spec, direct: direct.has(spec.name) });
  }
  for (const [name, at] of direct)
    if (!seen.has(name))
      dependencies.push({ ecosystem: 'rubygems', name, scope: 'runtime', direct: true, ...at });
  return { dependencies, problems };
}
