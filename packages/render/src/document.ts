// A small document tree that the notice is built as once, then written as HTML or Markdown,
// so that both formats say the same thing and escaping lives in one place per format.

/** A run of text; `lang` is set when the text is in another language than the page. */
export interface TextRun {
  readonly text: string;
  readonly lang?: string;
  readonly href?: string;
  readonly strong?: boolean;
}

export type Inline = readonly TextRun[];

export type Block =
  | {
      readonly kind: 'heading';
      readonly level: 2 | 3;
      readonly content: Inline;
      readonly id?: string;
    }
  | { readonly kind: 'paragraph'; readonly content: Inline }
  | { readonly kind: 'list'; readonly items: readonly Inline[] }
  | {
      readonly kind: 'fields';
      readonly fields: ReadonlyArray<readonly [label: string, value: Inline]>;
    }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: ReadonlyArray<readonly Inline[]>;
    };

export interface NoticeDocument {
  readonly lang: string;
  readonly title: Inline;
  readonly blocks: readonly Block[];
}

export const run = (text: string, lang?: string): TextRun =>
  lang === undefined ? { text } : { text, lang };

/** Only web and e-mail links are written as links; anything else stays text. */
export function safeHref(href: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)[^\s<>"']+$/i.test(href) ? href : undefined;
}
