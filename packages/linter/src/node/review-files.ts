import { review, reviewRemoved, reviewUnreadable, type Review } from '../review/index.js';
import type { ConfigLookup } from './config.js';
import { fileProblem, NOT_FOUND, type DeclarationReader } from './read-file.js';

/** One declaration a change touches, as git or the pull request lists it. */
export interface FileChange {
  /** The path at the head (for a removed file, where it was). */
  path: string;
  /** The path at the base of a renamed file. */
  previousPath?: string;
  /** The change deletes the file: the head is not read. */
  removed?: boolean;
}

export interface ReviewFilesOptions {
  /** Reads a path at the base: `{ missing: true }` when it did not exist there. */
  readBase: DeclarationReader;
  /** Reads a path at the head: `{ missing: true }` when it no longer exists. */
  readHead: DeclarationReader;
  /** Which config applies (the head path's), for both sides alike. */
  config: ConfigLookup;
  /** `YYYY-MM-DD` for the reference data; default today. */
  today?: string;
}

/**
 * Reviews each changed declaration once, in order: a file missing at the head is deleted
 * (declaration-removed), one missing at the base is new, a renamed one is compared with its
 * previous path, and a side that cannot be read is a problem, never "no change".
 */
export async function reviewFiles(
  changes: readonly FileChange[],
  options: ReviewFilesOptions,
): Promise<Review[]> {
  const reviews: Review[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.path)) continue;
    seen.add(change.path);
    reviews.push(await reviewFile(change, options));
  }
  return reviews;
}

async function reviewFile(change: FileChange, options: ReviewFilesOptions): Promise<Review> {
  const { path } = change;
  const lintOptions = {
    config: await options.config.configFor(path),
    ...(options.today !== undefined ? { today: options.today } : {}),
  };
  const basePath = change.previousPath ?? path;
  const renamed = basePath !== path;
  if (change.removed) {
    const base = await options.readBase(basePath);
    return reviewRemoved(path, 'text' in base ? base.text : undefined, lintOptions);
  }
  const head = await options.readHead(path);
  // A head that cannot be read is reported as such; its base is not needed.
  if ('problem' in head)
    return reviewUnreadable(
      path,
      'head',
      head.problem,
      undefined,
      renamed ? 'renamed' : 'modified',
    );
  const base = await options.readBase(basePath);
  if ('missing' in head) {
    if ('missing' in base)
      return reviewUnreadable(path, 'head', fileProblem(NOT_FOUND).problem, undefined, 'modified');
    return reviewRemoved(path, 'text' in base ? base.text : undefined, lintOptions);
  }
  const status = 'missing' in base ? 'added' : renamed ? 'renamed' : 'modified';
  if ('problem' in base)
    return reviewUnreadable(
      path,
      'base',
      base.problem,
      review({ base: undefined, head: head.text, filePath: path }, lintOptions).head,
      status,
    );
  const result = review(
    { base: 'missing' in base ? undefined : base.text, head: head.text, filePath: path },
    lintOptions,
  );
  return { ...result, status, ...(renamed ? { previousPath: basePath } : {}) };
}
