import type { Recipient } from '@privacyspec/schema';
import { catalogue, type Service } from '@privacyspec/vendors';
import { describe, expect, it } from 'vitest';
import { recipientIsService } from './scan-files.js';

const service = (id: string): Service => catalogue.services.find((s) => s.id === id)!;

describe('recipientIsService', () => {
  it('matches by id, by name, alias or legal entity as a word sequence, in any language version of the name', () => {
    expect(recipientIsService({ id: 'sentry' }, service('sentry'))).toBe(true);
    expect(
      recipientIsService({ id: 'errors', name: 'Functional Software, Inc.' }, service('sentry')),
    ).toBe(true);
    expect(
      recipientIsService(
        { id: 'ads', name: { de: 'Facebook-Pixel von Meta', en: 'Facebook Pixel' } } as Recipient,
        service('meta-pixel'),
      ),
    ).toBe(true);
    expect(
      recipientIsService(
        { id: 'pay', description: 'Zahlungen über Klarna Bank AB' } as Recipient,
        service('klarna'),
      ),
    ).toBe(true);
  });
  it('matches by the host of copyAt, and not on a partial name', () => {
    expect(
      recipientIsService(
        { id: 'errors', transfer: { copyAt: 'https://sentry.io/legal/dpa/' } } as Recipient,
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
        { id: 'mail', transfer: { copyAt: 'https://notsentry.io/dpa' } } as Recipient,
        service('sentry'),
      ),
    ).toBe(false);
  });
});
