import { readdir, readFile, stat } from './fs.js';
import { basename, join, relative, resolve, sep } from 'node:path';
import { isEeaCountry, load, type Declaration, type Recipient } from '@privacyspec/schema';
import {
  catalogue,
  dependencyFileKind,
  indexServices,
  parseDependencyFile,
  parseHtmlHosts,
  recipientIsService,
  serviceEstablishment,
  type DependencyScope,
  type Service,
  type ServiceIndex,
} from '@privacyspec/vendors';
import ignore, { type Ignore } from 'ignore';
import type { LintMessage, LintResult } from '../types.js';
import { declarationMatcher } from './globs.js';
import { orNotFound, readDeclarationFile, type DeclarationReader } from './read-file.js';

export interface ScanOptions {
  /** The project's top folder: files that resolve outside it are refused, as lint refuses them. */
  root: string;
  /** Also dev- and test-only dependencies, and test folders. */
  includeDev?: boolean;
  /** Also what lockfiles say other packages bring in. */
  transitive?: boolean;
  /** Also report declared recipients that no scanned file brings in. */
  unused?: boolean;
  /** Larger files are refused with a finding (default: lint's limit). */
  maxBytes?: number;
  /** The catalogue to match against (default: the bundled one). */
  services?: readonly Service[];
  /**
   * Reads a listed file (default: from disk, refusing what leads outside `root`). The GitHub
   * Action passes one that reads a pull request's base version through the REST API.
   */
  read?: DeclarationReader;
}

/** The files a scan reads: manifests, lockfiles and templates, and the declarations. */
export interface ScanFileList {
  sources: readonly string[];
  declarations: readonly string[];
}

/** A service found in the code, at the line that brings it in. */
export interface ScanFinding {
  service: Service;
  filePath: string;
  line: number;
  column: number;
  /** What brings it in: a package name or a host. */
  via: string;
}

export interface ScanOutcome {
  /** One result per file with findings, in the lint result shape every formatter takes. */
  results: LintResult[];
  /** Services found that no declaration names, for `--suggest`. */
  undeclared: Service[];
  declarations: string[];
  scannedFiles: number;
  /** Where each service in `undeclared` is brought in (the lines its findings sit at). */
  undeclaredFindings: ScanFinding[];
}

const ALWAYS_SKIPPED = new Set([
  'node_modules',
  '.git',
  'vendor',
  'dist',
  'build',
  '.venv',
  'venv',
  '__pycache__',
  'target',
  // CocoaPods installs (and many iOS projects commit) every pod's own files here.
  'Pods',
]);
const TEST_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  'spec',
  'specs',
  'e2e',
  'fixtures',
  '__fixtures__',
  'testdata',
  '__mocks__',
  'cypress',
]);
const DEFAULT_SCOPES: ReadonlySet<DependencyScope> = new Set(['runtime', 'optional', 'peer']);
const isDeclaration = declarationMatcher();

/** A .gitignore's rules, and the folder being walked relative to the .gitignore's folder ('' or 'src/lib/'). */
interface IgnoreScope {
  rules: Ignore;
  prefix: string;
}

/**
 * Whether a scan with these options reads this file, by its path below the scanned folder
 * ('/' or the platform's separator): a manifest or template (a lockfile only with
 * `transitive`) outside skipped and (unless `includeDev`) test folders. For a file the walk
 * cannot see, such as one a pull request deletes; .gitignore is not consulted.
 */
export function isScannedPath(
  path: string,
  options: Pick<ScanOptions, 'includeDev' | 'transitive'>,
): boolean {
  const kind = dependencyFileKind(path);
  const folders = path.split(/[\\/]/).slice(0, -1);
  return (
    kind !== undefined &&
    (kind !== 'lockfile' || options.transitive === true) &&
    !folders.some(
      (name) => ALWAYS_SKIPPED.has(name) || (!options.includeDev && TEST_FOLDERS.has(name)),
    )
  );
}

/**
 * Walks `roots` (files or folders) for manifests, lockfiles, templates and declarations,
 * honouring each folder's .gitignore, and lists the files to read. Cheap tests first: a
 * folder is pruned by name before .gitignore is asked, and a file is held against .gitignore
 * only when scan would read it.
 */
export async function collectScanFiles(
  roots: readonly string[],
  includeTests: boolean,
): Promise<{ sources: string[]; declarations: string[] }> {
  const sources = new Set<string>();
  const declarations = new Set<string>();
  const take = (path: string, name: string) => {
    if (isDeclaration(name)) declarations.add(path);
    else if (dependencyFileKind(name)) sources.add(path);
  };
  for (const root of roots) {
    const info = await stat(root).catch(() => undefined);
    if (!info) continue;
    if (info.isFile()) {
      take(root, basename(root));
      continue;
    }
    const folders: { path: string; scopes: IgnoreScope[] }[] = [{ path: root, scopes: [] }];
    while (folders.length > 0) {
      const folder = folders.pop()!;
      const entries = await readdir(folder.path, { withFileTypes: true }).catch(() => []);
      // Only a folder that lists a .gitignore is asked for one: no failed open in every folder.
      const gitignore = entries.some((entry) => entry.name === '.gitignore')
        ? await readFile(join(folder.path, '.gitignore'), 'utf8').catch(() => undefined)
        : undefined;
      const scopes =
        gitignore === undefined
          ? folder.scopes
          : [...folder.scopes, { rules: ignore().add(gitignore), prefix: '' }];
      const ignored = (name: string) =>
        scopes.some(({ rules, prefix }) => rules.ignores(prefix + name));
      for (const entry of entries) {
        const { name } = entry;
        if (entry.isDirectory()) {
          if (
            ALWAYS_SKIPPED.has(name) ||
            (!includeTests && TEST_FOLDERS.has(name)) ||
            ignored(`${name}/`)
          )
            continue;
          folders.push({
            path: join(folder.path, name),
            scopes: scopes.map(({ rules, prefix }) => ({ rules, prefix: `${prefix}${name}/` })),
          });
        } else if (
          entry.isFile() &&
          (isDeclaration(name) || dependencyFileKind(name) !== undefined) &&
          !ignored(name)
        ) {
          take(join(folder.path, name), name);
        }
      }
    }
  }
  return { sources: [...sources].sort(), declarations: [...declarations].sort() };
}

function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Where the catalogue places the service, for messages: "US", "US; EU–US DPF, checked 2025-06-17". */
export function describeService(service: Service): string {
  const facts = [service.legalEntity?.value ?? service.name];
  const where = [
    service.country?.value,
    service.processingRegions
      ? `processing in ${service.processingRegions.value.join(', ')}`
      : undefined,
    service.dpf?.value === 'certified' ? `EU–US DPF, checked ${service.dpf.asOf}` : undefined,
  ].filter(Boolean);
  return where.length > 0 ? `${facts[0]} (${where.join('; ')})` : facts[0]!;
}

function message(
  ruleId: string,
  severity: 'error' | 'warning',
  text: string,
  line: number,
  column: number,
  path = '',
): LintMessage {
  return { ruleId, severity, message: text, path, line, column, endLine: line, endColumn: column };
}

interface LoadedDeclaration {
  filePath: string;
  declaration: Declaration;
  source: string;
  position: (pointer: string) => { line: number; column: number };
}

/**
 * Scans manifests, lockfiles and templates below `roots` for services in the catalogue and
 * holds them against the recipients of the declarations found there.
 */
export async function scanFiles(
  roots: readonly string[],
  options: ScanOptions,
): Promise<ScanOutcome> {
  return scanListedFiles(
    await collectScanFiles(roots, options.includeDev === true),
    roots,
    options,
  );
}

/**
 * scanFiles over a list already made (by collectScanFiles, or from a pull request's files),
 * each file read with `options.read`. `roots` only names the declarations in messages.
 */
export async function scanListedFiles(
  { sources, declarations }: ScanFileList,
  roots: readonly string[],
  options: ScanOptions,
): Promise<ScanOutcome> {
  const index: ServiceIndex = indexServices(options.services ?? catalogue.services);
  const scopes = options.includeDev
    ? new Set<DependencyScope>(['runtime', 'optional', 'peer', 'dev', 'test'])
    : DEFAULT_SCOPES;
  const messagesByFile = new Map<string, LintMessage[]>();
  const sourceByFile = new Map<string, string>();
  const report = (filePath: string, finding: LintMessage) => {
    const list = messagesByFile.get(filePath) ?? [];
    list.push(finding);
    messagesByFile.set(filePath, list);
  };
  // The reader lint uses: inside the project, within the size limit, valid UTF-8. A file it
  // refuses is a finding at the place, never a silent skip.
  const read = async (filePath: string): Promise<string | undefined> => {
    const outcome = orNotFound(
      options.read
        ? await options.read(filePath)
        : await readDeclarationFile(filePath, {
            root: options.root,
            ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
          }),
    );
    if ('text' in outcome) return outcome.text;
    const { range, message: problem } = outcome.problem;
    report(
      filePath,
      message(
        'scan/unreadable',
        'warning',
        `${problem} PrivacySpec could not scan this file.`,
        range.line,
        range.column,
      ),
    );
    return undefined;
  };

  const loaded: LoadedDeclaration[] = [];
  for (const filePath of declarations) {
    const source = await read(filePath);
    if (source === undefined) continue;
    const result = load(source);
    // lint reports a declaration's own problems; its recipients still count when the rest does not fit the schema.
    const declaration =
      result.declaration ??
      (isObject(result.data) ? (result.data as unknown as Declaration) : undefined);
    if (!declaration) continue;
    loaded.push({
      filePath,
      declaration,
      source,
      position: (pointer) => result.positions.closest(pointer),
    });
  }
  const recipients = loaded.flatMap((entry) =>
    (Array.isArray(entry.declaration.recipients)
      ? entry.declaration.recipients.filter(isObject)
      : []
    ).map((recipient, i) => ({ recipient, entry, pointer: `/recipients/${i}` })),
  );

  // Manifests first, so a service that a manifest names is reported there and not again in its lockfile.
  const ordered = sources
    .filter((filePath) => options.transitive || dependencyFileKind(filePath) !== 'lockfile')
    .sort((a, b) => kindOrder(a) - kindOrder(b) || a.localeCompare(b));
  const found = new Map<string, ScanFinding[]>();
  for await (const [filePath, text] of readAhead(ordered, read)) {
    const kind = dependencyFileKind(filePath)!;
    if (text === undefined) continue;
    sourceByFile.set(filePath, text);
    const inFile = new Set<string>();
    const add = (service: Service, line: number, column: number, via: string) => {
      if (inFile.has(service.id)) return;
      inFile.add(service.id);
      const list = found.get(service.id) ?? [];
      if (kind === 'lockfile' && list.length > 0) return;
      list.push({ service, filePath, line, column, via });
      found.set(service.id, list);
    };
    if (kind === 'template') {
      for (const host of parseHtmlHosts(text)) {
        const service = index.byHost(host.host);
        if (service) add(service, host.line, host.column, host.host);
      }
      continue;
    }
    const parsed = parseDependencyFile(filePath, text);
    for (const problem of parsed.problems)
      report(
        filePath,
        message(
          'scan/unreadable',
          'warning',
          `${problem.message} PrivacySpec could not read the dependencies in this file.`,
          problem.line,
          problem.column,
        ),
      );
    for (const dependency of parsed.dependencies) {
      if (!scopes.has(dependency.scope) || (!dependency.direct && !options.transitive)) continue;
      const service = index.byPackage(dependency.ecosystem, dependency.name);
      if (service) add(service, dependency.line, dependency.column, dependency.name);
    }
  }

  const undeclared: Service[] = [];
  const undeclaredFindings: ScanFinding[] = [];
  const notDeclared =
    loaded.length > 0
      ? `${loaded.map((entry) => relativeName(entry.filePath, roots)).join(', ')} names no such recipient`
      : 'no privacy.yaml was found to declare it';
  for (const findings of found.values()) {
    const service = findings[0]!.service;
    const declared = recipients.filter(({ recipient }) => recipientIsService(recipient, service));
    if (declared.length === 0) {
      undeclared.push(service);
      undeclaredFindings.push(...findings);
      // As the lint rule does: a sourced country, or the US for an entity certified under the DPF.
      const established = serviceEstablishment(service);
      // A sourced country is cited as before this inference existed: the text is part of
      // the finding's SARIF fingerprint, which code scanning keys its alerts on.
      const catalogueSays = service.country
        ? `${service.country.source} (as of ${service.country.asOf})`
        : established?.fact;
      for (const finding of findings) {
        if (established !== undefined && !isEeaCountry(established.country)) {
          report(
            finding.filePath,
            message(
              'scan/undeclared-transfer',
              'error',
              `${finding.via} sends personal data to ${describeService(service)}, outside the EEA, but ${notDeclared}: an undeclared third-country transfer (Art. 13(1)(e)–(f), Art. 44). Add it as a recipient with its country and transfer mechanism ("privacyspec scan --suggest" prints one). Catalogue: ${catalogueSays}.`,
              finding.line,
              finding.column,
            ),
          );
        } else {
          const where =
            established !== undefined
              ? `${describeService(service)}, in the EEA`
              : `${describeService(service)}, whose country of establishment the catalogue has no source for`;
          report(
            finding.filePath,
            message(
              'scan/undeclared-recipient',
              'warning',
              `${finding.via} sends personal data to ${where}, but ${notDeclared} (Art. 13(1)(e)). Add it as a recipient.`,
              finding.line,
              finding.column,
            ),
          );
        }
      }
      continue;
    }
    for (const { recipient, entry, pointer } of declared) {
      for (const problem of contradictions(recipient, service)) {
        const at = entry.position(`${pointer}${problem.pointer}`);
        report(
          entry.filePath,
          message(
            'scan/catalogue-mismatch',
            'warning',
            problem.text,
            at.line,
            at.column,
            `${pointer}${problem.pointer}`,
          ),
        );
        sourceByFile.set(entry.filePath, entry.source);
      }
    }
  }
  if (options.unused) {
    for (const { recipient, entry, pointer } of recipients) {
      const service = index.services.find((candidate) => recipientIsService(recipient, candidate));
      if (!service || found.has(service.id)) continue;
      const at = entry.position(pointer);
      report(
        entry.filePath,
        message(
          'scan/unused-recipient',
          'warning',
          `Recipient "${recipient.id}" is ${service.name}, but no scanned manifest, lockfile or template brings it in. If the code no longer sends it personal data, remove it from the notice; if it does in a way the scan cannot see, keep it.`,
          at.line,
          at.column,
          pointer,
        ),
      );
      sourceByFile.set(entry.filePath, entry.source);
    }
  }

  const results: LintResult[] = [...messagesByFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([filePath, messages]) => {
      messages.sort((a, b) => a.line - b.line || a.column - b.column);
      const errorCount = messages.filter((m) => m.severity === 'error').length;
      const source = sourceByFile.get(filePath);
      return {
        filePath,
        errorCount,
        warningCount: messages.length - errorCount,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        messages,
        ...(source !== undefined ? { source } : {}),
      };
    });
  return {
    results,
    undeclared,
    declarations: loaded.map((entry) => entry.filePath),
    scannedFiles: sources.length,
    undeclaredFindings,
  };
}

/** How many files are read at once: enough to keep the disk busy while one is parsed. */
const READ_AHEAD = 16;

/** Reads the files a few ahead of their turn and hands them over in order. */
async function* readAhead<T>(
  paths: readonly string[],
  read: (path: string) => Promise<T>,
): AsyncGenerator<[string, T]> {
  const pending: Promise<T>[] = [];
  let next = 0;
  for (const path of paths) {
    while (next < paths.length && pending.length < READ_AHEAD) pending.push(read(paths[next++]!));
    yield [path, await pending.shift()!];
  }
}

function kindOrder(path: string): number {
  const kind = dependencyFileKind(path);
  return kind === 'manifest' ? 0 : kind === 'template' ? 1 : 2;
}

function relativeName(path: string, roots: readonly string[]): string {
  const root = roots.find((r) => path.startsWith(resolve(r) + sep));
  return root ? relative(root, path).split(sep).join('/') : path;
}

/** A declared country or `dpf` that the catalogue's sourced facts contradict. */
function contradictions(
  recipient: Recipient,
  service: Service,
): { pointer: string; text: string }[] {
  const problems: { pointer: string; text: string }[] = [];
  const countries = asList(recipient.country);
  const catalogueCountry = service.country;
  if (catalogueCountry && countries.length > 0) {
    const regions = service.processingRegions?.value ?? [];
    const known = new Set([catalogueCountry.value, ...regions]);
    const inEea = [catalogueCountry.value, ...regions].some(
      (code) => isEeaCountry(code) || code === 'EU' || code === 'EEA',
    );
    const outsideEea = [catalogueCountry.value, ...regions].some(
      (code) => code.length === 2 && !isEeaCountry(code),
    );
    const consistent = countries.some(
      (country) =>
        known.has(country) ||
        (country === 'EEA' && inEea) ||
        (country === 'non-EEA' && outsideEea) ||
        (isEeaCountry(country) && regions.includes('EU')),
    );
    if (!consistent) {
      problems.push({
        pointer: '/country',
        text: `Recipient "${recipient.id}" is declared in ${countries.join(', ')}, but the vendor catalogue places ${service.legalEntity?.value ?? service.name} in ${catalogueCountry.value}${regions.length > 0 ? ` (processing in ${regions.join(', ')})` : ''} (source: ${catalogueCountry.source}, as of ${catalogueCountry.asOf}). Check where it processes the data and correct the country (Art. 13(1)(f)).`,
      });
    }
  }
  const mechanisms = asList(recipient.transfer?.mechanism);
  if (mechanisms.includes('dpf') && service.dpf?.value === 'not-certified') {
    problems.push({
      pointer: '/transfer/mechanism',
      text: `Recipient "${recipient.id}" relies on the EU–US Data Privacy Framework, but ${service.legalEntity?.value ?? service.name} was not certified (source: ${service.dpf.source}, as of ${service.dpf.asOf}). Name the safeguard the contract actually uses, such as scc (Art. 46(2)(c)).`,
    });
  }
  return problems;
}

function isObject(value: unknown): value is Recipient & Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
