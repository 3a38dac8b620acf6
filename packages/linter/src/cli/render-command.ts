import { NOTICE_LANGUAGES, renderNotice } from '@privacyspec/render';
import { oneOf, parseCommandArgs } from './args.js';
import type { CliIo } from './io.js';
import { OUTPUT_OPTIONS, readDeclaration, writeOutput } from './declaration-input.js';

export const RENDER_HELP = `Usage: privacyspec render <file> [options]

Renders the privacy notice (GDPR Art. 13/14) from a declaration: a summary table, then a
section per topic, with a stable anchor per purpose (#purpose-<id>). Only what the
declaration says is rendered.

Options:
  -f, --format <name>     html (default: a static page with no script) or markdown
      --lang <code>       ${NOTICE_LANGUAGES.join(', ')}
                          (default: the declaration's language, else en)
  -o, --output-file <f>   write the notice to a file instead of standard output
  -h, --help              show this help

Exit codes: 0 rendered, 2 PrivacySpec could not run (bad option, unreadable or invalid file).
`;

export async function renderCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OUTPUT_OPTIONS, 'render');
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const format = oneOf(values.format, ['html', 'markdown'] as const, '--format') ?? 'html';
  const lang = oneOf(values.lang, NOTICE_LANGUAGES, '--lang');
  const declaration = await readDeclaration(positionals, 'render', io);
  await writeOutput(
    renderNotice(declaration, { format, ...(lang !== undefined ? { lang } : {}) }),
    values['output-file'],
    io,
  );
  return 0;
}
