import { catalogue } from '@privacyspec/vendors';
import { describe, expect, it } from 'vitest';
import { isScannedPath, scanListedFiles } from './scan-files.js';

describe('scanListedFiles', () => {
  // Texts that exist only in memory, as the Action's base versions read through the REST API.
  const files: Record<string, string> = {
    '/repo/package.json': '{\n  "dependencies": {\n    "@sentry/node": "^8.0.0"\n  }\n}\n',
    '/repo/privacy.yaml': 'recipients:\n  - id: hosting\n    name: Hetzner Online GmbH\n',
  };
  const read = (filePath: string) =>
    Promise.resolve(filePath in files ? { text: files[filePath]! } : { missing: true as const });

  it('reads the listed files through `read`, and says where an undeclared service comes in', async () => {
    const outcome = await scanListedFiles(
      { sources: ['/repo/package.json'], declarations: ['/repo/privacy.yaml'] },
      ['/repo'],
      { root: '/repo', read },
    );
    expect(outcome.undeclared.map((s) => s.id)).toEqual(['sentry']);
    expect(outcome.undeclaredFindings).toMatchObject([
      { filePath: '/repo/package.json', line: 3, column: 6, via: '@sentry/node' },
    ]);
    expect(outcome.results[0]!.messages).toMatchObject([
      { ruleId: 'scan/undeclared-transfer', severity: 'error', line: 3 },
    ]);
  });

  it('places a DPF-certified entity without a sourced country in the US, as the lint rule does', async () => {
    // Sentry's record as the catalogue has it, less its country: what remains is its own
    // entity's certification, which only a US organisation can hold.
    const sentry = catalogue.services.find((service) => service.id === 'sentry')!;
    expect(sentry.dpf?.value).toBe('certified');
    const withoutCountry = { ...sentry, country: undefined };
    const outcome = await scanListedFiles(
      { sources: ['/repo/package.json'], declarations: ['/repo/privacy.yaml'] },
      ['/repo'],
      { root: '/repo', read, services: [withoutCountry] },
    );
    const [message] = outcome.results[0]!.messages;
    expect(message).toMatchObject({ ruleId: 'scan/undeclared-transfer', severity: 'error' });
    expect(message!.message).toContain(
      `Catalogue: certified under the EU–US Data Privacy Framework, which only US organisations can join, checked ${sentry.dpf!.asOf}`,
    );
  });

  it('reads composer.json: a runtime PHP SDK is a transfer, a dev-only one is not', async () => {
    const composer: Record<string, string> = {
      '/site/composer.json':
        '{\n    "require": {\n        "php": "^8.2",\n        "stripe/stripe-php": "^16.2"\n    },\n    "require-dev": {\n        "mailgun/mailgun-php": "^4.3"\n    }\n}\n',
    };
    const outcome = await scanListedFiles(
      { sources: ['/site/composer.json'], declarations: [] },
      ['/site'],
      {
        root: '/site',
        read: (filePath) =>
          Promise.resolve(
            filePath in composer ? { text: composer[filePath]! } : { missing: true as const },
          ),
      },
    );
    expect(outcome.undeclared.map((s) => s.id)).toEqual(['stripe']);
    expect(outcome.undeclaredFindings).toMatchObject([
      { filePath: '/site/composer.json', line: 4, column: 10, via: 'stripe/stripe-php' },
    ]);
  });

  it('reports a listed file `read` cannot find, never skips it silently', async () => {
    const outcome = await scanListedFiles(
      { sources: ['/repo/web/package.json'], declarations: [] },
      ['/repo'],
      { root: '/repo', read },
    );
    expect(outcome.results[0]!.messages).toMatchObject([{ ruleId: 'scan/unreadable' }]);
  });
});

describe('isScannedPath', () => {
  it('takes what a scan reads: manifests and templates outside skipped folders, lockfiles when transitive', () => {
    expect(isScannedPath('web/package.json', {})).toBe(true);
    expect(isScannedPath('site/composer.json', {})).toBe(true);
    expect(isScannedPath('vendor/stripe/stripe-php/composer.json', {})).toBe(false);
    expect(isScannedPath('ios/Podfile', {})).toBe(true);
    expect(isScannedPath('ios/Pods/Sentry/index.html', { includeDev: true })).toBe(false);
    expect(isScannedPath('templates/base.html', {})).toBe(true);
    expect(isScannedPath('README.md', {})).toBe(false);
    expect(isScannedPath('node_modules/x/package.json', { includeDev: true })).toBe(false);
    expect(isScannedPath('test/app/package.json', {})).toBe(false);
    expect(isScannedPath('test/app/package.json', { includeDev: true })).toBe(true);
    expect(isScannedPath('pnpm-lock.yaml', {})).toBe(false);
    expect(isScannedPath('pnpm-lock.yaml', { transitive: true })).toBe(true);
  });
});
