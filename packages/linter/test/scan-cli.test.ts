import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

/** A scratch project: file name → text. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacyspec-scan-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A JSON scan report as `rule file line:column subject` rows, paths relative to `dir`. */
function findings(json: string, dir: string): string[] {
  return (
    JSON.parse(json) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[]
  ).flatMap((result) =>
    result.messages.map(
      (m) =>
        `${m.ruleId} ${result.filePath.slice(dir.length + 1)} ${m.line}:${m.column} ${m.message.split(' ')[0]}`,
    ),
  );
}

const PACKAGE_JSON = `{
  "name": "shop",
  "dependencies": {
    "express": "^4.21.1",
    "@sentry/node": "^8.40.0"
  },
  "devDependencies": {
    "posthog-node": "^4.3.1"
  }
}
`;

const DECLARATION = `privacyspec: "1.0"
controller:
  name: Shop AB
  email: privacy@shop.example
purposes:
  - id: orders
    name: Handle orders
    legalBasis: contract
    dataCategories: [contact]
    recipients: [sentry]
    retention:
      duration: P1Y
recipients:
  - id: sentry
    name: Functional Software (Sentry)
    role: processor
    country: DE
`;

/** A template line that brings in a catalogued US service. */
const TAG = '<script src="https://eu.i.posthog.com/static/array.js"></script>\n';

describe('privacyspec scan', () => {
  it('refuses a manifest named on the command line that links outside the project, and says so at the file', () => {
    const outside = project({ 'package.json': PACKAGE_JSON });
    const dir = project({ '.git/HEAD': 'ref: refs/heads/main\n' });
    mkdirSync(join(dir, 'app'));
    symlinkSync(join(outside, 'package.json'), join(dir, 'app', 'package.json'));
    const run = runCli(['scan', 'app/package.json', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string; message: string; line: number }[];
    }[];
    const refused = results.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
    expect(refused).toEqual([
      expect.objectContaining({
        ruleId: 'scan/unreadable',
        line: 1,
        filePath: join(dir, 'app', 'package.json'),
      }),
    ]);
    expect(refused[0]!.message).toMatch(/outside/);
    expect(run.stdout).not.toContain('sentry');
  });

  it('an undeclared US SDK in package.json is an error at its line, in stylish and SARIF; dev dependencies are ignored', () => {
    const dir = project({
      'package.json': PACKAGE_JSON,
      'test/package.json': PACKAGE_JSON.replace('@sentry/node', '@sentry/browser'),
    });
    const stylish = runCli(['scan'], { cwd: dir });
    expect(stylish.stderr).toBe('');
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('5:6');
    expect(stylish.stdout).toContain('scan/undeclared-transfer');
    expect(stylish.stdout).toContain('Art. 44');
    expect(stylish.stdout).not.toContain('posthog');
    expect(stylish.stdout).not.toContain('test/package.json');

    const sarif = runCli(['scan', '--format', 'sarif'], { cwd: dir });
    expect(sarif.status).toBe(1);
    const results = JSON.parse(sarif.stdout).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ruleId: 'scan/undeclared-transfer', level: 'error' });
    expect(results[0].locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'package.json' },
      region: { startLine: 5, startColumn: 6 },
    });
  });

  it('--include-dev widens to dev dependencies and test folders; .gitignore is honoured', () => {
    const dir = project({
      'package.json': PACKAGE_JSON,
      'test/package.json': PACKAGE_JSON,
      'generated/package.json': PACKAGE_JSON,
      '.gitignore': 'generated/\n',
    });
    const run = runCli(['scan', '--include-dev', '--format', 'json'], { cwd: dir });
    const files = (
      JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[]
    ).map((r) => r.filePath.slice(dir.length + 1));
    expect(files).toEqual(['package.json', 'test/package.json']);
    expect(run.stdout).toContain('posthog-node');
  });

  it('.gitignore files apply to their own folder and below: anchored paths, file patterns and negations', () => {
    const dir = project({
      '.gitignore': '/web/legacy/\n*.ejs\n',
      'package.json': PACKAGE_JSON,
      'web/legacy/package.json': PACKAGE_JSON,
      'web/legacy.html': TAG,
      'web/views/page.ejs': TAG,
      'apps/site/.gitignore': 'out/\n*.html\n!keep.html\n',
      'apps/site/out/package.json': PACKAGE_JSON,
      'apps/site/drop.html': TAG,
      'apps/site/pages/keep.html': TAG,
      'apps/site/pages/drop.html': TAG,
      // The nested .gitignore's `out/` is relative to apps/site, not to the top folder.
      'out/package.json': PACKAGE_JSON,
    });
    const run = runCli(['scan', '--format', 'json'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { filePath: string }[])
      .map((r) => r.filePath.slice(dir.length + 1))
      .sort();
    expect(files).toEqual([
      'apps/site/pages/keep.html',
      'out/package.json',
      'package.json',
      'web/legacy.html',
    ]);
  });

  it('a declared recipient passes; a country that contradicts the catalogue is reported with its source and date', () => {
    const dir = project({
      'package.json': PACKAGE_JSON,
      'privacy.yaml': DECLARATION.replace('country: DE', 'country: JP'),
    });
    const run = runCli(['scan'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('undeclared');
    expect(run.stdout).toContain('privacy.yaml');
    expect(run.stdout).toContain('scan/catalogue-mismatch');
    expect(run.stdout).toMatch(/declared in JP.*as of 20\d\d-\d\d-\d\d/);
    // Sentry offers EU processing: a recipient declared in an EU country agrees with the catalogue.
    const eu = runCli(['scan'], {
      cwd: project({ 'package.json': PACKAGE_JSON, 'privacy.yaml': DECLARATION }),
    });
    expect(eu.stdout).not.toContain('scan/catalogue-mismatch');
  });

  it('--unused reports a declared recipient the code no longer brings in', () => {
    const dir = project({
      'package.json': PACKAGE_JSON.replace('"@sentry/node": "^8.40.0"', '"left-pad": "1.3.0"'),
      'privacy.yaml': DECLARATION.replace('country: DE', 'country: US'),
    });
    expect(runCli(['scan'], { cwd: dir }).stdout).not.toContain('scan/unused-recipient');
    const run = runCli(['scan', '--unused'], { cwd: dir });
    expect(run.stdout).toContain('scan/unused-recipient');
    expect(run.status).toBe(0);
  });

  it('--suggest prints recipient entries built from the catalogue sourced facts', () => {
    const dir = project({ 'package.json': PACKAGE_JSON });
    const run = runCli(['scan', '--suggest'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('- id: sentry');
    expect(run.stdout).toContain('country: US');
    expect(run.stdout).toContain('copyAt: https://sentry.io/legal/dpa/');
  });

  it('a broken manifest is a diagnostic with its position, not a crash', () => {
    const dir = project({
      'package.json': '{\n  "dependencies": {\n    "@sentry/node": "8"\n  \n',
    });
    const run = runCli(['scan'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('scan/unreadable');
  });
});

describe('privacyspec scan: templates and lockfiles', () => {
  it('a tag in an HTML template brings its service in at the script line; an EEA service is a warning (exit 0)', () => {
    const html =
      '<!doctype html>\n<html>\n<head>\n  <script src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>\n</head>\n</html>\n';
    const dir = project({ 'public/index.html': html });
    const run = runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout) as {
      filePath: string;
      messages: {
        ruleId: string;
        severity: string;
        line: number;
        column: number;
        message: string;
      }[];
    }[];
    expect(result!.filePath).toBe(join(dir, 'public/index.html'));
    expect(result!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'scan/undeclared-recipient',
        severity: 'warning',
        line: 4,
        column: 24,
      }),
    ]);
    expect(result!.messages[0]!.message).toContain('Hotjar Limited (MT)');
  });

  it('lockfiles count only with --transitive, and a service a manifest names is not reported again from its lockfile', () => {
    const lock = JSON.stringify(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { '@sentry/node': '^8.40.0', 'checkout-kit': '1.0.0' } },
          'node_modules/@sentry/node': { version: '8.40.0' },
          'node_modules/checkout-kit': { version: '1.0.0' },
          'node_modules/@paypal/paypal-js': { version: '8.1.0' },
        },
      },
      null,
      2,
    );
    const dir = project({ 'package.json': PACKAGE_JSON, 'package-lock.json': lock });
    const direct = runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(direct.stdout).not.toContain('package-lock.json');
    const transitive = runCli(['scan', '--transitive', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(transitive.stdout) as {
      filePath: string;
      messages: { message: string; line: number }[];
    }[];
    const lockResult = results.find((r) => r.filePath.endsWith('package-lock.json'))!;
    expect(lockResult.messages.map((m) => m.message.split(' ')[0])).toEqual(['@paypal/paypal-js']);
    expect(lockResult.messages[0]!.line).toBe(
      lock.split('\n').findIndex((line) => line.includes('"node_modules/@paypal/paypal-js"')) + 1,
    );
  });
});

describe('privacyspec scan on files that real projects published', () => {
  /** A published file kept in the vendors package's real fixtures (sources in its README). */
  const published = (path: string) =>
    readFileSync(join(repoRoot, 'packages/vendors/test/fixtures/real', path), 'utf8');

  it("Strapi's Sentry plugin manifest and minima's Google Analytics include: each service found at its line, in SARIF; Sentry (US) is an undeclared transfer", () => {
    const manifest = published('npm/strapi-plugin-sentry-5.54.0/package.json');
    const include = published('html/minima-2.5.1/google-analytics.html');
    const dir = project({ 'package.json': manifest, '_includes/google-analytics.html': include });
    const run = runCli(['scan', '--format', 'sarif'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const results = (
      JSON.parse(run.stdout) as {
        runs: {
          results: {
            ruleId: string;
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string };
                region: { startLine: number; startColumn: number };
              };
            }[];
          }[];
        }[];
      }
    ).runs[0]!.results.map((result) => {
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      return `${result.ruleId} ${artifactLocation.uri} ${region.startLine}:${region.startColumn}`;
    });
    const at = (text: string, needle: string) => {
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.includes(needle));
      return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
    };
    // Google Analytics is a transfer or a plain undeclared recipient depending on whether the
    // catalogue gives its country; either way it is found at the host in the inline snippet.
    expect(results.sort()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^scan/undeclared-(transfer|recipient) _includes/google-analytics\\.html ${at(include, 'www.google-analytics.com')}$`,
        ),
      ),
      `scan/undeclared-transfer package.json ${at(manifest, '@sentry/node')}`,
    ]);
  });

  it("step-ca's go.mod and a composer.json beside it: New Relic's Go agent and Stripe's PHP SDK, each at its line", () => {
    const goMod = published('go/step-ca-0.19.0/go.mod');
    const composer =
      '{\n  "require": {\n    "php": "^8.2",\n    "stripe/stripe-php": "^16.2"\n  }\n}\n';
    const dir = project({ 'go.mod': goMod, 'web/composer.json': composer });
    const run = runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const found = findings(run.stdout, dir);
    const goLine =
      goMod.split('\n').findIndex((l) => l.includes('github.com/newrelic/go-agent')) + 1;
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        `scan/undeclared-transfer go.mod ${goLine}:2 github.com/newrelic/go-agent`,
        // Stripe's EEA entity may or may not carry a country in the catalogue: a plain undeclared
        // recipient or a transfer, found at its key either way.
        expect.stringMatching(
          /^scan\/undeclared-(transfer|recipient) web\/composer\.json 4:6 stripe\/stripe-php$/,
        ),
      ]),
    );
  });

  it("a Gemfile bringing Stripe's and Sentry's gems: each found at its line; a test-group gem only with --include-dev", () => {
    const gemfile = [
      "source 'https://gems.registry.example'",
      '',
      "gem 'rails', '~> 7.1'",
      "gem 'stripe', '~> 12.0'",
      'group :test do',
      "  gem 'sentry-ruby'",
      'end',
      '',
    ].join('\n');
    const dir = project({ 'api/Gemfile': gemfile });
    const found = (args: string[]) => {
      const run = runCli(['scan', '--format', 'json', ...args], { cwd: dir });
      expect(run.stderr).toBe('');
      return findings(run.stdout, dir);
    };
    // Stripe's EEA entity may or may not carry a country in the catalogue (see above).
    const stripe = expect.stringMatching(
      /^scan\/undeclared-(transfer|recipient) api\/Gemfile 4:6 stripe$/,
    );
    expect(found([])).toEqual([stripe]);
    expect(found(['--include-dev'])).toEqual([
      stripe,
      'scan/undeclared-transfer api/Gemfile 6:8 sentry-ruby',
    ]);
  });
});
