import type { Declaration } from '@privacyspec/schema';
import { run, type Block, type Inline } from './document.js';
import { inlineMarkdown, writeMarkdownBlocks } from './markdown.js';
import { buildNotice, noticeLanguage } from './notice.js';

export interface NoticeSectionChange {
  /** The section's anchor in the notice (`purpose-<id>`, `transfer-<id>`, `rights`, …); `notice` for a removed declaration. */
  readonly id: string;
  readonly status: 'added' | 'changed' | 'removed';
  /** A heading naming the section and what happened to it, then the head's text (none when removed). */
  readonly markdown: string;
}

export interface NoticeChangesOptions {
  /** The language both versions are rendered in; default: the head's `language` (the base's when the head is gone), else en. */
  lang?: string;
}

/** One section of a rendered notice: a heading with its anchor and the blocks up to the next heading. */
interface Section {
  readonly key: string;
  readonly id: string;
  readonly title: Inline;
  readonly body: string;
}

const STATUS_NOTE: Record<NoticeSectionChange['status'], string> = {
  added: 'new',
  changed: 'changed',
  removed: 'removed',
};

/**
 * The sections of the rendered notice that differ between two versions of a declaration, in
 * Markdown: what a reader of the published notice would see change. Both versions are
 * rendered in one language and compared section by section (each heading's anchor, from a
 * topic down to one purpose, category, recipient or transfer); an unchanged section is left
 * out. The summary table is left out too: each of its cells repeats a purpose's section. A new
 * declaration yields every section as new; a removed one yields one note.
 */
export function changedNoticeSections(
  base: Declaration | undefined,
  head: Declaration | undefined,
  options: NoticeChangesOptions = {},
): NoticeSectionChange[] {
  const reference = head ?? base;
  if (reference === undefined) return [];
  const lang = noticeLanguage(reference, options.lang);
  if (head === undefined) {
    const title = buildNotice(reference, lang).title;
    return [{ id: 'notice', status: 'removed', markdown: heading(title, 'removed') }];
  }
  const before = new Map(
    (base ? sections(buildNotice(base, lang).blocks) : []).map((section) => [section.key, section]),
  );
  const after = sections(buildNotice(head, lang).blocks);
  const afterKeys = new Set(after.map((section) => section.key));
  const changes: NoticeSectionChange[] = [];
  for (const section of after) {
    const old = before.get(section.key);
    if (
      old !== undefined &&
      old.body === section.body &&
      inlineMarkdown(old.title) === inlineMarkdown(section.title)
    )
      continue;
    const status = old === undefined ? 'added' : 'changed';
    changes.push({
      id: section.id,
      status,
      markdown: `${heading(section.title, status)}\n\n${section.body}`.trimEnd(),
    });
  }
  for (const section of before.values()) {
    if (!afterKeys.has(section.key))
      changes.push({
        id: section.id,
        status: 'removed',
        markdown: heading(section.title, 'removed'),
      });
  }
  return changes;
}

function heading(title: Inline, status: NoticeSectionChange['status']): string {
  return `#### ${inlineMarkdown(title)} · _${STATUS_NOTE[status]}_`;
}

/**
 * A notice's blocks cut at each heading. A subsection's title names its topic too ("Transfers
 * › Example Cloud Inc."); a topic heading with nothing before its first subsection is only a
 * title, and the summary table and the lines above the first heading are no section.
 */
function sections(blocks: readonly Block[]): Section[] {
  const found: Array<{ id: string; title: Inline; blocks: Block[]; level: 2 | 3 }> = [];
  let topic: Inline = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (block.level === 2) topic = block.content;
      const title =
        block.level === 3 && topic.length > 0
          ? [...topic, run(' › '), ...block.content]
          : block.content;
      found.push({ id: block.id ?? '', title, blocks: [], level: block.level });
    } else {
      found.at(-1)?.blocks.push(block);
    }
  }
  // An id could repeat (two entries with one id): the nth occurrence pairs with the nth.
  const seen = new Map<string, number>();
  return found
    .filter(
      (section) => section.id !== 'summary' && (section.level === 3 || section.blocks.length > 0),
    )
    .map((section) => {
      const n = (seen.get(section.id) ?? 0) + 1;
      seen.set(section.id, n);
      return {
        key: `${section.id}#${n}`,
        id: section.id,
        title: section.title,
        body: writeMarkdownBlocks(section.blocks),
      };
    });
}
