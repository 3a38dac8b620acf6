import type { Block, Inline, NoticeDocument, TextRun } from './document.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

// System fonts, dark text on white (contrast well above 4.5:1), visible focus and link
// underlines; the print rules drop the colours and print each link's address after it.
const STYLE = `
:root { color-scheme: light; }
body { font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; max-width: 50rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; }
h2 { font-size: 1.4rem; margin-top: 2.2rem; border-bottom: 1px solid #c8c8c8; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
a { color: #0645ad; text-decoration: underline; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: .4rem; }
th, td { border: 1px solid #8a8a8a; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
@media print {
  body { max-width: none; padding: 0; color: #000; font-size: 11pt; }
  a { color: #000; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: .9em; }
  h2, h3 { break-after: avoid; }
  table, dl, li { break-inside: avoid; }
  thead th { background: none; }
}
`;

/** A complete static HTML page: no script, every declaration text escaped. */
export function writeHtml(document: NoticeDocument): string {
  const body = document.blocks.map(blockHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${inlineText(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${inlineHtml(document.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}${block.id !== undefined ? ` id="${escapeHtml(block.id)}"` : ''}>${inlineHtml(block.content)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'fields':
      return `<dl>\n${block.fields.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${inlineHtml(value)}</dd>`).join('\n')}\n</dl>`;
    case 'table': {
      const head = block.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
      const rows = block.rows.map(
        (row) =>
          `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${inlineHtml(cell)}</th>` : `<td>${inlineHtml(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>\n<caption>${escapeHtml(block.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

function inlineHtml(content: Inline): string {
  return content.map(runHtml).join('');
}

function runHtml(part: TextRun): string {
  const lang = part.lang !== undefined ? ` lang="${escapeHtml(part.lang)}"` : '';
  let html = escapeHtml(part.text);
  if (part.strong) html = `<strong>${html}</strong>`;
  if (part.href !== undefined) return `<a href="${escapeHtml(part.href)}"${lang}>${html}</a>`;
  return lang ? `<span${lang}>${html}</span>` : html;
}

function inlineText(content: Inline): string {
  return escapeHtml(content.map((part) => part.text).join(''));
}
