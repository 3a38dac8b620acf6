import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDurations } from '../duration.js';
import type {
  Declaration,
  LegalBasis,
  Purpose,
  Recipient,
  Text,
} from '../generated/declaration.js';
import { getAtPointer } from '../pointer.js';
import { CHANGE_KINDS, diff, type Change, type ChangeKind } from './index.js';

// The seed every property test shares (vitest.config.base.js): fixed unless FC_SEED is set;
// fast-check prints it and the path on a failure, and FC_SEED=<that seed> replays it.
const SEED = Number(process.env.FC_SEED);
const PARAMS = { numRuns: 1000, seed: SEED };
const TODAY = '2026-11-23';

// ── arbitraries: small, valid declarations whose ids come from small alphabets ─────────────

const CATEGORY_IDS = ['c-a', 'c-b', 'c-c', 'c-d', 'c-e', 'c-f', 'c-g'];
const PURPOSE_IDS = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e', 'p-f', 'p-g'];
const RECIPIENT_IDS = ['r-a', 'r-b', 'r-c', 'r-d', 'r-e', 'r-f', 'r-g'];
const SUBJECT_IDS = ['s-a', 's-b', 's-c'];
const COUNTRIES = [
  'SE',
  'DE',
  'NO',
  'US',
  'GB',
  'UK',
  'JP',
  'IN',
  'CN',
  'EEA',
  'non-EEA',
  'intl:EPO',
];
const MECHANISMS = [
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'explicit-consent',
  'derogation',
  'privacy-shield',
  'safe-harbor',
];
const BASES: LegalBasis[] = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
];
const DURATIONS = [
  'P30D',
  'P1M',
  'P90D',
  'P3M',
  'P12M',
  'P1Y',
  'P365D',
  'P24M',
  'P2Y',
  'P7Y',
  'P84M',
  'P10Y',
];
const SPECIALS = [
  'health',
  'biometric',
  'genetic',
  'religious-beliefs',
  'religious-philosophical-beliefs',
  'criminal-offences',
];
const DEVICE_ACCESS = ['strictly-necessary', 'preferences', 'analytics', 'advertising', 'other'];
const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'object',
  'automated-decision',
  'withdraw-consent',
  'complaint',
];
const WORDS = [
  'Kunder',
  'Kontaktuppgifter',
  'contact details',
  'two years',
  'Acme AB',
  'Beta AB',
  'the end of the contract',
];

const word = fc.constantFrom(...WORDS);
const text: fc.Arbitrary<Text> = fc.oneof(
  word,
  fc.record({ sv: word, en: word }, { requiredKeys: ['sv'] }),
  fc.record({ en: word }),
);
const oneOrMany = (values: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...values),
    fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }),
  );
const ids = (alphabet: readonly string[]) =>
  fc.uniqueArray(fc.constantFrom(...alphabet), { maxLength: 4 });

const source = fc.oneof(
  fc.constant('data-subject'),
  fc.constant('public'),
  fc.record({ thirdParty: text, public: fc.boolean() }, { requiredKeys: ['thirdParty'] }),
);

const category = fc.record(
  {
    id: fc.constantFrom(...CATEGORY_IDS),
    name: text,
    description: text,
    examples: fc.uniqueArray(text, { maxLength: 3, selector: (t) => JSON.stringify(t) }),
    source: fc.oneof(source, fc.array(source, { minLength: 1, maxLength: 3 })),
    nationalId: fc.boolean(),
    special: fc.constantFrom(...SPECIALS),
    justification: text,
  },
  { requiredKeys: ['id'] },
);

const recipient = fc.record(
  {
    id: fc.constantFrom(...RECIPIENT_IDS),
    name: text,
    description: text,
    role: fc.constantFrom('processor', 'controller', 'joint-controller', 'public-authority'),
    country: oneOrMany(COUNTRIES),
    transfer: fc.record(
      {
        mechanism: oneOrMany(MECHANISMS),
        copyAt: fc.constantFrom('https://a.example/scc', 'https://b.example'),
        description: text,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id'] },
);

const purpose = fc.record(
  {
    id: fc.constantFrom(...PURPOSE_IDS),
    name: text,
    description: text,
    legalBasis: fc.constantFrom(...BASES),
    article: fc.constantFrom('6(1)(a)', '6(1)(b)', 'art. 6.1 b', '6(1)(f)'),
    legalObligation: text,
    legitimateInterest: text,
    specialCategoryCondition: fc.constantFrom('9(2)(a)', '9(2)(h)', '9 (2)(h)'),
    dataCategories: ids(CATEGORY_IDS),
    recipients: ids(RECIPIENT_IDS),
    dataSubjects: ids(SUBJECT_IDS),
    retention: fc.record(
      { duration: fc.constantFrom(...DURATIONS), from: text, criteria: text },
      { requiredKeys: [] },
    ),
    automatedDecision: fc.record(
      { decision: text, logic: text, significance: text },
      { requiredKeys: ['decision'] },
    ),
    provision: fc.record(
      {
        obligation: fc.constantFrom('statutory', 'contractual', 'contract-entry', 'voluntary'),
        consequences: text,
      },
      { requiredKeys: [] },
    ),
    deviceAccess: oneOrMany(DEVICE_ACCESS),
    securityMeasures: text,
  },
  { requiredKeys: ['id'] },
);

const declaration: fc.Arbitrary<Declaration> = fc
  .record(
    {
      privacyspec: fc.constant('1.0' as const),
      language: fc.constantFrom('sv', 'en'),
      updated: fc.constantFrom('2024-04-17', '2025-01-01'),
      controller: fc.record(
        {
          name: text,
          registrationNumber: fc.constantFrom('556193-8134', '556000-0000'),
          country: fc.constantFrom('SE', 'NO', 'US'),
          address: text,
          email: fc.constantFrom('a@example.se', 'b@example.se'),
          phone: fc.constantFrom('+46 40 123', '+46 8 456'),
          url: fc.constantFrom('https://a.example', 'https://b.example'),
        },
        { requiredKeys: [] },
      ),
      dpo: fc.record(
        {
          name: text,
          email: fc.constantFrom('dpo@example.se', 'x@example.se'),
          phone: fc.constant('+46 1'),
        },
        { requiredKeys: [] },
      ),
      representative: fc.oneof(
        fc.constant(null),
        fc.record({ name: text, country: fc.constantFrom('DE', 'IE') }, { requiredKeys: [] }),
      ),
      supervisoryAuthority: fc.record(
        {
          name: text,
          url: fc.constantFrom('https://www.imy.se', 'https://www.datatilsynet.no'),
          country: fc.constantFrom('SE', 'NO'),
        },
        { requiredKeys: ['name'] },
      ),
      dataCategories: fc.uniqueArray(category, { maxLength: 6, selector: (c) => c.id }),
      purposes: fc.uniqueArray(purpose, { maxLength: 6, selector: (p) => p.id }),
      recipients: fc.uniqueArray(recipient, { maxLength: 6, selector: (r) => r.id }),
      dataSubjects: fc.uniqueArray(
        fc.record({ id: fc.constantFrom(...SUBJECT_IDS), name: text }, { requiredKeys: ['id'] }),
        { maxLength: 3, selector: (s) => s.id },
      ),
      rights: fc.uniqueArray(fc.constantFrom(...RIGHTS), { maxLength: 9 }),
      rightsExercise: text,
      securityMeasures: text,
    },
    { requiredKeys: ['privacyspec', 'controller', 'purposes'] },
  )
  .map((d) => d as unknown as Declaration);

// ── helpers ───────────────────────────────────────────────────────────────────────────

function rng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Every list shuffled, keys reordered, and a recipient's country or mechanism toggled between X and [X]. */
function shuffleDeep(value: unknown, random: () => number, key = '', top = ''): unknown {
  const toggles = key === 'mechanism' || (key === 'country' && top === 'recipients');
  if (Array.isArray(value)) {
    const items = value.map((v) => shuffleDeep(v, random, '', top));
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    if (toggles && items.length === 1 && random() < 0.5) return items[0];
    return items;
  }
  if (typeof value === 'string' && toggles && random() < 0.5) return [value];
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => [k, shuffleDeep(v, random, k, top === '' ? k : top)] as const,
    );
    entries.sort(() => random() - 0.5);
    return Object.fromEntries(entries);
  }
  return value;
}

const run = (a: Declaration, b: Declaration) => diff(a, b, { today: TODAY }).changes;

/** The removal kind that undoes each addition kind (diff(b, a) of diff(a, b)). */
const REMOVAL_OF: Partial<Record<ChangeKind, ChangeKind>> = {
  'purpose-added': 'purpose-removed',
  'special-category-added': 'data-category-removed',
  'national-id-added': 'data-category-removed',
  'data-category-added': 'data-category-removed',
  'third-country-recipient-added': 'recipient-removed',
  'recipient-added': 'recipient-removed',
  'recipient-third-country-added': 'recipient-country-removed',
  'recipient-country-added': 'recipient-country-removed',
  'data-subject-added': 'data-subject-removed',
  'purpose-special-category-added': 'purpose-data-category-removed',
  'purpose-data-category-added': 'purpose-data-category-removed',
  'purpose-third-country-recipient-added': 'purpose-recipient-removed',
  'purpose-recipient-added': 'purpose-recipient-removed',
  'purpose-data-subject-added': 'purpose-data-subject-removed',
  'transfer-mechanism-added': 'transfer-mechanism-removed',
  'legal-basis-added': 'legal-basis-removed',
  'retention-added': 'retention-removed',
  'right-added': 'right-removed',
  'complaint-authority-added': 'complaint-authority-removed',
  'dpo-added': 'dpo-removed',
  'automated-decision-added': 'automated-decision-removed',
  'example-added': 'example-removed',
  'device-access-added': 'device-access-removed',
};

const show = (changes: Change[]) => JSON.stringify(changes.map((c) => [c.kind, c.path]));

// ── properties ────────────────────────────────────────────────────────────────────────

describe(`diff properties (fast-check, ${PARAMS.numRuns} runs each, seed ${SEED})`, () => {
  it('diff(a, a) is empty, and so is diff(a, a copy of a)', () => {
    fc.assert(
      fc.property(declaration, (a) => {
        expect(run(a, a)).toEqual([]);
        expect(run(a, structuredClone(a))).toEqual([]);
      }),
      PARAMS,
    );
  });

  it('shuffling every list (and X vs [X]) gives no change, either way', () => {
    fc.assert(
      fc.property(declaration, fc.integer(), (a, seed) => {
        const shuffled = shuffleDeep(a, rng(seed)) as Declaration;
        expect(run(a, shuffled)).toEqual([]);
        expect(run(shuffled, a)).toEqual([]);
      }),
      PARAMS,
    );
  });

  it('every addition in diff(a, b) is a removal at the same place in diff(b, a), and vice versa', () => {
    fc.assert(
      fc.property(declaration, declaration, (a, b) => {
        const forward = run(a, b);
        const backward = run(b, a);
        for (const [one, other] of [
          [forward, backward],
          [backward, forward],
        ] as const) {
          for (const change of one) {
            const removal = REMOVAL_OF[change.kind];
            if (
              removal !== undefined &&
              !other.some((c) => c.kind === removal && c.path === change.path)
            ) {
              throw new Error(`${change.kind} ${change.path} has no ${removal} in ${show(other)}`);
            }
            if (
              change.kind.endsWith('-removed') &&
              !other.some((c) => REMOVAL_OF[c.kind] === change.kind && c.path === change.path)
            ) {
              throw new Error(`${change.kind} ${change.path} has no addition in ${show(other)}`);
            }
          }
        }
        expect(forward.filter((c) => c.kind.endsWith('-added')).length).toBe(
          backward.filter((c) => c.kind.endsWith('-removed')).length,
        );
        expect(forward.filter((c) => c.kind.endsWith('-removed')).length).toBe(
          backward.filter((c) => c.kind.endsWith('-added')).length,
        );
      }),
      PARAMS,
    );
  });

  it('every change has its kind’s risk, a path that exists (in head, or in base for a removal), and comes sorted', () => {
    const risk = new Map<string, string>(CHANGE_KINDS.map((k) => [k.kind, k.risk]));
    const order = ['high', 'medium', 'low'];
    fc.assert(
      fc.property(declaration, declaration, (a, b) => {
        const changes = run(a, b);
        for (const c of changes) {
          if (c.risk !== risk.get(c.kind)) throw new Error(`${c.kind} has risk ${c.risk}`);
          const side = c.after === undefined ? a : b;
          if (getAtPointer(side, c.path) === undefined)
            throw new Error(
              `${c.kind}: ${c.path} is not in ${c.after === undefined ? 'base' : 'head'}`,
            );
          if (!c.message.endsWith('.'))
            throw new Error(`${c.kind}: message does not end a sentence: ${c.message}`);
        }
        const ranks = changes.map((c) => order.indexOf(c.risk));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
      PARAMS,
    );
  });

  it('a generated edit shows up as exactly the change kind it should', () => {
    fc.assert(
      fc.property(declaration, edit, (a, e) => {
        const base = structuredClone(a);
        const { kind, path } = e.apply(base);
        const head = structuredClone(base);
        e.applyHead(head);
        const changes = run(base, head);
        expect(
          changes.map((c) => c.kind),
          `${e.name}: ${show(changes)}`,
        ).toEqual([kind]);
        if (path !== undefined) expect(changes[0]!.path).toMatch(path);
      }),
      PARAMS,
    );
  });

  it('pairs every -added kind with its -removed kind', () => {
    for (const { kind } of CHANGE_KINDS) {
      if (kind.endsWith('-added')) expect(REMOVAL_OF[kind], kind).toBeDefined();
      // A deleted file is reported by the review, not by diff(); a new one entry by entry.
      if (kind.endsWith('-removed') && kind !== 'declaration-removed')
        expect(Object.values(REMOVAL_OF), kind).toContain(kind);
    }
  });
});

// ── generated edits ───────────────────────────────────────────────────────────────────

interface Edit {
  name: string;
  /** Prepares the base (so that the edit applies), returns the kind expected. */
  apply(base: Declaration): { kind: ChangeKind; path?: RegExp };
  applyHead(head: Declaration): void;
}

/** The purpose or recipient at a generated index, one added to base when there is none. */
function somePurpose(d: Declaration, n: number): Purpose {
  if (d.purposes.length === 0) d.purposes.push({ id: 'p-only' });
  return d.purposes[n % d.purposes.length]!;
}
function someRecipient(d: Declaration, n: number): Recipient {
  d.recipients ??= [];
  if (d.recipients.length === 0) d.recipients.push({ id: 'r-only' });
  return d.recipients[n % d.recipients.length]!;
}
const purposeIn = (d: Declaration, id: string) => d.purposes.find((p) => p.id === id)!;
const recipientIn = (d: Declaration, id: string) => d.recipients!.find((r) => r.id === id)!;

const shorterLonger = fc
  .tuple(fc.constantFrom(...DURATIONS), fc.constantFrom(...DURATIONS))
  .filter(([x, y]) => compareDurations(x, y)! < 0);

function basisKind(before: LegalBasis, after: LegalBasis): ChangeKind {
  if (before === 'consent') return 'legal-basis-away-from-consent';
  if (after === 'legitimate-interests') return 'legal-basis-to-legitimate-interests';
  return 'legal-basis-changed';
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc
    .record({
      basis: fc.option(fc.constantFrom(...BASES), { nil: undefined }),
      cats: ids(CATEGORY_IDS),
      recs: ids(RECIPIENT_IDS),
    })
    .map(({ basis, cats, recs }) => ({
      name: 'add a purpose',
      apply: () => ({ kind: 'purpose-added' as const, path: /^\/purposes\/\d+$/u }),
      applyHead: (h: Declaration) =>
        h.purposes.push({
          id: 'p-new',
          ...(basis ? { legalBasis: basis } : {}),
          dataCategories: cats,
          recipients: recs,
        }),
    })),
  fc.nat().map((n) => {
    let id = '';
    return {
      name: 'remove a purpose',
      apply: (b: Declaration) => (
        (id = somePurpose(b, n).id),
        { kind: 'purpose-removed' as const }
      ),
      applyHead: (h: Declaration) => (h.purposes = h.purposes.filter((p) => p.id !== id)),
    };
  }),
  fc.nat().map((n) => {
    let id = '';
    return {
      name: 'remove a recipient',
      apply: (b: Declaration) => (
        (id = someRecipient(b, n).id),
        { kind: 'recipient-removed' as const }
      ),
      applyHead: (h: Declaration) => (h.recipients = h.recipients!.filter((r) => r.id !== id)),
    };
  }),
  fc.constantFrom('SE', 'DE', 'NO', 'IS', 'EEA').map((country) => ({
    name: `add a recipient in ${country}`,
    apply: () => ({ kind: 'recipient-added' as const }),
    applyHead: (h: Declaration) => (h.recipients ??= []).push({ id: 'r-new', country }),
  })),
  fc
    .tuple(fc.constantFrom('US', 'IN', 'CN', 'GB', 'JP', 'CH', 'non-EEA'), fc.boolean())
    .map(([country, mixed]) => ({
      name: `add a recipient in ${country}`,
      apply: () => ({ kind: 'third-country-recipient-added' as const }),
      applyHead: (h: Declaration) =>
        (h.recipients ??= []).push({ id: 'r-new', country: mixed ? ['SE', country] : country }),
    })),
  fc
    .constantFrom<[string, ChangeKind, object]>(
      ['plain', 'data-category-added', {}],
      ['special', 'special-category-added', { special: 'health' }],
      ['special national id', 'special-category-added', { special: 'biometric', nationalId: true }],
      ['national id', 'national-id-added', { nationalId: true }],
    )
    .map(([what, kind, extra]) => ({
      name: `add a ${what} data category`,
      apply: () => ({ kind }),
      applyHead: (h: Declaration) => (h.dataCategories ??= []).push({ id: 'c-new', ...extra }),
    })),
  fc.tuple(fc.nat(), shorterLonger, fc.boolean()).map(([n, [shorter, longer], lengthen]) => {
    let id = '';
    return {
      name: lengthen ? 'lengthen a retention' : 'shorten a retention',
      apply: (b: Declaration) => {
        const p = somePurpose(b, n);
        id = p.id;
        p.retention = { ...p.retention, duration: lengthen ? shorter : longer };
        return {
          kind: lengthen ? ('retention-lengthened' as const) : ('retention-shortened' as const),
          path: /\/retention\/duration$/u,
        };
      },
      applyHead: (h: Declaration) =>
        (purposeIn(h, id).retention!.duration = lengthen ? longer : shorter),
    };
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...DURATIONS)).map(([n, duration]) => {
    let id = '';
    return {
      name: 'remove a retention',
      apply: (b: Declaration) => {
        const p = somePurpose(b, n);
        id = p.id;
        p.retention = { duration };
        return { kind: 'retention-removed' as const };
      },
      applyHead: (h: Declaration) => delete purposeIn(h, id).retention,
    };
  }),
  fc
    .tuple(fc.nat(), fc.constantFrom(...BASES), fc.constantFrom(...BASES))
    .filter(([, x, y]) => x !== y)
    .map(([n, before, after]) => {
      let id = '';
      return {
        name: `change a basis from ${before} to ${after}`,
        apply: (b: Declaration) => {
          const p = somePurpose(b, n);
          id = p.id;
          p.legalBasis = before;
          return { kind: basisKind(before, after), path: /\/legalBasis$/u };
        },
        applyHead: (h: Declaration) => (purposeIn(h, id).legalBasis = after),
      };
    }),
  fc.tuple(fc.constantFrom(...RIGHTS), fc.boolean()).map(([right, remove]) => ({
    name: `${remove ? 'remove' : 'add'} the right ${right}`,
    apply: (b: Declaration) => {
      const others = (b.rights ?? []).filter((r) => r !== right);
      b.rights = remove ? [...others, right as 'access'] : others;
      return { kind: remove ? ('right-removed' as const) : ('right-added' as const) };
    },
    applyHead: (h: Declaration) =>
      (h.rights = remove
        ? h.rights!.filter((r) => r !== right)
        : [...h.rights!, right as 'access']),
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('adequacy', 'dpf', 'scc', 'bcr'),
      fc.constantFrom('derogation', 'explicit-consent', 'privacy-shield', 'safe-harbor'),
      fc.boolean(),
    )
    .map(([n, strong, weak, drop]) => {
      let id = '';
      return {
        name: drop ? `remove the mechanism ${strong}` : `weaken ${strong} to ${weak}`,
        apply: (b: Declaration) => {
          const r = someRecipient(b, n);
          id = r.id;
          r.transfer = { ...r.transfer, mechanism: strong as 'scc' };
          return {
            kind: drop
              ? ('transfer-mechanism-removed' as const)
              : ('transfer-mechanism-weakened' as const),
          };
        },
        applyHead: (h: Declaration) => {
          const transfer = recipientIn(h, id).transfer!;
          if (drop) delete transfer.mechanism;
          else transfer.mechanism = weak as 'derogation';
        },
      };
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom('health', 'genetic', 'criminal-offences'), fc.boolean())
    .map(([n, special, national]) => {
      let id = '';
      return {
        name: 'an existing purpose starts using a special category',
        apply: (b: Declaration) => {
          id = somePurpose(b, n).id;
          (b.dataCategories ??= []).push({
            id: 'c-sensitive',
            ...(national ? { nationalId: true } : { special: special as 'health' }),
          });
          return {
            kind: 'purpose-special-category-added' as const,
            path: /\/dataCategories\/\d+$/u,
          };
        },
        applyHead: (h: Declaration) => (purposeIn(h, id).dataCategories ??= []).push('c-sensitive'),
      };
    }),
  fc.tuple(fc.nat(), fc.constantFrom('US', 'IN', 'non-EEA')).map(([n, country]) => {
    let id = '';
    return {
      name: 'an existing purpose starts disclosing to a recipient outside the EEA',
      apply: (b: Declaration) => {
        id = somePurpose(b, n).id;
        (b.recipients ??= []).push({ id: 'r-far', country });
        return { kind: 'purpose-third-country-recipient-added' as const };
      },
      applyHead: (h: Declaration) => (purposeIn(h, id).recipients ??= []).push('r-far'),
    };
  }),
  fc.tuple(fc.nat(), fc.constantFrom('US', 'IN', 'CN', 'GB')).map(([n, country]) => {
    let id = '';
    return {
      name: `an existing recipient gets a country in ${country}`,
      apply: (b: Declaration) => {
        const r = someRecipient(b, n);
        id = r.id;
        r.country = 'SE';
        return { kind: 'recipient-third-country-added' as const, path: /\/country\/1$/u };
      },
      applyHead: (h: Declaration) => (recipientIn(h, id).country = ['SE', country]),
    };
  }),
  fc.constantFrom(...SPECIALS).map((special) => ({
    name: `an existing category becomes ${special}`,
    apply: (b: Declaration) => (
      (b.dataCategories ??= []).push({ id: 'c-plain' }),
      { kind: 'special-category-set' as const }
    ),
    applyHead: (h: Declaration) =>
      (h.dataCategories!.find((c) => c.id === 'c-plain')!.special = special as 'health'),
  })),
  fc.constant({
    name: 'the controller is renamed',
    apply: (b: Declaration) => (
      (b.controller = { ...b.controller, name: 'Acme AB' }),
      { kind: 'controller-changed' as const }
    ),
    applyHead: (h: Declaration) => (h.controller.name = 'Acme Holding AB'),
  }),
  fc.nat().map((n) => {
    let id = '';
    return {
      name: 'the English name of a purpose changes',
      apply: (b: Declaration) => {
        const p = somePurpose(b, n);
        id = p.id;
        p.name = { sv: 'Beställning', en: 'Order' };
        return { kind: 'text-changed' as const, path: /^\/purposes\/\d+\/name\/en$/u };
      },
      applyHead: (h: Declaration) => (purposeIn(h, id).name = { en: 'Orders', sv: 'Beställning' }),
    };
  }),
);
