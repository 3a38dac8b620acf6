import { catalogue, type Service } from '@privacyspec/vendors';
import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './catalogued-recipient-transfer.js';

// The cases use the bundled catalogue's real entries; the checks below fail loudly if an entry
// changes so that a case no longer tests what its name says.
const service = (id: string): Service => {
  const found = catalogue.services.find((entry) => entry.id === id);
  if (!found) throw new Error(`the catalogue has no ${id}`);
  return found;
};

const head =
  'privacyspec: "1.0"\ncontroller: {name: Exempel AB, email: dataskydd@exempel.se}\npurposes: []\nrecipients:\n';

describe('the catalogue entries the cases rely on', () => {
  it('Vercel: US, no EU residency, DPF status unknown, a DPA page', () => {
    const vercel = service('vercel');
    expect(vercel.country?.value).toBe('US');
    expect(vercel.processingRegions?.euResidency).not.toBe(true);
    expect(vercel.dpf).toBeUndefined();
    expect(vercel.dpa?.value).toMatch(/^https:/);
  });
  it('Mailchimp: US, DPF certified; Cloudflare: US; Matomo Cloud: NZ, processing in the EEA; Sentry: US with EU residency', () => {
    expect(service('mailchimp').country?.value).toBe('US');
    expect(service('mailchimp').dpf?.value).toBe('certified');
    expect(service('cloudflare').country?.value).toBe('US');
    expect(service('cloudflare').processingRegions).toBeUndefined();
    expect(service('matomo-cloud').country?.value).toBe('NZ');
    expect(service('matomo-cloud').processingRegions?.value).toEqual(['DE', 'IE']);
    expect(service('matomo-cloud').processingRegions?.euResidency).not.toBe(true);
    expect(service('sentry').country?.value).toBe('US');
    expect(service('sentry').processingRegions?.euResidency).toBe(true);
  });
  it('Klarna in the EEA (SE); Stripe without a sourced country, its DPF certification for Stripe, Inc.', () => {
    expect(service('klarna').country?.value).toBe('SE');
    expect(service('stripe').country).toBeUndefined();
    expect(service('stripe').dpf?.value).toBe('certified');
    expect(service('stripe').dpf?.entity).not.toBe(service('stripe').legalEntity?.value);
  });
  it('Google Analytics: Google LLC, certified under the DPF', () => {
    const analytics = service('google-analytics');
    expect(analytics.legalEntity?.value).toBe('Google LLC');
    expect(analytics.dpf?.value).toBe('certified');
    expect(analytics.dpf?.entity ?? 'Google LLC').toBe('Google LLC');
  });
});

runRuleTests(rule, {
  valid: [
    {
      name: 'a catalogued US service that names its country and mechanism',
      strict: true,
      code: `${head}  - {id: hosting, name: Vercel Inc., country: US, transfer: {mechanism: scc, copyAt: https://exempel.se/scc}}\n`,
    },
    {
      name: 'a declared country is not this rule’s to judge, even one the catalogue contradicts (scan reports it)',
      code: `${head}  - {id: vercel, country: EEA}\n`,
    },
    {
      name: 'a service the catalogue places in the EEA',
      strict: true,
      code: `${head}  - {id: klarna, name: Klarna Bank AB}\n`,
    },
    {
      name: 'a service whose country the catalogue has no source for, certified only through another entity of its group',
      strict: true,
      code: `${head}  - {id: stripe, name: Stripe}\n`,
    },
    {
      name: 'mentions, lists and categories are not one service',
      strict: true,
      code: `${head}  - {id: google-meta, name: "Google Analytics, Meta"}\n  - {id: payments, name: Payment providers such as Mailchimp and Vercel}\n  - {id: hosting, description: Vercel}\n  - {id: web, name: Vercel hosting of our website}\n`,
    },
    {
      name: 'a service with EU data residency: recommended is silent (the data may stay in the EEA)',
      code: `${head}  - {id: errors, name: Sentry}\n`,
    },
    {
      name: 'a service that processes only in the EEA: recommended is silent',
      code: `${head}  - {id: stats, name: Matomo Cloud}\n`,
    },
    {
      name: 'no recipients',
      strict: true,
      code: `${head}  []\n`.replace('recipients:\n  []', 'recipients: []'),
    },
  ],
  invalid: [
    {
      name: 'a US service by id, with neither country nor mechanism',
      code: `${head}  - {id: vercel, role: processor}\n`,
      errors: [{ messageId: 'transferNotStated', path: '/recipients/0', line: 5, column: 5 }],
    },
    {
      name: 'by exact name, alias or legal entity (company form and punctuation aside)',
      code: `${head}  - {id: hosting, name: "Vercel, Inc"}\n  - {id: mail, name: The Rocket Science Group LLC}\n  - {id: cdn, name: {sv: Innehållsnätverk, en: Cloudflare}}\n`,
      errors: [
        { messageId: 'transferNotStated', path: '/recipients/0', line: 5, column: 5 },
        { messageId: 'transferNotStated', path: '/recipients/1', line: 6, column: 5 },
        { messageId: 'transferNotStated', path: '/recipients/2', line: 7, column: 5 },
      ],
    },
    {
      name: 'a legal entity certified under the DPF is in the US, and the company alone is recognised',
      code: `${head}  - {id: analytics, name: Google (Google Analytics)}\n  - {id: google, name: Google}\n`,
      errors: [
        { messageId: 'transferNotStated', path: '/recipients/0', line: 5, column: 5 },
        { messageId: 'transferNotStated', path: '/recipients/1', line: 6, column: 5 },
      ],
    },
    {
      name: 'a mechanism without the country: a warning (WP260 asks for the country)',
      code: `${head}  - id: vercel\n    transfer: {mechanism: scc, copyAt: https://exempel.se/scc}\n`,
      errors: [
        {
          messageId: 'countryNotStated',
          path: '/recipients/0',
          line: 5,
          column: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'strict: the mechanism without the country is an error',
      strict: true,
      code: `${head}  - id: vercel\n    transfer: {mechanism: scc, copyAt: https://exempel.se/scc}\n`,
      errors: [{ messageId: 'countryNotStated', path: '/recipients/0', line: 5, column: 5 }],
    },
    {
      name: 'strict asks a service with EU data residency which applies',
      strict: true,
      code: `${head}  - {id: errors, name: Sentry}\n`,
      errors: [{ messageId: 'residencyNotStated', path: '/recipients/0', line: 5, column: 5 }],
    },
  ],
});

describe('catalogued-recipient-transfer messages', () => {
  const message = (code: string, strict = false) => {
    const messages = lintWithRule(rule, code, { strict }).messages;
    expect(messages).toHaveLength(1);
    return messages[0]!.message;
  };

  it('give the catalogue’s facts with their sources, and the DPA page as copyAt when the DPF status is unknown', () => {
    const vercel = service('vercel');
    const text = message(`${head}  - {id: vercel}\n`);
    expect(text).toContain('Recipient "vercel" is Vercel');
    expect(text).toContain(
      `established in US (source: ${vercel.country!.source}, as of ${vercel.country!.asOf})`,
    );
    expect(text).toContain('Art. 13(1)(f)');
    expect(text).toContain('dpf if Vercel Inc. is certified (adequacy decision (EU) 2023/1795)');
    expect(text).toContain(
      `scc, with transfer.copyAt (the catalogue's DPA page: ${vercel.dpa!.value})`,
    );
  });

  it('advise dpf for a certified entity, with the date the certification was checked', () => {
    const mailchimp = service('mailchimp');
    const text = message(`${head}  - {id: mailchimp}\n`);
    const entity = mailchimp.dpf!.entity ? ` (${mailchimp.dpf!.entity})` : '';
    expect(text).toContain(
      `certified${entity}, checked ${mailchimp.dpf!.asOf} (source: ${mailchimp.dpf!.source})`,
    );
    expect(text).toContain('transfer.mechanism: dpf (the catalogue lists');
    expect(text).not.toContain('scc');
  });

  it('name the company when only its legal entity is recognised', () => {
    const text = message(`${head}  - {id: google, name: Google}\n`);
    expect(text).toMatch(
      /^Recipient "google" is Google LLC \(in the catalogue as the company behind [^)]+\)/,
    );
    expect(text).toContain('Add country (US, or the countries your contract names)');
  });

  it('advise adequacy for a country with a decision in force', () => {
    expect(message(`${head}  - {id: matomo-cloud}\n`, true)).toContain(
      'otherwise add country (NZ) and transfer.mechanism: adequacy (Commission decision',
    );
  });

  it('offer EEA for a service with EU data residency, and the transfer otherwise', () => {
    const text = message(`${head}  - {id: sentry}\n`, true);
    expect(text).toContain('processing in US, EU');
    expect(text).toContain('add country: EEA');
    expect(text).toContain('otherwise add country (US) and transfer.mechanism');
  });
});
