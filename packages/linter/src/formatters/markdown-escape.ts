/**
 * Escaping for text that comes from a declaration (or from a file name, or a message quoting
 * either) and ends up in Markdown that GitHub renders: PR comments, job summaries, the diff
 * report. Anyone who can open a pull request controls that text, and the comment is posted
 * in the bot's voice, so the text must render as exactly itself and nothing more.
 *
 * What `escapeMarkdown` guarantees, for inline contexts (a paragraph, a list item, a table
 * cell, emphasis we write ourselves):
 *
 * - **No HTML.** `&`, `<` and `>` become entities, so `<img onerror>`, `<details>`, `<!--` and
 *   `<https://…>` autolinks are plain text.
 * - **No Markdown.** `\ ` `` ` `` `*` `_` `[` `]` `~` `|` `#` `$` are backslash-escaped (no
 *   emphasis, code spans, links, images, strikethrough, table cells, headings or GitHub math),
 *   and a leading `-`, `+`, `=` or `1.` / `1)` is escaped so text that starts a line cannot start
 *   a list or a setext heading.
 * - **One line.** CR and LF become spaces, so nothing can start a new block.
 * - **No notifications or cross-links.** GitHub links mentions, issue references and emoji
 *   *after* rendering, on the text, so a backslash or an entity (`&#64;`) does not stop them:
 *   the decoded text still says `@octocat`. A zero-width space (written `&#8203;`, as Renovate
 *   does) goes after an `@` that could start a mention (not one inside a word, so e-mail
 *   addresses stay intact and copyable), after a `#` before a digit (`#42`, `owner/repo#42`),
 *   inside `GH-42`, and after the first colon of an `:emoji:` shortcode.
 * - **No clickable URLs.** Bare URLs are not harmful in themselves (the link text is the
 *   target), but a link in the bot's comment lends it credibility, so `scheme://` and `www.`
 *   get a zero-width space too: the URL stays readable but is not a link. E-mail addresses are
 *   still autolinked as `mailto:`; the visible text is the whole target, so that is left.
 * - **No bidi tricks.** Explicit bidirectional controls (U+202A–U+202E, U+2066–U+2069) become
 *   U+FFFD, so text cannot display reversed in the reviewer's view.
 *
 * Not covered: commit SHAs (GitHub links a 7–40 digit hex string only if that commit exists
 * in the repository, which is harmless); leading indentation (four spaces at the start of a
 * line after a blank one make an indented code block: cosmetic, and no text inside code is
 * rendered or linked); raw HTML blocks, HTML attributes and code spans (do not put the result
 * there: backslashes and entities are literal inside them).
 */
export function escapeMarkdown(text: string): string {
  const s = text.replace(/\r\n|\r|\n/g, ' ').replace(BIDI_CONTROLS, '\uFFFD');
  const zwspAfter = new Set<number>();

  // `:name:` emoji shortcodes: break each after its opening colon; the closing colon may open the next.
  const emoji = /:[a-z0-9_+-]+:/gi;
  for (let match = emoji.exec(s); match; match = emoji.exec(s)) {
    zwspAfter.add(match.index);
    emoji.lastIndex = match.index + match[0].length - 1;
  }
  for (const match of s.matchAll(/\b[a-z][a-z0-9+.-]*:\/\//gi)) zwspAfter.add(match.index + match[0].length - 3);
  for (const match of s.matchAll(/\bwww\./gi)) zwspAfter.add(match.index + 2);
  for (const match of s.matchAll(/\bGH-(?=\d)/gi)) zwspAfter.add(match.index + 1);
  for (const match of s.matchAll(/#(?=\d)/g)) zwspAfter.add(match.index);
  // As GitHub's mention filter: an @ not preceded by a word character, followed by a name.
  for (const match of s.matchAll(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g)) zwspAfter.add(match.index);

  // A block marker at the start (after optional indentation): list bullets, setext underlines, ordered lists.
  const lead = /^[ \t]*(?:[-+=]|\d{1,9}[.)])/.exec(s);
  const backslashAt = lead ? lead[0].length - 1 : -1;

  let out = '';
  for (let i = 0; i < s.length; i++) {
    const char = s[i]!;
    if (i === backslashAt) out += '\\';
    out += ENTITIES[char] ?? (BACKSLASHED.has(char) ? `\\${char}` : char);
    if (zwspAfter.has(i)) out += ZWSP;
  }
  return out;
}

/**
 * `escapeMarkdown` for a GFM table cell: whitespace runs (tabs, line breaks) collapse to one
 * space and the ends are trimmed, since a row is one line and cell padding is not content.
 * `|` is escaped by `escapeMarkdown` already, so a cell cannot split the row.
 */
export function escapeMarkdownTableCell(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

const ZWSP = '&#8203;';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const BACKSLASHED = new Set(['\\', '`', '*', '_', '[', ']', '~', '|', '#', '$']);

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
