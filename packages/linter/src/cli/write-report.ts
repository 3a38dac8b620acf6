import { resolve } from 'node:path';
import { referenceDataAsOf } from '@privacyspec/schema';
import { formatters, type FormatterName } from '../formatters/index.js';
import { writeTextFile } from '../node/write-file.js';
import { rules } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { version } from '../version.js';
import { useColor, type CliIo } from './io.js';

/** The formats lint and scan write. */
export const REPORT_FORMATS = Object.keys(formatters) as FormatterName[];

/**
 * Formats lint or scan results and writes them to --output-file (through the node layer's
 * one writer) or to standard output; colour only on a terminal, never into a file.
 */
export async function writeReport(
  results: readonly LintResult[],
  format: FormatterName,
  outputFile: string | undefined,
  io: CliIo,
): Promise<void> {
  const report = formatters[format](results, {
    cwd: io.cwd,
    color: outputFile === undefined && useColor(io),
    rules,
    version,
    referenceDataAsOf,
  });
  if (outputFile !== undefined) {
    await writeTextFile(resolve(io.cwd, outputFile), report);
  } else if (report !== '') {
    io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  }
}
