import { resolve, sep } from 'node:path';
import { relativePath } from '../formatters/relative-path.js';
import { textStyles } from '../formatters/text-styles.js';
import { findDeclarationFiles } from '../node/find-declarations.js';
import { coveredBy } from '../node/globs.js';
import { projectRoot } from '../node/project.js';
import { readDeclarationFile } from '../node/read-file.js';
import { reviewFiles, type FileChange } from '../node/review-files.js';
import { FAIL_ON, FAIL_ON_RISK, gate, gateExitCode } from '../review/gate.js';
import { declarationChanges } from '../review/declaration-changes.js';
import type { Review } from '../review/index.js';
import { renderReviewMarkdown } from '../review/markdown.js';
import { renderReviewText } from '../review/text.js';
import { oneOf, parseCommandArgs } from './args.js';
import { deletionsAndRenames, readAtRef, verifyRef } from './git.js';
import { ConfigFinder } from '../node/config.js';
import { CliError } from '../node/errors.js';
import { useColor, type CliIo } from './io.js';
import { noDeclarationMatches } from './lint-and-diff-options.js';

export const DIFF_HELP = `Usage: privacyspec diff <base.yaml> <head.yaml> [options]
       privacyspec diff --base-ref <git ref> [files, folders or globs…] [options]

Shows what changed in data handling between two versions of a declaration, ranked by
risk, and the findings the change introduces or fixes. Entries are matched by id, so
reordering, reformatting and comments change nothing.

Options:
      --base-ref <ref>       read the base version of each file from git at <ref>: a file
                             missing there is new, a file deleted since is a high-risk
                             change, a renamed one is compared with its old path
  -f, --format <name>        text (default), json, markdown
  -c, --config <f>           use this config instead of the nearest privacyspec.config.yaml
      --fail-on <level>      exit 1 when the change brings new findings at this level:
                             error (default), warning or never
      --fail-on-risk <risk>  exit 1 when a change in data handling is at least this risky:
                             high, medium, low or never (default)
  -h, --help                 show this help

Exit codes: 0 passed, 1 new findings at --fail-on or a change at --fail-on-risk, 2 the
versions could not be compared (a head that does not load) or PrivacySpec could not run.
`;

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      'base-ref': { type: 'string' },
      format: { type: 'string', short: 'f' },
      config: { type: 'string', short: 'c' },
      'fail-on': { type: 'string' },
      'fail-on-risk': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'diff',
  );
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = oneOf(values.format, ['text', 'json', 'markdown'] as const, '--format') ?? 'text';
  const failOn = oneOf(values['fail-on'], FAIL_ON, '--fail-on') ?? 'error';
  const failOnRisk = oneOf(values['fail-on-risk'], FAIL_ON_RISK, '--fail-on-risk') ?? 'never';
  const root = await projectRoot(io.cwd);
  const config = await ConfigFinder.open(root, values.config, io.cwd);
  const readFromDisk = (path: string) => readDeclarationFile(path, { root });

  let reviews: Review[];
  if (values['base-ref'] !== undefined) {
    const at = await verifyRef(values['base-ref'], io.cwd);
    const { files, unmatched } = await findDeclarationFiles(positionals, io.cwd);
    const covered = coveredBy(positionals, io.cwd);
    // Deleted and renamed declarations come from git (a path the arguments cover, as for
    // files on disk); the rest are on disk.
    const deletedOrRenamed = declarationChanges(await deletionsAndRenames(at), covered);
    // A named folder that git deleted is not a missing file: its declarations are in `deletedOrRenamed`.
    const deletedFolder = (path: string) =>
      deletedOrRenamed.some((c) => c.path.startsWith(path + sep));
    const changes = new Map<string, FileChange>(
      files.filter((path) => !deletedFolder(path)).map((path) => [path, { path }]),
    );
    for (const change of deletedOrRenamed) changes.set(change.path, change);
    const stillUnmatched = unmatched.filter(
      (pattern) => !deletedOrRenamed.some((c) => c.path === resolve(io.cwd, pattern)),
    );
    if (stillUnmatched.length > 0) throw noDeclarationMatches(stillUnmatched);
    reviews = await reviewFiles(
      [...changes.values()].sort((a, b) => a.path.localeCompare(b.path)),
      {
        readBase: (path) => readAtRef(at, path),
        readHead: readFromDisk,
        config,
      },
    );
  } else {
    if (positionals.length !== 2)
      throw new CliError(
        'diff takes two files, <base.yaml> <head.yaml>, or --base-ref <git ref>. See "privacyspec diff --help".',
      );
    const [basePath, headPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
    const base = await readFromDisk(basePath);
    // Two named files must both exist: a missing base is a typo, not a new declaration.
    if ('missing' in base) throw new CliError(`${positionals[0]}: the base file was not found.`);
    reviews = await reviewFiles([{ path: headPath }], {
      readBase: async () => base,
      readHead: readFromDisk,
      config,
    });
  }

  io.stdout(render(reviews, format, io));
  const outcome = gate(reviews, { failOn, failOnRisk }, (filePath) =>
    relativePath(filePath, io.cwd),
  );
  if (outcome.verdict === 'incomparable')
    io.stderr(`privacyspec: could not compare: ${outcome.reasons.join(' ')}\n`);
  return gateExitCode(outcome);
}

function render(reviews: Review[], format: 'text' | 'json' | 'markdown', io: CliIo): string {
  if (format === 'markdown') return renderReviewMarkdown(reviews, { cwd: io.cwd });
  if (format === 'text') return renderReviewText(reviews, io.cwd, textStyles(useColor(io)));
  // design.md's shape, {"changes": [...]}, plus the findings the change introduces or resolves.
  const findings = (r: Review) => ({
    status: r.status,
    ...(r.previousPath !== undefined ? { previousPath: r.previousPath } : {}),
    changes: r.changes,
    introduced: r.introduced,
    resolved: r.resolved,
    unchanged: r.unchanged.length,
    ...(r.problem ? { problem: r.problem } : {}),
  });
  if (reviews.length === 1) return `${JSON.stringify(findings(reviews[0]!), null, 2)}\n`;
  const changes = reviews.flatMap((r) => r.changes.map((c) => ({ filePath: r.filePath, ...c })));
  return `${JSON.stringify({ changes, files: reviews.map((r) => ({ filePath: r.filePath, ...findings(r) })) }, null, 2)}\n`;
}
