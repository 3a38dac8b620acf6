import type { Block, Inline, NoticeDocument, TextRun } from './document.js';

/**
 * Escapes text so Markdown shows it as written: the ASCII punctuation that can open or close
 * inline Markdown or HTML anywhere gets a backslash (CommonMark, "Backslash escapes"), and so
 * do the list and heading markers that matter only at the start of a line. Line breaks become
 * spaces, so a text cannot start a block of its own or end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** GitHub-flavoured Markdown: headings with explicit anchors, a pipe table, lists. */
export function writeMarkdown(document: NoticeDocument): string {
  return `# ${inlineMarkdown(document.title)}\n\n${writeMarkdownBlocks(document.blocks)}\n`;
}

/** Blocks of a notice as Markdown, separated by blank lines. */
export function writeMarkdownBlocks(blocks: readonly Block[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      // An empty anchor element gives a stable fragment id whatever the renderer's slug rules.
      const anchor = block.id !== undefined ? `<a id="${block.id}"></a>\n` : '';
      return `${anchor}${'#'.repeat(block.level)} ${inlineMarkdown(block.content)}`;
    }
    case 'paragraph':
      return inlineMarkdown(block.content);
    case 'list':
      return block.items.map((item) => `- ${inlineMarkdown(item)}`).join('\n');
    case 'fields':
      return block.fields
        .map(([label, value]) => `- **${escapeMarkdown(label)}:** ${inlineMarkdown(value)}`)
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        row(block.head.map(escapeMarkdown)),
        row(block.head.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map(inlineMarkdown))),
      ].join('\n');
    }
  }
}

export function inlineMarkdown(content: Inline): string {
  return content.map(runMarkdown).join('');
}

function runMarkdown(part: TextRun): string {
  let text = escapeMarkdown(part.text);
  if (part.strong) text = `**${text}**`;
  // Angle brackets let a URL hold parentheses; < > and spaces never occur in a safe href.
  return part.href !== undefined ? `[${text}](<${part.href}>)` : text;
}
