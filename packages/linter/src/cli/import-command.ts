import { relative, resolve } from 'node:path';
import { importTilt } from '@privacyspec/render';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError, orNotFound, projectRoot, readDeclarationFile } from '../node/index.js';
import type { CliIo } from './io.js';
import { writeOutput } from './declaration-input.js';

const SOURCES = ['tilt'] as const;

export const IMPORT_HELP = `Usage: privacyspec import --from tilt <file> [options]

Writes a privacy.yaml from a document in another format. What the source holds that a
declaration has no place for, or leaves ambiguous, becomes a comment where it belongs.

Options:
      --from <format>     ${SOURCES.join(', ')} (required): a TILT document (JSON)
  -o, --output-file <f>   write to a file instead of standard output
  -h, --help              show this help

Exit codes: 0 imported, 2 PrivacySpec could not run (bad option, unreadable or malformed file).
Run "privacyspec lint" on the result: an import says what the source says, not what the law asks.
`;

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      from: { type: 'string' },
      'output-file': { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    'import',
  );
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  if (oneOf(values.from, SOURCES, '--from') === undefined)
    throw new CliError(
      `import needs --from: one of ${SOURCES.join(', ')}. See "privacyspec import --help".`,
    );
  if (positionals.length !== 1)
    throw new CliError(
      'import takes one file, e.g. "privacyspec import --from tilt notice.tilt.json".',
    );
  const path = resolve(io.cwd, positionals[0]!);
  const shown = relative(io.cwd, path) || path;
  const read = orNotFound(await readDeclarationFile(path, { root: await projectRoot(io.cwd) }));
  if ('problem' in read)
    throw new CliError(
      `${shown}:${read.problem.range.line}:${read.problem.range.column}: ${read.problem.message}`,
    );
  const imported = importTilt(read.text);
  if (!imported.ok)
    throw new CliError(
      imported.problems.map((p) => `${shown}:${p.line}:${p.column}: ${p.message}`).join('\n'),
    );
  await writeOutput(imported.yaml, values['output-file'], io);
  return 0;
}
