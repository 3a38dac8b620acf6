import { describe, expect, it } from 'vitest';
import { context, message, result } from '../test-support/formatter-results.js';
import { escapeData, escapeProperty, github } from './github.js';

/**
 * @actions/core 3.0.1 (lib/command.js, lib/utils.js), restated here because the linter must
 * not depend on it: `Command.toString` writes `::name key=value,key=value::message`, skipping
 * empty values, with `toCommandValue` turning numbers into strings.
 */
function actionsCoreCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const toCommandValue = (input: unknown) =>
    input === null || input === undefined
      ? ''
      : typeof input === 'string'
        ? input
        : JSON.stringify(input);
  const data = (s: unknown) =>
    toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: unknown) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  let cmd = `::${command}`;
  const entries = Object.entries(properties).filter(([, value]) => value);
  if (entries.length > 0)
    cmd += ` ${entries.map(([key, value]) => `${key}=${property(value)}`).join(',')}`;
  return `${cmd}::${data(message)}`;
}

describe('github', () => {
  it('writes one workflow command per message, relative to cwd', () => {
    const output = github(
      [
        result('/repo/policies/privacy.yaml', [
          message(),
          message({
            ruleId: 'transfer-safeguards',
            severity: 'warning',
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 20,
            message: 'Name the third country.',
          }),
        ]),
        result('/repo/empty.yaml', []),
        result('/repo/broken.yaml', [
          message({
            ruleId: 'yaml-syntax',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message: 'Bad YAML.',
          }),
        ]),
      ],
      context(),
    );
    expect(output).toBe(
      [
        '::error file=policies/privacy.yaml,line=3,col=1,endLine=3,endColumn=9,title=dpo-reachable::The DPO cannot be reached.',
        '::warning file=policies/privacy.yaml,line=7,col=3,endLine=7,endColumn=20,title=transfer-safeguards::Name the third country.',
        '::error file=broken.yaml,line=1,col=1,endLine=1,endColumn=1,title=yaml-syntax::Bad YAML.',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(github([], context())).toBe('');
    expect(github([result('/repo/privacy.yaml', [])], context())).toBe('');
  });

  it('leaves out col and endColumn for a finding over several lines, as @actions/core requires', () => {
    const output = github(
      [result('/repo/privacy.yaml', [message({ line: 3, column: 5, endLine: 6, endColumn: 2 })])],
      context(),
    );
    expect(output).toBe(
      '::error file=privacy.yaml,line=3,endLine=6,title=dpo-reachable::The DPO cannot be reached.\n',
    );
  });

  it('uses forward slashes for Windows paths', () => {
    const output = github(
      [result('C:\\work\\repo\\policies\\privacy.yaml', [message()])],
      context({ cwd: 'C:\\work\\repo' }),
    );
    expect(output).toContain('file=policies/privacy.yaml,');
  });

  describe('escaping, as @actions/core', () => {
    const hostile = [
      '100% sure',
      'line one\r\nline two',
      'a\nb\rc',
      'key: value, more',
      '::error::injected',
      '%0A already encoded',
      '%%::,,\r\n',
    ];

    it('escapes data: %, CR and LF', () => {
      expect(escapeData('100% sure')).toBe('100%25 sure');
      expect(escapeData('a\r\nb')).toBe('a%0D%0Ab');
      expect(escapeData('%0A')).toBe('%250A');
      expect(escapeData('a: b, c')).toBe('a: b, c');
    });

    it('escapes properties: also : and ,', () => {
      expect(escapeProperty('C:\\a,b')).toBe('C%3A\\a%2Cb');
      expect(escapeProperty('50%\n')).toBe('50%25%0A');
    });

    it('matches @actions/core for hostile messages and paths, byte for byte', () => {
      for (const text of hostile) {
        const path = `/repo/dir, with: colon %/${text.replace(/[\r\n]/g, '_')}.yaml`;
        const output = github(
          [result(path, [message({ message: text, ruleId: 'rule:x,y' })])],
          context(),
        );
        const expected = actionsCoreCommand(
          'error',
          {
            file: path.slice('/repo/'.length),
            line: 3,
            col: 1,
            endLine: 3,
            endColumn: 9,
            title: 'rule:x,y',
          },
          text,
        );
        expect(output).toBe(`${expected}\n`);
        // One line per command, and the properties end at the first `::` (the runner splits there):
        // nothing the text holds can start a second command or add a property.
        expect(output.split('\n')).toHaveLength(2);
        expect(output).not.toMatch(/\r/);
        const head = output.slice(0, output.indexOf('::', 2));
        expect(head.split(',').map((p) => p.split('=')[0])).toEqual([
          '::error file',
          'line',
          'col',
          'endLine',
          'endColumn',
          'title',
        ]);
      }
    });
  });
});
