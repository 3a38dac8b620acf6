import type { Declaration } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { renderNotice } from './notice.js';
import { loadDeclaration } from './test-support/examples.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

const declaration = loadDeclaration(`
privacyspec: "1.0"
language: en
updated: 2026-03-05
controller: {name: Example Ltd, email: privacy@example.com, url: "https://example.com"}
supervisoryAuthority: {name: Integritetsskyddsmyndigheten (IMY), url: "https://www.imy.se"}
dataCategories:
  - {id: contact, name: Contact details, source: [data-subject, {thirdParty: Example Register AB, public: false}]}
purposes:
  - id: analytics
    name: {en: Measuring use, sv: Mäta användning}
    legalBasis: consent
    dataCategories: [contact]
    retention: {duration: P26M}
    deviceAccess: analytics
  - id: fraud
    name: Preventing fraud
    legalBasis: legitimate-interests
    legitimateInterest: Protecting our customers against card fraud
    recipients: [cloud]
    provision: {obligation: contract-entry, consequences: We cannot take your order.}
recipients:
  - {id: cloud, name: Example Cloud Inc., role: processor, country: US, transfer: {mechanism: scc, copyAt: "mailto:privacy@example.com"}}
rights: [access, object, withdraw-consent, complaint]
rightsExercise: Write to privacy@example.com.
`);

const withPurposeName = (name: string): Declaration => ({
  ...declaration,
  purposes: [{ ...declaration.purposes[0]!, name }],
});

describe('renderNotice', () => {
  it('keeps a hostile purpose name as text in HTML, and writes no script', () => {
    const html = renderNotice(withPurposeName(HOSTILE), { format: 'html', lang: 'en' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes a hostile name in Markdown: no raw HTML, no link or emphasis syntax', () => {
    const markdown = renderNotice(withPurposeName(`${HOSTILE} [x](javascript:alert(1)) *bold*`), {
      format: 'markdown',
      lang: 'en',
    });
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(markdown).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(markdown).toContain('\\*bold\\*');
  });

  it('gives each purpose a stable anchor that the summary table links to', () => {
    const html = renderNotice(declaration, { format: 'html', lang: 'en' });
    expect(html).toContain('<h3 id="purpose-analytics">');
    expect(html).toContain('href="#purpose-fraud"');
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('id="purpose-analytics"'));
  });

  it('states the basis in words and the article, the legitimate interest, retention in words', () => {
    const html = renderNotice(declaration, { format: 'html', lang: 'en' });
    expect(html).toContain('Consent (Article 6(1)(a) GDPR)');
    expect(html).toContain('Legitimate interests (Article 6(1)(f) GDPR)');
    expect(html).toContain('Protecting our customers against card fraud');
    expect(html).toContain('26 months');
    expect(html).not.toContain('P26M');
    const swedish = renderNotice(declaration, { format: 'html', lang: 'sv' });
    expect(swedish).toContain('Berättigat intresse (artikel 6(1)(f) i dataskyddsförordningen)');
    expect(swedish).toContain('26 månader');
  });

  it('tells about withdrawal of consent, sources, the transfer safeguard and where to get a copy, the complaint authority with a link', () => {
    const html = renderNotice(declaration, { format: 'html', lang: 'en' });
    expect(html).toContain('withdraw your consent at any time');
    expect(html).toContain('from you, Example Register AB (not a publicly accessible source)');
    expect(html).toContain(
      'standard data protection clauses adopted by the Commission (Article 46(2)(c) GDPR)',
    );
    expect(html).toContain('<a href="mailto:privacy@example.com">privacy@example.com</a>');
    expect(html).toContain('<a href="https://www.imy.se">Integritetsskyddsmyndigheten (IMY)</a>');
    expect(html).toContain(
      'Providing the data is a requirement necessary to enter into a contract.',
    );
    expect(html).toContain('We cannot take your order.');
    expect(html).toContain('Write to privacy@example.com.');
  });

  it('uses the language version of a text in that language; another version is marked with its lang', () => {
    expect(renderNotice(declaration, { format: 'html', lang: 'sv' })).toContain(
      '<h3 id="purpose-analytics">Mäta användning</h3>',
    );
    expect(renderNotice(declaration, { format: 'html', lang: 'de' })).toContain(
      '<h3 id="purpose-analytics"><span lang="en">Measuring use</span></h3>',
    );
    // Plain strings are in the declaration's language: marked on a German page, not on an English one.
    expect(renderNotice(declaration, { format: 'html', lang: 'de' })).toContain(
      '<span lang="en">Preventing fraud</span>',
    );
    expect(renderNotice(declaration, { format: 'html', lang: 'en' })).toContain(
      '<h3 id="purpose-fraud">Preventing fraud</h3>',
    );
  });

  it('renders nothing the declaration does not say', () => {
    const bare: Declaration = {
      privacyspec: '1.0',
      controller: { name: 'Bare AB' },
      purposes: [{ id: 'orders', name: 'Orders' }],
    };
    const html = renderNotice(bare, { format: 'html', lang: 'en' });
    for (const absent of [
      'Legal basis</dt>',
      'Retention period</dt>',
      'Your rights',
      'Complaints',
      'Transfers',
      'withdraw',
      'Recipients</h2>',
      'Data protection officer',
    ]) {
      expect(html).not.toContain(absent);
    }
    expect(html).toContain('Orders');
  });

  it('refuses a language it has no phrases for', () => {
    expect(() => renderNotice(declaration, { format: 'html', lang: 'xx' })).toThrow(/xx/);
  });
});
