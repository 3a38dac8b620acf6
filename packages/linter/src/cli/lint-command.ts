import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { referenceDataAsOf } from '@privacyspec/schema';
import { createTwoFilesPatch } from 'diff';
import { diagnosticResult, lintAndFix, lintText } from '../engine.js';
import { formatters, type FormatterName } from '../formatters/index.js';
import { rules } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { oneOf, parseCommandArgs, parseCount } from './args.js';
import { ConfigFinder } from './config-file.js';
import { findDeclarationFiles } from './find-files.js';
import { CliError, useColor, type CliIo } from './io.js';
import { readDeclarationFile } from './read-file.js';
import { version } from './version.js';

export const LINT_HELP = `Usage: privacyspec lint [files, folders or globs…] [options]

Checks privacy declarations against the GDPR. With no argument, lints every privacy.yaml
below the current folder (node_modules and .git are skipped).

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

const FORMATS = Object.keys(formatters) as FormatterName[];

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
  const format = oneOf(values.format, FORMATS, '--format') ?? 'stylish';
  const maxWarnings = parseCount(values['max-warnings'], '--max-warnings');
  const maxFileSizeMb = parseCount(values['max-file-size'], '--max-file-size');
  const maxBytes = maxFileSizeMb === undefined ? undefined : maxFileSizeMb * 1024 * 1024;
  if (values.fix && values['fix-dry-run']) throw new CliError('Use either --fix or --fix-dry-run, not both.');

  const finder = new ConfigFinder();
  const explicitConfig = values.config !== undefined ? resolve(io.cwd, values.config) : undefined;
  // Loaded now, so a bad --config ends the run before any file is looked for.
  if (explicitConfig !== undefined) await finder.configFor(io.cwd, explicitConfig);
  const configFor = (file: string) => finder.configFor(file, explicitConfig);

  const { files, unmatched } = await findDeclarationFiles(positionals, io.cwd);
  if (unmatched.length > 0) throw new CliError(`No privacy declaration matches ${unmatched.map((p) => `"${p}"`).join(', ')}.`);
  if (files.length === 0) throw new CliError(`No privacy.yaml found below ${io.cwd}. Name the files to lint, or run "privacyspec init" to write one.`);

  let couldNotRead = false;
  const results: LintResult[] = [];
  for (const file of files) {
    const read = await readDeclarationFile(file, maxBytes);
    if ('problem' in read) {
      couldNotRead = true;
      results.push(diagnosticResult(file, read.problem));
      continue;
    }
    const options = { filePath: file, config: await configFor(file), ...(maxBytes !== undefined ? { maxBytes } : {}) };
    if (values.fix || values['fix-dry-run']) {
      const result = lintAndFix(read.text, options);
      if (result.output !== undefined) {
        if (values.fix) {
          await writeFile(file, result.output).catch((error: NodeJS.ErrnoException) => {
            throw new CliError(`Cannot write the fixes to ${file}: ${error.code ?? String(error)}.`);
          });
        }
        else io.stdout(createTwoFilesPatch(file, file, read.text, result.output, 'original', 'fixed'));
      }
      results.push(values['fix-dry-run'] ? lintText(read.text, options) : result);
    } else {
      results.push(lintText(read.text, options));
    }
  }

  const shown = values.quiet ? results.map(onlyErrors) : results;
  const report = formatters[format](shown, {
    cwd: io.cwd,
    color: values['output-file'] === undefined && useColor(io),
    rules,
    version,
    referenceDataAsOf,
  });
  if (values['output-file'] !== undefined) {
    const target = resolve(io.cwd, values['output-file']);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, report);
    } catch (error) {
      throw new CliError(`Cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  } else if (report !== '') {
    io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  }

  if (couldNotRead) return 2;
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`PrivacySpec found ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 'error');
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
