import { resolve } from 'node:path';
import pc from 'picocolors';
import { review, type Review } from '../review/index.js';
import { renderReviewMarkdown } from '../review/markdown.js';
import { renderReviewText } from '../review/text.js';
import { reachesRisk, RISK_ORDER } from '../review/verdict.js';
import { oneOf, parseCommandArgs } from './args.js';
import { findDeclarationFiles } from './find-files.js';
import { readAtRef, verifyRef } from './git.js';
import { CliError, useColor, type CliIo } from './io.js';
import { readDeclarationFile } from './read-file.js';

export const DIFF_HELP = `Usage: privacyspec diff <base.yaml> <head.yaml> [options]
       privacyspec diff --base-ref <git ref> [files, folders or globs…] [options]

Shows what changed in data handling between two versions of a declaration, ranked by
risk, and the findings the change introduces or fixes. Entries are matched by id, so
reordering, reformatting and comments change nothing.

Options:
      --base-ref <ref>    read the base version of each file from git at <ref>; a file
                          missing there is new (every entry is an addition)
  -f, --format <name>     text (default), json, markdown
      --fail-on <risk>    exit 1 when a change is at least this risky: high (default),
                          medium, low or never
  -h, --help              show this help

Exit codes: 0 nothing at --fail-on, 1 a change at or above it, 2 PrivacySpec could not run.
`;

export async function diffCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      'base-ref': { type: 'string' },
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'diff',
  );
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const format = oneOf(values.format, ['text', 'json', 'markdown'] as const, '--format') ?? 'text';
  const failOn = oneOf(values['fail-on'], [...RISK_ORDER, 'never'] as const, '--fail-on') ?? 'high';

  const reviews: Review[] = [];
  if (values['base-ref'] !== undefined) {
    const ref = values['base-ref'];
    await verifyRef(ref, io.cwd);
    const { files, unmatched } = await findDeclarationFiles(positionals, io.cwd);
    if (unmatched.length > 0) throw new CliError(`No privacy declaration matches ${unmatched.map((p) => `"${p}"`).join(', ')}.`);
    for (const file of files) {
      reviews.push(review({ base: await readAtRef(ref, file), head: await readText(file), filePath: file }));
    }
  } else {
    if (positionals.length !== 2) throw new CliError('diff takes two files, <base.yaml> <head.yaml>, or --base-ref <git ref>. See "privacyspec diff --help".');
    const [basePath, headPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
    reviews.push(review({ base: await readText(basePath), head: await readText(headPath), filePath: headPath }));
  }

  io.stdout(render(reviews, format, io));
  return reachesRisk(reviews, failOn) ? 1 : 0;
}

async function readText(path: string): Promise<string> {
  const read = await readDeclarationFile(path);
  if ('problem' in read) throw new CliError(`${path}:${read.problem.range.line}:${read.problem.range.column}: ${read.problem.message}`);
  return read.text;
}

function render(reviews: Review[], format: 'text' | 'json' | 'markdown', io: CliIo): string {
  if (format === 'markdown') return renderReviewMarkdown(reviews, { cwd: io.cwd });
  if (format === 'text') return renderReviewText(reviews, io.cwd, pc.createColors(useColor(io)));
  // design.md's shape, {"changes": [...]}, plus the findings the change introduces or resolves.
  const findings = (r: Review) => ({ changes: r.changes, introduced: r.introduced, resolved: r.resolved, ...(r.problem ? { problem: r.problem } : {}) });
  if (reviews.length === 1) return `${JSON.stringify(findings(reviews[0]!), null, 2)}\n`;
  const changes = reviews.flatMap((r) => r.changes.map((c) => ({ filePath: r.filePath, ...c })));
  return `${JSON.stringify({ changes, files: reviews.map((r) => ({ filePath: r.filePath, ...findings(r) })) }, null, 2)}\n`;
}
