import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { authoritiesForCountry, isEeaCountry, normalizeCountryCode } from '@privacyspec/schema';
import { parseCommandArgs } from './args.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';

export const INIT_HELP = `Usage: privacyspec init [file] [--country <code>]

Writes a starter privacy.yaml (default: ./privacy.yaml) that passes lint, with a comment on
every field. It never overwrites an existing file.

Options:
      --country <code>  the controller's country, ISO 3166-1 alpha-2 (default SE); picks
                        the supervisory authority people can complain to
  -h, --help            show this help
`;

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { country: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'init');
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('init writes one file; name at most one.');
  const country = normalizeCountryCode(values.country ?? 'SE');
  if (!isEeaCountry(country)) throw new CliError(`--country must be an EEA country code (SE, DE, NO …), not "${values.country ?? ''}".`);
  // The national authority (no region) is where people in that country can complain.
  const authority = authoritiesForCountry(country).find((a) => a.region === undefined) ?? authoritiesForCountry(country)[0];
  if (!authority) throw new CliError(`No supervisory authority is known for ${country}.`);
  const target = resolve(io.cwd, positionals[0] ?? 'privacy.yaml');
  try {
    await writeFile(target, starterDeclaration(country, authority.names[0] ?? authority.id, authority.url), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${target} already exists; init never overwrites. Remove it or name another file.`);
    throw new CliError(`Cannot write ${target}: ${code ?? String(error)}.`);
  }
  io.stdout(`Wrote ${target}. Replace the example values with your own, then run "privacyspec lint".\n`);
  return 0;
}

function starterDeclaration(country: string, authorityName: string, authorityUrl: string): string {
  return `# yaml-language-server: $schema=https://privacyspec.dev/schema/v1/privacyspec.schema.json
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

supervisoryAuthority:        # Art. 13(2)(d): where people can complain
  name: ${JSON.stringify(authorityName)}
  url: ${authorityUrl}

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
    country: ${country}      # outside the EEA, add transfer: {mechanism: …, copyAt: …}

rights:                      # Art. 13(2)(b)-(d): the rights people have for these purposes
  - access
  - rectification
  - erasure
  - restriction
  - portability
  - complaint
`;
}
