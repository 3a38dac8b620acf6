// TILT export and import: every example goes declaration → TILT → declaration through the real
// loader, and the facts TILT can hold come back; what it cannot hold is listed, not hidden.
// TILT's published JSON Schema cannot be committed here, so full-schema validation runs in
// scripts/tilt-corpus.mjs on a local copy; this file checks TILT's required fields by name.
import {
  isOutsideEea,
  legalBasisById,
  textIn,
  type Declaration,
  type Purpose,
} from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { exportTilt, importTilt, type TiltDocument } from '../src/index.js';
import { examples, loadDeclaration } from '../src/test-support/examples.js';

const all = examples();
const TODAY = '2026-12-06';

/** The properties TILT's schema lists as required, per object (schema commit ba05879). */
const REQUIRED = {
  root: [
    'meta',
    'controller',
    'dataProtectionOfficer',
    'dataDisclosed',
    'thirdCountryTransfers',
    'accessAndDataPortability',
    'sources',
    'rightToInformation',
    'rightToRectificationOrDeletion',
    'rightToDataPortability',
    'rightToWithdrawConsent',
    'rightToComplain',
    'automatedDecisionMaking',
    'changesOfPurpose',
  ],
  meta: ['_id', 'name', 'created', 'modified', 'version', 'language', 'status', 'url', '_hash'],
  controller: ['name', 'address', 'country', 'representative'],
  dataProtectionOfficer: ['name', 'address', 'country', 'email'],
  dataDisclosed: [
    '_id',
    'category',
    'purposes',
    'legalBases',
    'legitimateInterests',
    'recipients',
    'storage',
    'nonDisclosure',
  ],
  nonDisclosure: [
    'legalRequirement',
    'contractualRegulation',
    'obligationToProvide',
    'consequences',
  ],
} as const;

async function tiltOf(declaration: Declaration) {
  const { json, missing } = await exportTilt(declaration, { today: TODAY });
  return { tilt: JSON.parse(json) as TiltDocument, missing, json };
}

const textOf = (declaration: Declaration, text: Parameters<typeof textIn>[0]) =>
  textIn(text, declaration.language);

describe('exportTilt', () => {
  it.each(all)(
    '$name: every object has the fields TILT requires, in the forms it requires',
    async ({ declaration }) => {
      const { tilt, missing } = await tiltOf(declaration);
      expect(Object.keys(tilt)).toEqual(expect.arrayContaining([...REQUIRED.root]));
      expect(Object.keys(tilt.meta)).toEqual(expect.arrayContaining([...REQUIRED.meta]));
      expect(Object.keys(tilt.controller)).toEqual(
        expect.arrayContaining([...REQUIRED.controller]),
      );
      expect(Object.keys(tilt.dataProtectionOfficer)).toEqual(
        expect.arrayContaining([...REQUIRED.dataProtectionOfficer]),
      );
      expect(tilt.meta._hash).toMatch(/^[0-9a-f]{64}$/);
      expect(tilt.meta.created).toBe(declaration.updated ?? TODAY);
      for (const entry of tilt.dataDisclosed) {
        expect(Object.keys(entry)).toEqual(expect.arrayContaining([...REQUIRED.dataDisclosed]));
        expect(Object.keys(entry.nonDisclosure)).toEqual(
          expect.arrayContaining([...REQUIRED.nonDisclosure]),
        );
        for (const basis of entry.legalBases)
          expect(basis.reference).toMatch(/^GDPR-(6-1|9-2)-[a-j]$/);
        for (const interest of entry.legitimateInterests)
          if (interest.exists) expect(interest).toHaveProperty('reasoning');
        for (const storage of entry.storage)
          for (const period of storage.temporal ?? []) expect(period.ttl).toMatch(/^P/);
      }
      // A country code TILT can take, or the export says the declaration lacks it.
      if (/^[A-Z]{2}$/.test(declaration.controller.country ?? '')) {
        expect(tilt.controller.country).toBe(declaration.controller.country);
        expect(missing).toEqual([]);
      } else {
        expect(tilt.controller.country).toBe('');
        expect(missing).toEqual([expect.stringContaining('controller.country')]);
      }
      if (tilt.rightToComplain.available)
        expect(tilt.rightToComplain.supervisoryAuthority).toBeDefined();
      if (tilt.automatedDecisionMaking.inUse) {
        expect(tilt.automatedDecisionMaking).toHaveProperty('logicInvolved');
        expect(tilt.automatedDecisionMaking).toHaveProperty('scopeAndIntendedEffects');
      }
    },
  );

  it.each(all)(
    "$name: one dataDisclosed entry per category and purpose, with that purpose's basis",
    async ({ declaration }) => {
      const { tilt } = await tiltOf(declaration);
      const expected = declaration.purposes.flatMap((p) =>
        (p.dataCategories?.length ? p.dataCategories : ['']).map((c) => ({ p, c })),
      );
      expect(tilt.dataDisclosed).toHaveLength(expected.length);
      expected.forEach(({ p, c }, i) => {
        const entry = tilt.dataDisclosed[i]!;
        expect(entry._id).toBe(`${c}:${p.id}`);
        expect(entry.purposes).toHaveLength(1);
        const letter =
          p.legalBasis !== undefined ? legalBasisById(p.legalBasis)?.letter : undefined;
        expect(
          entry.legalBases.filter((b) => b.reference.startsWith('GDPR-6-')).map((b) => b.reference),
        ).toEqual(letter !== undefined ? [`GDPR-6-1-${letter}`] : []);
        expect(entry.storage[0]?.temporal?.[0]?.ttl).toBe(p.retention?.duration);
      });
    },
  );

  it.each(all)(
    '$name: a third-country transfer for each recipient outside the EEA with a country code',
    async ({ declaration }) => {
      const { tilt } = await tiltOf(declaration);
      const outside = (declaration.recipients ?? []).flatMap((r) =>
        [r.country ?? []].flat().filter((c) => /^[A-Z]{2}$/.test(c) && isOutsideEea(c)),
      );
      expect(tilt.thirdCountryTransfers.map((t) => t.country).sort()).toEqual(
        outside.map((c) => (c === 'UK' ? 'GB' : c)).sort(),
      );
    },
  );

  it('keeps hostile text as text: JSON escapes it, nothing is interpreted', async () => {
    const declaration = loadDeclaration(
      'privacyspec: "1.0"\ncontroller: {name: "Acme </script><script>alert(1)</script>", country: SE}\npurposes:\n  - id: a\n    name: "\\u001b[31mred\\u0007 \\"quoted\\""\n    legalBasis: consent\n',
    );
    const { tilt, json } = await tiltOf(declaration);
    expect(tilt.controller.name).toBe('Acme </script><script>alert(1)</script>');
    expect(tilt.dataDisclosed[0]?.purposes[0]?.purpose).toBe('\u001b[31mred\u0007 "quoted"');
    expect(json).not.toContain('\u001b');
  });
});

describe('importTilt', () => {
  it.each(all)(
    '$name: declaration → TILT → declaration keeps what TILT can hold',
    async ({ declaration }) => {
      const { json } = await tiltOf(declaration);
      const imported = importTilt(json);
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      const back = loadDeclaration(imported.yaml, 'the import');
      expect(textOf(back, back.controller.name)).toBe(
        textOf(declaration, declaration.controller.name),
      );
      const purposeFacts = (d: Declaration, p: Purpose) => ({
        id: p.id,
        name: textOf(d, p.name) ?? p.id,
        legalBasis: p.legalBasis,
        legalObligation:
          p.legalBasis === 'legal-obligation' ? textOf(d, p.legalObligation) : undefined,
        legitimateInterest:
          p.legalBasis === 'legitimate-interests' ? textOf(d, p.legitimateInterest) : undefined,
        specialCategoryCondition: p.specialCategoryCondition?.replace(/^Art\.\s*/, ''),
        dataCategories: p.dataCategories ?? [],
        duration: p.retention?.duration,
        // TILT cannot tell "voluntary" from "not stated" (all its flags false).
        obligation: p.provision?.obligation === 'voluntary' ? undefined : p.provision?.obligation,
        recipients: (p.recipients ?? []).map(
          (id) => textOf(d, d.recipients?.find((r) => r.id === id)?.name) ?? id,
        ),
      });
      expect(back.purposes.map((p) => purposeFacts(back, p))).toEqual(
        declaration.purposes.map((p) => purposeFacts(declaration, p)),
      );
      const recipientFacts = (d: Declaration) =>
        Object.fromEntries(
          (d.recipients ?? [])
            .filter((r) => d.purposes.some((p) => p.recipients?.includes(r.id)))
            .map((r) => [
              textOf(d, r.name) ?? r.id,
              {
                role: r.role,
                // TILT records transfers to third countries named by code only.
                mechanism: [r.country ?? []]
                  .flat()
                  .some((c) => /^[A-Z]{2}$/.test(c) && isOutsideEea(c))
                  ? r.transfer?.mechanism
                  : undefined,
              },
            ]),
        );
      const expectedRecipients = recipientFacts(declaration);
      for (const [name, facts] of Object.entries(recipientFacts(back))) {
        const want = expectedRecipients[name]!;
        expect(facts.role, name).toBe(want.role);
        // A mechanism TILT has no field for (BCR, a derogation) cannot come back.
        const kept = [want.mechanism ?? []]
          .flat()
          .filter((m) => ['adequacy', 'dpf', 'scc', 'sa-scc'].includes(m));
        expect([facts.mechanism ?? []].flat().sort(), name).toEqual(
          [...new Set(kept.map((m) => (m === 'sa-scc' ? 'scc' : m)))].sort(),
        );
      }
      // TILT has no field for restriction, objection or Art. 22(3): those cannot come back.
      const tiltRights = [
        'access',
        'rectification',
        'erasure',
        'portability',
        'withdraw-consent',
        'complaint',
      ];
      const had = new Set(declaration.rights ?? []);
      expect(new Set(back.rights ?? [])).toEqual(
        new Set(
          tiltRights.filter(
            (r) =>
              had.has(r as never) ||
              ((r === 'rectification' || r === 'erasure') &&
                (had.has('rectification') || had.has('erasure'))),
          ),
        ),
      );
    },
  );

  it('says in a comment what it cannot place, and leaves an ambiguous basis unset', () => {
    const tilt = {
      meta: { _id: 'x', language: 'de', modified: '2021-06-21T10:00:00' },
      controller: { name: 'Beispiel GmbH', country: 'Deutschland', division: 'Online' },
      dataProtectionOfficer: { name: 'DSB', email: 'datenschutz(at)beispiel.de' },
      dataDisclosed: [
        {
          _id: 'a1',
          category: 'E-Mail-Adresse',
          purposes: [{ purpose: 'Newsletter' }, { purpose: 'Kundenkonto' }],
          legalBases: [
            { reference: 'GDPR-6-1-a' },
            { reference: 'GDPR-6-1-b' },
            { reference: 'BDSG-26' },
          ],
          storage: [
            {
              temporal: [
                { description: 'Backups', ttl: 'P3Y' },
                { description: 'Konto', ttl: 'P1Y' },
              ],
              aggregationFunction: 'max',
            },
          ],
          recipients: [{ name: 'Mail Inc.', country: 'US', category: 'processor' }],
          nonDisclosure: {
            legalRequirement: false,
            contractualRegulation: true,
            obligationToProvide: false,
            consequences: 'Kein Konto.',
          },
        },
      ],
      thirdCountryTransfers: [
        {
          country: 'US',
          adequacyDecision: { available: true, description: 'DPF https://example.com/dpf' },
        },
      ],
      rightToComplain: { available: true, supervisoryAuthority: { name: 'BfDI', country: 'DE' } },
      automatedDecisionMaking: {
        inUse: true,
        logicInvolved: 'Scoring',
        scopeAndIntendedEffects: 'Ablehnung',
      },
    };
    const imported = importTilt(JSON.stringify(tilt, null, 2));
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const back = loadDeclaration(imported.yaml);
    expect(back.purposes.map((p) => p.legalBasis)).toEqual([undefined, undefined]);
    expect(imported.yaml).toContain(
      'several purposes with several bases (GDPR-6-1-a, GDPR-6-1-b, BDSG-26)',
    );
    expect(imported.yaml).toContain('legal basis BDSG-26');
    expect(imported.yaml).toContain(
      'several storage periods (max of them applies): P3Y (Backups); P1Y (Konto)',
    );
    expect(imported.yaml).toContain(
      'controller.country, not a two-letter country code: Deutschland',
    );
    expect(imported.yaml).toContain('TILT controller.division: Online');
    expect(imported.yaml).toMatch(/# TILT says automated decision-making is in use.*Scoring/);
    expect(back.controller.country).toBeUndefined();
    expect(back.dpo?.email).toBe('datenschutz@beispiel.de');
    expect(back.updated).toBe('2021-06-21');
    expect(back.purposes[0]?.provision).toEqual({
      obligation: 'contract-entry',
      consequences: 'Kein Konto.',
    });
    expect(back.recipients?.[0]?.transfer).toEqual({
      mechanism: 'dpf',
      copyAt: 'https://example.com/dpf',
      description: 'DPF',
    });
    expect(back.supervisoryAuthority).toEqual({ name: 'BfDI', country: 'DE' });
  });

  it('reports malformed JSON at its line and column, and a non-object as such', () => {
    const broken = importTilt('{\n  "meta": {\n    "name": "x",,\n  }\n}');
    expect(broken.ok).toBe(false);
    if (!broken.ok)
      expect(broken.problems[0]).toMatchObject({
        line: 3,
        message: expect.stringMatching(/^not JSON/),
      });
    const list = importTilt('[1, 2]');
    expect(list).toEqual({
      ok: false,
      problems: [{ line: 1, column: 1, message: 'a TILT document is a JSON object' }],
    });
  });

  it("skips wrongly typed parts of a stranger's file instead of failing", () => {
    const imported = importTilt(
      JSON.stringify({
        controller: 'not an object',
        dataDisclosed: [
          'x',
          3,
          {
            category: 7,
            purposes: 'none',
            legalBases: [{ reference: 6 }],
            storage: [{ temporal: [{ ttl: 5 }] }],
          },
        ],
        sources: { not: 'a list' },
        thirdCountryTransfers: null,
      }),
    );
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.declaration.purposes).toEqual([]);
  });
});
