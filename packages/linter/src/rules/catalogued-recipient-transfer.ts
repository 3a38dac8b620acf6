import {
  adequacyFor,
  isEeaCountry,
  isOutsideEea,
  isUnclassifiedTerritory,
} from '@privacyspec/schema';
import {
  catalogueIndex,
  matchRecipient,
  serviceEstablishment,
  type RecipientMatch,
  type Service,
} from '@privacyspec/vendors/recipients';
import { categoriesSentTo, citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds = 'transferNotStated' | 'countryNotStated' | 'residencyNotStated';

export default defineRule<MessageIds>({
  id: 'catalogued-recipient-transfer',
  meta: {
    description:
      'A recipient that the vendor catalogue places outside the EEA says where it processes the data and on what the transfer relies',
    articles: ['13(1)(f)', '14(1)(f)'],
    defaultSeverity: 'error',
    // With a mechanism named, the transfer is disclosed; naming the country rests on WP260
    // (gdpr-reference.md WP-TRANSFER, S). A service that offers EU data residency, or processes
    // only in the EEA, may lawfully keep the data there, which the declaration cannot show:
    // strict asks which applies.
    cappedAtWarning: { countryNotStated: 'always' },
    strictOnly: ['residencyNotStated'],
    messages: {
      transferNotStated:
        'Recipient "{{id}}" is {{service}}, which the vendor catalogue places outside the EEA: {{facts}}. The notice says neither where "{{id}}" processes the data nor what the transfer relies on, so people are not told that their data go to a third country ({{article}}). Add country ({{country}}, or the countries your contract names) and transfer.mechanism: {{mechanism}}.',
      countryNotStated:
        'Recipient "{{id}}" is {{service}}, which the vendor catalogue places outside the EEA: {{facts}}. The notice names a transfer mechanism but not the country; WP260 asks that the third countries be named, so that people can tell whether an adequacy decision covers them ({{article}}). Add country ({{country}}, or the countries your contract names).',
      residencyNotStated:
        'Recipient "{{id}}" is {{service}}, which the vendor catalogue places outside the EEA but which can process the data in the EU: {{facts}}. The notice does not say which applies ({{article}}): if your contract keeps the data in the EU, add country: EEA (or the EU countries); otherwise add country ({{country}}) and transfer.mechanism: {{mechanism}}.',
    },
  },
  check({ declaration, today, report }) {
    const recipients = declaration.recipients ?? [];
    // The catalogue is indexed only once a declaration has recipients to hold against it.
    if (recipients.length === 0) return;
    const index = catalogueIndex();
    recipients.forEach((recipient, position) => {
      // A declared country, right or wrong, is scan's to hold against the catalogue
      // (scan/catalogue-mismatch); the transfer rules check its mechanism.
      if (recipient.country !== undefined) return;
      const match = matchRecipient(recipient, index);
      const established = match && serviceEstablishment(match.service);
      if (!match || !established) return;
      if (!isOutsideEea(established.country) || isUnclassifiedTerritory(established.country))
        return;
      const { service } = match;
      const mechanisms = recipient.transfer?.mechanism;
      const data = {
        id: recipient.id,
        service: serviceName(match),
        facts: facts(service, established.fact),
        country: established.country,
        mechanism: mechanismAdvice(service, established.country, today),
        article: citeNotice(
          declaration,
          categoriesSentTo(declaration, recipient.id),
          '13(1)(f)',
          '14(1)(f)',
        ),
      };
      const path = `/recipients/${position}`;
      if (processesInEea(service)) report({ messageId: 'residencyNotStated', data, path });
      else if (mechanisms === undefined) report({ messageId: 'transferNotStated', data, path });
      else report({ messageId: 'countryNotStated', data, path });
    });
  },
});

/** EU data residency on offer, or processing only in the EEA, as the catalogue says. */
function processesInEea(service: Service): boolean {
  const regions = service.processingRegions;
  if (!regions) return false;
  return (
    regions.euResidency === true ||
    (regions.value.length > 0 &&
      regions.value.every((code) => code === 'EU' || code === 'EEA' || isEeaCountry(code)))
  );
}

/**
 * "Sentry (Functional Software, Inc.)"; a recipient recognised by the legal entity alone is
 * that entity, which may run other services than the one the catalogue lists.
 */
function serviceName({ service, evidence }: RecipientMatch): string {
  const entity = service.legalEntity?.value;
  if (entity === undefined || entity === service.name) return service.name;
  return evidence === 'legal-entity'
    ? `${entity} (in the catalogue as the company behind ${service.name})`
    : `${service.name} (${entity})`;
}

/** The catalogue's facts with their sources: establishment, processing regions, DPF status. */
function facts(service: Service, established: string): string {
  const list = [established];
  const regions = service.processingRegions;
  if (regions)
    list.push(
      `processing in ${regions.value.join(', ')} (source: ${regions.source}, as of ${regions.asOf})`,
    );
  const dpf = service.dpf;
  if (dpf && service.country)
    list.push(
      `EU–US Data Privacy Framework: ${dpf.value === 'certified' ? 'certified' : 'not certified'}${dpf.entity ? ` (${dpf.entity})` : ''}, checked ${dpf.asOf} (source: ${dpf.source})`,
    );
  return list.join('; ');
}

/** The mechanism to declare for the catalogue's country, from the adequacy decisions in force and the DPF status. */
function mechanismAdvice(service: Service, country: string, today: string): string {
  const safeguard = `an Art. 46 safeguard such as scc, with transfer.copyAt${service.dpa ? ` (the catalogue's DPA page: ${service.dpa.value})` : ''}`;
  const decision = adequacyFor(country, today);
  if (decision === undefined) return safeguard;
  if (decision.requiresMechanism === undefined)
    return `adequacy (Commission decision ${decision.decision} for ${country})`;
  const entity = service.dpf?.entity ?? service.legalEntity?.value ?? service.name;
  if (service.dpf?.value === 'certified')
    return `${decision.requiresMechanism} (the catalogue lists ${entity} as certified; adequacy decision ${decision.decision})`;
  if (service.dpf?.value === 'not-certified') return safeguard;
  return `${decision.requiresMechanism} if ${entity} is certified (adequacy decision ${decision.decision}), otherwise ${safeguard}`;
}
