import { findDeclarationFiles } from '../node/find-declarations.js';
import { lintFiles, writeFixedFile } from '../node/lint-files.js';
import { projectRoot } from '../node/project.js';
import type { LintResult } from '../types.js';
import { oneOf, parseCommandArgs, parseCount } from './args.js';
import { ConfigFinder } from '../node/config.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';
import { REPORT_FORMATS, writeReport } from './write-report.js';
import { noDeclarationMatches } from './lint-and-diff-options.js';
import { plural } from '../plural.js';

export const LINT_HELP = `Usage: privacyspec lint [files, folders or globs…] [options]

Checks privacy declarations against the GDPR. With no argument, lints every privacy.yaml
and privacy.yml below the current folder (dot folders such as .well-known included;
node_modules and .git are skipped). A file named twice is linted once.

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown
  -o, --output-file <f>   write the report to a file instead of standard output
  -c, --config <f>        use this config instead of the nearest privacyspec.config.yaml
      --max-warnings <n>  exit 1 when there are more than n warnings
      --max-file-size <MB>  refuse larger files before parsing (default 10)
      --quiet             report errors only
      --fix               apply safe fixes in place (comments and formatting are kept)
      --fix-dry-run       show the fixes as a diff without writing them
  -h, --help              show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 PrivacySpec could not run.
`;

export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'max-warnings': { type: 'string' },
      'max-file-size': { type: 'string' },
      quiet: { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'lint',
  );
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = oneOf(values.format, REPORT_FORMATS, '--format') ?? 'stylish';
  const maxWarnings = parseCount(values['max-warnings'], '--max-warnings');
  const maxFileSizeMb = parseCount(values['max-file-size'], '--max-file-size');
  const maxBytes = maxFileSizeMb === undefined ? undefined : maxFileSizeMb * 1024 * 1024;
  if (values.fix && values['fix-dry-run'])
    throw new CliError('Use either --fix or --fix-dry-run, not both.');

  const root = await projectRoot(io.cwd);
  const config = await ConfigFinder.open(root, values.config, io.cwd);
  const { files, unmatched } = await findDeclarationFiles(positionals, io.cwd);
  if (unmatched.length > 0) throw noDeclarationMatches(unmatched);
  if (files.length === 0)
    throw new CliError(
      `No privacy.yaml, privacy.yml or privacyspec.yaml found below ${io.cwd}. Name the files to lint, or run "privacyspec init" to write one.`,
    );

  const fixing = values.fix === true || values['fix-dry-run'] === true;
  const linted = await lintFiles(files, {
    config,
    root,
    fix: fixing,
    ...(maxBytes !== undefined ? { maxBytes } : {}),
  });
  let fixedProblems = 0;
  const results: LintResult[] = [];
  for (const file of linted) {
    if (file.fixed !== undefined) {
      if (values.fix) {
        await writeFixedFile(file);
        fixedProblems += file.fixed.count;
      } else {
        // The diff library is loaded for a dry run only.
        const { createTwoFilesPatch } = await import('diff');
        io.stdout(
          createTwoFilesPatch(
            file.filePath,
            file.filePath,
            file.source!,
            file.fixed.output,
            'original',
            'fixed',
          ),
        );
      }
    }
    // --fix-dry-run reports the file as it stays: unfixed.
    results.push(values['fix-dry-run'] && file.fixed ? file.fixed.before : file.result);
  }

  const shown = values.quiet ? results.map(onlyErrors) : results;
  await writeReport(shown, format, values['output-file'], io);

  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  // On a terminal, silence would leave people wondering whether anything ran.
  if (io.isTTY && values['output-file'] === undefined && format === 'stylish') {
    if (values.fix) io.stdout(`Fixed ${fixedProblems} ${plural(fixedProblems, 'problem')}.\n`);
    if (errors + warnings === 0)
      io.stdout(
        `${results.length} ${plural(results.length, 'declaration')} checked, no problems.\n`,
      );
  }

  if (linted.some((file) => !file.read)) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(
      `PrivacySpec found ${warnings} ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}.\n`,
    );
    return 1;
  }
  return 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
