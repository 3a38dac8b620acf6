import { describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../rule.js';
import { context, gfmCells, message, result } from '../test-support/formatter-results.js';
import { markdown } from './markdown.js';

const HOSTILE_MESSAGES = [
  '<img src=x onerror=alert(1)>',
  '<details><summary>open me',
  '@octocat and @org/team',
  'see #42 and GH-42',
  '| a | b |',
  'a `code` span``',
  '[link](javascript:alert(1))',
  '**bold**',
  'first line\nsecond line\r\n| third | line |',
  'trailing backslash \\',
];

describe('markdown', () => {
  it('says when nothing was checked, and when nothing was found', () => {
    expect(markdown([], context())).toBe('No declarations were checked.\n');
    expect(markdown([result('/repo/a.yaml', [])], context())).toBe(
      'No problems in 1 declaration ✅\n',
    );
    expect(markdown([result('/repo/a.yaml', []), result('/repo/b.yaml', [])], context())).toBe(
      'No problems in 2 declarations ✅\n',
    );
  });

  it('writes the counts, then a table per file with findings', () => {
    const output = markdown(
      [
        result('/repo/policies/a.yaml', [
          message(),
          message({
            ruleId: 'transfer-safeguards',
            severity: 'warning',
            line: 8,
            column: 5,
            message: 'Name the third country.',
            fix: { range: [0, 1], text: 'x' },
          }),
        ]),
        result('/repo/clean.yaml', []),
        result('/repo/b.yaml', [
          message({ ruleId: 'yaml-syntax', line: 1, column: 1, message: 'Bad YAML.' }),
        ]),
      ],
      context(),
    );
    expect(output).toBe(
      [
        '**2 errors, 1 warning** in 3 declarations (1 fixable with `privacyspec lint --fix`)',
        '',
        '**`policies/a.yaml`**',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        `| 3:1 | ❌ error | [dpo-reachable](${ruleDocsUrl('dpo-reachable')}) | The DPO cannot be reached. |`,
        `| 8:5 | ⚠️ warning | [transfer-safeguards](${ruleDocsUrl('transfer-safeguards')}) | Name the third country. |`,
        '',
        '**`b.yaml`**',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        // Loader ids have no docs page, so no link.
        '| 1:1 | ❌ error | yaml-syntax | Bad YAML. |',
        '',
      ].join('\n'),
    );
  });

  it('uses singulars and plurals', () => {
    expect(markdown([result('/repo/a.yaml', [message()])], context())).toMatch(
      /^\*\*1 error, 0 warnings\*\* in 1 declaration\n/,
    );
  });

  it('keeps every row at four cells and escapes every hostile message', () => {
    const output = markdown(
      [
        result(
          '/repo/a.yaml',
          HOSTILE_MESSAGES.map((text, i) => message({ message: text, line: i + 1 })),
        ),
      ],
      context(),
    );
    const rows = output.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(HOSTILE_MESSAGES.length + 2);
    for (const row of rows) expect(gfmCells(row), row).toHaveLength(4);
    expect(output).not.toMatch(/<(?!br>)/);
    expect(output).not.toMatch(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/);
    expect(output.replace(/&#8203;/g, '\u200B')).not.toMatch(/#\d/);
    expect(output).toContain('| \\[link\\](javascript:alert(1)) |');
    expect(output).toContain('| first line second line \\| third \\| line \\| |');
    expect(output).toContain('| trailing backslash \\\\ |');
  });

  it('puts a hostile file name in a code span it cannot leave', () => {
    const output = markdown(
      [result('/repo/`evil` <b>@octocat</b>\n# x.yaml', [message()])],
      context(),
    );
    expect(output).toContain('\n**`` `evil` <b>@octocat</b> # x.yaml ``**\n');
  });

  it('shows paths relative to cwd with forward slashes', () => {
    const output = markdown(
      [result('C:\\repo\\policies\\privacy.yaml', [message()])],
      context({ cwd: 'C:\\repo' }),
    );
    expect(output).toContain('**`policies/privacy.yaml`**');
  });
});
