import { access, mkdir, writeFile } from '../node/fs.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  authoritiesForCountry,
  closestMatch,
  declarationSchema,
  EU_TERRITORIES_UNVERIFIED,
  findRegion,
  isEeaCountry,
  normalizeCountryCode,
  privateSectorAuthorityOf,
  REGIONS,
  regionsOf,
  type SupervisoryAuthorityInfo,
} from '@privacyspec/schema';
import { parseCommandArgs } from './args.js';
import { CliError } from '../node/errors.js';
import type { CliIo } from './io.js';

export const INIT_HELP = `Usage: privacyspec init [file] [--country <code>] [--region <region>]

Writes a starter privacy.yaml (default: ./privacy.yaml) that passes lint, with a comment on
every field. It creates missing folders and never overwrites an existing file.

Options:
      --country <code>   the controller's country, ISO 3166-1 alpha-2 (default SE). In the
                         EEA it picks the supervisory authority people can complain to;
                         outside it, the file gets a placeholder for the representative in
                         the EEA (Art. 27) and leaves the authority for you to name
      --region <region>  Germany only: the Land, as DE-BY, BY or Bayern, to name the Land
                         authority that supervises companies there (without it: the BfDI)
  -h, --help             show this help
`;

/** Where the starter file says people can complain, or why it names no authority. */
type ComplaintAuthority =
  | { readonly kind: 'authority'; readonly authority: SupervisoryAuthorityInfo }
  | { readonly kind: 'outside-eea' };

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      country: { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    'init',
  );
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('init writes one file; name at most one.');
  const country = normalizeCountryCode((values.country ?? 'SE').trim());
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new CliError(
      `--country must be an ISO 3166-1 alpha-2 country code (SE, DE, US …), not "${values.country ?? ''}".`,
    );
  }
  const complaintAuthority = chooseAuthority(country, values.region, values.country !== undefined);
  const target = resolve(io.cwd, positionals[0] ?? 'privacy.yaml');
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw new CliError(
      `Cannot create the folder ${dirname(target)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    );
  }
  try {
    await writeFile(
      target,
      starterDeclaration(await schemaLocation(target), country, complaintAuthority),
      { flag: 'wx' },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new CliError(
        `${target} already exists; init never overwrites. Remove it or name another file.`,
      );
    throw new CliError(`Cannot write ${target}: ${code ?? String(error)}.`);
  }
  io.stdout(
    `Wrote ${target}. Replace the example values with your own, then run "privacyspec lint".\n`,
  );
  if (complaintAuthority.kind === 'outside-eea') {
    io.stdout(
      `${country} is outside the EEA: fill in your representative in the EEA (Art. 27) and the supervisory authority people can complain to (Art. 77), as the comments in the file explain.\n`,
    );
  } else if (values.region === undefined && regionsOf(country).length > 0) {
    io.stdout(
      `The file names ${complaintAuthority.authority.names[0] ?? complaintAuthority.authority.id}, the national authority. In ${country} the authority of each region supervises the companies there: pass --region (e.g. --region ${regionsOf(country)[0]?.code ?? ''}) to name it.\n`,
    );
  }
  return 0;
}

/**
 * The authority the starter file names: a region's authority for private bodies, the national
 * authority of an EEA country, or none for a controller outside the EEA, whose notice must
 * name the authority of its representative's country or of the person's residence (Art. 77(1)),
 * which init cannot know.
 */
function chooseAuthority(
  country: string,
  regionText: string | undefined,
  countryGiven: boolean,
): ComplaintAuthority {
  if (regionText !== undefined) {
    const regions = regionsOf(country);
    if (regions.length === 0) {
      const withRegions = [...new Set(REGIONS.map((region) => region.country))].join(', ');
      throw new CliError(
        countryGiven
          ? `--region is for countries whose regions have their own supervisory authorities (${withRegions}); ${country} has none. Leave out --region.`
          : `--region needs --country (${withRegions}): e.g. --country DE --region ${regionText}.`,
      );
    }
    const region = findRegion(country, regionText);
    if (region === undefined) {
      // A mistyped name gets a suggestion; a wrong code ("DE-XX") gets the list of codes, since
      // any two codes are one or two letters apart.
      const suggestion =
        regionText.trim().length > 5
          ? closestMatch(
              regionText.trim(),
              regions.flatMap((r) => r.names),
            )
          : undefined;
      const codes = regions.map((r) => r.code);
      throw new CliError(
        `Unknown region "${regionText}" for ${country}.${suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`} Use an ISO 3166-2 code (${codes[0] ?? ''} … ${codes[codes.length - 1] ?? ''}) or the region's name.`,
      );
    }
    const authority = privateSectorAuthorityOf(region);
    if (authority === undefined)
      throw new CliError(`No supervisory authority is known for ${region.code}.`);
    return { kind: 'authority', authority };
  }
  // Réunion, Åland …: whether they are in the EEA is unverified (§5.1), so init guesses neither way.
  const territory = EU_TERRITORIES_UNVERIFIED.find((t) => t.code === country);
  if (territory !== undefined) {
    throw new CliError(
      `Whether ${territory.name} (${country}) counts as part of the EEA is not settled in PrivacySpec's reference data; give the country it belongs to (--country ${territory.of}) and adjust controller.country afterwards.`,
    );
  }
  if (!isEeaCountry(country)) return { kind: 'outside-eea' };
  // The national authority (no region) is where people in that country can complain.
  const authority =
    authoritiesForCountry(country).find((a) => a.region === undefined) ??
    authoritiesForCountry(country)[0];
  if (!authority) throw new CliError(`No supervisory authority is known for ${country}.`);
  return { kind: 'authority', authority };
}

const INSTALLED_SCHEMA = join('node_modules', '@privacyspec', 'schema', 'privacyspec.schema.json');

/**
 * The schema for the modeline: the installed package's copy, relative to the new file, so
 * editors work offline; else the URL each release publishes (the schema's $id).
 */
async function schemaLocation(target: string): Promise<string> {
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    const installed = join(dir, INSTALLED_SCHEMA);
    if (
      await access(installed).then(
        () => true,
        () => false,
      )
    )
      return relative(dirname(target), installed).split(sep).join('/');
    if (dirname(dir) === dir) return declarationSchema.$id;
  }
}

function starterDeclaration(
  schema: string,
  country: string,
  complaintAuthority: ComplaintAuthority,
): string {
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

${complaintAuthority.kind === 'authority' ? authorityBlock(complaintAuthority.authority) : OUTSIDE_EEA_BLOCK}
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
    country: ${country}${complaintAuthority.kind === 'outside-eea' ? OUTSIDE_EEA_TRANSFER : '      # outside the EEA, add transfer: {mechanism: …, copyAt: …}'}

rights:                      # Art. 13(2)(b)-(d): the rights people have for these purposes
  - access
  - rectification
  - erasure
  - restriction
  - portability
  - complaint
`;
}

function authorityBlock(authority: SupervisoryAuthorityInfo): string {
  return `supervisoryAuthority:        # Art. 13(2)(d): where people can complain
  name: ${JSON.stringify(authority.names[0] ?? authority.id)}
  url: ${authority.url}
`;
}

// Art. 13(1)(f): a controller outside the EEA that the GDPR covers (Art. 3(2)) transfers data
// when it gives them to a recipient outside the EEA, its own country included.
const OUTSIDE_EEA_TRANSFER = `
    transfer:                # Art. 13(1)(f), 44-49: the safeguard the transfer relies on
      mechanism: scc         # adequacy | dpf | scc | bcr | … (see the declaration format)
      copyAt: https://example.com/privacy/transfer-safeguards`;

// Art. 27 and 77(1): a controller outside the EEA has no authority of its own country to name.
// People may complain where they live or work or where the infringement took place, and its
// representative sits in one of those countries; init cannot know which, so it writes a
// placeholder to fill in rather than a guess.
const OUTSIDE_EEA_BLOCK = `representative:              # Art. 27 and 13(1)(a): a controller outside the EEA that offers goods or
                             # services to people in the EEA, or monitors them there, names its
                             # representative established in one of those EEA countries. Write
                             # "representative: ~" only if Art. 27(2) exempts you.
  name: Example EU Representative
  email: eu-representative@example.com
  # country:                 # the EEA country where the representative is established (ISO code)

# supervisoryAuthority:      # Art. 13(2)(d) and 77(1): people may complain to the authority of the
#   name:                    # EEA country where they live or work or where the infringement took
#   url:                     # place. Name the authority of your representative's country, with its
                             # website; "privacyspec lint" warns until you do.
`;
