/**
 * Escaping for text that comes from a declaration (or from a file name, or a message quoting
 * either) and ends up in Markdown that GitHub renders: PR comments, job summaries, the diff
 * report. Anyone who can open a pull request controls that text, and the comment is posted
 * in the bot's voice, so the text must render as exactly itself and nothing more.
 *
 * What `escapeMarkdown` guarantees, for inline contexts (a paragraph, a list item, a table
 * cell, emphasis or <ins>/<del> we write ourselves):
 *
 * - **URLs stay whole and copyable, but are not links.** A word holding `scheme://` or a
 *   leading `www.` is put in a code span from where the URL starts to the end of the word
 *   (less trailing punctuation, as GitHub's autolinker leaves it out): code is not rendered,
 *   linked or mentioned, and shows every character as it is, with nothing inserted. A link in
 *   the bot's comment would lend it credibility; a URL a reviewer can copy whole is enough.
 *   In a table cell a `|` in a URL is written `%7C`, the same URL, so it cannot split the row.
 * - **No HTML.** Outside URLs, `&`, `<` and `>` become entities, so `<img onerror>`,
 *   `<details>`, `<!--` and `<https://…>` autolinks are plain text.
 * - **No Markdown.** Outside URLs, `\ ` `` ` `` `*` `_` `[` `]` `~` `|` `#` `$` are
 *   backslash-escaped (no emphasis, code spans, links, images, strikethrough, table cells,
 *   headings or GitHub math), and a leading `-`, `+`, `=` or `1.` / `1)` is escaped so text
 *   that starts a line cannot start a list or a setext heading.
 * - **One line.** CR and LF become spaces, so nothing can start a new block.
 * - **No notifications or cross-links.** GitHub links mentions, issue references and emoji
 *   *after* rendering, on the text, so a backslash or an entity (`&#64;`) does not stop them:
 *   the decoded text still says `@octocat`. Outside URLs a zero-width space (written `&#8203;`,
 *   as Renovate does) goes after an `@` that could start a mention (not one inside a word, so
 *   e-mail addresses stay intact and copyable), after a `#` before a digit (`#42`,
 *   `owner/repo#42`), inside `GH-42`, after the first colon of an `:emoji:` shortcode, and
 *   after the colon of a `://` that starts no URL here (a diff part may continue a scheme
 *   written in the part before it).
 * - **No bidi tricks.** Explicit bidirectional controls (U+202A–U+202E, U+2066–U+2069) become
 *   U+FFFD, inside URLs too, so text cannot display reversed in the reviewer's view.
 * - **Linear.** One scan per concern and no backtracking regular expression: the cost grows
 *   with the text, whatever it holds (`a.a.a…`, `::::`, `@@@@`).
 *
 * Not covered: commit SHAs (GitHub links a 7–40 digit hex string only if that commit exists
 * in the repository, which is harmless); e-mail addresses (autolinked as `mailto:`, but the
 * visible text is the whole target); leading indentation (four spaces at the start of a line
 * after a blank one make an indented code block: cosmetic); raw HTML blocks, HTML attributes
 * and code spans (do not put the result there: backslashes and entities are literal inside them).
 */
export function escapeMarkdown(text: string): string {
  return escape(text, false);
}

/**
 * `escapeMarkdown` for a GFM table cell: whitespace runs (tabs, line breaks) collapse to one
 * space and the ends are trimmed, since a row is one line and cell padding is not content.
 * Outside URLs `|` is backslash-escaped; inside them it is written `%7C`.
 */
export function escapeMarkdownTableCell(text: string): string {
  return escape(text.replace(/\s+/g, ' ').trim(), true);
}

/**
 * `text` as a code span: shown as it is, never rendered, linked or mentioned. The fence is one
 * backtick longer than the longest run inside, padded with a space when the text starts or
 * ends with a backtick or a space (CommonMark strips one space from each end). Line breaks
 * become spaces and bidi controls U+FFFD. Not for a table cell (a `|` would split it).
 */
export function inlineCode(text: string): string {
  return codeSpan(oneLine(text));
}

function escape(text: string, inTableCell: boolean): string {
  const s = oneLine(text);
  const urls = urlSpans(s);
  const zwspAfter = markersOutside(s, urls);
  // A block marker at the start (after optional indentation): list bullets, setext underlines, ordered lists.
  const lead = /^[ \t]*(?:[-+=]|\d{1,9}[.)])/.exec(s);
  const backslashAt = lead ? lead[0].length - 1 : -1;

  let out = '';
  let nextUrl = 0;
  for (let i = 0; i < s.length; i++) {
    const url = urls[nextUrl];
    if (url && i === url.start) {
      const content = s.slice(url.start, url.end);
      out += codeSpan(inTableCell ? content.replaceAll('|', '%7C') : content);
      i = url.end - 1;
      nextUrl += 1;
      continue;
    }
    const char = s[i]!;
    if (i === backslashAt) out += '\\';
    out += ENTITIES[char] ?? (BACKSLASHED.has(char) ? `\\${char}` : char);
    if (zwspAfter.has(i)) out += ZWSP;
  }
  return out;
}

/** Line breaks as spaces, bidi controls as U+FFFD. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(BIDI_CONTROLS, '\uFFFD');
}

function codeSpan(content: string): string {
  if (content === '') return '';
  let longest = 0;
  for (let i = 0, run = 0; i < content.length; i++) {
    run = content[i] === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const edges = `${content[0]}${content[content.length - 1]}`;
  const pad = /[` ]/.test(edges) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where URLs stand in `s`, in order: in a whitespace-delimited word, from a `scheme://` (the
 * scheme starting with a letter) or a `www.` (not inside a word) to the end of the word or the
 * next `<` or `>`, less trailing punctuation and unbalanced `)`. Each character is looked at a
 * bounded number of times.
 */
function urlSpans(s: string): Span[] {
  const spans: Span[] = [];
  for (let from = 0; from < s.length;) {
    if (WHITESPACE.test(s[from]!)) {
      from += 1;
      continue;
    }
    let to = from;
    while (to < s.length && !WHITESPACE.test(s[to]!)) to += 1;
    // `<` and `>` are never part of a URL (RFC 3986): one ends it, and the rest of the word may hold another.
    for (let at = from; at < to;) {
      const start = urlStart(s, at, to);
      if (start === -1) break;
      let stop = start;
      while (stop < to && s[stop] !== '<' && s[stop] !== '>') stop += 1;
      const end = withoutTrailingPunctuation(s, start, stop);
      if (end > start) spans.push({ start, end });
      at = stop;
    }
    from = to;
  }
  return spans;
}

function urlStart(s: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (s.startsWith('://', k)) {
      // The scheme: letters, digits, + . - before the colon, from its first letter.
      let start = k;
      while (start > from && SCHEME_CHARACTER.test(s[start - 1]!)) start -= 1;
      while (start < k && !LETTER.test(s[start]!)) start += 1;
      if (start < k) return start;
    } else if (
      (s[k] === 'w' || s[k] === 'W') &&
      s.slice(k, k + 4).toLowerCase() === 'www.' &&
      (k === from || !ALPHANUMERIC.test(s[k - 1]!))
    ) {
      return k;
    }
  }
  return -1;
}

function withoutTrailingPunctuation(s: string, start: number, to: number): number {
  let open = 0;
  let close = 0;
  for (let k = start; k < to; k++) {
    if (s[k] === '(') open += 1;
    else if (s[k] === ')') close += 1;
  }
  let end = to;
  while (end > start) {
    const char = s[end - 1]!;
    if (TRAILING_PUNCTUATION.has(char)) end -= 1;
    else if (char === ')' && close > open) {
      close -= 1;
      end -= 1;
    } else break;
  }
  return end;
}

/** Offsets outside URLs after which a zero-width space stops GitHub linking or notifying. */
function markersOutside(s: string, urls: readonly Span[]): Set<number> {
  const inUrl = new Uint8Array(s.length);
  for (const { start, end } of urls) inUrl.fill(1, start, end);
  const after = new Set<number>();
  const mark = (index: number) => {
    if (!inUrl[index]) after.add(index);
  };
  for (let i = 0; i < s.length; i++) {
    const char = s[i]!;
    const previous = s[i - 1];
    const next = s[i + 1] ?? '';
    // As GitHub's mention filter: an @ not preceded by a word character, followed by a name.
    if (
      char === '@' &&
      !(previous !== undefined && WORD_CHARACTER.test(previous)) &&
      ALPHANUMERIC.test(next)
    )
      mark(i);
    else if (char === '#' && DIGIT.test(next)) mark(i);
    else if (
      s.slice(i, i + 3).toUpperCase() === 'GH-' &&
      DIGIT.test(s[i + 3] ?? '') &&
      !(previous !== undefined && WORD_CHARACTER.test(previous))
    )
      mark(i + 1);
    else if (char === ':' && s.startsWith('//', i + 1)) mark(i);
  }
  // `:name:` emoji shortcodes: break each after its opening colon; the closing colon may open the next.
  for (let i = s.indexOf(':'); i !== -1;) {
    let j = i + 1;
    while (j < s.length && EMOJI_NAME_CHARACTER.test(s[j]!)) j += 1;
    if (s[j] === ':' && j > i + 1) mark(i);
    i = s[j] === ':' ? j : s.indexOf(':', j);
  }
  return after;
}

const ZWSP = '&#8203;';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const BACKSLASHED = new Set(['\\', '`', '*', '_', '[', ']', '~', '|', '#', '$']);

/** GitHub's autolinker leaves these out at the end of a URL. */
const TRAILING_PUNCTUATION = new Set(['.', ',', ':', ';', '!', '?', '"', "'", '*', '_', '~']);

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const SCHEME_CHARACTER = /^[a-z0-9+.-]$/i;
const LETTER = /^[a-z]$/i;
const ALPHANUMERIC = /^[a-z0-9]$/i;
const WORD_CHARACTER = /^\w$/;
const DIGIT = /^\d$/;
const WHITESPACE = /^\s$/;
const EMOJI_NAME_CHARACTER = /^[a-z0-9_+-]$/i;
