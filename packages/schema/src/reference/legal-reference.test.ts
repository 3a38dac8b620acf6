// The legal footing of the reference data: every row the code cites exists in
// docs/legal-reference/*.md, with the status the code records.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import * as reference from './index.js';
import type { SourceRef, SourceStatus } from './types.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DOCS = join(REPO_ROOT, 'docs', 'legal-reference');

interface DocRow {
  readonly status: SourceStatus;
  readonly page: string;
}

interface LegalReference {
  readonly rows: ReadonlyMap<string, DocRow>;
  /** Row ID → statuses a narrower citation of that row may record (README, "Citations narrower …"). */
  readonly narrower: ReadonlyMap<string, ReadonlySet<SourceStatus>>;
  /** Table rows that could not be read: a duplicate ID, a status that is not V, S or U. */
  readonly problems: readonly string[];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

const isTableLine = (line: string) => line.trim().startsWith('|');
const isSeparator = (line: string) => /^\|(?:\s*:?-+:?\s*\|)+$/.test(line.trim());

/** The status a `St` cell starts with ("V", "U (wording); … V" → U). */
function statusOf(cell: string): SourceStatus | undefined {
  const first = /^(V|S|U)(?![\p{L}\p{N}])/u.exec(cell.replace(/\*/g, ''));
  return first?.[1] as SourceStatus | undefined;
}

/** Every markdown table of a page, as a header and its body rows. */
function tables(text: string): Array<{ header: string[]; body: string[][] }> {
  const lines = text.split(/\r?\n/);
  const found: Array<{ header: string[]; body: string[][] }> = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!isTableLine(line) || !isSeparator(lines[i + 1] ?? '')) continue;
    const body: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && isTableLine(lines[j] ?? ''); j++) body.push(cells(lines[j] ?? ''));
    found.push({ header: cells(line), body });
    i = j - 1;
  }
  return found;
}

function readLegalReference(): LegalReference {
  const rows = new Map<string, DocRow>();
  const narrower = new Map<string, Set<SourceStatus>>();
  const problems: string[] = [];
  const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md'));
  for (const page of pages) {
    for (const { header, body } of tables(readFileSync(join(DOCS, page), 'utf8'))) {
      const idColumn = header.indexOf('ID');
      const statusColumn = header.indexOf('St');
      if (idColumn !== -1 && statusColumn !== -1) {
        for (const row of body) {
          const id = (row[idColumn] ?? '').replace(/`/g, '');
          const status = statusOf(row[statusColumn] ?? '');
          if (status === undefined) problems.push(`${page}: row ${id} has no V/S/U status`);
          else if (rows.has(id))
            problems.push(`${page}: row ${id} is also on ${rows.get(id)?.page}`);
          else rows.set(id, { status, page });
        }
      }
      const rowColumn = header.indexOf('Row');
      const citedColumn = header.indexOf('Cited as');
      if (rowColumn !== -1 && citedColumn !== -1) {
        for (const row of body) {
          const status = statusOf(row[citedColumn] ?? '');
          const id = row[rowColumn] ?? '';
          if (status === undefined)
            problems.push(`${page}: narrower citation of ${id} has no status`);
          else narrower.set(id, (narrower.get(id) ?? new Set<SourceStatus>()).add(status));
        }
      }
    }
  }
  return { rows, narrower, problems };
}

function isSourceRef(value: object): value is SourceRef {
  const candidate = value as Partial<Record<keyof SourceRef, unknown>>;
  return typeof candidate.row === 'string' && typeof candidate.status === 'string';
}

/**
 * Every `{row, status}` reachable from the reference data's exports, wherever it sits (a
 * record's `source`, a map of language → source, a nested list), so that data added later is
 * checked without being listed here.
 */
function citedSources(root: unknown): SourceRef[] {
  const found: SourceRef[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || value instanceof RegExp || seen.has(value))
      return;
    seen.add(value);
    if (isSourceRef(value)) found.push(value);
    const children =
      value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    for (const child of children) visit(child);
  };
  visit(root);
  return found;
}

/** The gdpr-reference.md row citations (`#` and a row ID) in the source comments of every package. */
function commentCitations(): Array<{ file: string; row: string }> {
  const citations: Array<{ file: string; row: string }> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'generated') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(
          /gdpr-reference\.md#([A-Za-z0-9-]+)/g,
        )) {
          citations.push({ file: path.slice(REPO_ROOT.length), row: match[1] ?? '' });
        }
      }
    }
  };
  for (const pkg of readdirSync(join(REPO_ROOT, 'packages'))) {
    const src = join(REPO_ROOT, 'packages', pkg, 'src');
    if (
      statSync(join(REPO_ROOT, 'packages', pkg)).isDirectory() &&
      readdirSync(join(REPO_ROOT, 'packages', pkg)).includes('src')
    )
      walk(src);
  }
  return citations;
}

const legal = readLegalReference();
const sources = citedSources(reference);

describe('docs/legal-reference', () => {
  it('reads as tables of rows with one V/S/U status each and unique IDs', () => {
    expect(legal.problems).toEqual([]);
    // The pages hold the whole reference: far more rows than any one table.
    expect(legal.rows.size).toBeGreaterThan(200);
  });

  it('has a row for every row the reference data cites', () => {
    expect(sources.length).toBeGreaterThan(100);
    const missing = [...new Set(sources.map((s) => s.row))].filter((row) => !legal.rows.has(row));
    expect(missing).toEqual([]);
  });

  it('gives each cited row the status the code records (or a narrower citation the README allows)', () => {
    const mismatched = sources
      .filter((s) => {
        const row = legal.rows.get(s.row);
        return (
          row !== undefined &&
          row.status !== s.status &&
          !(legal.narrower.get(s.row)?.has(s.status) ?? false)
        );
      })
      .map((s) => `${s.row}: code ${s.status}, docs ${legal.rows.get(s.row)?.status}`);
    expect([...new Set(mismatched)]).toEqual([]);
  });

  it('allows a narrower citation only of a documented row, below its status', () => {
    const rank: Record<SourceStatus, number> = { V: 2, S: 1, U: 0 };
    for (const [row, statuses] of legal.narrower) {
      const documented = legal.rows.get(row);
      expect(documented, row).toBeDefined();
      for (const status of statuses) {
        expect(rank[status], `${row} cited as ${status}`).toBeLessThan(
          rank[documented?.status ?? 'U'],
        );
      }
    }
  });

  it('has a row for every row a source comment cites', () => {
    const citations = commentCitations();
    expect(citations.length).toBeGreaterThan(50);
    const missing = citations
      .filter((c) => !legal.rows.has(c.row))
      .map((c) => `${c.file}: ${c.row}`);
    expect(missing).toEqual([]);
  });
});
