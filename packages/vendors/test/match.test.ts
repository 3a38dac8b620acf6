import { describe, expect, it } from 'vitest';
import {
  catalogue,
  catalogueIndex,
  indexServices,
  matchRecipient,
  recipientIsService,
  type DeclaredRecipient,
  type Service,
} from '../src/index.js';

const service = (id: string): Service => catalogue.services.find((s) => s.id === id)!;

describe('recipientIsService', () => {
  it('matches by id, by name, alias or legal entity as a word sequence, in any language version of the name', () => {
    expect(recipientIsService({ id: 'sentry' }, service('sentry'))).toBe(true);
    expect(
      recipientIsService({ id: 'errors', name: 'Functional Software, Inc.' }, service('sentry')),
    ).toBe(true);
    expect(
      recipientIsService(
        { id: 'ads', name: { de: 'Facebook-Pixel von Meta', en: 'Facebook Pixel' } },
        service('meta-pixel'),
      ),
    ).toBe(true);
    expect(
      recipientIsService(
        { id: 'pay', description: 'Zahlungen über Klarna Bank AB' },
        service('klarna'),
      ),
    ).toBe(true);
  });
  it('matches by the host of copyAt, and not on a partial name', () => {
    expect(
      recipientIsService(
        { id: 'errors', transfer: { copyAt: 'https://sentry.io/legal/dpa/' } },
        service('sentry'),
      ),
    ).toBe(true);
    // Company suffixes do not count: "Google LLC" is the word "google", and a whole word must match.
    expect(
      recipientIsService(
        { id: 'google', name: 'Google Ireland Limited' },
        service('google-analytics'),
      ),
    ).toBe(true);
    expect(
      recipientIsService({ id: 'seo', name: 'Googleplex Consulting' }, service('google-analytics')),
    ).toBe(false);
    expect(
      recipientIsService({ id: 'sentryish', name: 'Sentryfield Ltd' }, service('sentry')),
    ).toBe(false);
    expect(
      recipientIsService(
        { id: 'mail', transfer: { copyAt: 'https://notsentry.io/dpa' } },
        service('sentry'),
      ),
    ).toBe(false);
  });
});

describe('matchRecipient', () => {
  const index = catalogueIndex();
  const match = (recipient: DeclaredRecipient) => {
    const found = matchRecipient(recipient, index);
    return found && { id: found.service.id, evidence: found.evidence };
  };

  it('recognises a service by its id, or a name that is exactly its name, an alias or its legal entity', () => {
    expect(match({ id: 'sentry', name: 'Fehlerberichte' })).toEqual({
      id: 'sentry',
      evidence: 'id',
    });
    expect(match({ id: 'errors', name: 'Sentry' })).toEqual({ id: 'sentry', evidence: 'name' });
    expect(match({ id: 'mail', name: 'The Rocket Science Group' })).toEqual({
      id: 'mailchimp',
      evidence: 'alias',
    });
    // Company forms and punctuation do not count: "Vercel, Inc" is "Vercel Inc.".
    expect(match({ id: 'hosting', name: 'Vercel, Inc' })).toEqual({
      id: 'vercel',
      evidence: 'name',
    });
    expect(match({ id: 'errors', name: 'Functional Software, Inc.' })).toEqual({
      id: 'sentry',
      evidence: 'alias',
    });
    // Only the service's own names, repeated or combined: "Google (Google Analytics)".
    expect(match({ id: 'analytics', name: 'Google (Google Analytics)' })).toEqual({
      id: 'google-analytics',
      evidence: 'name',
    });
    // The company alone: one of its services, named as its company by the rule.
    const google = matchRecipient({ id: 'ads', name: 'Google' }, index);
    expect(google?.evidence).toBe('legal-entity');
    expect(google?.service.legalEntity?.value).toBe('Google LLC');
    // Any language version of the name.
    expect(match({ id: 'errors', name: { sv: 'Felrapporter', en: 'Sentry' } })).toEqual({
      id: 'sentry',
      evidence: 'name',
    });
  });

  it('does not take a mention, a list, a category or a copyAt host for the service', () => {
    expect(match({ id: 'google-meta', name: 'Google Analytics, Meta' })).toBeUndefined();
    expect(match({ id: 'payments', name: 'Payment providers such as Stripe' })).toBeUndefined();
    expect(match({ id: 'web', name: 'Vercel hosting of our website' })).toBeUndefined();
    expect(match({ id: 'analytics', name: 'Google Analytics (GA4)' })).toBeUndefined();
    expect(match({ id: 'social', name: 'Meta' })).toBeUndefined();
    expect(match({ id: 'errors', description: 'Sentry' })).toBeUndefined();
    expect(match({ id: 'google', name: 'Google Ireland Limited' })).toBeUndefined();
    expect(match({ id: 'seo', name: 'Sentryfield Ltd' })).toBeUndefined();
    expect(
      match({ id: 'errors', transfer: { copyAt: 'https://sentry.io/legal/dpa/' } }),
    ).toBeUndefined();
  });

  it('is no match when a name fits services of different entities or countries', () => {
    const service = (id: string, entity: string, country: string): Service => ({
      id,
      name: 'Beacon',
      category: 'analytics',
      legalEntity: { value: entity, source: 'https://example.org/', asOf: '2026-01-01' },
      country: { value: country, source: 'https://example.org/', asOf: '2026-01-01' },
    });
    const ambiguous = indexServices([
      service('beacon-us', 'Beacon Inc.', 'US'),
      service('beacon-de', 'Beacon Europe GmbH', 'DE'),
    ]);
    expect(matchRecipient({ id: 'stats', name: 'Beacon' }, ambiguous)).toBeUndefined();
    expect(matchRecipient({ id: 'stats', name: 'Beacon Europe GmbH' }, ambiguous)?.service.id).toBe(
      'beacon-de',
    );
    const sameEntity = indexServices([
      service('beacon-web', 'Beacon Inc.', 'US'),
      service('beacon-app', 'Beacon Inc.', 'US'),
    ]);
    expect(matchRecipient({ id: 'stats', name: 'Beacon' }, sameEntity)?.service.id).toBe(
      'beacon-web',
    );
  });
});
