import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { plural, toResult, type LintMessage, type LintResult } from '@privacyspec/linter';
import {
  collectScanFiles,
  isScannedPath,
  readDeclarationFile,
  scanListedFiles,
  type DeclarationReader,
  type ScanFileList,
  type ScanFinding,
  type ScanOutcome,
} from '@privacyspec/linter/node';
import picomatch from 'picomatch';
import { warn } from './log.js';
import { readingOnce, repositoryPath, type PullRequestFile } from './pull-request.js';

/** What the Action reports of a scan: findings as lint results, and where each reported undeclared service comes in. */
export interface ScanReport {
  results: LintResult[];
  /** The reported undeclared services, one entry per line that brings one in. */
  undeclared: ScanFinding[];
  /** The declarations the services were held against, as absolute paths. */
  declarations: string[];
}

/** The `scan-paths` input as a walk: the folders to walk (repository paths) and a test on repository paths. */
export interface ScanSelection {
  roots: string[];
  accepts: (path: string) => boolean;
}

const MATCH_OPTIONS = { dot: true } as const;

/**
 * `scan-paths`: a folder or file takes everything below it ("." the whole repository), a glob
 * what it matches, below the folder it starts with; a line starting with ! excludes.
 */
export function scanSelection(lines: readonly string[]): ScanSelection {
  const test = (line: string): ((path: string) => boolean) => {
    if (picomatch.scan(line).isGlob) return picomatch(line, MATCH_OPTIONS);
    return (path) => line === '.' || path === line || path.startsWith(`${line}/`);
  };
  const included = lines.filter((line) => !line.startsWith('!'));
  const includes = included.map(test);
  const excludes = lines.filter((line) => line.startsWith('!')).map((line) => test(line.slice(1)));
  const roots = included.map((line) => {
    const scanned = picomatch.scan(line);
    return scanned.isGlob ? scanned.base || '.' : line;
  });
  return {
    roots: roots.includes('.') ? ['.'] : [...new Set(roots)],
    accepts: (path) => includes.some((matches) => matches(path)) && !excludes.some((m) => m(path)),
  };
}

/** The workspace's manifests, lockfiles and templates that `selection` takes, and the given declarations. */
async function workspaceFiles(
  selection: ScanSelection,
  declarations: readonly string[],
  workspace: string,
): Promise<ScanFileList> {
  const { sources } = await collectScanFiles(
    selection.roots.map((root) => resolve(workspace, root)),
    false,
  );
  return {
    sources: sources.filter((path) => selection.accepts(repositoryPath(workspace, path))),
    declarations,
  };
}

/** push: every service in the workspace that the declarations do not name, and every contradiction. */
export async function scanWorkspace(
  selection: ScanSelection,
  declarations: readonly string[],
  workspace: string,
): Promise<ScanReport> {
  const outcome = await scanListedFiles(
    await workspaceFiles(selection, declarations, workspace),
    [workspace],
    { root: workspace },
  );
  return {
    results: outcome.results,
    undeclared: outcome.undeclaredFindings,
    declarations: outcome.declarations,
  };
}

export interface PullRequestScan {
  selection: ScanSelection;
  /** Whether a repository path is a declaration (the `files` input). */
  isDeclaration: (path: string) => boolean;
  /** Finds the declarations in the workspace (absolute paths); not called when the pull request changes nothing the scan reads. */
  declarations: () => Promise<string[]>;
  files: readonly PullRequestFile[];
  workspace: string;
  /** pull_request: the workspace holds the head; pull_request_target: the base. */
  workspaceIsHead: boolean;
  /** Reads a file of the other side (the one not in the workspace) through the API; the review's reads are shared. */
  readOther: DeclarationReader;
}

/**
 * pull_request / pull_request_target: the scan at base and at head, and what the head adds.
 * The workspace gives one side; the other is the same list changed by the pull request's
 * files (a file it adds, removes or renames is there on one side only), and only the files
 * the pull request changes are read through `readOther`: the rest are the same on both sides.
 */
export async function scanPullRequest(scan: PullRequestScan): Promise<ScanReport> {
  const { workspace } = scan;
  // As the workspace side scans: no lockfile, dev dependency or test folder.
  const takesSource = (path: string) => isScannedPath(path, {}) && scan.selection.accepts(path);
  // A pull request that changes no file the scan reads has the same findings at both sides.
  const concerned = scan.files.some((file) =>
    [file.path, file.previousPath].some((path) => {
      if (path === undefined) return false;
      const shown = repositoryPath(workspace, path);
      return takesSource(shown) || scan.isDeclaration(shown);
    }),
  );
  if (!concerned) return { results: [], undeclared: [], declarations: [] };

  const here = await workspaceFiles(scan.selection, await scan.declarations(), workspace);
  // Paths the workspace has and the other side lacks, paths only the other side has, and the
  // other side's paths the pull request changes (those are read through `readOther`).
  const onlyInWorkspace = new Set<string>();
  const onlyOnOtherSide = new Set<string>();
  const changedOnOtherSide = new Set<string>();
  const missing: string[] = [];
  for (const file of scan.files) {
    const headPath = file.removed ? undefined : file.path;
    const basePath = file.added ? undefined : (file.previousPath ?? file.path);
    const [inWorkspace, onOtherSide] = scan.workspaceIsHead
      ? [headPath, basePath]
      : [basePath, headPath];
    if (inWorkspace !== undefined && inWorkspace !== onOtherSide) onlyInWorkspace.add(inWorkspace);
    if (
      inWorkspace !== undefined &&
      takesSource(repositoryPath(workspace, inWorkspace)) &&
      !existsSync(inWorkspace)
    )
      missing.push(repositoryPath(workspace, inWorkspace));
    if (onOtherSide === undefined) continue;
    changedOnOtherSide.add(onOtherSide);
    if (onOtherSide !== inWorkspace) onlyOnOtherSide.add(onOtherSide);
  }
  if (missing.length > 0)
    warn(
      `${missing.length} ${plural(missing.length, 'file')} that the pull request changes and the scan reads ${missing.length === 1 ? 'is' : 'are'} not in the workspace (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}); did the workflow run actions/checkout before PrivacySpec? The scan compared only the rest.`,
    );
  const otherSide = (workspaceList: readonly string[], takes: (path: string) => boolean) => [
    ...new Set([
      ...workspaceList.filter((path) => !onlyInWorkspace.has(path)),
      ...[...onlyOnOtherSide].filter((path) => takes(repositoryPath(workspace, path))),
    ]),
  ];
  const other: ScanFileList = {
    sources: otherSide(here.sources, takesSource),
    declarations: otherSide(here.declarations, scan.isDeclaration),
  };
  // What the workspace side read serves the other side for the files the pull request leaves as they are.
  const fromWorkspace = readingOnce((filePath) =>
    readDeclarationFile(filePath, { root: workspace }),
  );
  const otherName = scan.workspaceIsHead ? 'base' : 'head';
  const read: DeclarationReader = async (filePath) => {
    if (!changedOnOtherSide.has(filePath)) return fromWorkspace(filePath);
    const outcome = await scan.readOther(filePath);
    if (!('problem' in outcome)) return outcome;
    // Without the other version nothing can be told new: the file counts as unchanged. (The
    // review has warned about a declaration already.)
    if (!scan.isDeclaration(repositoryPath(workspace, filePath)))
      warn(
        `${repositoryPath(workspace, filePath)}: the ${otherName} version could not be read for the scan (${outcome.problem.message.replace(/\.$/, '')}); what this file brings in was not compared.`,
      );
    return fromWorkspace(filePath);
  };

  const workspaceOutcome = await scanListedFiles(here, [workspace], {
    root: workspace,
    read: fromWorkspace,
  });
  const otherOutcome = await scanListedFiles(other, [workspace], { root: workspace, read });
  const [head, base] = scan.workspaceIsHead
    ? [workspaceOutcome, otherOutcome]
    : [otherOutcome, workspaceOutcome];
  return addedBy(head, base, workspace);
}

/** The scan's findings that a service is brought in and not declared: each sits at a ScanFinding's place. */
export const UNDECLARED_RULES: ReadonlySet<string> = new Set([
  'scan/undeclared-transfer',
  'scan/undeclared-recipient',
]);

/**
 * The head's findings that the base does not have: an undeclared service the base did not
 * have undeclared (new in the code, or no longer declared), and any other finding (a
 * contradiction with the catalogue, an unreadable file) whose text is new at its file.
 */
function addedBy(head: ScanOutcome, base: ScanOutcome, workspace: string): ScanReport {
  const undeclaredAtBase = new Set(base.undeclared.map((service) => service.id));
  const undeclared = head.undeclaredFindings.filter(
    (finding) => !undeclaredAtBase.has(finding.service.id),
  );
  const places = new Set(
    undeclared.map((finding) => placeKey(finding.filePath, finding.line, finding.column)),
  );
  const key = (filePath: string, message: LintMessage) =>
    `${message.ruleId}\0${repositoryPath(workspace, filePath)}\0${message.message}`;
  const atBase = new Set(
    base.results.flatMap((result) =>
      result.messages.map((message) => key(result.filePath, message)),
    ),
  );
  const results = head.results.flatMap((result) => {
    const messages = result.messages.filter((message) =>
      UNDECLARED_RULES.has(message.ruleId)
        ? places.has(placeKey(result.filePath, message.line, message.column))
        : !atBase.has(key(result.filePath, message)),
    );
    return messages.length === 0 ? [] : [toResult(result.filePath, messages, result.source)];
  });
  return { results, undeclared, declarations: head.declarations };
}

/** A finding's place as a key: an undeclared-service message and its ScanFinding share it. */
export function placeKey(filePath: string, line: number, column: number): string {
  return `${filePath}:${line}:${column}`;
}
