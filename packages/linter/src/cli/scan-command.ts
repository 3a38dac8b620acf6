import { resolve } from 'node:path';
import { isEeaCountry } from '@privacyspec/schema';
import { serviceEstablishment, type Service } from '@privacyspec/vendors';
import { stringify } from 'yaml';
import { projectRoot } from '../node/project.js';
import { scanFiles } from '../node/scan-files.js';
import { plural } from '../plural.js';
import { oneOf, parseCommandArgs, parseCount } from './args.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';
import { REPORT_FORMATS, writeReport } from './write-report.js';

export const SCAN_HELP = `Usage: privacyspec scan [files or folders…] [options]

Finds the services your code sends personal data to — from package manifests, lockfiles
and HTML templates — and holds them against the recipients in the privacy.yaml files found
in the same folders. .gitignore is honoured; node_modules, build output and test folders
are skipped, and only runtime dependencies count unless told otherwise.

Reads: package.json, package-lock.json, pnpm-lock.yaml, yarn.lock, requirements*.txt,
pyproject.toml, go.mod, pom.xml, build.gradle(.kts), composer.json, Gemfile, Gemfile.lock,
Podfile, Podfile.lock, pubspec.yaml, pubspec.lock, *.csproj / *.fsproj / *.vbproj,
Directory.Build.props, Directory.Packages.props, packages.config, and HTML and template
files.

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown
  -o, --output-file <f>   write the report to a file instead of standard output
      --include-dev       also dev- and test-only dependencies and test folders
      --transitive        also what lockfiles say other packages bring in
      --unused            also report declared recipients no scanned file brings in
      --suggest           print recipient entries for the undeclared services, to paste
                          into privacy.yaml (exit code 0)
      --max-file-size <MB>  skip larger files (default 10)
  -h, --help              show this help

Exit codes: 0 no errors, 1 errors (an undeclared service outside the EEA), 2 PrivacySpec
could not run.
`;

export async function scanCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      'output-file': { type: 'string', short: 'o' },
      'include-dev': { type: 'boolean' },
      transitive: { type: 'boolean' },
      unused: { type: 'boolean' },
      suggest: { type: 'boolean' },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'scan',
  );
  if (values.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const format = oneOf(values.format, REPORT_FORMATS, '--format') ?? 'stylish';
  const maxFileSizeMb = parseCount(values['max-file-size'], '--max-file-size');
  const roots = (positionals.length > 0 ? positionals : ['.']).map((path) => resolve(io.cwd, path));
  const outcome = await scanFiles(roots, {
    root: await projectRoot(io.cwd),
    includeDev: values['include-dev'] === true,
    transitive: values.transitive === true,
    unused: values.unused === true,
    ...(maxFileSizeMb !== undefined ? { maxBytes: maxFileSizeMb * 1024 * 1024 } : {}),
  });
  if (outcome.scannedFiles === 0 && outcome.declarations.length === 0) {
    throw new CliError(
      `No manifest, lockfile or template found in ${positionals.length > 0 ? positionals.join(', ') : io.cwd}.`,
    );
  }

  if (values.suggest) {
    io.stdout(suggestRecipients(outcome.undeclared));
    return 0;
  }
  await writeReport(outcome.results, format, values['output-file'], io);
  const errors = outcome.results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = outcome.results.reduce((sum, r) => sum + r.warningCount, 0);
  if (
    io.isTTY &&
    values['output-file'] === undefined &&
    format === 'stylish' &&
    errors + warnings === 0
  ) {
    io.stdout(
      `${outcome.scannedFiles} ${plural(outcome.scannedFiles, 'file')} scanned, every service found is declared.\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

/**
 * Recipient entries for privacy.yaml holding only what the catalogue has a source for; what
 * it lacks is left for the DPO to fill in, with a comment saying so.
 */
export function suggestRecipients(services: readonly Service[]): string {
  if (services.length === 0) return '# Every service found is declared.\n';
  const entries = services.map((service) => {
    const country = serviceEstablishment(service)?.country;
    const outsideEea = country !== undefined && !isEeaCountry(country);
    // processor-and-controller depends on the service used: the DPO picks the role.
    const role =
      service.role?.value === 'processor-and-controller' ? undefined : service.role?.value;
    const transfer =
      outsideEea && (service.dpf?.value === 'certified' || service.dpa)
        ? {
            ...(service.dpf?.value === 'certified' ? { mechanism: 'dpf' } : {}),
            ...(service.dpa ? { copyAt: service.dpa.value } : {}),
          }
        : undefined;
    return {
      id: service.id,
      name: service.legalEntity ? `${service.legalEntity.value} (${service.name})` : service.name,
      ...(role ? { role } : {}),
      ...(country ? { country } : {}),
      ...(transfer ? { transfer } : {}),
    };
  });
  const notes = services.map((service) => {
    const missing = [
      !service.legalEntity && 'legal entity',
      !service.role && 'role',
      !serviceEstablishment(service) && 'country',
      !service.dpa && 'DPA page',
    ].filter(Boolean);
    const sources = [service.legalEntity, service.country, service.dpf, service.dpa].flatMap(
      (fact) => (fact ? [`${fact.source} (${fact.asOf})`] : []),
    );
    return `# ${service.id}: ${sources.length > 0 ? `from ${[...new Set(sources)].join(', ')}` : 'no sourced facts in the catalogue'}${missing.length > 0 ? `; not in the catalogue, fill in: ${missing.join(', ')}` : ''}`;
  });
  return `# Recipients for privacy.yaml, from PrivacySpec's vendor catalogue. Check each against your contract.\n${notes.join('\n')}\n${stringify({ recipients: entries })}`;
}
