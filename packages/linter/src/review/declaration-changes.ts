/** A file that git or a pull request lists as changed: where it is, where it was, whether it is gone. */
export interface ListedChange {
  path: string;
  /** Where a renamed file was. */
  previousPath?: string;
  removed?: boolean;
}

/**
 * The listed changes that concern a declaration, for the CLI's `diff --base-ref` (git) and
 * the Action (the pull request's files) alike: a file `isDeclaration` accepts, with its
 * previous path when renamed; and a declaration renamed to a name `isDeclaration` rejects,
 * which is gone from where it was, so a deletion at its previous path.
 */
export function declarationChanges(
  listed: Iterable<ListedChange>,
  isDeclaration: (path: string) => boolean,
): ListedChange[] {
  const changes: ListedChange[] = [];
  for (const change of listed) {
    if (isDeclaration(change.path)) {
      changes.push({
        path: change.path,
        ...(change.previousPath !== undefined ? { previousPath: change.previousPath } : {}),
        ...(change.removed ? { removed: true } : {}),
      });
    } else if (change.previousPath !== undefined && isDeclaration(change.previousPath)) {
      changes.push({ path: change.previousPath, removed: true });
    }
  }
  return changes;
}
