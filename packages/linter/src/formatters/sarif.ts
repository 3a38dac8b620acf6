import { interpolate, ruleDocsUrl, type Rule } from '../rule.js';
import type { LintMessage, LintResult, Severity } from '../types.js';
import { escapeMarkdown } from './markdown-escape.js';
import { relativePath, withoutTrailingSlashes } from './relative-path.js';
import type { Formatter, FormatterContext } from './types.js';

/**
 * SARIF 2.1.0, for GitHub code scanning (`github/codeql-action/upload-sarif`) and SARIF viewers.
 *
 * - `tool.driver.rules` lists every rule, then the ids the loader and the disable comments
 *   report, so every result's `ruleIndex` points into it.
 * - Locations are repository-relative (`uriBaseId: %SRCROOT%`), percent-encoded, with 1-based
 *   UTF-16 columns as the LintMessage has them (`columnKind: utf16CodeUnits`).
 * - `partialFingerprints["privacyspec/v1"]` hashes the rule id, the file, the JSON pointer and
 *   the message, not the line, so code scanning keeps tracking a finding when lines move. A
 *   `:n` suffix numbers identical findings in one file (as CodeQL's `primaryLocationLineHash`).
 * - A fix becomes SARIF `fixes` only when the result carries its source: the offsets of
 *   `fix.range` are turned into the line/column region they cover (the same convention as
 *   the finding's own region), since SARIF's char offsets would be ambiguous about a BOM.
 *
 * No node:crypto and no path module: formatters run in a browser too.
 */
export const sarif: Formatter = (results, context) => {
  const rules = describeRules(context.rules, results);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const srcRoot = directoryUri(context.cwd);
  const sarifResults = results.flatMap((result) => resultsOf(result, context, ruleIndex));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'PrivacySpec',
            version: context.version,
            ...(SEMVER.test(context.version) ? { semanticVersion: context.version } : {}),
            informationUri: INFORMATION_URI,
            rules,
            properties: { referenceDataAsOf: context.referenceDataAsOf },
          },
        },
        invocations: [{ executionSuccessful: true }],
        ...(srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRoot } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const INFORMATION_URI = 'https://github.com/privacyspec/privacyspec';
const SRCROOT = '%SRCROOT%';
/** SemVer 2.0.0's own regular expression (semver.org). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

interface MultiformatMessage {
  text: string;
  markdown?: string;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: MultiformatMessage;
  fullDescription: MultiformatMessage;
  help: MultiformatMessage;
  helpUri: string;
  defaultConfiguration: { level: Severity };
  properties: { tags: string[] };
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** What the loader and the disable comments report: not rules, but they appear as results. */
interface BuiltIn {
  id: string;
  description: string;
  full: string;
  fix: string;
  level: Severity;
  helpUri: string;
  tags: string[];
}

const BUILT_INS: readonly BuiltIn[] = [
  {
    id: 'yaml-syntax',
    description: 'The declaration is one well-formed YAML document',
    full: 'The file must parse as a single YAML document: no syntax errors, no duplicate keys, no second document, and no nesting or alias expansion beyond the limits PrivacySpec reads.',
    fix: 'Correct the YAML at the reported position; the message says what the parser found there.',
    level: 'error',
    helpUri: `${INFORMATION_URI}#limits`,
    tags: ['input', 'yaml'],
  },
  {
    id: 'schema',
    description: 'The declaration has the shape of a PrivacySpec declaration',
    full: 'The YAML parses but must match privacyspec.schema.json: required properties present, no unknown properties, and values of the right type and format. Rules only run on a declaration that passes.',
    fix: 'Change the value at the reported path as the message says; an editor with the JSON Schema (the yaml-language-server comment) shows the allowed keys and values.',
    level: 'error',
    helpUri: `${INFORMATION_URI}#the-declaration`,
    tags: ['input', 'schema'],
  },
  {
    id: 'file',
    description: 'The declaration file can be read',
    full: 'The file must be UTF-8 text without binary data and within the size limit PrivacySpec reads; otherwise it is not parsed at all.',
    fix: 'Save the file as UTF-8 text, remove binary content, or split a file that is over the size limit.',
    level: 'error',
    helpUri: `${INFORMATION_URI}#limits`,
    tags: ['input'],
  },
  {
    id: 'disable-comment',
    description: 'Disable comments name a rule, give a reason and silence something',
    full: 'A `# privacyspec-disable-next-line <rule-id> -- reason` comment must name a known rule, give a reason after `--`, and silence a finding on the next line; otherwise it is reported so that no stale or unexplained exception stays in the declaration.',
    fix: 'Name the rule id and a reason, or remove a comment that no longer silences anything.',
    level: 'warning',
    helpUri: `${INFORMATION_URI}#configuration`,
    tags: ['maintainability'],
  },
];

function describeRules(
  rules: readonly Rule[],
  results: readonly LintResult[],
): ReportingDescriptor[] {
  const descriptors = rules.map(describeRule);
  const known = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const builtIn of BUILT_INS) {
    if (known.has(builtIn.id)) continue;
    known.add(builtIn.id);
    descriptors.push(describeBuiltIn(builtIn));
  }
  // A result whose id is neither (a rule left out of context.rules) still needs a ruleIndex.
  for (const message of results.flatMap((result) => result.messages)) {
    if (known.has(message.ruleId)) continue;
    known.add(message.ruleId);
    descriptors.push(
      describeBuiltIn({
        id: message.ruleId,
        description: `PrivacySpec finding ${message.ruleId}`,
        full: `PrivacySpec finding ${message.ruleId}.`,
        fix: 'Follow the message of the finding.',
        level: message.severity,
        helpUri: INFORMATION_URI,
        tags: [],
      }),
    );
  }
  return descriptors;
}

function describeRule(rule: Rule): ReportingDescriptor {
  const { description, articles, defaultSeverity, messages } = rule.meta;
  const url = ruleDocsUrl(rule.id);
  const cited = articles.map(cite);
  const provisions = cited.length > 0 ? `Enforces ${cited.join(', ')}.` : '';
  const reports = Object.values<string>(messages).map((template) =>
    interpolate(template, placeholders(template)),
  );
  const text = [
    `${sentence(description)}`,
    provisions,
    reports.length > 0
      ? `What it reports, and how to fix each:\n${reports.map((report) => `- ${report}`).join('\n')}`
      : '',
    `Details, a failing and a passing example: ${url}`,
  ].filter(Boolean);
  const markdown = [
    `**${escapeMarkdown(sentence(description))}**`,
    escapeMarkdown(provisions),
    reports.length > 0
      ? `What it reports, and how to fix each:\n\n${reports.map((report) => `- ${escapeMarkdown(report)}`).join('\n')}`
      : '',
    `Details, a failing and a passing example: [${rule.id}](${url})`,
  ].filter(Boolean);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: [sentence(description), provisions].filter(Boolean).join(' ') },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    helpUri: url,
    defaultConfiguration: { level: defaultSeverity },
    properties: { tags: tagsFor(articles) },
  };
}

function describeBuiltIn(builtIn: BuiltIn): ReportingDescriptor {
  return {
    id: builtIn.id,
    name: pascalCase(builtIn.id),
    shortDescription: { text: builtIn.description },
    fullDescription: { text: builtIn.full },
    help: {
      text: `${builtIn.full}\n\nHow to fix: ${builtIn.fix}\n\nMore: ${builtIn.helpUri}`,
      markdown: `${escapeMarkdown(builtIn.full)}\n\n**How to fix:** ${escapeMarkdown(builtIn.fix)}\n\n[More](${builtIn.helpUri})`,
    },
    helpUri: builtIn.helpUri,
    defaultConfiguration: { level: builtIn.level },
    properties: { tags: builtIn.tags },
  };
}

/** "13(1)(a)" → "Art. 13(1)(a)"; "Art. 27" and national law ("lag (2018:218) …") stay as written. */
function cite(article: string): string {
  return /^\d/.test(article) ? `Art. ${article}` : article;
}

/** "gdpr" plus one "art-N" per GDPR article (a range "44–49" gives each); "national-law" for the rest. */
function tagsFor(articles: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const article of articles) {
    const match = /^(?:Art\.\s*)?(\d+)(?:\s*[–-]\s*(\d+))?/.exec(article);
    if (!match) {
      tags.add('national-law');
      continue;
    }
    tags.add('gdpr');
    const from = Number(match[1]);
    const to =
      match[2] === undefined ? from : Math.max(from, Math.min(Number(match[2]), from + 20));
    for (let n = from; n <= to; n++) tags.add(`art-${n}`);
  }
  const list = [...tags];
  // "gdpr" first, then the articles in numeric order, then anything else.
  return list.sort(
    (a, b) => rank(a) - rank(b) || Number(a.slice(4)) - Number(b.slice(4)) || a.localeCompare(b),
  );
}

function rank(tag: string): number {
  return tag === 'gdpr' ? 0 : tag.startsWith('art-') ? 1 : 2;
}

/** Shows a template's placeholders as `<name>` in help text, which has no data to fill them. */
function placeholders(template: string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) data[match[1]!] = `<${match[1]!}>`;
  return data;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function resultsOf(
  result: LintResult,
  context: FormatterContext,
  ruleIndex: ReadonlyMap<string, number>,
) {
  const location = artifactLocation(result.filePath, context.cwd);
  const occurrences = new Map<string, number>();
  return result.messages.map((message) => {
    const key = [message.ruleId, location.uri, message.path, message.message].join('\u0000');
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const fix =
      message.fix && result.source !== undefined
        ? sarifFix(message, result.source, location)
        : undefined;
    return {
      ruleId: message.ruleId,
      ruleIndex: ruleIndex.get(message.ruleId)!,
      level: message.severity,
      message: { text: message.message },
      locations: [
        {
          physicalLocation: { artifactLocation: location, region: region(message) },
          ...(message.path !== '' ? { logicalLocations: [logicalLocation(message.path)] } : {}),
        },
      ],
      partialFingerprints: { 'privacyspec/v1': `${fnv1a64(key)}:${occurrence}` },
      ...(fix ? { fixes: [fix] } : {}),
    };
  });
}

function region(message: LintMessage): Region {
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  // An end before the start (never produced, but not representable) collapses to the start.
  const endBefore =
    message.endLine < startLine ||
    (message.endLine === startLine && message.endColumn < startColumn);
  return endBefore
    ? { startLine, startColumn, endLine: startLine, endColumn: startColumn }
    : {
        startLine,
        startColumn,
        endLine: message.endLine,
        endColumn: Math.max(1, message.endColumn),
      };
}

function logicalLocation(pointer: string) {
  const last = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return { name: last, fullyQualifiedName: pointer, kind: 'member' };
}

function sarifFix(message: LintMessage, source: string, location: ArtifactLocation) {
  const [start, end] = message.fix!.range;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > source.length
  )
    return undefined;
  const from = position(source, start);
  const to = position(source, end);
  return {
    description: { text: 'Apply the fix that `privacyspec lint --fix` would make.' },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: {
              startLine: from.line,
              startColumn: from.column,
              endLine: to.line,
              endColumn: to.column,
            },
            insertedContent: { text: message.fix!.text },
          },
        ],
      },
    ],
  };
}

/** A source offset as a 1-based line and UTF-16 column, lines split at LF, a BOM not counted (as the loader). */
function position(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const bom = line === 1 && source.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line, column: Math.max(1, offset - lineStart + 1 - bom) };
}

/**
 * The file as SARIF wants it: relative to %SRCROOT% when it is under `cwd` (forward slashes,
 * each segment percent-encoded), else an absolute file: URI.
 */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const relative = relativePath(filePath, cwd);
  const absolute = fileUri(relative);
  if (absolute !== undefined) return { uri: absolute };
  const uri = relative
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .map(encodeSegment)
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

/** `cwd` as a file: URI ending in "/", or undefined when it is not an absolute path. */
function directoryUri(cwd: string): string | undefined {
  const uri = fileUri(withoutTrailingSlashes(cwd) || '/');
  return uri === undefined ? undefined : uri.endsWith('/') ? uri : `${uri}/`;
}

/** An absolute POSIX, Windows drive or UNC path as a file: URI; undefined for a relative path. */
function fileUri(path: string): string | undefined {
  const p = path.replace(/\\/g, '/');
  const unc = /^\/\/([^/]+)(\/.*)?$/.exec(p);
  if (unc) return `file://${encodeSegment(unc[1]!)}${encodePath(unc[2] ?? '/')}`;
  const drive = /^([A-Za-z]):(\/.*)?$/.exec(p);
  if (drive) return `file:///${drive[1]!}:${encodePath(drive[2] ?? '/')}`;
  if (p.startsWith('/')) return `file://${encodePath(p)}`;
  return undefined;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/** encodeURIComponent, which would throw on a lone surrogate (possible in a Windows file name). */
function encodeSegment(segment: string): string {
  return encodeURIComponent(
    segment.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  );
}

/**
 * 64-bit FNV-1a over the UTF-8 bytes, as 16 hex digits: deterministic everywhere, no crypto
 * needed (a fingerprint, not a secret). Four 16-bit limbs keep every product exact in a double.
 */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
