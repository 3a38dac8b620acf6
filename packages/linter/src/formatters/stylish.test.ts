import { describe, expect, it } from 'vitest';
import { context, message, result } from '../test-support/formatter-results.js';
import { stylish } from './stylish.js';

// eslint-disable-next-line no-control-regex -- matches ANSI escape sequences
const ANSI = /\u001b\[[0-9;]*m/;

const results = [
  result('/repo/policies/a.yaml', [
    message({ line: 3, column: 1 }),
    message({
      ruleId: 'transfer-safeguards',
      severity: 'warning',
      line: 12,
      column: 15,
      message: 'Name the\nthird country.',
      fix: { range: [0, 1], text: 'x' },
    }),
  ]),
  result('/repo/clean.yaml', []),
  result('/repo/b.yaml', [
    message({ ruleId: 'yaml-syntax', line: 1, column: 1, message: 'Bad YAML.' }),
  ]),
];

describe('stylish', () => {
  it('groups findings per file, aligns the columns and ends with the totals', () => {
    expect(stylish(results, context())).toBe(
      [
        '',
        'policies/a.yaml',
        '  3:1    error    The DPO cannot be reached.  dpo-reachable',
        '  12:15  warning  Name the third country.  transfer-safeguards',
        '',
        'b.yaml',
        '  1:1  error  Bad YAML.  yaml-syntax',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  1 problem fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('skips files without findings and prints nothing when there are none', () => {
    expect(stylish(results, context())).not.toContain('clean.yaml');
    expect(stylish([result('/repo/clean.yaml', [])], context())).toBe('');
    expect(stylish([], context())).toBe('');
  });

  it('uses singulars for one problem', () => {
    expect(stylish([result('/repo/a.yaml', [message()])], context())).toContain(
      '✖ 1 problem (1 error, 0 warnings)',
    );
  });

  it('has no ANSI codes without colour, and colours with it', () => {
    expect(stylish(results, context({ color: false }))).not.toMatch(ANSI);
    const coloured = stylish(results, context({ color: true }));
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    // Colour changes nothing but the codes: the alignment is by visible width.
    expect(coloured.replace(new RegExp(ANSI.source, 'g'), '')).toBe(
      stylish(results, context({ color: false })),
    );
  });
});
