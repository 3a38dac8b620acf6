import { describe, expect, it } from 'vitest';
import { gfmCells, splitCodeSpans } from '../test-support/formatter-results.js';
import { escapeMarkdown, escapeMarkdownTableCell, inlineCode } from './markdown-escape.js';

const ZWSP = '&#8203;';

/** Every occurrence of `char` is backslash-escaped (preceded by an odd run of backslashes). */
function allEscaped(text: string, char: string): boolean {
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) {
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0) return false;
  }
  return true;
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<details><summary>click</summary>',
  '<!-- hide the rest',
  '<https://evil.example>',
  '@octocat please look',
  'cc @org/team and @@double',
  'fixes #42, see owner/repo#7 and GH-42',
  '| a | b |',
  '`code` and ``double``',
  '[link](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '**bold** __bold__ *em* _em_ ~~strike~~',
  'line one\nline two\r\nline three\rfour',
  '# heading',
  '- list',
  '1. ordered',
  '===',
  '> quote',
  'back\\slash\\',
  ':smile: :+1: :shipit:',
  'https://evil.example/login?a=1&b=2',
  'www.evil.example',
  '$\\LaTeX$ and $$x$$',
  '&amp; &lt;b&gt; &#64;octocat',
  'rtl \u202Egnp.exe\u202C',
];

describe('escapeMarkdown', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<details>', '&lt;details&gt;'],
    ['@octocat', `@${ZWSP}octocat`],
    ['@org/team', `@${ZWSP}org/team`],
    ['hi @octocat!', `hi @${ZWSP}octocat!`],
    ['dpo@example.se', 'dpo@example.se'],
    ['#42', `\\#${ZWSP}42`],
    ['owner/repo#42', `owner/repo\\#${ZWSP}42`],
    ['# heading', '\\# heading'],
    ['GH-42', `GH${ZWSP}-42`],
    ['| a | b |', '\\| a \\| b \\|'],
    ['`code`', '\\`code\\`'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['__bold__', '\\_\\_bold\\_\\_'],
    ['~~strike~~', '\\~\\~strike\\~\\~'],
    ['a\\b', 'a\\\\b'],
    ['$x$', '\\$x\\$'],
    ['one\ntwo\r\nthree\rfour', 'one two three four'],
    ['- item', '\\- item'],
    ['  + item', '  \\+ item'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['===', '\\==='],
    ['a - b', 'a - b'],
    [':smile:', `:${ZWSP}smile:`],
    ['a:b:c:', `a:${ZWSP}b:${ZWSP}c:`],
    ['https://evil.example/a', '`https://evil.example/a`'],
    ['www.evil.example', '`www.evil.example`'],
    ['see https://x.example/a_(b)_c?q=@me#12.', 'see `https://x.example/a_(b)_c?q=@me#12`.'],
    ['(https://x.example/a)', '(`https://x.example/a`)'],
    ['<https://evil.example>', '&lt;`https://evil.example`&gt;'],
    ['https://a.example/`x`', '`` https://a.example/`x` ``'],
    ['awww.example', 'awww.example'],
    ['xhttps://a', '`xhttps://a`'],
    ['123://a', `123:${ZWSP}//a`],
    ['https://a.example/\u202Ex', '`https://a.example/\uFFFDx`'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&#64;octocat', `&amp;\\#${ZWSP}64;octocat`],
    ['rtl\u202Eevil', 'rtl\uFFFDevil'],
    [
      'Art. 13(1)(a) och lag (2018:218) 3 kap. 10 §',
      'Art. 13(1)(a) och lag (2018:218) 3 kap. 10 §',
    ],
    ['Åsa Öberg, dataskyddsombud', 'Åsa Öberg, dataskyddsombud'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(HOSTILE)('neutralises %j', (input) => {
    const { outside: out } = splitCodeSpans(escapeMarkdown(input));
    // No HTML, no line breaks.
    expect(out).not.toMatch(/[<>\r\n]/);
    // Every & starts one of the entities we write.
    const bare = out.replace(/&(?:amp|lt|gt|#8203);/g, '\u0001');
    expect(bare).not.toContain('&');
    // No Markdown punctuation left active (outside the entities we write).
    for (const char of ['*', '_', '`', '[', ']', '~', '|', '#', '$'])
      expect(allEscaped(bare, char), `${char} in ${out}`).toBe(true);
    // GitHub's text filters see the decoded text: no mention, issue reference, emoji or URL.
    const decoded = out.replace(/&#8203;/g, '\u200B').replace(/\\(.)/g, '$1');
    expect(decoded).not.toMatch(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/);
    expect(decoded).not.toMatch(/#\d|\bGH-\d/i);
    expect(decoded).not.toMatch(/:[a-z0-9_+-]+:/i);
    expect(decoded).not.toMatch(/[a-z]:\/\/|\bwww\./i);
  });

  it.each([
    [
      'https://example.se/privacy?lang=sv&ref=@dpo#section-12',
      'https://example.se/privacy?lang=sv&ref=@dpo#section-12',
    ],
    ['Read www.imy.se/:smile:/#42, then reply.', 'www.imy.se/:smile:/#42'],
    ['Contact: https://a.example/x|y and mail dpo@a.example', 'https://a.example/x|y'],
  ])('keeps the URL in %j whole and copyable', (input, url) => {
    const { spans } = splitCodeSpans(escapeMarkdown(input));
    expect(spans).toEqual([url]);
  });

  it('does bounded work on hostile runs: the output grows linearly with the input', () => {
    for (const unit of ['a.', 'a:', '@', '#1', 'www.', 'a://', ':a', '`', 'GH-1 ', '(', 'a-']) {
      const input = unit.repeat(40_000);
      const out = escapeMarkdown(input);
      // Each character becomes at most an escape plus a zero-width-space entity.
      expect(out.length).toBeLessThanOrEqual(input.length * 9 + 2);
      expect(out.length).toBeGreaterThanOrEqual(input.length);
    }
  });
});

describe('inlineCode', () => {
  it.each([
    ['a', '`a`'],
    ['a`b', '``a`b``'],
    ['`a', '`` `a ``'],
    ['a\nb', '`a b`'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});

describe('escapeMarkdownTableCell', () => {
  it('collapses whitespace and trims, so a cell is one line', () => {
    expect(escapeMarkdownTableCell('  a\n\n\tb | c  ')).toBe('a b \\| c');
    expect(escapeMarkdownTableCell('')).toBe('');
  });

  it('writes a | in a URL as %7C, the same URL, so it cannot split the row', () => {
    expect(escapeMarkdownTableCell('see https://a.example/x|y | z')).toBe(
      'see `https://a.example/x%7Cy` \\| z',
    );
  });

  it.each(HOSTILE)('keeps %j inside one cell', (input) => {
    const row = `| 1 | ${escapeMarkdownTableCell(input)} |`;
    expect(row).not.toContain('\n');
    expect(gfmCells(row)).toHaveLength(2);
  });
});
