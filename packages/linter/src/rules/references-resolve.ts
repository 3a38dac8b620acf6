import { closestMatch, type Declaration } from '@privacyspec/schema';
import { defineRule } from '../rule.js';

export type MessageIds =
  | 'unknownDataCategory'
  | 'unknownRecipient'
  | 'unknownDataSubject'
  | 'unusedDataCategory'
  | 'unusedRecipient'
  | 'unusedDataSubject';

type Kind = 'dataCategories' | 'recipients' | 'dataSubjects';

const KINDS: ReadonlyArray<{
  key: Kind;
  singular: string;
  unknown: MessageIds;
  unused: MessageIds;
}> = [
  {
    key: 'dataCategories',
    singular: 'data category',
    unknown: 'unknownDataCategory',
    unused: 'unusedDataCategory',
  },
  {
    key: 'recipients',
    singular: 'recipient',
    unknown: 'unknownRecipient',
    unused: 'unusedRecipient',
  },
  {
    key: 'dataSubjects',
    singular: 'data subject',
    unknown: 'unknownDataSubject',
    unused: 'unusedDataSubject',
  },
];

const declaredIds = (declaration: Declaration, key: Kind): string[] =>
  (declaration[key] ?? []).map((entry) => entry.id);

export default defineRule<MessageIds>({
  id: 'references-resolve',
  meta: {
    description: 'Every id a purpose names is declared, and every declared entry is used',
    articles: [],
    defaultSeverity: 'error',
    // Art. 13 and 14 ask for the categories of data and of recipients, not for a link from each
    // to a purpose: an entry no purpose names is a gap in the declaration, not in the notice.
    strictOnly: ['unusedDataCategory', 'unusedRecipient', 'unusedDataSubject'],
    messages: {
      unknownDataCategory:
        'Purpose "{{purpose}}" lists data category "{{id}}", which is not declared under dataCategories, so the notice does not say what data it is. {{hint}}',
      unknownRecipient:
        'Purpose "{{purpose}}" lists recipient "{{id}}", which is not declared under recipients, so the notice does not say who receives the data. {{hint}}',
      unknownDataSubject:
        'Purpose "{{purpose}}" lists data subject "{{id}}", which is not declared under dataSubjects. {{hint}}',
      unusedDataCategory:
        'Data category "{{id}}" is declared but no purpose uses it, so the notice does not say why it is processed. Add "{{id}}" to the dataCategories of the purposes that use it, or remove it if it is not processed.',
      unusedRecipient:
        'Recipient "{{id}}" is declared but no purpose discloses data to it, so the notice does not say which data it receives and why. Add "{{id}}" to the recipients of those purposes, or remove it if it receives nothing.',
      unusedDataSubject:
        'Data subject "{{id}}" is declared but no purpose names it. Add "{{id}}" to the dataSubjects of the purposes that concern these people, or remove it.',
    },
  },
  check({ declaration, report }) {
    const declared = new Map(
      KINDS.map((kind) => [kind.key, declaredIds(declaration, kind.key)] as const),
    );
    // Sets for the look-ups: one per id a purpose names, so a list scan each would be quadratic.
    const declaredSets = new Map(KINDS.map((kind) => [kind.key, new Set(declared.get(kind.key))]));

    // A purpose that names something not declared: the reader cannot know what it is.
    declaration.purposes.forEach((purpose, p) => {
      for (const kind of KINDS) {
        const ids = declared.get(kind.key) ?? [];
        const known = declaredSets.get(kind.key);
        (purpose[kind.key] ?? []).forEach((id, i) => {
          if (known?.has(id) === true) return;
          const suggestion = closestMatch(id, ids);
          const elsewhere = KINDS.find(
            (other) => other.key !== kind.key && declaredSets.get(other.key)?.has(id) === true,
          );
          const hint =
            elsewhere !== undefined
              ? `"${id}" is declared as a ${elsewhere.singular}: move it to the purpose's ${elsewhere.key}.`
              : suggestion !== undefined
                ? `Did you mean "${suggestion}"?`
                : `Declare it under ${kind.key} or remove it from the purpose.`;
          report({
            messageId: kind.unknown,
            data: { purpose: purpose.id, id, hint },
            path: `/purposes/${p}/${kind.key}/${i}`,
          });
        });
      }
    });

    // A declared entry no purpose refers to: a forgotten link, a renamed id, or data kept for no
    // stated purpose. Strict only (meta.strictOnly): the notice still names it. Purposes *may* list
    // their data subjects, so data subjects are only checked when some purpose links any.
    for (const kind of KINDS) {
      const used = new Set<string>();
      for (const purpose of declaration.purposes)
        for (const id of purpose[kind.key] ?? []) used.add(id);
      if (kind.key === 'dataSubjects' && used.size === 0) continue;
      (declaration[kind.key] ?? []).forEach((entry, index) => {
        if (used.has(entry.id)) return;
        report({
          messageId: kind.unused,
          data: { id: entry.id },
          path: `/${kind.key}/${index}/id`,
        });
      });
    }
  },
});
