import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { authoritiesForCountry, declarationSchema, isEeaCountry, normalizeCountryCode, type SupervisoryAuthorityInfo } from '@privacyspec/schema';
import { oneOf, parseCommandArgs } from './args.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';

/** Where a controller outside the EEA gets its placeholder representative (replace it). */
const DEFAULT_REPRESENTATIVE_COUNTRY = 'SE';

export const INIT_HELP = `Usage: privacyspec init [file] [--country <code>] [--region <Land>]

Writes a starter privacy.yaml (default: ./privacy.yaml, folders created as needed) that passes
lint, with a comment on every field. It never overwrites an existing file.

Options:
      --country <code>  the controller's country, ISO 3166-1 alpha-2 (default SE); picks
                        the supervisory authority people can complain to. Outside the EEA,
                        a placeholder representative in the EEA (Art. 27) is added too
      --region <Land>   in Germany, the Land whose authority supervises private bodies there
                        (e.g. Bayern, Nordrhein-Westfalen); default: the federal BfDI
  -h, --help            show this help
`;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { country: { type: 'string' }, region: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    'init',
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('init writes one file; name at most one.');
  const country = normalizeCountryCode(values.country ?? 'SE');
  if (!/^[A-Z]{2}$/.test(country)) throw new CliError(`--country must be an ISO 3166-1 alpha-2 code (SE, DE, US …), not "${values.country ?? ''}".`);
  // Outside the EEA, people complain where the representative is established (Art. 27, 77).
  const representativeCountry = isEeaCountry(country) ? undefined : DEFAULT_REPRESENTATIVE_COUNTRY;
  const authority = complaintAuthority(representativeCountry ?? country, values.region);
  const target = resolve(io.cwd, positionals[0] ?? 'privacy.yaml');
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, starterDeclaration({ schema: await schemaLocation(target), country, authority, representativeCountry }), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${target} already exists; init never overwrites. Remove it or name another file.`);
    throw new CliError(`Cannot write ${target}: ${code ?? String(error)}.`);
  }
  io.stdout(`Wrote ${target}. Replace the example values with your own, then run "privacyspec lint".\n`);
  return 0;
}

/**
 * The authority people in `country` complain to: the national one, or with `region` the one
 * of that region (a German Land) that supervises private bodies, as a company's would.
 */
function complaintAuthority(country: string, region: string | undefined): SupervisoryAuthorityInfo {
  const authorities = authoritiesForCountry(country);
  if (region === undefined) {
    const national = authorities.find((a) => a.region === undefined) ?? authorities[0];
    if (!national) throw new CliError(`No supervisory authority is known for ${country}.`);
    return national;
  }
  const regions = [...new Set(authorities.flatMap((a) => (a.region !== undefined ? [a.region] : [])))];
  if (regions.length === 0) throw new CliError(`--region applies only where each region has its own authority (--country DE); the authority here is ${country}'s national one.`);
  const chosen = regions.find((r) => r.toLowerCase() === region.trim().toLowerCase()) ?? oneOf(region, regions, '--region')!;
  return authorities.find((a) => a.region === chosen && a.sector !== 'public')!;
}

const INSTALLED_SCHEMA = join('node_modules', '@privacyspec', 'schema', 'privacyspec.schema.json');

/**
 * The schema for the modeline: the installed package's copy, relative to the new file, so
 * editors work offline; else the URL each release publishes (the schema's $id).
 */
async function schemaLocation(target: string): Promise<string> {
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    const installed = join(dir, INSTALLED_SCHEMA);
    const found = await access(installed).then(
      () => true,
      () => false,
    );
    if (found) return relative(dirname(target), installed).split(sep).join('/');
    if (dirname(dir) === dir) return declarationSchema.$id;
  }
}

interface Starter {
  schema: string;
  country: string;
  authority: SupervisoryAuthorityInfo;
  /** Set for a controller outside the EEA: where its placeholder representative is. */
  representativeCountry: string | undefined;
}

function starterDeclaration({ schema, country, authority, representativeCountry }: Starter): string {
  const representative =
    representativeCountry === undefined
      ? ''
      : `
representative:              # Art. 27, 13(1)(a): your representative in the EEA (replace)
  name: Example Representative Ltd
  country: ${representativeCountry}          # an EEA country where the people you serve are
  email: representative@example.com
`;
  return `# yaml-language-server: $schema=${schema}
# A PrivacySpec declaration: the information GDPR Articles 13 and 14 require a privacy
# notice to give. Replace every example value; "privacyspec lint" says what is missing.
privacyspec: "1.0"
language: en                 # the language of the free text below (BCP 47)
updated: ${new Date().toISOString().slice(0, 10)}

controller:                  # Art. 13(1)(a): who is responsible, and how to reach them
  name: Example Company Ltd
  country: ${country}
  address: Example Street 1, 000 00 Example City
  email: privacy@example.com
${representative}
supervisoryAuthority:        # Art. 13(2)(d): where people can complain
  name: ${JSON.stringify(authority.names[0] ?? authority.id)}
  url: ${authority.url}

dataCategories:              # the kinds of personal data you process
  - id: contact
    name: Contact details
    examples: [name, e-mail address, postal address]
    source: data-subject     # Art. 14(2)(f): where the data come from

purposes:                    # Art. 13(1)(c): why, on which legal basis, for how long
  - id: orders
    name: Handling orders and deliveries
    legalBasis: contract     # consent | contract | legal-obligation | vital-interests | public-task | legitimate-interests
    dataCategories: [contact]
    recipients: [carrier]
    retention:               # Art. 13(2)(a): a period, or concrete criteria
      duration: P24M         # ISO 8601: 24 months
      from: the last order
    provision:               # Art. 13(2)(e): must people give the data, and what if they do not
      obligation: contract-entry   # statutory | contractual | contract-entry | voluntary
      consequences: Without a name and address we cannot deliver the order.

recipients:                  # Art. 13(1)(e): who receives the data
  - id: carrier
    name: Example Parcel Service
    role: processor          # processor | controller | joint-controller | public-authority
    country: ${representativeCountry ?? country}      # outside the EEA, add transfer: {mechanism: …, copyAt: …}

rights:                      # Art. 13(2)(b)-(d): the rights people have for these purposes
  - access
  - rectification
  - erasure
  - restriction
  - portability
  - complaint
`;
}
