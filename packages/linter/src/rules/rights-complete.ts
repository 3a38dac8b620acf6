import {
  allText,
  LEGAL_BASES,
  RIGHTS,
  art9ConditionOf,
  legalBasisById,
  rightsForBasis,
  type Declaration,
  type LegalBasisId,
  type Purpose,
  type RightId,
  type RightInfo,
} from '@privacyspec/schema';
import { citeNotice, collectedFromPerson } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  'missingRight' | 'missingLimitedRight' | 'missingBasisRight' | 'missingAutomatedDecisionRight';

// Which information item of Art. 13 / Art. 14 tells people of each right (gdpr-reference.md §1.1:
// INF-RIGHTS, INF-WITHDRAW, INF-COMPLAINT, INF-ADM; the letters differ, see "Numbering trap").
const NOTICE_ITEM: Readonly<Record<RightId, readonly [art13: string, art14: string]>> = {
  access: ['13(2)(b)', '14(2)(c)'],
  rectification: ['13(2)(b)', '14(2)(c)'],
  erasure: ['13(2)(b)', '14(2)(c)'],
  restriction: ['13(2)(b)', '14(2)(c)'],
  portability: ['13(2)(b)', '14(2)(c)'],
  object: ['13(2)(b)', '14(2)(c)'],
  'withdraw-consent': ['13(2)(c)', '14(2)(d)'],
  complaint: ['13(2)(d)', '14(2)(e)'],
  'automated-decision': ['13(2)(f)', '14(2)(g)'],
};

/** How many purpose ids a message names before it says "and N more". */
const NAMED_PURPOSES = 3;

/** A right every basis gives or limits (access, rectification, erasure, restriction, complaint). */
const basisIndependent = (right: RightId): boolean =>
  LEGAL_BASES.every((basis) => rightsForBasis(basis.id)[right] !== 'not');

/**
 * The rows of gdpr-reference.md §2.3 a purpose falls under: its Art. 6(1) basis and, when it
 * relies on Art. 9(2)(a) explicit consent, the consent row too (that row reads "consent / 9(2)(a)":
 * Art. 7(3), 13(2)(c) and 20(1)(a) name 9(2)(a) alongside 6(1)(a)).
 */
function basisRows(purpose: Purpose): Array<{ basis: LegalBasisId; label: string }> {
  const rows: Array<{ basis: LegalBasisId; label: string }> = [];
  const basis = purpose.legalBasis ? legalBasisById(purpose.legalBasis) : undefined;
  if (basis) rows.push({ basis: basis.id, label: `${basis.id} (Art. ${basis.article})` });
  // An identifier (explicit-consent) or a citation (9(2)(a)), read as special-category-condition reads it.
  const explicitConsent =
    purpose.specialCategoryCondition !== undefined
      ? art9ConditionOf(purpose.specialCategoryCondition)
      : undefined;
  const consent = legalBasisById('consent');
  if (
    explicitConsent?.id === 'explicit-consent' &&
    consent &&
    !rows.some((row) => row.basis === consent.id)
  ) {
    rows.push({
      basis: consent.id,
      label: `${explicitConsent.id} (Art. ${explicitConsent.citation})`,
    });
  }
  return rows;
}

/**
 * Art. 20(1): portability covers the data the person "has provided" (which includes data observed
 * from them). A purpose whose declared categories all come from other sources gives none; a purpose
 * that lists no categories, or lists one that is not declared, has no source or is partly from the person, may.
 */
function mayUseProvidedData(declaration: Declaration, purpose: Purpose): boolean {
  const ids = purpose.dataCategories ?? [];
  if (ids.length === 0) return true;
  return ids.some((id) => {
    const category = declaration.dataCategories?.find((c) => c.id === id);
    return category === undefined || collectedFromPerson(category);
  });
}

/** `and`-joined list: "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}

/** 'purpose "order" rests' / 'purposes "order", "payment" and 7 more rest', for a verb in singular and plural. */
function purposesDoing(purposes: readonly Purpose[], singular: string, plural: string): string {
  const named = purposes.slice(0, NAMED_PURPOSES).map((p) => `"${p.id}"`);
  const rest = purposes.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : joinAnd(named);
  return purposes.length === 1 ? `purpose ${list} ${singular}` : `purposes ${list} ${plural}`;
}

export default defineRule<MessageIds>({
  id: 'rights-complete',
  meta: {
    description: 'The notice lists every right the declared processing gives',
    articles: [
      '13(2)(b)',
      '13(2)(c)',
      '13(2)(d)',
      '13(2)(f)',
      '14(2)(c)',
      '14(2)(d)',
      '14(2)(e)',
      '14(2)(g)',
      '7(3)',
      '15',
      '16',
      '17',
      '18',
      '20',
      '21',
      '22',
      '77',
    ],
    defaultSeverity: 'error',
    // Erasure where Art. 17(3)(b) excludes it for every purpose, and the Art. 22(3) safeguards,
    // which Art. 13(2)(f) does not list: a notice may lawfully leave them out (see the docs page).
    strictOnly: ['missingLimitedRight', 'missingAutomatedDecisionRight'],
    messages: {
      missingRight:
        'The notice does not tell people of their right "{{right}}" (Art. {{article}}: {{title}}). Every notice must mention it ({{notice}}): add "{{right}}" to rights.',
      missingLimitedRight:
        'The notice does not tell people of their right "{{right}}" (Art. {{article}}: {{title}}). Every purpose rests on legal-obligation or public-task, where Art. 17(3)(b) limits this right, but {{notice}} names it without that qualification: add "{{right}}" to rights (rightsExercise may say when the limit applies).',
      missingBasisRight:
        'The notice does not tell people of their right "{{right}}" (Art. {{article}}: {{title}}), which they have because {{purposes}} on {{bases}}. The notice must then mention it ({{notice}}): add "{{right}}" to rights.',
      missingAutomatedDecisionRight:
        'The notice does not tell people of their rights on automated decisions (Art. 22: to obtain human intervention, express their point of view and contest the decision), although {{purposes}} an automated decision. The notice must then cover them ({{notice}}): add "automated-decision" to rights, and say in rightsExercise how to ask for a person to review the decision (Art. 22(3)).',
    },
  },
  check({ declaration, report }) {
    const listed = new Set<string>(declaration.rights ?? []);
    const purposes = declaration.purposes;
    const rowsOf = new Map(purposes.map((p) => [p, basisRows(p)] as const));

    // A purpose without a dataCategories list may concern every declared category (undefined: all).
    const categoriesOf = (triggering: readonly Purpose[]): string[] | undefined =>
      triggering.some((p) => p.dataCategories === undefined)
        ? undefined
        : [...new Set(triggering.flatMap((p) => p.dataCategories ?? []))];
    const notice = (right: RightId, triggering?: readonly Purpose[]) => {
      const [art13, art14] = NOTICE_ITEM[right];
      return citeNotice(
        declaration,
        triggering ? categoriesOf(triggering) : undefined,
        art13,
        art14,
      );
    };
    // The title up to its first comma: "Complaint to a supervisory authority", without "in particular …".
    const common = (right: RightInfo) => ({
      right: right.id,
      article: right.article,
      title: right.title.split(',')[0] ?? right.title,
    });
    const path = '/rights';

    // 13(2)(d) / 14(2)(e) are told by naming the authority to complain to as well
    // (gdpr-reference.md#INF-COMPLAINT: supervisoryAuthority or rights ∋ complaint).
    const authorityNamed = allText(declaration.supervisoryAuthority?.name).trim() !== '';

    for (const right of RIGHTS) {
      if (listed.has(right.id)) continue;
      if (right.id === 'complaint' && authorityNamed) continue;

      if (right.id === 'automated-decision') {
        // Art. 22, INF-ADM: whenever a purpose declares an automated decision, whatever its basis.
        const triggering = purposes.filter((p) => p.automatedDecision !== undefined);
        if (triggering.length === 0) continue;
        report({
          messageId: 'missingAutomatedDecisionRight',
          data: {
            purposes: purposesDoing(triggering, 'declares', 'declare'),
            notice: notice(right.id, triggering),
          },
          path,
        });
        continue;
      }

      if (basisIndependent(right.id)) {
        // Access, rectification, restriction and complaint apply whatever the basis. Erasure is
        // "ltd" (Art. 17(3)(b)) for legal-obligation and public-task: when every purpose rests on
        // such a basis the right does not apply, and omitting it is lawful; strict still asks
        // (13(2)(b) names erasure without qualification; §2.3 keeps the case below error).
        const limitedOnly =
          purposes.length > 0 &&
          purposes.every((p) => {
            const rows = rowsOf.get(p) ?? [];
            return (
              rows.length > 0 &&
              rows.every((row) => rightsForBasis(row.basis)[right.id] === 'limited')
            );
          });
        if (limitedOnly) {
          report({
            messageId: 'missingLimitedRight',
            data: { ...common(right), notice: notice(right.id) },
            path,
          });
          continue;
        }
        report({
          messageId: 'missingRight',
          data: { ...common(right), notice: notice(right.id) },
          path,
        });
        continue;
      }

      // Rights that some bases give: portability (consent, contract; "if automated", which online
      // processing is: see the docs), object (public task, legitimate interests: Art. 21(1)),
      // withdraw-consent (consent, 9(2)(a)).
      const bases = new Set<string>();
      const triggering = purposes.filter((p) => {
        if (right.id === 'portability' && !mayUseProvidedData(declaration, p)) return false;
        const giving = (rowsOf.get(p) ?? []).filter((row) => {
          const applies = rightsForBasis(row.basis)[right.id];
          return applies === 'applies' || applies === 'if-automated';
        });
        for (const row of giving) bases.add(row.label);
        return giving.length > 0;
      });
      if (triggering.length === 0) continue;
      report({
        messageId: 'missingBasisRight',
        data: {
          ...common(right),
          purposes: purposesDoing(triggering, 'rests', 'rest'),
          bases: joinAnd([...bases], 'or'),
          notice: notice(right.id, triggering),
        },
        path,
      });
    }
  },
});
