import { positionFinder } from '../position.js';
import type { HostKind, HostReference } from '../types.js';

const TAG_KINDS: Record<string, HostKind> = { script: 'script', iframe: 'iframe', img: 'pixel' };

/** The host of an absolute (`https://h/…`) or protocol-relative (`//h/…`) URL starting at `offset`. */
function hostAt(text: string, offset: number): { host: string; offset: number } | undefined {
  let start: number;
  if (text.startsWith('//', offset)) start = offset + 2;
  else {
    const lower = text.slice(offset, offset + 8).toLowerCase();
    if (lower.startsWith('https://')) start = offset + 8;
    else if (lower.startsWith('http://')) start = offset + 7;
    else return undefined;
  }
  // A templated subdomain (`https://{{ site.disqus.shortname }}.disqus.com/…`) names the
  // service by the literal domain after it.
  const literal = afterPlaceholder(text, start);
  let end = literal;
  while (end < text.length && /[A-Za-z0-9.-]/.test(text[end]!)) end++;
  const host = text.slice(literal, end).toLowerCase().replace(/\.$/, '');
  return host.includes('.') ? { host, offset: start } : undefined;
}

/** Template placeholders a URL's host may start with, as opener and closer. */
const PLACEHOLDERS: readonly [string, string][] = [
  ['{{', '}}'],
  ['{%', '%}'],
  ['<%', '%>'],
  ['${', '}'],
];
/** A placeholder longer than this, or one spanning lines, is not a subdomain. */
const PLACEHOLDER_MAX = 200;

/**
 * Where the literal domain starts when a template placeholder and a dot open the host at
 * `start`; `start` itself when there is no such placeholder.
 */
function afterPlaceholder(text: string, start: number): number {
  const placeholder = PLACEHOLDERS.find(([open]) => text.startsWith(open, start));
  if (!placeholder) return start;
  const [open, close] = placeholder;
  // Only a bounded window is searched, so a text full of unclosed openers stays linear.
  const window = text.slice(start, start + PLACEHOLDER_MAX);
  const closeAt = window.indexOf(close, open.length);
  if (closeAt === -1 || window.slice(0, closeAt).includes('\n')) return start;
  const dot = start + closeAt + close.length;
  return text[dot] === '.' ? dot + 1 : start;
}

/** Attributes of the tag whose name ends at `i`, up to its `>`: name → value and the value's offset. */
function readAttributes(
  text: string,
  i: number,
): { attributes: Map<string, { value: string; offset: number }>; end: number } | undefined {
  const attributes = new Map<string, { value: string; offset: number }>();
  while (i < text.length) {
    const c = text[i]!;
    if (c === '>') return { attributes, end: i + 1 };
    if (!/[A-Za-z_:@-]/.test(c)) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < text.length && /[A-Za-z0-9_:@.-]/.test(text[i]!)) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r') i++;
    if (text[i] !== '=') continue;
    i++;
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\r') i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return undefined;
      attributes.set(name, { value: text.slice(i + 1, close), offset: i + 1 });
      i = close + 1;
    } else {
      const start = i;
      while (i < text.length && !/[\s>]/.test(text[i]!)) i++;
      attributes.set(name, { value: text.slice(start, i), offset: start });
    }
  }
  return undefined;
}

/**
 * HTML and templates: the hosts that `<script src>`, `<iframe src>` and `<img src>` (tracking
 * pixels) load from, and URLs written inside inline scripts (tag snippets load their script
 * that way). Relative URLs stay on the site and are not reported. One forward pass.
 */
export function parseHtmlHosts(text: string): HostReference[] {
  const at = positionFinder(text);
  const lower = text.toLowerCase();
  const found: HostReference[] = [];
  const add = (kind: HostKind, offset: number) => {
    const host = hostAt(text, offset);
    if (host) found.push({ kind, host: host.host, ...at(host.offset) });
  };
  let i = 0;
  for (;;) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      if (close === -1) break;
      i = close + 3;
      continue;
    }
    let nameEnd = open + 1;
    while (nameEnd < text.length && /[A-Za-z]/.test(text[nameEnd]!)) nameEnd++;
    const kind = TAG_KINDS[text.slice(open + 1, nameEnd).toLowerCase()];
    if (!kind) {
      i = open + 1;
      continue;
    }
    const tag = readAttributes(text, nameEnd);
    // An unterminated tag runs to the end of the text: nothing after it is markup.
    if (!tag) break;
    i = tag.end;
    const src = tag.attributes.get('src') ?? tag.attributes.get('data-src');
    if (src) add(kind, src.offset);
    if (kind === 'script' && !src) {
      const close = lower.indexOf('</script', i);
      const end = close === -1 ? text.length : close;
      for (
        let url = text.indexOf('//', i);
        url !== -1 && url < end;
        url = text.indexOf('//', url + 2)
      ) {
        const scheme = text.slice(Math.max(i, url - 6), url).toLowerCase();
        const start = scheme.endsWith('https:')
          ? url - 6
          : scheme.endsWith('http:')
            ? url - 5
            : /["'`]$/.test(scheme)
              ? url
              : -1;
        if (start !== -1) add('script', start);
      }
      i = end;
    }
  }
  return found;
}
