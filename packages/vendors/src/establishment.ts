import type { Service } from './catalogue.js';

/** Where the catalogue places a service's legal entity, and the sourced fact that says so. */
export interface Establishment {
  country: string;
  fact: string;
}

/**
 * Where the catalogue places the service's legal entity: its sourced country, or else the US
 * when the entity itself is certified under the EU–US Data Privacy Framework, which only US
 * organisations can join (ADQ-US). A certification of another entity of the group (Stripe,
 * Inc. behind Stripe Payments Europe) says nothing.
 */
export function serviceEstablishment(service: Service): Establishment | undefined {
  const { country, dpf, legalEntity } = service;
  if (country)
    return {
      country: country.value,
      fact: `established in ${country.value} (source: ${country.source}, as of ${country.asOf})`,
    };
  if (dpf?.value !== 'certified' || (dpf.entity !== undefined && dpf.entity !== legalEntity?.value))
    return undefined;
  return {
    country: 'US',
    fact: `certified under the EU–US Data Privacy Framework, which only US organisations can join, checked ${dpf.asOf} (source: ${dpf.source})`,
  };
}
