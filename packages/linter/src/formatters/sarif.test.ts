import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ruleDocsUrl } from '../rule.js';
import { rules } from '../rules/index.js';
import { context, message, result } from '../test-support/formatter-results.js';
import type { LintResult } from '../types.js';
import { fnv1a64, sarif } from './sarif.js';

// The official schema, copied into the package (tests never read outside it).
const schema = JSON.parse(
  readFileSync(new URL('../../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
// unicodeRegExp: false because the official schema's `language` pattern, /^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$/,
// has a stray `]` that is a syntax error with the u flag Ajv uses by default.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
// Both are CommonJS: under NodeNext a default import is module.exports, so take the named export /
// .default (ajv-formats sets exports.default to itself), which type-checks and runs alike.
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        semanticVersion?: string;
        informationUri: string;
        rules: Array<{
          id: string;
          name: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          helpUri: string;
          defaultConfiguration: { level: string };
          properties: { tags: string[] };
        }>;
      };
    };
    invocations: Array<{ executionSuccessful: boolean }>;
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
        logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: string }>;
      }>;
      partialFingerprints: Record<string, string>;
      fixes?: Array<{
        artifactChanges: Array<{
          artifactLocation: { uri: string };
          replacements: Array<{
            deletedRegion: Record<string, number>;
            insertedContent: { text: string };
          }>;
        }>;
      }>;
    }>;
  }>;
}

/** Formats, validates against the SARIF 2.1.0 schema, and returns the parsed log. */
function run(results: LintResult[], overrides: Parameters<typeof context>[0] = {}): SarifLog {
  const output = sarif(results, context(overrides));
  const log = JSON.parse(output) as SarifLog;
  const valid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

const source = 'controller:\n  name: Acme AB\ndpo:\n  name: Åsa\n';

const mixed: LintResult[] = [
  result(
    '/repo/policies/privacy.yaml',
    [
      message({
        ruleId: 'yaml-syntax',
        messageId: undefined,
        path: '',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'A second YAML document starts here.',
      }),
      message({
        ruleId: 'schema',
        messageId: undefined,
        path: '/controller/email',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 16,
        message: 'controller.email must be an e-mail address.',
      }),
      message({ line: 3, column: 1, endLine: 4, endColumn: 13 }),
      message({
        ruleId: 'transfer-safeguards',
        messageId: 'vague',
        severity: 'warning',
        path: '/recipients/0/transfer',
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 12,
        message: 'Say which safeguard applies.',
        fix: { range: [41, 44], text: 'SCC' },
      }),
      message({
        ruleId: 'disable-comment',
        messageId: undefined,
        severity: 'warning',
        path: '',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 40,
        message: 'Unused disable comment.',
      }),
    ],
    { source },
  ),
  result('/repo/other/privacy.yaml', []),
  result('/repo/broken.yaml', [
    message({
      ruleId: 'file',
      messageId: undefined,
      path: '',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      message: 'The file is not valid UTF-8 text here.',
    }),
  ]),
];

describe('sarif', () => {
  it('is checked by a validator that does reject broken logs', () => {
    const log = JSON.parse(sarif(mixed, context())) as SarifLog;
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
    const unencoded = JSON.parse(sarif(mixed, context())) as SarifLog;
    unencoded.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.yaml';
    expect(validate(unencoded)).toBe(false);
  });

  it('is valid SARIF 2.1.0 with the tool, run and invocation properties', () => {
    const output = sarif(mixed, context());
    expect(
      output.startsWith(
        '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n',
      ),
    ).toBe(true);
    expect(output.endsWith('}\n')).toBe(true);
    const log = run(mixed);
    expect(log.runs).toHaveLength(1);
    const [runLog] = log.runs;
    expect(runLog!.tool.driver).toMatchObject({
      name: 'PrivacySpec',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri: 'https://github.com/privacyspec/privacyspec',
    });
    expect(runLog!.invocations).toEqual([{ executionSuccessful: true }]);
    expect(runLog!.columnKind).toBe('utf16CodeUnits');
    expect(runLog!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(runLog!.results).toHaveLength(6);
  });

  it('describes every rule and every loader id, and each ruleIndex points at its rule', () => {
    const { rules: descriptors } = run(mixed).runs[0]!.tool.driver;
    expect(descriptors.map((d) => d.id)).toEqual([
      'dpo-reachable',
      'transfer-safeguards',
      'yaml-syntax',
      'schema',
      'file',
      'disable-comment',
    ]);
    for (const result of run(mixed).runs[0]!.results) {
      expect(descriptors[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    for (const descriptor of descriptors) {
      expect(descriptor.shortDescription.text.length).toBeGreaterThan(10);
      expect(descriptor.help.text).toContain(descriptor.helpUri);
      expect(descriptor.help.markdown).toContain(descriptor.helpUri);
    }
    expect(descriptors[0]).toMatchObject({
      name: 'DpoReachable',
      shortDescription: { text: 'A declared data protection officer can be contacted' },
      fullDescription: {
        text: 'A declared data protection officer can be contacted. Enforces Art. 13(1)(b), Art. 14(1)(b).',
      },
      helpUri: ruleDocsUrl('dpo-reachable'),
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['gdpr', 'art-13', 'art-14'] },
    });
    // Message templates tell how to fix; their placeholders show as <name>.
    expect(descriptors[0]!.help.text).toContain('- Under <article> the notice must give');
    expect(descriptors[1]).toMatchObject({
      name: 'TransferSafeguards',
      defaultConfiguration: { level: 'warning' },
      properties: {
        tags: [
          'gdpr',
          'art-13',
          'art-44',
          'art-45',
          'art-46',
          'art-47',
          'art-48',
          'art-49',
          'national-law',
        ],
      },
    });
    expect(descriptors[1]!.fullDescription.text).toContain('lag (2018:218) 3 kap. 10 §');
    expect(descriptors.find((d) => d.id === 'yaml-syntax')).toMatchObject({
      name: 'YamlSyntax',
      defaultConfiguration: { level: 'error' },
    });
    expect(descriptors.find((d) => d.id === 'disable-comment')).toMatchObject({
      name: 'DisableComment',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('gives an id that is neither a rule nor a loader id a descriptor too', () => {
    const log = run([result('/repo/a.yaml', [message({ ruleId: 'retired-rule' })])], { rules: [] });
    const { rules: descriptors } = log.runs[0]!.tool.driver;
    expect(descriptors[log.runs[0]!.results[0]!.ruleIndex]!.id).toBe('retired-rule');
  });

  it('describes the real rules validly', () => {
    const log = run(mixed, { rules });
    const ids = log.runs[0]!.tool.driver.rules.map((d) => d.id);
    for (const rule of rules) expect(ids).toContain(rule.id);
    for (const result of log.runs[0]!.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('maps each finding: level, message, repository-relative location, region and pointer', () => {
    const results = run(mixed).runs[0]!.results;
    expect(results[2]).toMatchObject({
      ruleId: 'dpo-reachable',
      level: 'error',
      message: { text: 'The DPO cannot be reached.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'policies/privacy.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 13 },
          },
          logicalLocations: [{ name: 'dpo', fullyQualifiedName: '/dpo', kind: 'member' }],
        },
      ],
    });
    expect(results[3]!.level).toBe('warning');
    // A diagnostic about the whole document has no logical location.
    expect(results[0]!.locations[0]!.logicalLocations).toBeUndefined();
    expect(results[0]!.locations[0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(results[5]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'broken.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('decodes ~1 and ~0 in the logical location name', () => {
    const log = run([result('/repo/a.yaml', [message({ path: '/purposes/a~1b~0c' })])]);
    expect(log.runs[0]!.results[0]!.locations[0]!.logicalLocations).toEqual([
      { name: 'a/b~c', fullyQualifiedName: '/purposes/a~1b~0c', kind: 'member' },
    ]);
  });

  it('is valid with no results, and with no declarations', () => {
    expect(run([]).runs[0]!.results).toEqual([]);
    expect(run([result('/repo/privacy.yaml', [])]).runs[0]!.results).toEqual([]);
    // The rule table is there even when nothing was found, so code scanning can close alerts.
    expect(run([]).runs[0]!.tool.driver.rules).toHaveLength(6);
  });

  it('encodes Windows paths, spaces and non-ASCII as URIs', () => {
    const cwd = 'C:\\Users\\Dev\\My Repo';
    const log = run(
      [result('C:\\Users\\Dev\\My Repo\\policies\\integritetspolicy för #1.yaml', [message()])],
      { cwd },
    );
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///C:/Users/Dev/My%20Repo/' },
    });
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'policies/integritetspolicy%20f%C3%B6r%20%231.yaml',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('encodes POSIX paths with spaces and unicode, and a trailing slash on cwd', () => {
    const log = run([result('/home/åsa/my repo/privacy policy 🛡️.yaml', [message()])], {
      cwd: '/home/åsa/my repo/',
    });
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///home/%C3%A5sa/my%20repo/' },
    });
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'privacy%20policy%20%F0%9F%9B%A1%EF%B8%8F.yaml',
    );
  });

  it('gives a file outside cwd an absolute file URI without a base', () => {
    const log = run(
      [
        result('D:\\elsewhere\\privacy.yaml', [message()]),
        result('/srv/x y/privacy.yaml', [message()]),
      ],
      { cwd: 'C:\\repo' },
    );
    const locations = log.runs[0]!.results.map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation,
    );
    expect(locations).toEqual([
      { uri: 'file:///D:/elsewhere/privacy.yaml' },
      { uri: 'file:///srv/x%20y/privacy.yaml' },
    ]);
  });

  it('takes a relative file path as given, without a leading ./', () => {
    const log = run([result('./policies\\privacy.yaml', [message()])]);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'policies/privacy.yaml',
    );
  });

  it('omits originalUriBaseIds when cwd is not absolute, and semanticVersion when the version is not SemVer', () => {
    const log = run([result('privacy.yaml', [message()])], { cwd: '.', version: 'dev build' });
    expect(log.runs[0]!.originalUriBaseIds).toBeUndefined();
    expect(log.runs[0]!.tool.driver.semanticVersion).toBeUndefined();
    expect(log.runs[0]!.tool.driver.version).toBe('dev build');
  });

  describe('partial fingerprints', () => {
    const fingerprint = (results: LintResult[]) =>
      run(results).runs[0]!.results.map((r) => r.partialFingerprints['privacyspec/v1']);

    it('stay the same when the finding moves to another line', () => {
      const [before] = fingerprint([
        result('/repo/privacy.yaml', [message({ line: 3, column: 1, endLine: 3, endColumn: 9 })]),
      ]);
      const [after] = fingerprint([
        result('/repo/privacy.yaml', [message({ line: 30, column: 5, endLine: 31, endColumn: 2 })]),
      ]);
      expect(before).toMatch(/^[0-9a-f]{16}:1$/);
      expect(after).toBe(before);
    });

    it('differ for another pointer, rule, file or message', () => {
      const base = message();
      const all = fingerprint([
        result('/repo/privacy.yaml', [
          base,
          message({ path: '/controller' }),
          message({ ruleId: 'transfer-safeguards' }),
          message({ message: 'Other.' }),
        ]),
        result('/repo/other.yaml', [base]),
      ]);
      expect(new Set(all).size).toBe(5);
    });

    it('number identical findings in one file', () => {
      const same = message({
        ruleId: 'disable-comment',
        path: '',
        message: 'Unused disable comment.',
      });
      const [first, second] = fingerprint([
        result('/repo/privacy.yaml', [same, { ...same, line: 9, endLine: 9 }]),
      ]);
      expect(first!.replace(/:1$/, ':2')).toBe(second);
    });

    it('use 64-bit FNV-1a (published test vectors)', () => {
      expect(fnv1a64('')).toBe('cbf29ce484222325');
      expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
      expect(fnv1a64('foobar')).toBe('85944171f73967e8');
      // Over UTF-8 bytes, so the same text hashes the same in any runtime.
      expect(fnv1a64('å')).not.toBe(fnv1a64('\u00e5'.normalize('NFD')));
    });
  });

  describe('fixes', () => {
    it('turn a fix into a replacement of the line/column region its offsets cover', () => {
      const results = run(mixed).runs[0]!.results;
      // Offsets 41..44 of the source are "Åsa" on line 4 (columns 9..12).
      expect(source.slice(41, 44)).toBe('Åsa');
      expect(results[3]!.fixes).toEqual([
        {
          description: { text: 'Apply the fix that `privacyspec lint --fix` would make.' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'policies/privacy.yaml', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 12 },
                  insertedContent: { text: 'SCC' },
                },
              ],
            },
          ],
        },
      ]);
      expect(results[2]!.fixes).toBeUndefined();
    });

    it('do not count a byte-order mark in columns, as the loader does not', () => {
      const withBom = `\uFEFFname: x\n`;
      const log = run([
        result('/repo/a.yaml', [message({ fix: { range: [7, 8], text: 'y' } })], {
          source: withBom,
        }),
      ]);
      expect(
        log.runs[0]!.results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!.deletedRegion,
      ).toEqual({ startLine: 1, startColumn: 7, endLine: 1, endColumn: 8 });
    });

    it('are left out without the source or with offsets outside it', () => {
      const fix = { range: [0, 4] as [number, number], text: 'x' };
      const log = run([
        result('/repo/a.yaml', [message({ fix })]),
        result('/repo/b.yaml', [message({ fix: { range: [5, 500], text: 'x' } })], {
          source: 'short',
        }),
      ]);
      for (const r of log.runs[0]!.results) expect(r.fixes).toBeUndefined();
    });
  });
});
