import {
  allText,
  nationalIdRuleFor,
  normalizeCountryCode,
  type Purpose,
} from '@privacyspec/schema';
import { defineRule } from '../rule.js';

export type MessageIds = 'missingJustification' | 'missingJustificationArt87';

/** 'used by purpose "order"' / 'used by purposes "a" and "b"' / 'used by no purpose'. */
function usedBy(purposes: readonly Purpose[]): string {
  if (purposes.length === 0) return 'used by no purpose';
  const ids = purposes.map((p) => `"${p.id}"`);
  const list =
    ids.length === 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1) ?? ''}`;
  return `used by ${purposes.length === 1 ? 'purpose' : 'purposes'} ${list}`;
}

export default defineRule<MessageIds>({
  id: 'national-id-justified',
  meta: {
    description: 'A national identification number states why it is needed',
    articles: ['lag (2018:218) 3 kap. 10 §', '87'],
    defaultSeverity: 'error',
    // The national rules decide whether the number may be processed, not what the notice must
    // say (Art. 13(1)(c) asks for purposes and bases): recording the reason is a strict nudge.
    strictOnly: ['missingJustification', 'missingJustificationArt87'],
    messages: {
      missingJustification:
        'Data category "{{category}}" ({{usedBy}}) holds national identification numbers but gives no justification. {{law}} allows them {{conditions}}: say which in justification.',
      missingJustificationArt87:
        'Data category "{{category}}" ({{usedBy}}) holds national identification numbers but gives no justification. Art. 87 lets each Member State set the conditions for processing them, and {{country}} may require a reason: state in justification why the number is needed (for example secure identification), and check the national law.',
    },
  },
  check({ declaration, report }) {
    const country = declaration.controller.country;
    const national = nationalIdRuleFor(country);
    // An ISO code can be named; `EEA`, `non-EEA` or no country cannot.
    const code = country !== undefined ? normalizeCountryCode(country) : undefined;
    const countryCode = code !== undefined && /^[A-Z]{2}$/.test(code) ? code : undefined;
    (declaration.dataCategories ?? []).forEach((category, index) => {
      if (category.nationalId !== true) return;
      if (allText(category.justification).trim() !== '') return;
      const purposes = declaration.purposes.filter((p) =>
        (p.dataCategories ?? []).includes(category.id),
      );
      const path = `/dataCategories/${index}/justification`;
      if (national) {
        // Consent is a ground of its own under the national rule (dataskyddslagen 3:10: "utan
        // samtycke" only when justified): a number used only for purposes on consent needs no reason.
        if (
          national.consentSuffices &&
          purposes.length > 0 &&
          purposes.every((p) => p.legalBasis === 'consent')
        )
          return;
        report({
          messageId: 'missingJustification',
          data: {
            category: category.id,
            usedBy: usedBy(purposes),
            law: national.law,
            conditions: national.conditions,
          },
          path,
        });
        return;
      }
      // No national rule in the reference data for this controller's country: Art. 87 leaves the
      // conditions to each Member State, so the finding is advice to check the national law.
      report({
        messageId: 'missingJustificationArt87',
        data: {
          category: category.id,
          usedBy: usedBy(purposes),
          country:
            countryCode !== undefined
              ? `the law of the controller's country (${countryCode})`
              : "the controller's national law",
        },
        path,
      });
    });
  },
});
