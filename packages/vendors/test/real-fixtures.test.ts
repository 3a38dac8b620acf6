// The parsers on files published by real projects (sources and licences: fixtures/README.md).
// Every expected count comes from an independent reading of the file (JSON.parse, or its lines
// and tags counted here), never from the parser under test.
import { describe, expect, it } from 'vitest';
import {
  indexServices,
  parseDependencyFile,
  parseHtmlHosts,
  type Dependency,
} from '../src/index.js';
import { columnOf, fixture, lineOf } from './test-support/fixtures.js';

const services = indexServices();

/** Parse a real fixture as the scanner would, under the file name its project gives it. */
function parseReal(path: string, asFile: string): Dependency[] {
  const { dependencies, problems } = parseDependencyFile(asFile, fixture(`real/${path}`));
  expect(problems).toEqual([]);
  return dependencies;
}

const named = (dependencies: Dependency[], name: string) => {
  const found = dependencies.find((d) => d.name === name);
  if (!found) throw new Error(`${name} not parsed`);
  return found;
};

const namesWhere = (dependencies: Dependency[], keep: (d: Dependency) => boolean) =>
  dependencies
    .filter(keep)
    .map((d) => d.name)
    .sort();

const keysOf = (value: unknown) => Object.keys((value ?? {}) as object).sort();

describe('npm package.json: @strapi/plugin-sentry 5.54.0', () => {
  const path = 'npm/strapi-plugin-sentry-5.54.0/package.json';
  const manifest = JSON.parse(fixture(`real/${path}`)) as Record<string, Record<string, string>>;
  const dependencies = parseReal(path, 'package.json');

  it('lists the runtime dependencies JSON.parse finds, and classes dev-only ones as dev', () => {
    expect(namesWhere(dependencies, (d) => d.scope === 'runtime')).toEqual(
      keysOf(manifest.dependencies),
    );
    // A package in both devDependencies and peerDependencies is a peer (the host app brings it).
    const devOnly = keysOf(manifest.devDependencies).filter(
      (name) => !(name in manifest.peerDependencies!) && !(name in manifest.dependencies!),
    );
    expect(devOnly.length).toBeGreaterThan(0);
    expect(namesWhere(dependencies, (d) => d.scope === 'dev')).toEqual(devOnly);
    expect(namesWhere(dependencies, (d) => d.scope === 'peer')).toEqual(
      keysOf(manifest.peerDependencies),
    );
    expect(dependencies.every((d) => d.direct)).toBe(true);
  });

  it('finds Sentry at the line and column of its key', () => {
    const sentry = named(dependencies, '@sentry/node');
    expect(sentry).toMatchObject({
      scope: 'runtime',
      version: manifest.dependencies!['@sentry/node'],
      line: lineOf(`real/${path}`, '"@sentry/node"'),
      column: columnOf(`real/${path}`, '"@sentry/node"', '@sentry/node'),
    });
    expect(services.byPackage('npm', sentry.name)?.id).toBe('sentry');
  });
});

describe('npm-shrinkwrap.json (lockfile v3): @salesforce/cli 2.146.3', () => {
  const path = 'npm/salesforce-cli-2.146.3/npm-shrinkwrap.json';
  const text = fixture(`real/${path}`);
  const lock = JSON.parse(text) as {
    packages: Record<
      string,
      {
        dependencies?: object;
        devDependencies?: object;
        dev?: boolean;
        optional?: boolean;
        devOptional?: boolean;
        link?: boolean;
      }
    >;
  };
  const dependencies = parseReal(path, 'npm-shrinkwrap.json');
  // The line of each `"node_modules/…": {` key, read from the text, to match entries to parses.
  const lineOfKey = new Map(
    text.split('\n').flatMap((line, index) => {
      const key = /^ {4}"(node_modules\/[^"]+)": \{$/.exec(line)?.[1];
      return key ? [[key, index + 1] as const] : [];
    }),
  );
  const parsedAt = new Map(dependencies.map((d) => [d.line, d]));
  const entries = Object.entries(lock.packages).filter(([key, entry]) => key !== '' && !entry.link);

  it('gives one dependency per installed package, each at its key', () => {
    expect(entries.length).toBeGreaterThan(1000);
    expect(dependencies).toHaveLength(entries.length);
    expect(lineOfKey.size).toBe(entries.length);
    for (const [key] of entries) expect(parsedAt.has(lineOfKey.get(key)!)).toBe(true);
  });

  it('direct dependencies are those the root entry names, with the root field as scope', () => {
    const root = lock.packages['']!;
    expect(namesWhere(dependencies, (d) => d.direct && d.scope === 'runtime')).toEqual(
      keysOf(root.dependencies),
    );
    expect(namesWhere(dependencies, (d) => d.direct && d.scope === 'dev')).toEqual(
      keysOf(root.devDependencies),
    );
    const core = named(dependencies, '@oclif/core');
    expect(core).toMatchObject({
      direct: true,
      scope: 'runtime',
      line: lineOf(`real/${path}`, '"node_modules/@oclif/core": {'),
      column: columnOf(`real/${path}`, '"node_modules/@oclif/core": {', 'node_modules/'),
    });
  });

  it('transitive packages take their scope from the dev / optional / devOptional flags', () => {
    // Direct, read from the lock itself: a top-level `node_modules/<name>` the root entry names.
    const root = lock.packages['']!;
    const rootNames = new Set([...keysOf(root.dependencies), ...keysOf(root.devDependencies)]);
    const transitive = entries.filter(([key]) => !rootNames.has(key.slice('node_modules/'.length)));
    expect(transitive).toHaveLength(entries.length - rootNames.size);
    expect(transitive.some(([key]) => parsedAt.get(lineOfKey.get(key)!)!.direct)).toBe(false);
    const scopeOf = ([key]: (typeof entries)[number]) => parsedAt.get(lineOfKey.get(key)!)!.scope;
    const devFlagged = transitive.filter(([, entry]) => entry.dev);
    const devOptional = transitive.filter(([, entry]) => entry.devOptional);
    const optionalOnly = transitive.filter(([, entry]) => entry.optional && !entry.dev);
    expect(devFlagged.length).toBeGreaterThan(100);
    expect(devFlagged.map(scopeOf).every((scope) => scope === 'dev')).toBe(true);
    // devOptional: a dev path and an optional path of shipped code both need it, so it ships.
    expect(devOptional.length).toBeGreaterThan(0);
    expect(devOptional.map(scopeOf).every((scope) => scope === 'optional')).toBe(true);
    expect(optionalOnly.map(scopeOf).every((scope) => scope === 'optional')).toBe(true);
    const unflagged = transitive.filter(
      ([, entry]) => !entry.dev && !entry.optional && !entry.devOptional,
    );
    expect(unflagged.map(scopeOf).every((scope) => scope === 'runtime')).toBe(true);
  });
});

describe('pnpm-lock.yaml (lockfile v5.4): autoprefixer 10.4.7 as Debian ships it', () => {
  const path = 'pnpm/autoprefixer-10.4.7/pnpm-lock.yaml';
  const lines = fixture(`real/${path}`).split('\n');
  const manifest = JSON.parse(fixture('real/pnpm/autoprefixer-10.4.7/package.json')) as Record<
    string,
    Record<string, string>
  >;
  const dependencies = parseReal(path, 'pnpm-lock.yaml');
  const directNames = new Set([
    ...keysOf(manifest.dependencies),
    ...keysOf(manifest.devDependencies),
  ]);

  it('the direct dependencies are those package.json names, with its ranges and scopes', () => {
    const direct = dependencies.filter((d) => d.direct);
    expect(namesWhere(direct, (d) => d.scope === 'runtime')).toEqual(keysOf(manifest.dependencies));
    expect(namesWhere(direct, (d) => d.scope === 'dev')).toEqual(keysOf(manifest.devDependencies));
    for (const d of direct)
      expect(d.version).toBe(manifest.dependencies![d.name] ?? manifest.devDependencies![d.name]);
  });

  it('each other package entry is transitive at its key, dev exactly when flagged `dev: true`', () => {
    // Independent reading: every `  /key:` line, with the `dev:` flag of its block.
    const blocks = lines.flatMap((line, index) => {
      if (!/^ {2}\/.+:$/.test(line)) return [];
      const end = lines.indexOf('', index);
      const flag = lines.slice(index, end).find((l) => l.startsWith('    dev: '));
      return [{ key: line.trim().slice(1, -1), line: index + 1, dev: flag === '    dev: true' }];
    });
    // A block of a direct dependency is the same package, listed once as direct.
    const other = blocks.filter(
      ({ key }) => ![...directNames].some((name) => key.startsWith(`${name}/`)),
    );
    const transitive = dependencies.filter((d) => !d.direct);
    expect(transitive.map((d) => d.line)).toEqual(other.map((block) => block.line));
    expect(transitive.map((d) => d.scope)).toEqual(
      other.map((block) => (block.dev ? 'dev' : 'runtime')),
    );
    expect(other.filter((block) => !block.dev).length).toBeGreaterThan(0);
  });

  it('a key whose peer suffix holds `@` is named by the package, at the key', () => {
    expect(named(dependencies, 'eslint-plugin-es')).toMatchObject({
      version: '4.1.0',
      scope: 'dev',
      direct: false,
      line: lineOf(`real/${path}`, '  /eslint-plugin-es/4.1.0_eslint@'),
      column: 3,
    });
  });
});

/** Block headers of a yarn.lock: unindented, not comments, ending in `:`. */
const yarnHeaders = (text: string) =>
  text.split('\n').filter((line) => /^[^\s#]/.test(line) && line.endsWith(':'));

describe('yarn.lock classic (v1): uri-js 4.4.1', () => {
  const path = 'yarn/uri-js-4.4.1/yarn.lock';
  const dependencies = parseReal(path, 'yarn.lock');

  it('one transitive entry per block, with the version its block resolved', () => {
    expect(dependencies).toHaveLength(yarnHeaders(fixture(`real/${path}`)).length);
    expect(dependencies.every((d) => !d.direct && d.scope === 'runtime')).toBe(true);
    expect(named(dependencies, 'punycode')).toMatchObject({
      version: '2.1.0',
      line: lineOf(`real/${path}`, 'punycode@^2.1.0:'),
      column: 1,
    });
  });

  it('its package.json names the direct runtime dependency, and dev ones as dev', () => {
    const manifestPath = 'real/yarn/uri-js-4.4.1/package.json';
    const manifest = JSON.parse(fixture(manifestPath)) as Record<string, object>;
    const direct = parseDependencyFile('package.json', fixture(manifestPath)).dependencies;
    expect(namesWhere(direct, (d) => d.scope === 'runtime')).toEqual(keysOf(manifest.dependencies));
    expect(namesWhere(direct, (d) => d.scope === 'dev')).toEqual(keysOf(manifest.devDependencies));
    // Every direct dependency is locked.
    const locked = new Set(dependencies.map((d) => d.name));
    expect(direct.filter((d) => !locked.has(d.name))).toEqual([]);
  });
});

describe('yarn.lock berry (v8 metadata): create-redwood-app 8.9.0 template', () => {
  const path = 'yarn/create-redwood-app-8.9.0/yarn.lock';
  const headers = yarnHeaders(fixture(`real/${path}`));
  const dependencies = parseReal(path, 'yarn.lock');

  it('skips the metadata block and the workspaces (the project itself)', () => {
    const workspaces = headers.filter((line) => line.includes('@workspace:'));
    expect(workspaces.length).toBeGreaterThan(0);
    expect(dependencies).toHaveLength(headers.length - 1 - workspaces.length);
    expect(dependencies.some((d) => d.name.includes('workspace') || d.name === '__metadata')).toBe(
      false,
    );
  });

  it('reads quoted scoped descriptors, at the name inside the quote', () => {
    expect(named(dependencies, '@adobe/css-tools')).toMatchObject({
      version: '4.4.4',
      line: lineOf(`real/${path}`, '"@adobe/css-tools@npm:'),
      column: 2,
    });
  });
});

describe('pyproject.toml (PEP 621): gyp-next 0.22.2', () => {
  const path = 'python/gyp-next-0.22.2/pyproject.toml';
  const dependencies = parseReal(path, 'pyproject.toml');

  it('[project] dependencies are runtime, the `dev` extra is dev, the build system is not a dependency', () => {
    // Read off the file: dependencies = ["packaging>=24.0", "setuptools>=77.0.3"], dev = ["pytest", "ruff"].
    expect(namesWhere(dependencies, (d) => d.scope === 'runtime')).toEqual([
      'packaging',
      'setuptools',
    ]);
    expect(namesWhere(dependencies, (d) => d.scope === 'dev')).toEqual(['pytest', 'ruff']);
    expect(dependencies).toHaveLength(4);
    expect(named(dependencies, 'setuptools')).toMatchObject({
      line: lineOf(`real/${path}`, 'dependencies = ["packaging'),
      column: columnOf(`real/${path}`, 'dependencies = ["packaging', 'setuptools'),
    });
  });
});

describe('go.mod: sentry-go 0.11.0', () => {
  const path = 'go/sentry-go-0.11.0/go.mod';
  const lines = fixture(`real/${path}`).split('\n');
  const required = lines.filter((line) => line.startsWith('\tgithub.com/'));
  const dependencies = parseReal(path, 'go.mod');

  it('requires without `// indirect` are direct, the others transitive', () => {
    expect(dependencies).toHaveLength(required.length);
    expect(namesWhere(dependencies, (d) => d.direct)).toEqual(
      required
        .filter((line) => !line.endsWith('// indirect'))
        .map((line) => line.trim().split(' ')[0])
        .sort(),
    );
    expect(dependencies.every((d) => d.scope === 'runtime')).toBe(true);
    expect(named(dependencies, 'github.com/labstack/echo/v4')).toMatchObject({
      version: 'v4.1.11',
      direct: true,
      line: lineOf(`real/${path}`, 'labstack/echo'),
      column: 2,
    });
  });
});

describe('go.mod: step-ca 0.19.0 (smallstep certificates) as Debian ships it', () => {
  const path = 'go/step-ca-0.19.0/go.mod';
  const text = fixture(`real/${path}`);
  // The lines of its one `require ( … )` block, read here without the parser.
  const block = text.slice(text.indexOf('require (\n') + 'require (\n'.length);
  const required = block.slice(0, block.indexOf('\n)')).split('\n');
  const dependencies = parseReal(path, 'go.mod');

  it('one dependency per required module', () => {
    expect(dependencies.map((d) => d.name).sort()).toEqual(
      required.map((line) => line.trim().split(' ')[0]).sort(),
    );
  });
  it('the catalogue finds New Relic, and only New Relic, in a pre-modules `+incompatible` require', () => {
    const found = dependencies.flatMap((d) => {
      const service = services.byPackage(d.ecosystem, d.name);
      return service ? [{ service: service.id, via: d.name, line: d.line, column: d.column }] : [];
    });
    expect(found).toEqual([
      {
        service: 'new-relic',
        via: 'github.com/newrelic/go-agent',
        line: lineOf(`real/${path}`, 'github.com/newrelic/go-agent'),
        column: 2,
      },
    ]);
  });
});

describe('pom.xml: Apache Log4j Core 2.19.0 as Debian ships it', () => {
  const path = 'maven/log4j-core-2.19.0/pom.xml';
  const xml = fixture(`real/${path}`);
  const dependencies = parseReal(path, 'pom.xml');

  it('every <dependency>; provided is peer, <optional>true</optional> is optional, the rest runtime', () => {
    expect(dependencies).toHaveLength(xml.split('<dependency>').length - 1);
    expect(dependencies.filter((d) => d.scope === 'optional')).toHaveLength(
      xml.split('<optional>true</optional>').length - 1,
    );
    expect(namesWhere(dependencies, (d) => d.scope === 'peer')).toEqual(['org.osgi:org.osgi.core']);
    expect(namesWhere(dependencies, (d) => d.scope === 'runtime')).toEqual([
      'org.apache.logging.log4j:log4j-api',
    ]);
  });

  it('a dependency without <version> (managed by the parent) is at its artifactId', () => {
    const api = named(dependencies, 'org.apache.logging.log4j:log4j-api');
    expect(api.version).toBeUndefined();
    expect(api).toMatchObject({
      line: lineOf(`real/${path}`, '<artifactId>log4j-api</artifactId>'),
      column: columnOf(`real/${path}`, '<artifactId>log4j-api</artifactId>', 'log4j-api'),
    });
  });
});

describe('HTML template: the Read the Docs Sphinx theme 1.2.0 layout', () => {
  it('a whole page layout: only the gtag.js script leaves the site, and it is Google Analytics', () => {
    const path = 'real/html/sphinx-rtd-theme-1.2.0/layout.html';
    const text = fixture(path);
    // Independent reading: the script, iframe and img tags whose src is an absolute URL.
    const absolute = text
      .split('\n')
      .filter((line) => /<(script|iframe|img)\b[^>]*\bsrc="(https?:)?\/\//.test(line));
    expect(absolute).toHaveLength(1);
    const hosts = parseHtmlHosts(text);
    expect(hosts).toEqual([
      {
        kind: 'script',
        host: 'www.googletagmanager.com',
        line: lineOf(path, 'googletagmanager'),
        column: columnOf(path, 'googletagmanager', 'www.googletagmanager.com'),
      },
    ]);
    expect(services.byHost(hosts[0]!.host)?.id).toBe('google-analytics');
  });
});

describe('HTML templates: Jekyll theme minima 2.5.1', () => {
  it('the Google Analytics include: the analytics.js host in the inline snippet is Google Analytics', () => {
    const path = 'real/html/minima-2.5.1/google-analytics.html';
    const hosts = parseHtmlHosts(fixture(path));
    expect(hosts).toEqual([
      {
        kind: 'script',
        host: 'www.google-analytics.com',
        line: lineOf(path, 'analytics.js'),
        column: columnOf(path, 'analytics.js', 'www.google-analytics.com'),
      },
    ]);
    expect(services.byHost(hosts[0]!.host)?.id).toBe('google-analytics');
  });

  it('the Disqus include: a host behind a Liquid placeholder is named by its literal domain', () => {
    const path = 'real/html/minima-2.5.1/disqus_comments.html';
    expect(parseHtmlHosts(fixture(path))).toEqual([
      {
        kind: 'script',
        host: 'disqus.com',
        line: lineOf(path, '.disqus.com/embed.js'),
        column: columnOf(path, '.disqus.com/embed.js', '{{'),
      },
    ]);
  });
});
