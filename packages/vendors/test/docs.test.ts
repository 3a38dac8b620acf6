import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, coverageMarkdown } from '../src/index.js';

const page = readFileSync(new URL('../../../docs/vendors.md', import.meta.url), 'utf8');

describe('docs/vendors.md', () => {
  it('carries the coverage generated from the current catalogue (run `pnpm --filter @privacyspec/vendors docs`)', () => {
    const start = page.indexOf('-->', page.indexOf('<!-- coverage:start')) + 4;
    const end = page.indexOf('<!-- coverage:end -->');
    expect(page.slice(start, end)).toBe(coverageMarkdown(catalogue));
  });
  it('counts every service once in the category table', () => {
    const total = catalogue.services.length;
    expect(coverageMarkdown(catalogue)).toContain(`${total} services.`);
    expect(coverageMarkdown({ services: [] })).toContain('0 services.');
  });
});
