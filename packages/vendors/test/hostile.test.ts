import { describe, expect, it } from 'vitest';
import {
  catalogueIndex,
  indexServices,
  matchRecipient,
  parseDependencyFile,
  parseHtmlHosts,
  recipientIsService,
} from '../src/index.js';

// Inputs built to trip quadratic scanning or backtracking. Each must finish and give a
// bounded, sensible result; speed itself is measured in the benchmark, not asserted here.
const N = 200_000;

describe('hostile input', () => {
  it('HTML: unterminated tags, many `<`, many `//` in one inline script', () => {
    expect(parseHtmlHosts('<script src="'.repeat(N / 10))).toEqual([]);
    expect(parseHtmlHosts('<'.repeat(N))).toEqual([]);
    expect(parseHtmlHosts('<img '.repeat(N / 5))).toEqual([]);
    expect(parseHtmlHosts(`<script>${'"//'.repeat(N / 3)}`).length).toBe(0);
    expect(parseHtmlHosts(`<script>${'"https://{{'.repeat(N / 10)}`)).toEqual([]);
    const many = parseHtmlHosts('<script src="https://a.example/x.js"></script>'.repeat(N / 50));
    expect(many).toHaveLength(N / 50);
  });
  it('TOML: long lines without `=` or `]`, unterminated arrays and strings', () => {
    expect(
      parseDependencyFile('pyproject.toml', `[${'a'.repeat(N)}\n`.repeat(3)).dependencies,
    ).toEqual([]);
    expect(parseDependencyFile('pyproject.toml', 'x\n'.repeat(N)).dependencies).toEqual([]);
    expect(
      parseDependencyFile('pyproject.toml', `[project]\ndependencies = [${'"a",'.repeat(N / 4)}`)
        .dependencies,
    ).toHaveLength(N / 4);
    expect(
      parseDependencyFile('pyproject.toml', `[project]\ndependencies = ["${'a'.repeat(N)}`)
        .dependencies,
    ).toHaveLength(1);
  });
  it('requirements, go.mod, Gradle, yarn.lock: long lines of near-misses', () => {
    expect(
      parseDependencyFile('requirements.txt', `${'a'.repeat(N)}==${' '.repeat(N)}#`).dependencies,
    ).toHaveLength(1);
    expect(
      parseDependencyFile('build.gradle', `implementation${' '.repeat(N)}(${' '.repeat(N)}x`)
        .dependencies,
    ).toEqual([]);
    expect(parseDependencyFile('go.mod', `require (\n${'\t'.repeat(N)}\n`).dependencies).toEqual(
      [],
    );
    expect(
      parseDependencyFile('yarn.lock', `${'a@1,'.repeat(N / 4)}:\n  version "1"\n`).dependencies,
    ).toHaveLength(1);
  });
  it('Gemfile and Gemfile.lock: unclosed quotes, deep blocks, long entries', () => {
    const unclosed = parseDependencyFile('Gemfile', `gem "${'a'.repeat(N)}\n`.repeat(3));
    expect(unclosed.dependencies).toEqual([]);
    expect(unclosed.problems).toHaveLength(3);
    expect(
      parseDependencyFile('Gemfile', `${'group :test do\n'.repeat(N / 16)}gem "a"\n`).dependencies,
    ).toEqual([expect.objectContaining({ name: 'a', scope: 'test' })]);
    expect(parseDependencyFile('Gemfile', ':'.repeat(N)).dependencies).toEqual([]);
    expect(
      parseDependencyFile('Gemfile', `gem 'a', group: ${':test '.repeat(N / 6)}`).dependencies,
    ).toEqual([expect.objectContaining({ name: 'a', scope: 'test' })]);
    expect(
      parseDependencyFile('Gemfile', `gem ${'"a", '.repeat(N / 5)}`).dependencies,
    ).toHaveLength(1);
    const long = parseDependencyFile('Gemfile.lock', `GEM\n  specs:\n    a ${'('.repeat(N)}\n`);
    expect(long.problems).toHaveLength(1);
    expect(long.problems[0]!.message.length).toBeLessThan(300);
    const many = Array.from({ length: N / 20 }, (_, i) => `    g${i} (1.0)\n`).join('');
    expect(parseDependencyFile('Gemfile.lock', `GEM\n  specs:\n${many}`).dependencies).toHaveLength(
      N / 20,
    );
  });
  it('Podfile and Podfile.lock: deep targets, long pod names, many pods and slashes', () => {
    expect(
      parseDependencyFile('Podfile', `${"target 'ATests' do\n".repeat(N / 20)}pod 'A'\n`)
        .dependencies,
    ).toEqual([expect.objectContaining({ name: 'A', scope: 'test' })]);
    expect(parseDependencyFile('Podfile', `pod '${'/'.repeat(N)}'`).dependencies).toEqual([]);
    const pods = Array.from({ length: N / 20 }, (_, i) => `  - P${i}/S (1.0)\n`).join('');
    expect(parseDependencyFile('Podfile.lock', `PODS:\n${pods}`).dependencies).toHaveLength(N / 20);
    expect(
      parseDependencyFile('Podfile.lock', `PODS:\n  - ${'('.repeat(N)}\n`).dependencies,
    ).toHaveLength(1);
    expect(parseDependencyFile('Podfile.lock', '- ['.repeat(N / 3)).problems).toHaveLength(1);
  });
  it('pubspec.yaml and pubspec.lock: deep nesting, many packages, prototype keys', () => {
    expect(
      parseDependencyFile('pubspec.yaml', `dependencies:\n${'  a:\n'.repeat(N / 5)}`).problems
        .length,
    ).toBeLessThanOrEqual(1);
    const many = Array.from({ length: N / 20 }, (_, i) => `  p${i}: ^1.0.0\n`).join('');
    expect(parseDependencyFile('pubspec.yaml', `dependencies:\n${many}`).dependencies).toHaveLength(
      N / 20,
    );
    expect(
      parseDependencyFile(
        'pubspec.lock',
        'packages:\n  constructor:\n    dependency: __proto__\n    version: "1"\n',
      ).dependencies,
    ).toEqual([expect.objectContaining({ name: 'constructor', scope: 'runtime', direct: false })]);
    expect(parseDependencyFile('pubspec.lock', '{'.repeat(N / 4)).problems).toHaveLength(1);
  });
  it('MSBuild and packages.config: unclosed tags, nested references, attributes without values', () => {
    const nested = parseDependencyFile(
      'A.csproj',
      `${'<PackageReference Include="a">'.repeat(N / 40)}<Version>1</Version></PackageReference>`,
    );
    expect(nested.dependencies).toHaveLength(N / 40);
    expect(nested.dependencies.at(-1)).toMatchObject({ version: '1' });
    expect(nested.dependencies[0]).not.toHaveProperty('version');
    expect(
      parseDependencyFile('A.csproj', '<PackageReference Include="a">'.repeat(N / 40)).dependencies,
    ).toHaveLength(N / 40);
    const open = parseDependencyFile('A.csproj', `<PackageReference ${'x '.repeat(N / 2)}`);
    expect(open.dependencies).toEqual([]);
    expect(open.problems).toHaveLength(1);
    expect(
      parseDependencyFile('A.csproj', `<PackageReference Include="${'a'.repeat(N)}`).problems,
    ).toHaveLength(1);
    expect(parseDependencyFile('packages.config', '<package '.repeat(N / 9)).problems).toHaveLength(
      1,
    );
    expect(parseDependencyFile('A.vbproj', '<'.repeat(N)).dependencies).toEqual([]);
  });
  it('pom.xml: many opening tags without closing ones', () => {
    expect(parseDependencyFile('pom.xml', '<dependency>'.repeat(N / 12)).dependencies).toEqual([]);
    expect(parseDependencyFile('pom.xml', '<!--'.repeat(N / 4)).dependencies).toEqual([]);
  });
  it('composer.json: deep nesting and a huge require object', () => {
    const deep = parseDependencyFile('composer.json', '{"require":'.repeat(N / 12));
    expect(deep.dependencies).toEqual([]);
    expect(deep.problems).toEqual([
      { line: 1, column: 1 + 256 * 11, message: expect.stringContaining('Nested more than') },
    ]);
    expect(parseDependencyFile('package.json', '['.repeat(N)).problems).toHaveLength(1);
    const requires = Array.from({ length: N / 20 }, (_, i) => `"v/p${i}": "1"`).join(',');
    expect(
      parseDependencyFile('composer.json', `{"require": {${requires}}}`).dependencies,
    ).toHaveLength(N / 20);
  });
  it('pnpm keys full of peers and underscores', () => {
    const key = `a@1.0.0${'(b@1)'.repeat(N / 5)}`;
    expect(
      parseDependencyFile('pnpm-lock.yaml', `packages:\n  '${key}': {}\n`).dependencies,
    ).toEqual([expect.objectContaining({ name: 'a', version: '1.0.0' })]);
  });
  it('recipient names: a service name repeated, words every service shares, no letters at all', () => {
    const services = [catalogueIndex(), indexServices()];
    const sentry = services[1]!.services.find((service) => service.id === 'sentry')!;
    for (const name of [
      'Google '.repeat(N / 4),
      `${'Google Analytics '.repeat(N / 20)}Meta`,
      '-'.repeat(N),
      `${'ö'.repeat(N)}\u0130`,
      'a b '.repeat(N / 4),
    ]) {
      const outcomes = services.map(
        (index) => matchRecipient({ id: 'r', name }, index)?.service.id,
      );
      expect(outcomes[0], name.slice(0, 20)).toBe(outcomes[1]);
      expect(recipientIsService({ id: 'r', name, description: name }, sentry)).toBe(false);
    }
    expect(matchRecipient({ id: 'r', name: 'Google '.repeat(N / 4) }, services[0]!)?.evidence).toBe(
      'legal-entity',
    );
  });
});
