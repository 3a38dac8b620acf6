import { relative, resolve } from 'node:path';
import { load, type Declaration, type Diagnostic } from '@privacyspec/schema';
import {
  CliError,
  orNotFound,
  projectRoot,
  readDeclarationFile,
  writeTextFile,
} from '../node/index.js';
import type { CliIo } from './io.js';

/** The options render and export share: what to write, in which language, where. */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads and loads the one declaration that render and export take. A file that cannot be read,
 * or that is not a valid declaration, ends the run (exit 2) with each problem at its line and column.
 */
export async function readDeclaration(
  positionals: string[],
  command: string,
  io: CliIo,
): Promise<Declaration> {
  if (positionals.length !== 1)
    throw new CliError(
      `${command} takes one declaration file, e.g. "privacyspec ${command} privacy.yaml". See "privacyspec ${command} --help".`,
    );
  const path = resolve(io.cwd, positionals[0]!);
  const shown = relative(io.cwd, path) || path;
  const read = orNotFound(await readDeclarationFile(path, { root: await projectRoot(io.cwd) }));
  if ('problem' in read) throw new CliError(located(shown, [read.problem]));
  const { declaration, diagnostics } = load(read.text);
  if (declaration === undefined) {
    throw new CliError(
      `${shown} is not a valid declaration; fix it first ("privacyspec lint ${shown}" says more):\n${located(shown, diagnostics)}`,
    );
  }
  return declaration;
}

function located(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${file}:${d.range.line}:${d.range.column}: ${d.message}`)
    .join('\n');
}

/** Writes the output to --output-file (through the node layer's one writer) or, for text, to standard output. */
export async function writeOutput(
  output: string | Uint8Array,
  outputFile: string | undefined,
  io: CliIo,
): Promise<void> {
  if (outputFile === undefined) {
    if (typeof output !== 'string')
      throw new CliError('This format is binary: name a file with --output-file.');
    io.stdout(output);
    return;
  }
  await writeTextFile(resolve(io.cwd, outputFile), output);
}
