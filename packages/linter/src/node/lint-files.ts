import { diagnosticResult, lintAndFix, lintText } from '../engine.js';
import type { LintResult } from '../types.js';
import type { ConfigLookup } from './config.js';
import { orNotFound, readDeclarationFile, type DeclarationReader } from './read-file.js';
import { writeTextFile } from './write-file.js';

export interface LintFilesOptions {
  /** Which config applies to each file. */
  config: ConfigLookup;
  /** The project folder: the default reader reads only files that resolve inside it. */
  root: string;
  /** Where the text comes from (default: the file system, refusing files over maxBytes). */
  read?: DeclarationReader;
  /** The size limit, for the default reader and the loader. */
  maxBytes?: number;
  /** Compute the safe fixes: each result then describes the fixed text, in `output`. */
  fix?: boolean;
}

export interface LintedFile {
  filePath: string;
  /** Findings; with `fix`, those left after fixing. */
  result: LintResult;
  /** False when the file could not be read (the result holds the `file` problem). */
  read: boolean;
  /** The text as read. */
  source?: string;
  /** The file began with a UTF-8 byte-order mark, which `source` and `fixed.output` leave out. */
  byteOrderMark?: true;
  /** With `fix`, when the fixes changed the text: the fixed text, and the findings before. */
  fixed?: { output: string; before: LintResult; count: number };
}

/**
 * Lints each file once (a path given twice is linted once), in order: read safely, the
 * nearest config, lint (and fix). Text reaches the linter only through `read`.
 */
export async function lintFiles(
  filePaths: readonly string[],
  options: LintFilesOptions,
): Promise<LintedFile[]> {
  const read =
    options.read ??
    ((path: string) =>
      readDeclarationFile(path, {
        root: options.root,
        ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      }));
  const linted: LintedFile[] = [];
  for (const filePath of new Set(filePaths)) {
    const outcome = orNotFound(await read(filePath));
    if ('problem' in outcome) {
      linted.push({ filePath, result: diagnosticResult(filePath, outcome.problem), read: false });
      continue;
    }
    const bom = outcome.byteOrderMark ? { byteOrderMark: true as const } : {};
    const lintOptions = {
      filePath,
      config: await options.config.configFor(filePath),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    };
    const before = lintText(outcome.text, lintOptions);
    const count = before.fixableErrorCount + before.fixableWarningCount;
    if (options.fix && count > 0) {
      const { output, ...result } = lintAndFix(outcome.text, lintOptions);
      linted.push({
        filePath,
        result,
        read: true,
        source: outcome.text,
        ...bom,
        ...(output !== undefined ? { fixed: { output, before, count } } : {}),
      });
    } else {
      linted.push({ filePath, result: before, read: true, source: outcome.text, ...bom });
    }
  }
  return linted;
}

/**
 * Writes a file's fixed text over it: byte for byte as read outside the fixed values (its
 * byte-order mark and line endings kept), atomically and keeping its mode (writeTextFile).
 */
export async function writeFixedFile(file: LintedFile): Promise<void> {
  if (file.fixed === undefined) return;
  await writeTextFile(
    file.filePath,
    file.byteOrderMark ? `\uFEFF${file.fixed.output}` : file.fixed.output,
  );
}
