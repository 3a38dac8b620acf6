import { describe, expect, it } from 'vitest';
import { serviceEstablishment, type Service } from '../src/index.js';

const fact = <T extends string>(value: T) => ({
  value,
  source: 'https://vendor.example/legal',
  asOf: '2026-01-02',
});
const base: Service = {
  id: 'acme',
  name: 'Acme',
  category: 'analytics',
  legalEntity: fact('Acme, Inc.'),
};

describe('serviceEstablishment', () => {
  it('is the sourced country when the catalogue has one', () => {
    expect(serviceEstablishment({ ...base, country: fact('IE') })).toEqual({
      country: 'IE',
      fact: 'established in IE (source: https://vendor.example/legal, as of 2026-01-02)',
    });
  });
  it('is the US for an entity itself certified under the DPF, which only US organisations can join', () => {
    const certified = { ...fact('certified' as const), entity: 'Acme, Inc.' };
    expect(serviceEstablishment({ ...base, dpf: certified })).toEqual({
      country: 'US',
      fact: 'certified under the EU–US Data Privacy Framework, which only US organisations can join, checked 2026-01-02 (source: https://vendor.example/legal)',
    });
    expect(serviceEstablishment({ ...base, dpf: fact('certified' as const) })?.country).toBe('US');
  });
  it('says nothing from another group entity’s certification, from no certification, or with no facts', () => {
    const other = { ...fact('certified' as const), entity: 'Acme Holdings, Inc.' };
    expect(serviceEstablishment({ ...base, dpf: other })).toBeUndefined();
    expect(serviceEstablishment({ ...base, dpf: fact('not-certified' as const) })).toBeUndefined();
    expect(serviceEstablishment(base)).toBeUndefined();
  });
});
