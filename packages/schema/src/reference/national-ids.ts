// National identification numbers (GDPR Art. 87): national rules, gdpr-reference.md §8, as of
// 2026-11-23. Art. 87 lets each Member State determine the specific conditions for processing a
// national identification number; only the rules below have been checked. A country missing
// here is not a country without a rule, only one whose rule is not in the reference.
import { normalizeCountryCode } from './eea.js';
import type { SourceRef } from './types.js';

export interface NationalIdRule {
  /** ISO 3166-1 alpha-2 code of the country whose law it is. */
  readonly country: string;
  /** The provision, as a message cites it. */
  readonly law: string;
  /** When the number may be processed (paraphrase), to complete "… allows it only when …". */
  readonly conditions: string;
  /** True when consent is a ground of its own, so that no further justification is needed. */
  readonly consentSuffices: boolean;
  readonly source: SourceRef;
}

export const NATIONAL_ID_RULES: readonly NationalIdRule[] = [
  // gdpr-reference.md#SE-DSL-PNR, as of 2026-11-23: personnummer and samordningsnummer may be
  // processed without consent only when clearly justified by the purpose, the importance of
  // secure identification, or another considerable reason (IMY: consent is the main rule).
  {
    country: 'SE',
    law: 'Dataskyddslagen (2018:218) 3 kap. 10 §',
    conditions:
      'without consent only when clearly justified by the purpose, the importance of secure identification or another considerable reason',
    consentSuffices: true,
    source: { row: 'SE-DSL-PNR', status: 'V' },
  },
];

/** The national rule on identification numbers of a controller's country, if the reference has it. */
export function nationalIdRuleFor(country: string | undefined): NationalIdRule | undefined {
  if (country === undefined) return undefined;
  const code = normalizeCountryCode(country);
  return NATIONAL_ID_RULES.find((rule) => rule.country === code);
}
