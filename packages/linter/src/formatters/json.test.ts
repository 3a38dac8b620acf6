import { describe, expect, it } from 'vitest';
import { context, message, result } from '../test-support/formatter-results.js';
import { json } from './json.js';

describe('json', () => {
  it('prints one array, a result per file, in ESLint’s shape', () => {
    const fix = { range: [4, 7] as [number, number], text: 'SCC' };
    const results = [
      result(
        '/repo/a.yaml',
        [message(), message({ ruleId: 'transfer-safeguards', severity: 'warning', fix })],
        { source: 'text', output: 'fixed' },
      ),
      result('/repo/b.yaml', []),
    ];
    const parsed = JSON.parse(json(results, context())) as unknown[];
    expect(parsed).toEqual([
      {
        filePath: '/repo/a.yaml',
        errorCount: 1,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        messages: [
          {
            ruleId: 'dpo-reachable',
            messageId: 'missingContact',
            severity: 'error',
            message: 'The DPO cannot be reached.',
            path: '/dpo',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 9,
          },
          {
            ruleId: 'transfer-safeguards',
            messageId: 'missingContact',
            severity: 'warning',
            message: 'The DPO cannot be reached.',
            path: '/dpo',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 9,
            fix,
          },
        ],
      },
      {
        filePath: '/repo/b.yaml',
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        messages: [],
      },
    ]);
  });

  it('leaves out the source and the fixed output, and keeps the keys of design.md', () => {
    const parsed = JSON.parse(
      json(
        [result('/repo/a.yaml', [message()], { source: 'secret text', output: 'more' })],
        context(),
      ),
    ) as Array<Record<string, unknown>>;
    expect(Object.keys(parsed[0]!)).toEqual([
      'filePath',
      'errorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'messages',
    ]);
    const [first] = parsed[0]!.messages as Array<Record<string, unknown>>;
    for (const key of [
      'ruleId',
      'severity',
      'message',
      'path',
      'line',
      'column',
      'endLine',
      'endColumn',
    ])
      expect(first).toHaveProperty(key);
    expect(JSON.stringify(parsed)).not.toContain('secret text');
  });

  it('prints [] for no results and does not touch the results it was given', () => {
    expect(json([], context())).toBe('[]');
    const results = [result('/repo/a.yaml', [message()], { source: 'text' })];
    json(results, context());
    expect(results[0]!.source).toBe('text');
  });
});
