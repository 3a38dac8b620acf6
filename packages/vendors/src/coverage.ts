import type { Catalogue, ServiceCategory } from './catalogue.js';
import type { Ecosystem } from './types.js';

const CATEGORIES: readonly ServiceCategory[] = [
  'analytics',
  'product-analytics',
  'session-replay',
  'error-tracking',
  'monitoring',
  'payments',
  'email-marketing',
  'crm-support',
  'advertising',
  'tag-manager',
  'ab-testing',
  'auth',
  'maps',
  'video',
  'cdn-hosting',
];
const ECOSYSTEMS: readonly Ecosystem[] = [
  'npm',
  'pypi',
  'maven',
  'go',
  'rubygems',
  'composer',
  'nuget',
  'cocoapods',
  'swiftpm',
  'pub',
];

/**
 * The catalogue's coverage as Markdown: services per category, package names per ecosystem,
 * and per service which facts it holds. docs/vendors.md carries this block; a test keeps it current.
 */
export function coverageMarkdown(catalogue: Catalogue): string {
  const services = [...catalogue.services].sort((a, b) => a.name.localeCompare(b.name));
  const lines = [`${services.length} services.`, '', '| Category | Services |', '| --- | --- |'];
  for (const category of CATEGORIES) {
    const names = services.filter((s) => s.category === category).map((s) => s.name);
    lines.push(
      `| ${category} | ${names.length > 0 ? `${names.length}: ${names.join(', ')}` : '0'} |`,
    );
  }
  lines.push(
    '',
    '| Ecosystem | Services with package names | Package names |',
    '| --- | --- | --- |',
  );
  for (const ecosystem of ECOSYSTEMS) {
    const withPackages = services.filter((s) => s.packages?.[ecosystem]);
    const count = withPackages.reduce((sum, s) => sum + s.packages![ecosystem]!.value.length, 0);
    lines.push(`| ${ecosystem} | ${withPackages.length} | ${count} |`);
  }
  const mark = (present: unknown) => (present ? 'yes' : '–');
  lines.push(
    '',
    '| Service | Legal entity | Country | Regions | DPF | Role | Privacy policy | DPA | Packages | Domains |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const s of services) {
    const regions = s.processingRegions?.value.join(', ');
    lines.push(
      `| ${s.name} | ${mark(s.legalEntity)} | ${s.country?.value ?? '–'} | ${regions ?? '–'} | ${s.dpf?.value ?? '–'} | ${s.role?.value ?? '–'} | ${mark(s.privacyPolicy)} | ${mark(s.dpa)} | ${mark(s.packages)} | ${mark(s.domains)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
