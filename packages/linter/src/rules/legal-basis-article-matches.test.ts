import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../test-support/rule-tester.js';
import rule from './legal-basis-article-matches.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const head = ['privacyspec: "1.0"', 'controller: {name: Exempel AB, email: info@exempel.se}'];

runRuleTests(rule, {
  valid: [
    {
      name: 'Art. 6(1) cited without its point contradicts no basis: recommended does not report it',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: members',
        '    legalBasis: consent',
        '    article: Art. 6 Abs. 1 DSGVO',
      ),
    },
    {
      name: 'no article cited: nothing to compare',
      code: yaml(...head, 'purposes:', '  - id: order', '    legalBasis: contract'),
    },
    {
      name: 'a blank article cites nothing',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: order',
        '    legalBasis: contract',
        '    article: ""',
      ),
    },
    {
      name: 'canonical and Swedish styles that match',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: bookkeeping',
        '    legalBasis: legal-obligation',
        '    article: "6(1)(c)"',
        '    legalObligation: Bokföringslagen (1999:1078)',
        '  - id: order',
        '    legalBasis: contract',
        '    article: ART. 6 (1) B',
        '  - id: cctv',
        '    legalBasis: legitimate-interests',
        '    article: artikel 6.1 f dataskyddsförordningen',
      ),
    },
    {
      name: 'German citation style (Art. 6 Abs. 1 lit. f DSGVO)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'purposes:',
        '  - id: direktwerbung',
        '    legalBasis: legitimate-interests',
        '    article: Art. 6 Abs. 1 lit. f DSGVO',
        '    legitimateInterest: Direktwerbung gegenüber Bestandskunden',
      ),
    },
    {
      name: 'Danish and Norwegian citation styles',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Eksempel ApS, country: DK, email: kontakt@eksempel.dk}',
        'purposes:',
        '  - {id: nyhedsbrev, legalBasis: consent, article: "artikel 6, stk. 1, litra a"}',
        '  - {id: skoleskyss, legalBasis: public-task, article: "Art. 6 nr. 1 bokstav e", legalObligation: Opplæringslova § 3-7}',
      ),
    },
    {
      name: 'citation styles of other EEA languages',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example SE, country: FR, email: dpo@example.eu}',
        'purposes:',
        '  - {id: werbung, legalBasis: legitimate-interests, legitimateInterest: Direktwerbung, article: Art. 6 Abs. 1 S. 1 lit. f DSGVO}',
        '  - {id: vertrag, legalBasis: contract, article: Art. 6 Abs. 1 lit. b DS-GVO}',
        '  - {id: contract, legalBasis: contract, article: Article 6(1)(b) of the GDPR}',
        '  - {id: taak, legalBasis: public-task, legalObligation: Gemeentewet, article: "artikel 6, eerste lid, onder e, AVG"}',
        '  - {id: taak-2, legalBasis: public-task, legalObligation: Gemeentewet, article: art. 6 lid 1 sub e AVG}',
        '  - {id: newsletter, legalBasis: consent, article: "article 6, paragraphe 1, point a) du RGPD"}',
        '  - {id: contratto, legalBasis: contract, article: "art. 6, par. 1, lett. b) GDPR"}',
        '  - {id: contrato, legalBasis: contract, article: "artículo 6, apartado 1, letra b), del RGPD"}',
        '  - {id: umowa, legalBasis: contract, article: art. 6 ust. 1 lit. b RODO}',
        '  - {id: smlouva, legalBasis: contract, article: čl. 6 odst. 1 písm. b) GDPR}',
        '  - {id: kamera, legalBasis: legitimate-interests, legitimateInterest: Sikre lokalene, article: Art. 6 nr. 1 bokstav f personvernforordningen}',
      ),
    },
  ],
  invalid: [
    {
      name: 'strict: Art. 6(1) cited without its point asks for the point',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: members',
        '    legalBasis: contract',
        '    article: artículo 6, apartado 1, del RGPD',
      ),
      strict: true,
      errors: [{ messageId: 'pointNotCited', path: '/purposes/0/article', line: 6, column: 5 }],
    },
    {
      name: 'a citation the reader cannot read is a warning, not an error',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: payroll',
        '    legalBasis: legal-obligation',
        '    legalObligation: Skatteförfarandelagen',
        '    article: art. 6.1 c jfr 6.3 GDPR',
      ),
      errors: [
        {
          messageId: 'unreadableArticle',
          path: '/purposes/0/article',
          line: 7,
          column: 5,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a German citation naming another basis than legalBasis (LB-N2) stays an error',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: bookkeeping',
        '    legalBasis: legal-obligation',
        '    legalObligation: HGB § 257',
        '    article: Art. 6 Abs. 1 S. 1 lit. b DSGVO',
      ),
      errors: [{ messageId: 'mismatch', path: '/purposes/0/article', line: 7, column: 5 }],
    },
    {
      name: 'a legal obligation cited as the contract point 6(1)(b)',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: order',
        '    legalBasis: contract',
        '    article: 6 (1) b',
        '  - id: tax-records',
        '    name: Spara underlag för skatt och moms',
        '    legalBasis: legal-obligation',
        '    article: 6 (1) b',
        '    legalObligation: Skatteförfarandelagen (2011:1244)',
      ),
      errors: [{ messageId: 'mismatch', path: '/purposes/1/article', line: 10, column: 5 }],
    },
    {
      name: 'consent cited as legitimate interests (English)',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Example Ltd, country: IE, email: privacy@example.ie}',
        'purposes:',
        '  - {id: newsletter, legalBasis: consent, article: art. 6.1 f}',
      ),
      errors: [{ messageId: 'mismatch', path: '/purposes/0/article', line: 4, column: 43 }],
    },
    {
      name: 'an article without a legal basis: say which basis it implies',
      code: yaml(...head, 'purposes:', '  - id: support', '    article: "6.1.b"'),
      errors: [{ messageId: 'basisMissing', path: '/purposes/0/legalBasis', line: 4, column: 5 }],
    },
    {
      name: 'a point that Art. 6(1) does not have',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: profiling',
        '    legalBasis: legitimate-interests',
        '    article: "6(1)(g)"',
      ),
      errors: [{ messageId: 'notArticle6', path: '/purposes/0/article', line: 6, column: 5 }],
    },
    {
      name: 'another article altogether (Art. 16 is rectification)',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: register',
        '    legalBasis: contract',
        '    article: "16(1)(a)"',
      ),
      errors: [{ messageId: 'notArticle6', path: '/purposes/0/article', line: 6, column: 5 }],
    },
    {
      name: 'an Art. 9(2) condition cited as the basis',
      code: yaml(
        ...head,
        'purposes:',
        '  - id: health-declaration',
        '    legalBasis: consent',
        '    article: "9(2)(a)"',
      ),
      errors: [{ messageId: 'art9CitedAsBasis', path: '/purposes/0/article', line: 6, column: 5 }],
    },
    {
      name: 'an Art. 9(2) condition in German style, without a basis',
      code: yaml(
        'privacyspec: "1.0"',
        'controller: {name: Beispiel GmbH, country: DE, email: datenschutz@beispiel.de}',
        'purposes:',
        '  - id: gesundheitsdaten',
        '    article: Art. 9 Abs. 2 lit. h DSGVO',
      ),
      errors: [{ messageId: 'art9CitedAsBasis', path: '/purposes/0/article', line: 5, column: 5 }],
    },
  ],
});

// One citation of 6(1)(b) per EEA language, as notices in it write them (the reader's full table
// of forms is in the schema package's citations.test.ts).
const contractCitations: ReadonlyArray<readonly [language: string, citation: string]> = [
  ['bg', 'чл. 6, ал. 1, буква „б“ от ОРЗД'],
  ['cs', 'čl. 6 odst. 1 písm. b) GDPR'],
  ['da', 'artikel 6, stk. 1, litra b'],
  ['de', 'Art. 6 Abs. 1 Buchst. b) DSGVO'],
  ['el', 'άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ'],
  ['en', 'GDPR 6(1)(b)'],
  ['es', 'artículo 6.1.b) RGPD'],
  ['et', 'artikli 6 lõike 1 punkt b'],
  ['fi', '6 artiklan 1 kohdan b alakohta'],
  ['fr', 'article 6, paragraphe 1, point b) du RGPD'],
  ['ga', 'Airteagal 6(1)(b)'],
  ['hr', 'članak 6. stavak 1. točka (b)'],
  ['hu', '6. cikk (1) bekezdés b) pont'],
  ['is', 'b-lið 1. mgr. 6. gr.'],
  ['it', 'art. 6, comma 1, lett. b)'],
  ['lt', '6 straipsnio 1 dalies b punktas'],
  ['lv', '6. panta 1. punkta b) apakšpunkts'],
  ['mt', 'Artikolu 6(1)(b)'],
  ['nb', 'artikkel 6 nr. 1 bokstav b'],
  ['nl', 'artikel 6 lid 1 sub b AVG'],
  ['pl', 'art. 6 ust. 1 lit. b RODO'],
  ['pt', 'artigo 6.º, n.º 1, alínea b)'],
  ['ro', 'articolul 6 alineatul (1) litera (b)'],
  ['sk', 'čl. 6 ods. 1 písm. b) GDPR'],
  ['sl', 'točka (b) prvega odstavka 6. člena'],
  ['sv', 'artikel 6.1 b dataskyddsförordningen'],
];
const citing = (language: string, legalBasis: string, citation: string) =>
  yaml(
    'privacyspec: "1.0"',
    `language: ${language}`,
    ...head.slice(1),
    'purposes:',
    '  - id: order',
    `    legalBasis: ${legalBasis}`,
    `    article: ${JSON.stringify(citation)}`,
  );

runRuleTests(
  rule,
  {
    valid: contractCitations.map(([language, citation]) => ({
      name: `${language}: "${citation}" confirms contract`,
      code: citing(language, 'contract', citation),
    })),
    invalid: contractCitations.flatMap(([language, citation]) => [
      {
        name: `${language}: "${citation}" for consent is a mismatch`,
        code: citing(language, 'consent', citation),
        errors: [
          { messageId: 'mismatch' as const, path: '/purposes/0/article', line: 7, column: 5 },
        ],
      },
      {
        name: `${language}: two citations in one field are unreadable (warning)`,
        code: citing(language, 'contract', `${citation}; 6(1)(c)`),
        errors: [
          {
            messageId: 'unreadableArticle' as const,
            path: '/purposes/0/article',
            line: 7,
            column: 5,
            severity: 'warning' as const,
          },
        ],
      },
    ]),
  },
  { coversEveryMessage: false },
);

describe('legal-basis-article-matches messages', () => {
  const messages = (code: string) => lintWithRule(rule, code).messages.map((m) => m.message);

  it('names both points and both bases', () => {
    expect(
      messages(
        yaml(
          ...head,
          'purposes: [{id: bookkeeping, legalBasis: legal-obligation, article: "art. 6 (1) b", legalObligation: BFL}]',
        ),
      ),
    ).toEqual([
      'Purpose "bookkeeping" cites Art. 6(1)(b) (contract) but its legal basis is legal-obligation, which is Art. 6(1)(c). Each Art. 6(1) point is a different basis with different conditions and rights: correct article or legalBasis so that both name the basis the processing really rests on.',
    ]);
  });

  it('says which basis a bare article implies', () => {
    expect(messages(yaml(...head, 'purposes: [{id: cctv, article: "6(1)(f)"}]'))[0]).toContain(
      'add legalBasis: legitimate-interests',
    );
  });

  it('an unreadable citation says how to write it', () => {
    const [message] = messages(
      yaml(...head, 'purposes: [{id: x, legalBasis: contract, article: avtal enligt GDPR}]'),
    );
    expect(message).toContain('could not read "avtal enligt GDPR"');
    expect(message).toContain('write it as 6(1)(x)');
  });

  it('a purpose without a dataCategories list concerns every category: Art. 14(1)(c) when all come from others', () => {
    const [message] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: d, source: public}]',
        'purposes: [{id: x, legalBasis: contract, article: "6(1)(g)"}]',
      ),
    );
    expect(message).toContain('Under Art. 14(1)(c) the notice must');
  });

  it('gives the range of Art. 6(1) points and the notice article', () => {
    const [message] = messages(
      yaml(
        ...head,
        'dataCategories: [{id: d, source: public}]',
        'purposes: [{id: x, article: "6(2)", dataCategories: [d]}]',
      ),
    );
    expect(message).toContain('(6(1)(a)–6(1)(f))');
    expect(message).toContain('Under Art. 14(1)(c) the notice must');
  });
});
