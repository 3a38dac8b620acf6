import { describe, expect, it } from 'vitest';
import { applyDisableComments } from './disable-comments.js';
import type { LintMessage } from './types.js';

const finding = (line: number): LintMessage => ({
  ruleId: 'dpo-contact',
  severity: 'error',
  message: 'm',
  path: '',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
});
const KNOWN = ['dpo-contact'];

describe('applyDisableComments', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['a lone CR, a line break for the loader too', '\r'],
  ])('silences the finding on the next line with %s line endings', (_label, eol) => {
    const source = [
      'a: 1',
      '  # privacyspec-disable-next-line dpo-contact -- a reason',
      'dpo: {}',
      'b: 2',
    ].join(eol);
    expect(applyDisableComments(source, [finding(3), finding(4)], KNOWN)).toEqual([finding(4)]);
  });

  it('reports a comment without a reason where it stands, and only the lines with the keyword count', () => {
    const source = `${'x: 1\n'.repeat(1000)}# privacyspec-disable-next-line dpo-contact\ndpo: {}\n`;
    expect(applyDisableComments(source, [finding(1002)], KNOWN)).toEqual([
      expect.objectContaining({ ruleId: 'disable-comment', line: 1001, column: 2, endColumn: 44 }),
    ]);
  });

  it('ignores the keyword outside a comment', () => {
    const source = 'note: privacyspec-disable-next-line dpo-contact -- x\ndpo: {}\n';
    expect(applyDisableComments(source, [finding(2)], KNOWN)).toEqual([finding(2)]);
  });
});
