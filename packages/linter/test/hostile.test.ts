/**
 * Hostile text inside otherwise valid declarations (issue 12): declarations arrive in pull
 * requests from strangers. Each case asserts a bounded result (the finding, a capped or
 * linearly sized output, a whole-value fallback), never a time; work that went super-linear
 * would still show, as the test running into vitest's timeout.
 */
import type { Declaration } from '@privacyspec/schema';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine.js';
import { formatters } from '../src/formatters/index.js';
import { review } from '../src/review/index.js';
import { MAX_REPORT_LENGTH, renderReviewMarkdown } from '../src/review/markdown.js';
import { renderReviewText } from '../src/review/text.js';
import { textStyles } from '../src/formatters/text-styles.js';
import { context } from '../src/test-support/formatter-results.js';
import { TEST_TODAY } from '../src/test-support/rule-tester.js';

/** A declaration every recommended rule accepts, as JSON (which is YAML), with `change` applied. */
function declaration(
  change: (d: Declaration & { purposes: [Declaration['purposes'][number]] }) => void = () => {},
): string {
  const d: Declaration & { purposes: [Declaration['purposes'][number]] } = {
    privacyspec: '1.0',
    language: 'sv',
    controller: {
      name: 'Exempel AB',
      country: 'SE',
      address: 'Storgatan 1, 111 22 Stockholm',
      email: 'dataskydd@exempel.se',
    },
    supervisoryAuthority: { name: 'Integritetsskyddsmyndigheten (IMY)', url: 'https://www.imy.se' },
    dataCategories: [{ id: 'contact', name: 'Kontaktuppgifter', source: 'data-subject' }],
    purposes: [
      {
        id: 'order',
        name: 'Hantera köp och leverans',
        legalBasis: 'contract',
        article: '6(1)(b)',
        dataCategories: ['contact'],
        retention: { duration: 'P3Y', from: 'leveransen av din beställning' },
        provision: { obligation: 'contractual', consequences: 'Utan adress kan vi inte leverera.' },
      },
    ],
    rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'complaint'],
  };
  change(d);
  return `${JSON.stringify(d, null, 2)}\n`;
}

const lint = (text: string) =>
  lintText(text, { filePath: '/repo/privacy.yaml', today: TEST_TODAY });
const ruleIds = (text: string) => lint(text).messages.map((m) => m.ruleId);

describe('hostile text: linting does bounded work and says what is wrong', () => {
  it('the baseline declaration is clean, so each case below shows its own finding', () => {
    expect(lint(declaration()).messages).toEqual([]);
  });

  it('retention criteria of "så länge det behövs " + 50,000 letters: reported as vague', () => {
    const text = declaration((d) => {
      d.purposes[0].retention = { criteria: `så länge det behövs ${'a'.repeat(50_000)}` };
    });
    expect(ruleIds(text)).toContain('retention-specific');
  });

  it('a 100,000-character authority name: the authority is reported as not identified', () => {
    const text = declaration((d) => {
      d.supervisoryAuthority = { name: 'a'.repeat(100_000) };
    });
    expect(ruleIds(text)).toContain('complaint-authority-named');
  });

  it('an authority URL of 50,000 letters: the authority is still found by its name', () => {
    const text = declaration((d) => {
      d.supervisoryAuthority!.url = `https://${'a'.repeat(50_000)}`;
    });
    expect(
      lint(text).messages.filter((m) => m.ruleId === 'complaint-authority-named'),
    ).toHaveLength(0);
  });

  it('`article: "a.a.a…"` with --format markdown: the finding, escaped, in output of linear size', () => {
    const article = 'a.'.repeat(25_000);
    const result = lint(declaration((d) => (d.purposes[0].article = article)));
    expect(result.messages.length).toBeGreaterThan(0);
    const markdown = formatters.markdown([result], context());
    const messageLength = result.messages.reduce((sum, m) => sum + m.message.length, 0);
    expect(markdown.length).toBeLessThan(2 * messageLength + 2_000);
  });

  it('a duration of P + 400 nines + Y: reported as no real storage period', () => {
    const text = declaration((d) => (d.purposes[0].retention!.duration = `P${'9'.repeat(400)}Y`));
    expect(lint(text).messages.map((m) => [m.ruleId, m.messageId])).toContainEqual([
      'retention-stated',
      'periodBeyondLifetime',
    ]);
  });

  it('a file with CR-only line endings lints as the same file with LF', () => {
    const lf = declaration((d) => delete d.purposes[0].retention);
    const cr = lf.replace(/\n/g, '\r');
    const positions = (text: string) =>
      lint(text).messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
    expect(positions(cr)).toEqual(positions(lf));
    expect(positions(cr)).toContainEqual(['retention-stated', 22, 5, 34, 6]);
  });
});

describe('hostile text: every text format shows control characters escaped', () => {
  const escapeSequences = '\u001b[2J\u001b]0;pwned\u0007\rOK\u009b31m\u202Eexe.txt';
  const text = declaration((d) => (d.purposes[0].article = `6(1)(b) ${escapeSequences}`));
  const result = lint(text);
  // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u;

  it('the finding quotes the text', () => {
    expect(result.messages.some((m) => m.message.includes(escapeSequences))).toBe(true);
  });

  it.each(['stylish', 'github'] as const)('%s', (name) => {
    const output = formatters[name]([result], context());
    expect(output).toContain('\\x1B[2J');
    expect(output).not.toMatch(raw);
  });

  it('the text review (privacyspec diff)', () => {
    const reviewed = review(
      { base: declaration(), head: text, filePath: '/repo/privacy.yaml' },
      { today: TEST_TODAY },
    );
    expect(reviewed.changes.length + reviewed.introduced.length).toBeGreaterThan(0);
    const output = renderReviewText([reviewed], '/repo', textStyles(false));
    expect(output).toContain('\\x1B]0;pwned\\x07');
    expect(output).not.toMatch(raw);
  });
});

describe('hostile text: the review report stays bounded', () => {
  const words = (seed: number) =>
    Array.from({ length: 5_000 }, (_, i) => `ord${(i * seed) % 9_973}`).join(' ');

  it('two 5,000-word texts: one whole-value change, not a word diff, in a report cut to fit', () => {
    const base = declaration((d) => (d.purposes[0].description = words(7)));
    const head = declaration((d) => (d.purposes[0].description = words(13)));
    const reviewed = review({ base, head, filePath: '/repo/privacy.yaml' }, { today: TEST_TODAY });
    const changed = reviewed.changes.filter((c) => c.path === '/purposes/0/description');
    expect(changed).toHaveLength(1);
    const markdown = renderReviewMarkdown([reviewed], {
      cwd: '/repo',
      maxLength: 10 * MAX_REPORT_LENGTH,
    });
    expect(markdown.match(/<del>/g)).toHaveLength(1);
    expect(markdown.match(/<ins>/g)).toHaveLength(1);
    expect(renderReviewMarkdown([reviewed], { cwd: '/repo' }).length).toBeLessThanOrEqual(
      MAX_REPORT_LENGTH,
    );
  });

  it('a small edit in the same long text is still shown word by word', () => {
    const base = declaration((d) => (d.purposes[0].description = words(7)));
    const head = declaration((d) => (d.purposes[0].description = `${words(7)} tillagt`));
    const markdown = renderReviewMarkdown(
      [review({ base, head, filePath: '/repo/privacy.yaml' }, { today: TEST_TODAY })],
      { cwd: '/repo', maxLength: 10 * MAX_REPORT_LENGTH },
    );
    expect(markdown).toMatch(/<ins>\s*tillagt<\/ins>/);
    expect(markdown.match(/<del>/g)).toBeNull();
  });

  it('two durations of P + 400 nines + Y that differ in the last digit are a change', () => {
    const nines = '9'.repeat(400);
    const base = declaration((d) => (d.purposes[0].retention!.duration = `P${nines}Y`));
    const head = declaration((d) => (d.purposes[0].retention!.duration = `P${nines.slice(1)}8Y`));
    const reviewed = review({ base, head, filePath: '/repo/privacy.yaml' }, { today: TEST_TODAY });
    expect(reviewed.changes.map((c) => c.kind)).toContain('retention-shortened');
  });
});
