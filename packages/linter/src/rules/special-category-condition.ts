import {
  allText,
  ART9_CONDITIONS,
  art9ConditionOf,
  CRIMINAL_OFFENCE_DATA,
  formatGdprPointCitation,
  legalBasisById,
  parseArt9Citation,
  parseGdprPointCitation,
  specialCategoryById,
  type Art9Condition,
  type DataCategory,
} from '@privacyspec/schema';
import { citeNotice } from '../notice-article.js';
import { defineRule } from '../rule.js';

export type MessageIds =
  | 'missingCondition'
  | 'conditionNotCitation'
  | 'conditionUnreadable'
  | 'conditionUnknownLetter'
  | 'conditionNeedsLaw'
  | 'criminalOffenceNeedsLaw';

type Resolved =
  | { kind: 'condition'; condition: Art9Condition }
  | { kind: 'unknown-letter'; letter: string }
  | { kind: 'other-provision'; cited: string }
  | { kind: 'unreadable' };

/**
 * A `specialCategoryCondition` as a C9 identifier ("explicit-consent") or a citation ("9(2)(h)",
 * "Art. 9 Abs. 2 lit. h DSGVO"), read by art9ConditionOf as rights-complete reads it; otherwise
 * a 9(2) letter after (j), a citation of another provision ("6(1)(a)"), or text not read.
 */
function resolveCondition(text: string): Resolved {
  const condition = art9ConditionOf(text);
  if (condition !== undefined) return { kind: 'condition', condition };
  const art9 = parseArt9Citation(text);
  if (art9 !== undefined) return { kind: 'unknown-letter', letter: art9.letter };
  const other = parseGdprPointCitation(text);
  return other === undefined
    ? { kind: 'unreadable' }
    : { kind: 'other-provision', cited: formatGdprPointCitation(other) };
}

/** "9(2)(a)–9(2)(j)", from the reference table, for messages. */
const ARTICLE_9_2_POINTS = `${ART9_CONDITIONS[0]?.citation ?? ''}–${ART9_CONDITIONS.at(-1)?.citation ?? ''}`;

export default defineRule<MessageIds>({
  id: 'special-category-condition',
  meta: {
    description:
      'A purpose using special-category data names an existing Art. 9(2) condition, and criminal-offence data a law',
    articles: ['9(1)', '9(2)', '10', '13(1)(c)', '14(1)(c)'],
    defaultSeverity: 'error',
    cappedAtWarning: { conditionUnreadable: 'always' },
    // Art. 9(2)(b), (g)–(j) and Art. 10 rest on Union or Member State law, but Art. 13(1)(c) asks
    // for the legal ground, not for the statute behind it: naming the law is a nudge (WP260, U).
    strictOnly: ['conditionNeedsLaw', 'criminalOffenceNeedsLaw'],
    messages: {
      missingCondition:
        'Purpose "{{purpose}}" uses special-category data ({{categories}}) but names no Art. 9(2) condition. Art. 9(1) prohibits processing these data unless a condition of Art. 9(2) applies, in addition to the Art. 6(1) basis, and under {{article}} the notice must give that legal ground: add specialCategoryCondition with the condition relied on ({{range}}).',
      conditionNotCitation:
        'Purpose "{{purpose}}" gives "{{condition}}" (Art. {{cited}}) as its Art. 9(2) condition, which is not a point of Art. 9(2). Cite the condition relied on as one of {{range}} (written e.g. as 9(2)(x) or "art. 9.2 x").',
      conditionUnreadable:
        'PrivacySpec could not read "{{condition}}", the Art. 9(2) condition of purpose "{{purpose}}", as a point of Art. 9(2) ({{range}}) or a condition identifier such as explicit-consent: write it as 9(2)(x), e.g. 9(2)(h) or "Art. 9 Abs. 2 lit. h DSGVO", so that the condition relied on can be checked.',
      conditionUnknownLetter:
        'Purpose "{{purpose}}" cites Art. 9(2)({{letter}}), but Art. 9(2) has only the points {{range}}: cite the condition actually relied on.',
      conditionNeedsLaw:
        'Purpose "{{purpose}}" relies on Art. {{citation}} ({{condition}}), which applies only on the basis of Union or Member State law (or, where that point allows it, a collective agreement or a contract with a health professional), but names none: add legalObligation with the law or agreement that permits the processing, so that people can see what it rests on.',
      criminalOffenceNeedsLaw:
        'Purpose "{{purpose}}" uses data on criminal convictions or offences ({{categories}}), which are not an Art. 9 category: Art. 10 allows processing them only under the control of official authority or where Union or Member State law authorises it with safeguards, and an Art. 9(2) condition does not replace that. Add legalObligation with the law that authorises the processing, or rely on public-task for processing under official authority.',
    },
  },
  check({ declaration, report }) {
    const range = ARTICLE_9_2_POINTS;
    const declared = new Map(
      (declaration.dataCategories ?? []).map((category) => [category.id, category]),
    );

    declaration.purposes.forEach((purpose, index) => {
      const base = `/purposes/${index}`;
      // Undeclared ids are references-resolve's concern.
      const used = (purpose.dataCategories ?? []).flatMap((id) => declared.get(id) ?? []);
      const special = used.flatMap((category) => {
        const info =
          category.special === undefined ? undefined : specialCategoryById(category.special);
        return info === undefined ? [] : [{ category, title: info.title }];
      });
      const criminal = used.filter(
        (category: DataCategory) => category.special === CRIMINAL_OFFENCE_DATA.id,
      );
      const hasLaw = allText(purpose.legalObligation).trim() !== '';
      const conditionText = purpose.specialCategoryCondition?.trim() ?? '';

      if (special.length > 0 && conditionText === '') {
        report({
          messageId: 'missingCondition',
          data: {
            purpose: purpose.id,
            categories: special
              .map(({ category, title }) => `"${category.id}": ${title.toLowerCase()}`)
              .join('; '),
            article: citeNotice(
              declaration,
              special.map(({ category }) => category.id),
              '13(1)(c)',
              '14(1)(c)',
            ),
            range,
          },
          path: `${base}/specialCategoryCondition`,
        });
      }

      if (conditionText !== '') {
        const resolved = resolveCondition(conditionText);
        const path = `${base}/specialCategoryCondition`;
        if (resolved.kind === 'other-provision') {
          report({
            messageId: 'conditionNotCitation',
            data: { purpose: purpose.id, condition: conditionText, cited: resolved.cited, range },
            path,
          });
        } else if (resolved.kind === 'unreadable') {
          // Possibly a correct citation in a style the reader does not know: it cannot be checked,
          // which is a warning, not an error.
          report({
            messageId: 'conditionUnreadable',
            data: { purpose: purpose.id, condition: conditionText, range },
            path,
          });
        } else if (resolved.kind === 'unknown-letter') {
          report({
            messageId: 'conditionUnknownLetter',
            data: { purpose: purpose.id, letter: resolved.letter, range },
            path,
          });
        } else if (resolved.condition.needsLaw && !hasLaw) {
          // The condition itself is V (C9 rows); that the notice must name the law behind it is
          // WP260 guidance (WP-PURPOSE-BASIS), and some points also accept an agreement or a
          // contract: strict only.
          report({
            messageId: 'conditionNeedsLaw',
            data: {
              purpose: purpose.id,
              citation: resolved.condition.citation,
              condition: resolved.condition.id,
            },
            path: `${base}/legalObligation`,
          });
        }
      }

      // Art. 10: official authority (the public-task basis) or a law that authorises the processing.
      // Art. 10 itself is V (SC-criminal-offences), but that the notice must name the law is
      // WP260 guidance (WP-PURPOSE-BASIS, status U), and the declaration cannot show processing
      // under official authority by a basis other than public-task: strict only (see the docs).
      const officialAuthority =
        purpose.legalBasis !== undefined &&
        legalBasisById(purpose.legalBasis)?.id === 'public-task';
      if (criminal.length > 0 && !hasLaw && !officialAuthority) {
        report({
          messageId: 'criminalOffenceNeedsLaw',
          data: {
            purpose: purpose.id,
            categories: criminal.map((category) => `"${category.id}"`).join(', '),
          },
          path: `${base}/legalObligation`,
        });
      }
    });
  },
});
