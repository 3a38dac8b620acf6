import { describe, expect, it } from 'vitest';
import {
  dependencyFileKind,
  indexServices,
  parseDependencyFile,
  parseHtmlHosts,
  parseYarnLock,
  type Dependency,
} from '../src/index.js';
import { columnOf, fixture, lineOf } from './test-support/fixtures.js';

const summary = (dependencies: Dependency[]) =>
  dependencies.map(
    (d) => `${d.name}@${d.version ?? ''} ${d.scope}${d.direct ? '' : ' transitive'}`,
  );

describe('package.json', () => {
  const { dependencies, problems } = parseDependencyFile(
    'app/package.json',
    fixture('package.json'),
  );
  it('lists each field with its scope, at the key', () => {
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      '@sentry/browser@^8.40.0 runtime',
      '@stripe/stripe-js@^4.10.0 runtime',
      'posthog-js@1.194.2 runtime',
      'react@^18.3.1 runtime',
      'react-dom@^18.3.1 runtime',
      'fsevents@^2.3.3 optional',
      'typescript@>=5.0 peer',
      '@sentry/node@^8.40.0 dev',
      'vite@^5.4.11 dev',
      'vitest@^2.1.8 dev',
    ]);
    const sentry = dependencies.find((d) => d.name === '@sentry/node')!;
    expect(sentry).toMatchObject({
      line: lineOf('package.json', '"@sentry/node"'),
      column: 6,
      ecosystem: 'npm',
    });
  });
  it('reports broken JSON with its position instead of throwing', () => {
    const broken = parseDependencyFile(
      'package.json',
      '{\n  "dependencies": {\n    "a": "1",\n  }\n}',
    );
    expect(broken.problems[0]).toMatchObject({ line: 4 });
  });
});

describe('package-lock.json v3', () => {
  const { dependencies } = parseDependencyFile('package-lock.json', fixture('package-lock.json'));
  it('marks root dependencies direct and reads dev/optional flags of the others; skips workspace links', () => {
    expect(summary(dependencies)).toEqual([
      '@sentry/browser@8.40.0 runtime',
      '@sentry/core@8.40.0 runtime transitive',
      'posthog-js@1.194.2 runtime',
      'vite@5.4.11 dev',
      'fsevents@2.3.3 dev transitive',
      'esbuild@0.21.5 dev transitive',
    ]);
    expect(dependencies[1]).toMatchObject({
      line: lineOf('package-lock.json', '"node_modules/@sentry/core"'),
    });
  });
  it('a devOptional package ships with the optional dependencies: optional, not dev', () => {
    const lock = parseDependencyFile(
      'package-lock.json',
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { a: '1' } },
          'node_modules/a': { version: '1.0.0' },
          'node_modules/b': { version: '2.0.0', devOptional: true },
          'node_modules/c': { version: '3.0.0', dev: true, optional: true },
        },
      }),
    );
    expect(summary(lock.dependencies)).toEqual([
      'a@1.0.0 runtime',
      'b@2.0.0 optional transitive',
      'c@3.0.0 dev transitive',
    ]);
  });
  it('explains a version 1 lockfile', () => {
    const v1 = parseDependencyFile(
      'package-lock.json',
      '{"lockfileVersion": 1, "dependencies": {"a": {"version": "1.0.0"}}}',
    );
    expect(v1.problems[0]?.message).toContain('lockfile version 1');
  });
});

describe('pnpm-lock.yaml v9', () => {
  const { dependencies, problems } = parseDependencyFile(
    'pnpm-lock.yaml',
    fixture('pnpm-lock.yaml'),
  );
  it('reads every importer and decides transitive scope from the snapshot graph', () => {
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      '@sentry/node@^8.40.0 runtime',
      'express@^4.21.1 runtime',
      'vitest@^2.1.8 dev',
      'posthog-node@^4.3.1 runtime',
      '@sentry/core@8.40.0 runtime transitive',
      'string_decoder@1.1.1 runtime transitive',
      'tinyspy@3.0.2 dev transitive',
    ]);
    expect(dependencies[3]).toMatchObject({
      line: lineOf('pnpm-lock.yaml', 'posthog-node:'),
      column: 7,
    });
  });
  it('reads version 5: ranges from `specifiers`, and keys whose peer suffix holds `@` by the name before the version', () => {
    const v5 = parseDependencyFile(
      'pnpm-lock.yaml',
      [
        "lockfileVersion: '5.4'",
        'specifiers:',
        '  vue: ^3.2.45',
        'dependencies:',
        '  vue: 3.2.45',
        'packages:',
        '  /@vitejs/plugin-vue/3.2.0_vite@3.2.4+vue@3.2.45:',
        '    dev: true',
        '  /posthog-js/1.36.0_react@18.2.0:',
        '    dev: false',
        '  /vue/3.2.45:',
        '    dev: false',
        '',
      ].join('\n'),
    );
    expect(summary(v5.dependencies)).toEqual([
      'vue@^3.2.45 runtime',
      '@vitejs/plugin-vue@3.2.0 dev transitive',
      'posthog-js@1.36.0 runtime transitive',
    ]);
  });
  it('reads version 6 keys with a leading slash and the dev flag', () => {
    const v6 = parseDependencyFile(
      'pnpm-lock.yaml',
      "lockfileVersion: '6.0'\ndependencies:\n  a:\n    specifier: ^1.0.0\n    version: 1.0.0\npackages:\n  /a@1.0.0:\n    dev: false\n  /@x/b@2.0.0(react@18.0.0):\n    dev: true\n",
    );
    expect(summary(v6.dependencies)).toEqual(['a@^1.0.0 runtime', '@x/b@2.0.0 dev transitive']);
  });
});

describe('yarn.lock', () => {
  it('reads classic (v1) blocks with their resolved version', () => {
    const { dependencies } = parseYarnLock(fixture('yarn-v1.lock'));
    expect(summary(dependencies)).toEqual([
      '@sentry/browser@8.40.0 runtime transitive',
      '@sentry/core@8.40.0 runtime transitive',
      'mixpanel-browser@2.56.0 runtime transitive',
    ]);
    expect(dependencies[2]).toMatchObject({
      line: lineOf('yarn-v1.lock', 'mixpanel-browser@^2.56.0'),
      column: 1,
    });
  });
  it('reads berry blocks and skips the metadata and workspace entries', () => {
    const { dependencies } = parseYarnLock(fixture('yarn-berry.lock'));
    expect(summary(dependencies)).toEqual([
      '@stripe/stripe-js@4.10.0 runtime transitive',
      'posthog-js@1.194.2 runtime transitive',
    ]);
    expect(dependencies[0]).toMatchObject({
      line: lineOf('yarn-berry.lock', '"@stripe/stripe-js@npm'),
      column: 2,
    });
  });
});

describe('Python', () => {
  it('requirements.txt: names normalised, pins read, options, URLs and paths skipped', () => {
    const { dependencies } = parseDependencyFile('requirements.txt', fixture('requirements.txt'));
    expect(summary(dependencies)).toEqual([
      'django@5.1.4 runtime',
      'sentry-sdk@2.19.2 runtime',
      'posthog@ runtime',
      'psycopg@ runtime',
      'mixpanel-python@4.10.1 runtime',
    ]);
    expect(dependencies[1]).toMatchObject({
      line: lineOf('requirements.txt', 'sentry-sdk'),
      column: 1,
    });
  });
  it('requirements-dev.txt is dev', () => {
    expect(
      parseDependencyFile('requirements-dev.txt', 'pytest==8.3.4\n').dependencies[0]?.scope,
    ).toBe('dev');
  });
  it('pyproject.toml: PEP 621 dependencies, optional groups and PEP 735 groups (include-group tables skipped)', () => {
    const { dependencies } = parseDependencyFile('pyproject.toml', fixture('pyproject.toml'));
    expect(summary(dependencies)).toEqual([
      'fastapi@ runtime',
      'stripe@11.3.0 runtime',
      'sentry-sdk@ runtime',
      'posthog@ optional',
      'pytest@ test',
      'respx@ test',
      'ruff@ dev',
      'mypy@ dev',
    ]);
    const stripe = dependencies[1]!;
    expect(stripe).toMatchObject({ line: lineOf('pyproject.toml', '"stripe=='), column: 6 });
  });
  it('pyproject.toml: Poetry dependencies and groups; python itself is not a dependency', () => {
    const { dependencies } = parseDependencyFile(
      'pyproject.toml',
      fixture('pyproject-poetry.toml'),
    );
    expect(summary(dependencies)).toEqual([
      'mailchimp-marketing@^3.0.80 runtime',
      'sentry-sdk@ runtime',
      'flask@^3.1 runtime',
      'pytest@^8.3 test',
      'black@^24.10 dev',
      'isort@^5.13 dev',
    ]);
    expect(dependencies[0]).toMatchObject({
      line: lineOf('pyproject-poetry.toml', 'mailchimp-marketing'),
      column: 1,
    });
  });
});

describe('go.mod', () => {
  it('reads single and block requires, with // indirect as transitive', () => {
    const { dependencies } = parseDependencyFile('go.mod', fixture('go.mod'));
    expect(summary(dependencies)).toEqual([
      'github.com/getsentry/sentry-go@v0.30.0 runtime',
      'github.com/stripe/stripe-go/v81@v81.1.0 runtime',
      'github.com/go-chi/chi/v5@v5.1.0 runtime',
      'golang.org/x/sys@v0.28.0 runtime transitive',
    ]);
    expect(dependencies[1]).toMatchObject({ line: lineOf('go.mod', 'stripe-go'), column: 2 });
  });
});

describe('composer.json', () => {
  it('require is runtime, require-dev is dev, platform requirements are not packages', () => {
    const { dependencies, problems } = parseDependencyFile(
      'site/composer.json',
      fixture('composer.json'),
    );
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'stripe/stripe-php@^16.2 runtime',
      'mollie/mollie-api-php@^2.76 runtime',
      'sentry/sentry-laravel@^4.10 runtime',
      'laravel/framework@^11.31 runtime',
      'phpunit/phpunit@^11.4 dev',
      'mailgun/mailgun-php@^4.3 dev',
    ]);
    expect(dependencies.every((d) => d.ecosystem === 'composer' && d.direct)).toBe(true);
  });
  it('gives each package at its key, the name lower-cased as Composer compares it', () => {
    const { dependencies } = parseDependencyFile('composer.json', fixture('composer.json'));
    expect(dependencies[0]).toMatchObject({
      name: 'stripe/stripe-php',
      line: lineOf('composer.json', '"Stripe/Stripe-PHP"'),
      column: columnOf('composer.json', '"Stripe/Stripe-PHP"') + 1,
    });
    expect(dependencies[5]).toMatchObject({
      line: lineOf('composer.json', '"mailgun/mailgun-php"'),
      column: 10,
    });
  });
  it('a broken file is a problem at its line and column, not an exception', () => {
    const { dependencies, problems } = parseDependencyFile(
      'composer.json',
      '{\n  "require": {\n    "stripe/stripe-php": "^16"\n    "mollie/mollie-api-php": "^2"\n  }\n}\n',
    );
    expect(problems).toEqual([
      { line: 4, column: 5, message: expect.stringContaining('Not valid JSON') },
    ]);
    expect(dependencies.map((d) => d.name)).toContain('stripe/stripe-php');
  });
  it('a require that is not an object yields nothing', () => {
    expect(parseDependencyFile('composer.json', '{"require": ["a/b"]}').dependencies).toEqual([]);
  });
});

describe('Ruby', () => {
  it('Gemfile: gem lines at the name, versions, groups from blocks and options; comments skipped', () => {
    const { dependencies, problems } = parseDependencyFile('app/Gemfile', fixture('Gemfile'));
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'rails@~> 7.1.3 runtime',
      'stripe@~> 12.0 runtime',
      'sentry-ruby@ runtime',
      'sentry-rails@ runtime',
      'bootsnap@ runtime',
      'debug@ dev',
      'rspec-rails@~> 6.1 dev',
      'capybara@ test',
      'simplecov@ test',
      'rubocop@ dev',
      'activerecord-jdbc-adapter@ runtime',
      'posthog-ruby@ runtime',
    ]);
    expect(dependencies[1]).toMatchObject({
      ecosystem: 'rubygems',
      line: lineOf('Gemfile', "gem 'stripe'"),
      column: 6,
    });
  });
  it('Gemfile: an unclosed quote is a problem at its line and column; the other lines still count', () => {
    const { dependencies, problems } = parseDependencyFile(
      'Gemfile',
      'gem "stripe"\ngem "sentry-ruby\ngem "posthog-ruby"\n',
    );
    expect(problems).toEqual([
      { line: 2, column: 5, message: expect.stringContaining('never closes') },
    ]);
    expect(dependencies.map((d) => d.name)).toEqual(['stripe', 'posthog-ruby']);
  });
  it('Gemfile.lock: specs of GEM, GIT and PATH with locked versions; DEPENDENCIES decide direct', () => {
    const { dependencies, problems } = parseDependencyFile('Gemfile.lock', fixture('Gemfile.lock'));
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'internal-gem@0.3.0 runtime',
      'faraday@2.12.2 runtime transitive',
      'faraday-net_http@3.4.0 runtime transitive',
      'nokogiri@1.16.8-arm64-darwin runtime',
      'racc@1.8.1 runtime transitive',
      'sentry-ruby@5.22.1 runtime',
      'stripe@12.6.0 runtime',
    ]);
    expect(dependencies.find((d) => d.name === 'stripe')).toMatchObject({
      line: lineOf('Gemfile.lock', 'stripe (12.6.0)'),
      column: 5,
    });
  });
  it('Gemfile.lock: a malformed entry and a conflict marker are positioned problems', () => {
    const { dependencies, problems } = parseDependencyFile(
      'Gemfile.lock',
      'GEM\n  specs:\n    stripe (12.6.0\n<<<<<<< HEAD\n    rack (3.1.8)\n',
    );
    expect(problems).toEqual([
      { line: 3, column: 5, message: expect.stringContaining('name (version)') },
      { line: 4, column: 1, message: expect.stringContaining('merge conflict') },
    ]);
    expect(dependencies).toEqual([]);
  });
});

describe('CocoaPods', () => {
  it('Podfile: pod lines at the name, subspecs as their pod, test targets and Debug-only pods', () => {
    const { dependencies, problems } = parseDependencyFile('ios/Podfile', fixture('Podfile'));
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'Alamofire@~> 5.8 runtime',
      'Firebase@ runtime',
      'Sentry@ runtime',
      'FLEX@ dev',
      'OHHTTPStubs@ test',
      'PostHog@~> 3.15 runtime',
    ]);
    expect(dependencies[2]).toMatchObject({
      ecosystem: 'cocoapods',
      line: lineOf('Podfile', 'pod "Sentry"'),
      column: 8,
    });
  });
  it('Podfile.lock: PODS with locked versions, one per pod; DEPENDENCIES decide direct', () => {
    const { dependencies, problems } = parseDependencyFile('Podfile.lock', fixture('Podfile.lock'));
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'Alamofire@5.10.2 runtime',
      'Firebase@11.5.0 runtime',
      'FirebaseAnalytics@11.5.0 runtime transitive',
      'FirebaseCore@11.5.0 runtime transitive',
      'GoogleUtilities@8.0.2 runtime transitive',
      'Sentry@8.40.1 runtime',
    ]);
    expect(dependencies.find((d) => d.name === 'GoogleUtilities')).toMatchObject({
      line: lineOf('Podfile.lock', 'GoogleUtilities/Environment'),
      column: 6,
    });
    expect(dependencies.find((d) => d.name === 'FirebaseAnalytics')).toMatchObject({
      line: lineOf('Podfile.lock', '  - FirebaseAnalytics (11.5.0)'),
      column: 5,
    });
  });
  it('Podfile.lock that is not YAML, and a Podfile with an open quote: positioned problems', () => {
    const lock = parseDependencyFile('Podfile.lock', 'PODS:\n  - Sentry (8.40.1)\n  Adjust: 1\n');
    expect(lock.problems).toEqual([
      {
        line: 3,
        column: 1,
        message:
          'Podfile.lock is not valid YAML: All mapping items must start at the same column. Run `pod install` to regenerate it.',
      },
    ]);
    const podfile = parseDependencyFile('Podfile', "pod 'Sentry\npod 'Adjust'\n");
    expect(podfile.problems).toEqual([
      { line: 1, column: 5, message: expect.stringContaining('never closes') },
    ]);
    expect(podfile.dependencies.map((d) => d.name)).toEqual(['Adjust']);
  });
});

describe('pub (Dart and Flutter)', () => {
  it('pubspec.yaml: dependencies and dev_dependencies at the key; SDK and path dependencies are not packages', () => {
    const { dependencies, problems } = parseDependencyFile(
      'app/pubspec.yaml',
      fixture('pubspec.yaml'),
    );
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'firebase_analytics@^11.3.6 runtime',
      'http@ runtime',
      'sentry_flutter@^8.11.0 runtime',
      'woosmap_flutter@ runtime',
      'flutter_lints@^5.0.0 dev',
      'firebase_crashlytics@^4.2.0 dev',
    ]);
    expect(dependencies[3]).toMatchObject({
      ecosystem: 'pub',
      direct: true,
      line: lineOf('pubspec.yaml', 'woosmap_flutter:'),
      column: 3,
    });
  });
  it('pubspec.lock: locked versions, direct main / direct dev / transitive; SDK and path packages left out', () => {
    const { dependencies, problems } = parseDependencyFile('pubspec.lock', fixture('pubspec.lock'));
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'collection@1.19.0 runtime transitive',
      'firebase_analytics@11.3.6 runtime',
      'flutter_lints@5.0.0 dev',
    ]);
    expect(dependencies[1]).toMatchObject({
      line: lineOf('pubspec.lock', '  firebase_analytics:'),
      column: 3,
    });
  });
  it('a pubspec.yaml that is not YAML is a positioned problem; what could be read still counts', () => {
    const { dependencies, problems } = parseDependencyFile(
      'pubspec.yaml',
      'dependencies:\n  firebase_analytics: ^11.3.6\n   bad: [\n',
    );
    expect(problems).toEqual([
      {
        line: 2,
        column: 23,
        message:
          'pubspec.yaml is not valid YAML: Nested mappings are not allowed in compact mappings. Fix the indentation or quoting at this line.',
      },
    ]);
    expect(dependencies.map((d) => `${d.name} ${d.line}:${d.column}`)).toEqual([
      'firebase_analytics 2:3',
    ]);
  });
});

describe('NuGet', () => {
  it('*.csproj: PackageReference by Include, version as attribute or child, PrivateAssets all as dev; Update, comments and project references skipped', () => {
    const { dependencies, problems } = parseDependencyFile(
      'src/Shop.Api/Shop.Api.csproj',
      fixture('Shop.Api.csproj'),
    );
    expect(problems).toEqual([]);
    expect(summary(dependencies)).toEqual([
      'Sentry.AspNetCore@4.13.0 runtime',
      'Stripe.net@47.1.0 runtime',
      'MultiSafepay@ runtime',
      'StyleCop.Analyzers@1.1.118 dev',
    ]);
    expect(dependencies[1]).toMatchObject({
      ecosystem: 'nuget',
      line: lineOf('Shop.Api.csproj', '"Stripe.net"'),
      column: columnOf('Shop.Api.csproj', '"Stripe.net"') + 1,
    });
  });
  it('Directory.Packages.props: global references count, central version pins do not', () => {
    const { dependencies } = parseDependencyFile(
      'Directory.Packages.props',
      fixture('Directory.Packages.props'),
    );
    expect(summary(dependencies)).toEqual([
      'Nerdbank.GitVersioning@3.6.146 dev',
      'Signicat.Express.SDK@2.0.1 runtime',
    ]);
  });
  it('packages.config: each package by id; developmentDependency as dev', () => {
    const { dependencies } = parseDependencyFile('packages.config', fixture('packages.config'));
    expect(summary(dependencies)).toEqual([
      'Newtonsoft.Json@13.0.3 runtime',
      'Stripe.net@39.126.0 runtime',
      'Microsoft.Net.Compilers@4.2.0 dev',
    ]);
    expect(dependencies[1]).toMatchObject({ line: 4, column: 16 });
  });
  it('a tag left open is a problem at its line and column; the references before it count', () => {
    const { dependencies, problems } = parseDependencyFile(
      'App.fsproj',
      '<Project>\n  <PackageReference Include="Sentry" />\n  <PackageReference Include="Stripe.net\n</Project>\n',
    );
    expect(problems).toEqual([
      { line: 3, column: 3, message: expect.stringContaining('never closed') },
    ]);
    expect(dependencies.map((d) => d.name)).toEqual(['Sentry']);
  });
  it('the catalogue matches NuGet ids case-insensitively, as NuGet does', () => {
    const index = indexServices();
    expect(index.byPackage('nuget', 'multisafepay')).toBe(index.byPackage('nuget', 'MultiSafepay'));
    expect(index.byPackage('nuget', 'multisafepay')).toBeDefined();
  });
});

describe('Maven and Gradle', () => {
  it('pom.xml: dependencies only (not management, plugins or comments), scopes mapped, at the artifactId', () => {
    const { dependencies } = parseDependencyFile('pom.xml', fixture('pom.xml'));
    expect(summary(dependencies)).toEqual([
      'io.sentry:sentry-spring-boot-starter-jakarta@ runtime',
      'com.stripe:stripe-java@28.1.0 runtime',
      'jakarta.servlet:jakarta.servlet-api@6.1.0 peer',
      'org.junit.jupiter:junit-jupiter@5.11.3 test',
    ]);
    expect(dependencies[1]).toMatchObject({ line: lineOf('pom.xml', 'stripe-java'), column: 19 });
  });
  it('build.gradle: string and map notation, platforms, configurations to scopes', () => {
    const { dependencies } = parseDependencyFile('build.gradle', fixture('build.gradle'));
    expect(summary(dependencies)).toEqual([
      'io.sentry:sentry-spring-boot-starter-jakarta@7.18.0 runtime',
      'com.stripe:stripe-java@28.1.0 runtime',
      'org.springframework.boot:spring-boot-dependencies@3.4.0 runtime',
      'org.projectlombok:lombok@1.18.36 dev',
      'org.junit.jupiter:junit-jupiter@5.11.3 test',
    ]);
    expect(dependencies[1]).toMatchObject({
      line: lineOf('build.gradle', 'stripe-java'),
      column: columnOf('build.gradle', 'stripe-java', 'com.stripe'),
    });
  });
  it('build.gradle.kts', () => {
    const { dependencies } = parseDependencyFile('build.gradle.kts', fixture('build.gradle.kts'));
    expect(summary(dependencies)).toEqual([
      'io.sentry:sentry-android@7.18.0 runtime',
      'com.mixpanel.android:mixpanel-android@7.5.3 runtime',
      'com.squareup.leakcanary:leakcanary-android@2.14 dev',
      'androidx.test.espresso:espresso-core@3.6.1 test',
    ]);
  });
});

describe('HTML', () => {
  it('finds script, iframe and pixel hosts, inline-script URLs, not comments or relative URLs', () => {
    const hosts = parseHtmlHosts(fixture('index.html'));
    expect(hosts.map((h) => `${h.kind} ${h.host}`)).toEqual([
      'script www.googletagmanager.com',
      'script js.stripe.com',
      'script eu-assets.i.posthog.com',
      'iframe www.youtube-nocookie.com',
      'pixel www.facebook.com',
    ]);
    expect(hosts[0]).toMatchObject({
      line: lineOf('index.html', 'googletagmanager'),
      column: columnOf('index.html', 'www.googletagmanager'),
    });
    expect(hosts[4]).toMatchObject({
      line: lineOf('index.html', 'facebook.com/tr'),
      column: columnOf('index.html', 'www.facebook.com'),
    });
  });
});

describe('HTML templated hosts', () => {
  it('a host opened by a template placeholder is named by the literal domain after it', () => {
    const hosts = parseHtmlHosts(
      [
        '<script src="https://<%= shop %>.myshopify.example/s.js"></script>',
        '<script>load(`https://${tenant}.cdn.example/x.js`)</script>',
        '<img src="https://{{ host }}/pixel.gif">',
        '<script src="https://{{ a\n }}.b.example/x.js"></script>',
      ].join('\n'),
    );
    expect(hosts.map((h) => `${h.kind} ${h.host} ${h.line}:${h.column}`)).toEqual([
      'script myshopify.example 1:22',
      'script cdn.example 2:23',
    ]);
  });
});

describe('file kinds', () => {
  it('knows manifests, lockfiles and templates by name', () => {
    expect(
      [
        'a/package.json',
        'yarn.lock',
        'requirements-test.txt',
        'build.gradle.kts',
        'web/composer.json',
        'Gemfile',
        'api/Gemfile.lock',
        'ios/Podfile',
        'Podfile.lock',
        'pubspec.yaml',
        'pubspec.lock',
        'src/App/App.csproj',
        'Directory.Packages.props',
        'packages.config',
        'views/home.njk',
        'README.md',
      ].map(dependencyFileKind),
    ).toEqual([
      'manifest',
      'lockfile',
      'manifest',
      'manifest',
      'manifest',
      'manifest',
      'lockfile',
      'manifest',
      'lockfile',
      'manifest',
      'lockfile',
      'manifest',
      'manifest',
      'manifest',
      'template',
      undefined,
    ]);
  });
});
