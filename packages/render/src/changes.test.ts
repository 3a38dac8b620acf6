import type { Declaration } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { changedNoticeSections } from './changes.js';
import { loadDeclaration } from './test-support/examples.js';

const base = loadDeclaration(`
privacyspec: "1.0"
language: en
controller: {name: Example Ltd, email: privacy@example.com}
supervisoryAuthority: {name: Integritetsskyddsmyndigheten (IMY), url: "https://www.imy.se"}
dataCategories:
  - {id: contact, name: Contact details, source: data-subject}
purposes:
  - id: analytics
    name: {en: Measuring use, sv: Mäta användning}
    legalBasis: consent
    dataCategories: [contact]
    retention: {duration: P26M}
  - id: fraud
    name: Preventing fraud
    legalBasis: legitimate-interests
    legitimateInterest: Protecting our customers against card fraud
    recipients: [cloud]
recipients:
  - {id: cloud, name: Example Cloud Inc., role: processor, country: US, transfer: {mechanism: scc}}
rights: [access, object]
`);

const withPurpose = (
  index: number,
  change: Partial<Declaration['purposes'][number]>,
): Declaration => ({
  ...base,
  purposes: base.purposes.map((purpose, i) => (i === index ? { ...purpose, ...change } : purpose)),
});

const ids = (changes: ReturnType<typeof changedNoticeSections>) =>
  changes.map((change) => `${change.id}:${change.status}`);

describe('changedNoticeSections', () => {
  it('yields only the section of the purpose that changed, with the head text', () => {
    const changes = changedNoticeSections(
      base,
      withPurpose(0, { retention: { duration: 'P13M' } }),
    );
    expect(ids(changes)).toEqual(['purpose-analytics:changed']);
    expect(changes[0]!.markdown).toMatch(
      /^#### Purposes and legal bases › Measuring use · _changed_\n/,
    );
    expect(changes[0]!.markdown).toContain('13 months');
    expect(changes[0]!.markdown).not.toContain('26 months');
  });

  it('yields the transfer section when a recipient’s safeguard changes, and the recipient section when its role does', () => {
    const recipient = base.recipients![0]!;
    const bcr = changedNoticeSections(base, {
      ...base,
      recipients: [{ ...recipient, transfer: { mechanism: 'bcr' } }],
    });
    expect(ids(bcr)).toEqual(['transfer-cloud:changed']);
    expect(bcr[0]!.markdown).toContain(
      'Transfers to third countries or international organisations › Example Cloud Inc.',
    );
    expect(bcr[0]!.markdown).toContain('binding corporate rules');
    const controller = changedNoticeSections(base, {
      ...base,
      recipients: [{ ...recipient, role: 'controller' }],
    });
    expect(ids(controller)).toEqual(['recipient-cloud:changed']);
  });

  it('yields nothing for identical declarations, also as separate copies', () => {
    expect(changedNoticeSections(base, structuredClone(base))).toEqual([]);
  });

  it('marks a new purpose as new and a purpose gone as removed, with its heading only', () => {
    const added = changedNoticeSections(base, {
      ...base,
      purposes: [
        ...base.purposes,
        { id: 'support', name: 'Customer support', legalBasis: 'contract' },
      ],
    });
    expect(ids(added)).toEqual(['purpose-support:added']);
    expect(added[0]!.markdown).toContain('Performance of a contract');
    const removed = changedNoticeSections(base, { ...base, purposes: [base.purposes[0]!] });
    // The recipient is no longer named by any purpose, but its sections read the same.
    expect(ids(removed)).toEqual(['purpose-fraud:removed']);
    expect(removed[0]!.markdown).toBe(
      '#### Purposes and legal bases › Preventing fraud · _removed_',
    );
  });

  it('notes a removed declaration once, and shows every section of a new one', () => {
    expect(changedNoticeSections(base, undefined)).toEqual([
      { id: 'notice', status: 'removed', markdown: '#### Privacy notice: Example Ltd · _removed_' },
    ]);
    const created = changedNoticeSections(undefined, base);
    expect(created.every((change) => change.status === 'added')).toBe(true);
    expect(created.map((change) => change.id)).toEqual([
      'controller',
      'purpose-analytics',
      'purpose-fraud',
      'data-contact',
      'recipient-cloud',
      'transfer-cloud',
      'rights',
      'complaint',
    ]);
    expect(changedNoticeSections(undefined, undefined)).toEqual([]);
  });

  it('renders both versions in the language asked for, else the declaration’s', () => {
    const head = withPurpose(0, { retention: { duration: 'P13M' } });
    expect(changedNoticeSections(base, head, { lang: 'sv' })[0]!.markdown).toContain(
      'Mäta användning · _changed_',
    );
    expect(
      changedNoticeSections({ ...base, language: 'sv' }, { ...head, language: 'sv' })[0]!.markdown,
    ).toContain('13 månader');
  });

  it('keeps hostile text escaped in the heading and the section', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1))';
    const changes = changedNoticeSections(
      base,
      withPurpose(1, { name: hostile, legitimateInterest: `<script>alert(1)</script>` }),
    );
    expect(ids(changes)).toEqual(['purpose-fraud:changed']);
    const markdown = changes[0]!.markdown;
    expect(markdown).not.toMatch(/(?<!\\)<(?:img|script)/);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(markdown).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });
});
