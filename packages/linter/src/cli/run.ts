import { closestMatch } from '@privacyspec/schema';
import { initCommand } from './init-command.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';
import { lintCommand } from './lint-command.js';
import { versionLine } from './version.js';

export const HELP = `Usage: privacyspec <command> [options]

Compliance-as-code for GDPR transparency.

Commands:
  lint [files…]            check privacy declarations against the GDPR
  diff <base> <head>       show what changed in data handling, ranked by risk
  init [file]              write a starter privacy.yaml that passes lint
  render <file>            render the privacy notice (HTML or Markdown, 11 languages)
  export <file>            export the Art. 30 record (CSV, XLSX), W3C DPV JSON-LD or TILT
  import --from tilt <f>   write a privacy.yaml from a TILT document
  scan [paths…]            find the services the code sends data to and check they are declared

Options:
  -h, --help               show help (also per command: privacyspec lint --help)
  -v, --version            show the version and the GDPR reference data's date
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

// diff (with review, git and the word-diff library), render, export, import and scan are imported when
// they run: in the bundle (scripts/bundle.mjs) they stay functions nobody calls during `lint`,
// never evaluated; lint and init are small beside them.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => lintCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  init: async () => initCommand,
  render: async () => (await import('./render-command.js')).renderCommand,
  export: async () => (await import('./export-command.js')).exportCommand,
  import: async () => (await import('./import-command.js')).importCommand,
  scan: async () => (await import('./scan-command.js')).scanCommand,
};

/** Runs the CLI and returns its exit code; never calls process.exit (ESLint's cli.js habit). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${versionLine()}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      const suggestion = closestMatch(command, [...Object.keys(COMMANDS), '--help', '--version']);
      throw new CliError(
        `Unknown command "${command}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} See "privacyspec --help".`,
      );
    }
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`privacyspec: ${error.message}\n`);
      return 2;
    }
    // Anything else is our bug: say so in one line, without a stack trace.
    io.stderr(
      `privacyspec: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the file that caused it.\n`,
    );
    return 2;
  }
}
