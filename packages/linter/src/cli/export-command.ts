import {
  exportDpvJsonLd,
  exportRopaCsv,
  exportRopaXlsx,
  exportTilt,
  NOTICE_LANGUAGES,
} from '@privacyspec/render';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, readDeclaration, writeOutput } from './declaration-input.js';

const FORMATS = ['ropa-csv', 'ropa-xlsx', 'dpv-jsonld', 'tilt'] as const;

export const EXPORT_HELP = `Usage: privacyspec export <file> --format <name> [options]

Exports a declaration in another format.

Formats:
  ropa-csv     the record of processing activities (GDPR Art. 30(1)), one row per purpose:
               CSV per RFC 4180, UTF-8 with a byte order mark
  ropa-xlsx    the same record as an Excel workbook (needs --output-file)
  dpv-jsonld   W3C Data Privacy Vocabulary 2.1 with its EU-GDPR extension, as JSON-LD
  tilt         a TILT document (Transparency Information Language), one dataDisclosed entry
               per category and purpose; facts TILT requires that the declaration lacks are
               written empty and named on standard error

Options:
  -f, --format <name>     ${FORMATS.join(', ')} (required)
      --lang <code>       language of the record's values: ${NOTICE_LANGUAGES.join(', ')}
                          (default: the declaration's language, else en)
  -o, --output-file <f>   write to a file instead of standard output
  -h, --help              show this help

Exit codes: 0 exported, 2 PrivacySpec could not run (bad option, unreadable or invalid file).
`;

export async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OUTPUT_OPTIONS, 'export');
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const format = oneOf(values.format, FORMATS, '--format');
  if (format === undefined)
    throw new CliError(
      `export needs --format: one of ${FORMATS.join(', ')}. See "privacyspec export --help".`,
    );
  const lang = oneOf(values.lang, NOTICE_LANGUAGES, '--lang');
  if (format === 'ropa-xlsx' && values['output-file'] === undefined)
    throw new CliError('ropa-xlsx is a binary workbook: name a file with --output-file.');
  const declaration = await readDeclaration(positionals, 'export', io);
  const options = lang !== undefined ? { lang } : {};
  if (format === 'tilt') {
    const { json, missing } = await exportTilt(declaration, options);
    for (const fact of missing)
      io.stderr(
        `privacyspec: warning: ${positionals[0]}: TILT requires ${fact}, so it is written empty and the file does not validate against TILT's schema.\n`,
      );
    await writeOutput(json, values['output-file'], io);
    return 0;
  }
  const output =
    format === 'ropa-csv'
      ? exportRopaCsv(declaration, options)
      : format === 'ropa-xlsx'
        ? await exportRopaXlsx(declaration, options)
        : exportDpvJsonLd(declaration);
  await writeOutput(output, values['output-file'], io);
  return 0;
}
