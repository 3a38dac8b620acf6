/**
 * Field-by-field comparison as data: each section of a declaration is a table of rows
 * `{kind, label, path, value, normalise, why}` (sections.ts), and one function walks a table
 * over two versions of a section, finding what changed (fieldDeltas) apart from how it is
 * said (fieldSentence).
 */
import type { ChangeKind } from './kinds.js';
import type { Normalizer } from './normalise.js';
import { displayText, quote, sameText, textDeltas, type TextDelta } from './text.js';

/** How one field changed: a language version of a text, or a scalar (the same shape). */
export type FieldDelta = TextDelta;

export interface FieldRow<T> {
  /** The kind of change, or one per delta (a translation added is only wording). */
  kind: ChangeKind | ((delta: FieldDelta) => ChangeKind);
  /** What the field is called in a message: "Name", "E-mail". */
  label: string;
  /** JSON pointer below the section. */
  path: string;
  value: (section: T) => unknown;
  /** 'text': free text, compared per language version; else the normaliser of a scalar. */
  normalise: 'text' | Normalizer;
  /** What follows the sentence: the article, or why the change matters. */
  why?: string | ((kind: ChangeKind) => string);
}

/** Where a section is, in each version, and what a message calls it. */
export interface SectionAt {
  /** "the controller", `purpose "order"`; none for top-level fields. */
  subject?: string;
  base: string;
  head: string;
}

export interface Languages {
  base: string | undefined;
  head: string | undefined;
}

/** What changed in one field between two versions. Pure, and cheap when nothing did. */
export function fieldDeltas<T>(
  row: FieldRow<T>,
  base: T,
  head: T,
  at: SectionAt,
  languages: Languages,
): FieldDelta[] {
  const before = row.value(base);
  const after = row.value(head);
  const basePath = at.base + row.path;
  const headPath = at.head + row.path;
  if (row.normalise === 'text') {
    if (sameText(before, after)) return [];
    return textDeltas(before, after, { base: basePath, head: headPath }, languages);
  }
  if (before === after) return [];
  const normalise = row.normalise;
  const norm = (v: unknown) =>
    v === undefined || v === null
      ? undefined
      : typeof v === 'string'
        ? normalise(v)
        : JSON.stringify(v);
  if (norm(before) === norm(after)) return [];
  const b = before === null ? undefined : before;
  const a = after === null ? undefined : after;
  if (a === undefined)
    return [{ op: 'removed', language: '', path: basePath, before: b, whole: true }];
  if (b === undefined)
    return [{ op: 'added', language: '', path: headPath, after: a, whole: true }];
  return [{ op: 'changed', language: '', path: headPath, before: b, after: a, whole: false }];
}

/** The reviewer's sentence for one field's delta. */
export function fieldSentence<T>(
  row: FieldRow<T>,
  delta: FieldDelta,
  kind: ChangeKind,
  subject: string | undefined,
  headLanguage: string | undefined,
): string {
  const field = `${row.label}${subject !== undefined ? ` of ${subject}` : ''}`;
  const why = typeof row.why === 'function' ? row.why(kind) : (row.why ?? '');
  let message: string;
  if (row.normalise === 'text') {
    const shown = (value: unknown) => quote(displayText(value, headLanguage) ?? '');
    const language = delta.language || 'the declaration language';
    if (delta.op === 'added')
      message = delta.whole
        ? `${field} added: ${shown(delta.after)}`
        : `${field} added in ${language}: ${shown(delta.after)}`;
    else if (delta.op === 'removed')
      message = delta.whole
        ? `${field} removed (was ${shown(delta.before)})`
        : `${field} removed in ${language} (was ${shown(delta.before)})`;
    else
      message = `${field}${delta.language !== '' ? ` (${delta.language})` : ''} changed from ${shown(delta.before)} to ${shown(delta.after)}`;
  } else if (delta.op === 'removed') message = `${field} removed (was ${show(delta.before)})`;
  else if (delta.op === 'added') message = `${field} set to ${show(delta.after)}`;
  else message = `${field} changed from ${show(delta.before)} to ${show(delta.after)}`;
  return `${message}${why}.`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}
