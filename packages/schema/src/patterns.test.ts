import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import schema from '../privacyspec.schema.json' with { type: 'json' };
import pattern, { READERS } from './patterns.js';
import { validateShape } from './validate.js';

// The seed every property test shares (vitest.config.base.js): fixed unless FC_SEED is set.
const PARAMS = { numRuns: 3000, seed: Number(process.env.FC_SEED) };

/** Every `pattern` in the schema. */
function schemaPatterns(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(schemaPatterns);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'pattern' && typeof value === 'string' ? [value] : schemaPatterns(value),
  );
}

/** Characters each pattern tells apart, whitespace of every kind, and a few it never names. */
// prettier-ignore
const CHARS = [
  'a', 'b', 'e', 'n', 'o', 'z', 'A', 'E', 'S', 'U', 'Z', 'P', 'Y', 'M', 'W', 'D', 'T', 'H',
  '0', '1', '3', '9', '-', '.', '@', ':', '/', 'h', 't', 'p', 's', 'l', 'i', 'm', '_',
  ' ', '\t', '\n', '\u000b', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u180e',
  '\u2028', '\u202f', '\u3000', '\ufeff', 'é', '😀',
];
// prettier-ignore
const PREFIXES = [
  '', 'http://', 'https://', 'mailto:', 'intl:', 'P', 'PT', 'P1Y', 'EEA', 'non-EEA', 'EU', 'SE',
  '2024-', '2024-02-', 'sv', 'sv-', 'a@', 'x-',
];
const text = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }),
  )
  .map(([prefix, rest]) => prefix + rest);

describe('the schema patterns read by hand', () => {
  const patterns = [...new Set(schemaPatterns(schema))];

  it('cover every pattern of the schema', () => {
    expect(patterns.length).toBeGreaterThan(5);
    expect(patterns.filter((source) => !READERS.has(source))).toEqual([]);
  });

  it.each([...READERS.keys()])('%s decides as the regular expression does', (source) => {
    const read = READERS.get(source)!;
    const expression = new RegExp(source, 'u');
    fc.assert(
      fc.property(text, (value) => read(value) === expression.test(value)),
      PARAMS,
    );
  });

  it.each([
    [
      '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      ['sv', 'sv-SE', 'fil-PH-x1', 'en-US-POSIX'],
      ['s', 'svse', 'sv-', 'sv-S', 'sv-ABCDEFGHI', 'SV'],
    ],
    [
      '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
      ['2024-02-29', '1999-12-31', '2024-10-01'],
      ['2024-13-01', '2024-00-10', '2024-01-32', '2024-1-01', '２０２４-01-01'],
    ],
    [
      '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$',
      ['P1Y', 'P3Y6M', 'P1W', 'PT1H', 'P1DT12H30M5S', 'PT0S'],
      ['P', 'PT', 'P1YT', 'P1M1Y', 'P1D1W', 'P1Y2', 'p1y', 'P1H'],
    ],
    [
      '^(?:(?:https?://|mailto:)[^\\s]+|[^\\s@]+@[^\\s@]+)$',
      ['https://x.se', 'mailto:dpo@x.se', 'dpo@x.se'],
      ['https://', 'mailto:', 'https://x .se', 'a@b@c', '@x.se', 'dpo@'],
    ],
  ])('%s on chosen cases', (source, accepted, refused) => {
    const read = READERS.get(source)!;
    const expression = new RegExp(source, 'u');
    for (const value of [...accepted, ...refused]) {
      expect(read(value), value).toBe(accepted.includes(value));
      expect(expression.test(value), value).toBe(accepted.includes(value));
    }
  });

  it('any other pattern, or other flags, is a regular expression', () => {
    expect(pattern('^x+$', 'u')).toBeInstanceOf(RegExp);
    expect(pattern('^[a-z0-9][a-z0-9-]*$', '')).toBeInstanceOf(RegExp);
    expect(pattern('^[a-z0-9][a-z0-9-]*$', 'u')).not.toBeInstanceOf(RegExp);
  });

  it('are what the generated validator uses', () => {
    const problems = validateShape({
      privacyspec: '1.0',
      controller: { name: 'A', email: 'not an address' },
      purposes: [],
    });
    expect(problems.map((problem) => problem.path)).toContain('/controller/email');
  });
});
