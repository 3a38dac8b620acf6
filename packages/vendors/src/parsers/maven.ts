import { linesOf, positionFinder } from '../position.js';
import { blankXmlComments, childText } from './xml.js';
import type { Dependency, DependencyParse, DependencyScope } from '../types.js';

const MAVEN_SCOPES: Record<string, DependencyScope> = {
  compile: 'runtime',
  runtime: 'runtime',
  system: 'runtime',
  provided: 'peer',
  test: 'test',
  import: 'runtime',
};

/**
 * pom.xml: each `<dependency>` in a `<dependencies>` list, at its `<artifactId>`. Entries
 * under `<dependencyManagement>` only pin versions and those under `<plugin>` serve the
 * build, so both are skipped. Comments are blanked first (same length, so offsets hold).
 */
export function parsePom(text: string): DependencyParse {
  const xml = blankXmlComments(text);
  const at = positionFinder(text);
  const skipped = [...regions(xml, 'dependencyManagement'), ...regions(xml, 'plugin')];
  const dependencies: Dependency[] = [];
  let i = 0;
  for (;;) {
    const open = xml.indexOf('<dependency>', i);
    if (open === -1) break;
    const close = xml.indexOf('</dependency>', open);
    if (close === -1) break;
    i = close + '</dependency>'.length;
    if (skipped.some(([start, end]) => open > start && open < end)) continue;
    const block = xml.slice(open, close);
    const groupId = childText(block, 'groupId');
    const artifactId = childText(block, 'artifactId');
    if (!groupId || !artifactId) continue;
    const version = childText(block, 'version');
    const scope =
      childText(block, 'optional') === 'true'
        ? 'optional'
        : (MAVEN_SCOPES[childText(block, 'scope') ?? 'compile'] ?? 'runtime');
    const position = at(open + block.indexOf('<artifactId>') + '<artifactId>'.length);
    dependencies.push({
      ecosystem: 'maven',
      name: `${groupId}:${artifactId}`,
      ...(version ? { version } : {}),
      scope,
      direct: true,
      ...position,
    });
  }
  return { dependencies, problems: [] };
}

/** Offsets [start, end) of each `<tag>…</tag>` (not nested in itself). */
function regions(xml: string, tag: string): [number, number][] {
  const found: [number, number][] = [];
  let i = 0;
  for (;;) {
    const open = xml.indexOf(`<${tag}>`, i);
    if (open === -1) return found;
    const close = xml.indexOf(`</${tag}>`, open);
    if (close === -1) return found;
    found.push([open, close]);
    i = close;
  }
}

const GRADLE_SCOPES: readonly [string, DependencyScope][] = [
  ['androidTest', 'test'],
  ['testFixtures', 'test'],
  ['test', 'test'],
  ['compileOnly', 'dev'],
  ['annotationProcessor', 'dev'],
  ['kapt', 'dev'],
  ['ksp', 'dev'],
  ['debug', 'dev'],
];
const CONFIGURATION_SUFFIXES = [
  'implementation',
  'api',
  'compileonly',
  'runtimeonly',
  'compile',
  'runtime',
  'annotationprocessor',
  'kapt',
  'ksp',
];

/** A small cursor over one line of Gradle code; each step moves forward, so a line costs its length. */
class LineCursor {
  index = 0;
  constructor(readonly text: string) {}
  skipSpaces(): void {
    while (this.text[this.index] === ' ' || this.text[this.index] === '\t') this.index++;
  }
  word(): string {
    const start = this.index;
    while (/[A-Za-z]/.test(this.text[this.index] ?? '')) this.index++;
    return this.text.slice(start, this.index);
  }
  take(literal: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(literal, this.index)) return false;
    this.index += literal.length;
    this.skipSpaces();
    return true;
  }
  /** A quoted string at the cursor: its value and where it starts. */
  quoted(): { value: string; offset: number } | undefined {
    const quote = this.text[this.index];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = this.text.indexOf(quote, this.index + 1);
    if (end === -1) return undefined;
    const result = { value: this.text.slice(this.index + 1, end), offset: this.index + 1 };
    this.index = end + 1;
    return result;
  }
}

/** `"g:a:v"`, `platform("g:a:v")` or `group: "g", name: "a", version: "v"` after the configuration. */
function gradleCoordinates(
  cursor: LineCursor,
): { group: string; artifact: string; version?: string; offset: number } | undefined {
  cursor.take('(');
  if (cursor.take('platform') || cursor.take('enforcedPlatform')) cursor.take('(');
  const literal = cursor.quoted();
  if (literal) {
    const [group, artifact, version] = literal.value.split(':');
    return group && artifact
      ? { group, artifact, ...(version ? { version } : {}), offset: literal.offset }
      : undefined;
  }
  const fields: Record<string, { value: string; offset: number }> = {};
  for (let i = 0; i < 3; i++) {
    const key = cursor.word();
    if (!key || !(cursor.take(':') || cursor.take('='))) break;
    const value = cursor.quoted();
    if (!value) break;
    fields[key] = value;
    cursor.take(',');
  }
  const group = fields['group'];
  const name = fields['name'];
  return group && name
    ? {
        group: group.value,
        artifact: name.value,
        ...(fields['version'] ? { version: fields['version'].value } : {}),
        offset: group.offset,
      }
    : undefined;
}

/**
 * build.gradle and build.gradle.kts: `configuration "group:artifact:version"` (Groovy or
 * Kotlin, with or without parentheses) and the `group: …, name: …` map form, one a line.
 * Version-catalogue references (`libs.x`) name no coordinates and are not read.
 */
export function parseGradle(text: string): DependencyParse {
  const dependencies: Dependency[] = [];
  let lineNumber = 0;
  for (const line of linesOf(text)) {
    lineNumber++;
    const cursor = new LineCursor(line.text);
    cursor.skipSpaces();
    const configuration = cursor.word();
    if (!isDependencyConfiguration(configuration)) continue;
    const found = gradleCoordinates(cursor);
    if (!found) continue;
    const scope =
      GRADLE_SCOPES.find(([prefix]) => configuration.startsWith(prefix))?.[1] ?? 'runtime';
    dependencies.push({
      ecosystem: 'maven',
      name: `${found.group}:${found.artifact}`,
      ...(found.version ? { version: found.version } : {}),
      scope,
      direct: true,
      line: lineNumber,
      column: found.offset + 1,
    });
  }
  return { dependencies, problems: [] };
}

function isDependencyConfiguration(name: string): boolean {
  const lower = name.toLowerCase();
  return CONFIGURATION_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}
