// The Art. 30 record read back with real readers (csv-parse, exceljs) and the DPV JSON-LD
// expanded by a real JSON-LD processor (jsonld), each compared with the declaration it came from.
import { isOutsideEea, textIn, type Declaration, type Text } from '@privacyspec/schema';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { exportDpvJsonLd, exportRopaCsv, exportRopaXlsx, ROPA_COLUMNS } from '../src/index.js';
import { examples, loadDeclaration } from '../src/test-support/examples.js';

const all = examples();

const column = (name: string) => ROPA_COLUMNS.findIndex((title) => title.startsWith(name));
const nameIn = (
  declaration: Declaration,
  entries: ReadonlyArray<{ id: string; name?: Text }> | undefined,
  id: string,
) => textIn(entries?.find((entry) => entry.id === id)?.name, declaration.language) ?? id;
const textOf = (declaration: Declaration, text: Text | undefined) =>
  textIn(text, declaration.language);

/** Checks every row of a read-back record against the declaration, field by field. */
function expectRecordOf(declaration: Declaration, table: string[][]): void {
  const [header, ...rows] = table;
  expect(header).toEqual([...ROPA_COLUMNS]);
  expect(rows).toHaveLength(declaration.purposes.length);
  declaration.purposes.forEach((purpose, i) => {
    const row = rows[i]!;
    const cell = (name: string) => row[column(name)] ?? '';
    const controllerName = textOf(declaration, declaration.controller.name);
    if (controllerName !== undefined)
      expect(cell('Controller').split('\n')[0]).toBe(controllerName);
    if (declaration.controller.email)
      expect(cell('Controller').split('\n')).toContain(declaration.controller.email);
    if (declaration.dpo?.email)
      expect(cell('Data protection officer').split('\n')).toContain(declaration.dpo.email);
    expect(cell('Purpose id')).toBe(purpose.id);
    expect(cell('Purpose (').split('\n')[0]).toBe(textOf(declaration, purpose.name) ?? purpose.id);
    expect(cell('Categories of data subjects')).toBe(
      (purpose.dataSubjects ?? [])
        .map((id) => nameIn(declaration, declaration.dataSubjects, id))
        .join('\n'),
    );
    expect(cell('Categories of personal data')).toBe(
      (purpose.dataCategories ?? [])
        .map((id) => nameIn(declaration, declaration.dataCategories, id))
        .join('\n'),
    );
    const recipientLines = cell('Recipients').split('\n').filter(Boolean);
    expect(recipientLines).toHaveLength((purpose.recipients ?? []).length);
    (purpose.recipients ?? []).forEach((id, k) =>
      expect(recipientLines[k]!.startsWith(nameIn(declaration, declaration.recipients, id))).toBe(
        true,
      ),
    );
    const transferred = (purpose.recipients ?? [])
      .map((id) => declaration.recipients?.find((recipient) => recipient.id === id))
      .filter(
        (recipient) =>
          recipient !== undefined &&
          (recipient.transfer !== undefined || [recipient.country ?? []].flat().some(isOutsideEea)),
      );
    expect(cell('Transfers').split('\n').filter(Boolean)).toHaveLength(transferred.length);
    for (const recipient of transferred) {
      if (recipient?.transfer?.copyAt)
        expect(cell('Transfers')).toContain(recipient.transfer.copyAt);
    }
    const retention = purpose.retention;
    expect(cell('Time limits') === '').toBe(retention === undefined);
    for (const part of [retention?.from, retention?.criteria]) {
      const text = textOf(declaration, part);
      if (text !== undefined) expect(cell('Time limits')).toContain(text);
    }
    if (retention?.duration !== undefined)
      expect(cell('Time limits')).not.toContain(retention.duration);
    expect(cell('Security measures')).toBe(
      [declaration.securityMeasures, purpose.securityMeasures]
        .map((text) => textOf(declaration, text))
        .filter(Boolean)
        .join('\n'),
    );
  });
}

function parseCsv(csv: string): string[][] {
  return parse(csv, {
    bom: true,
    relax_column_count: false,
    record_delimiter: '\r\n',
  }) as string[][];
}

async function readXlsx(
  bytes: Uint8Array,
): Promise<{ table: string[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    table.push(
      ROPA_COLUMNS.map((_, i) => {
        const value = row.getCell(i + 1).value;
        return value === null || value === undefined ? '' : String(value);
      }),
    );
  });
  return { table, sheet };
}

const tricky = loadDeclaration(`
privacyspec: "1.0"
language: en
controller: {name: "Tricky, \\"Quoted\\" Ltd", email: a@example.com}
securityMeasures: Encrypted at rest
purposes:
  - id: formula
    legalBasis: consent
    name: "=HYPERLINK(\\"https://evil.example\\",\\"x\\")"
    description: "Line one\\nline two, with a comma"
    securityMeasures: Access logged
    dataCategories: [contact]
    retention: {duration: P26M, from: the last order}
dataCategories:
  - {id: contact, name: "Contact \\"details\\""}
`);

describe('Art. 30 record as CSV', () => {
  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    const csv = exportRopaCsv(tricky);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('parses back with a real CSV parser: quotes, commas and line breaks survive; a formula is defused', () => {
    const [, row] = parseCsv(exportRopaCsv(tricky));
    expect(row![column('Controller')]).toBe('Tricky, "Quoted" Ltd\na@example.com');
    expect(row![column('Purpose (')]).toBe(
      `'=HYPERLINK("https://evil.example","x")\nLine one\nline two, with a comma`,
    );
    expect(row![column('Categories of personal data')]).toBe('Contact "details"');
    expect(row![column('Time limits')]).toBe('26 months from the last order');
    expect(row![column('Security measures')]).toBe('Encrypted at rest\nAccess logged');
  });

  it.each(all)(
    '$name: one row per purpose, each cell as the declaration says',
    ({ declaration }) => {
      expectRecordOf(declaration, parseCsv(exportRopaCsv(declaration)));
    },
  );
});

describe('Art. 30 record as XLSX', () => {
  it('has a bold header row, a frozen pane below it and a filter over the table', async () => {
    const { sheet } = await readXlsx(await exportRopaXlsx(tricky));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('keeps a formula-like value as text', async () => {
    const { table } = await readXlsx(await exportRopaXlsx(tricky));
    expect(table[1]![column('Purpose (')]).toBe(
      '=HYPERLINK("https://evil.example","x")\nLine one\nline two, with a comma',
    );
  });

  it.each(all)(
    '$name: read back with exceljs, each cell as the declaration says',
    async ({ declaration }) => {
      expectRecordOf(declaration, (await readXlsx(await exportRopaXlsx(declaration))).table);
    },
  );
});

// Art. 6(1) letters and the DPV EU-GDPR terms, written out here rather than taken from the code under test.
const BASIS_IRI: Record<string, string> = {
  consent: 'A6-1-a',
  contract: 'A6-1-b',
  'legal-obligation': 'A6-1-c',
  'vital-interests': 'A6-1-d',
  'public-task': 'A6-1-e',
  'legitimate-interests': 'A6-1-f',
};
const TRANSFER_IRI: Record<string, string> = {
  adequacy: 'A45-3',
  dpf: 'A45-3',
  scc: 'A46-2-c',
  bcr: 'A46-2-b',
  'explicit-consent': 'A49-1-a',
};
const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

/** No document may be fetched: the context is in the document itself. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`The JSON-LD tried to load ${url}; the export must be self-contained.`);
};

type ExpandedNode = Record<
  string,
  Array<{ '@id'?: string; '@value'?: string; '@language'?: string }> | string | string[]
>;

async function expand(declaration: Declaration): Promise<Map<string, ExpandedNode>> {
  // A top-level @graph with nothing beside it expands to the list of its nodes.
  const graph = (await jsonld.expand(JSON.parse(exportDpvJsonLd(declaration)), {
    documentLoader: offlineLoader as never,
  })) as unknown as ExpandedNode[];
  return new Map(graph.map((node) => [node['@id'] as string, node]));
}

const ids = (node: ExpandedNode | undefined, property: string) =>
  ((node?.[property] ?? []) as Array<{ '@id'?: string }>).map((value) => value['@id']);

describe('DPV JSON-LD', () => {
  it.each(all)(
    '$name: expands with jsonld; each purpose has its Art. 6(1) and 9(2) legal basis IRIs, data and recipients',
    async ({ declaration }) => {
      const nodes = await expand(declaration);
      for (const purpose of declaration.purposes) {
        const handling = nodes.get(`_:handling-${purpose.id}`);
        expect(handling?.['@type']).toEqual([`${DPV}PersonalDataHandling`]);
        expect(ids(handling, `${DPV}hasPurpose`)).toEqual([`_:purpose-${purpose.id}`]);
        const bases = ids(handling, `${DPV}hasLegalBasis`);
        if (purpose.legalBasis !== undefined)
          expect(bases).toContain(`${GDPR}${BASIS_IRI[purpose.legalBasis]}`);
        const art9 = purpose.specialCategoryCondition?.match(/^9\s*\(2\)\s*\(([a-j])\)$/)?.[1];
        if (art9 !== undefined) expect(bases).toContain(`${GDPR}A9-2-${art9}`);
        expect(ids(handling, `${DPV}hasPersonalData`)).toEqual(
          (purpose.dataCategories ?? []).map((id) => `_:data-${id}`),
        );
        expect(ids(handling, `${DPV}hasRecipient`)).toEqual(
          (purpose.recipients ?? []).map((id) => `_:recipient-${id}`),
        );
        for (const id of purpose.recipients ?? []) {
          const mechanisms = [
            declaration.recipients?.find((recipient) => recipient.id === id)?.transfer?.mechanism ??
              [],
          ].flat();
          const transfer = nodes.get(`_:transfer-${purpose.id}-${id}`);
          for (const mechanism of mechanisms) {
            if (TRANSFER_IRI[mechanism] !== undefined)
              expect(ids(transfer, `${DPV}hasLegalBasis`)).toContain(
                `${GDPR}${TRANSFER_IRI[mechanism]}`,
              );
          }
          if (mechanisms.length > 0)
            expect(ids(transfer, `${DPV}hasProcessing`)).toEqual([`${DPV}Transfer`]);
        }
      }
    },
  );

  it('labels texts with their language and turns into RDF triples', async () => {
    const nodes = await expand(tricky);
    expect(nodes.get('_:purpose-formula')?.['http://www.w3.org/2000/01/rdf-schema#label']).toEqual([
      { '@value': '=HYPERLINK("https://evil.example","x")', '@language': 'en' },
    ]);
    const quads = (await jsonld.toRDF(JSON.parse(exportDpvJsonLd(tricky)), {
      format: 'application/n-quads',
      documentLoader: offlineLoader as never,
    })) as unknown as string;
    expect(quads).toMatch(new RegExp(`^_:\\S+ <${DPV}hasLegalBasis> <${GDPR}A6-1-a> \\.$`, 'm'));
    const storage = quads.split('\n').find((line) => line.includes('"P26M"'));
    expect(storage).toContain('<http://www.w3.org/2001/XMLSchema#duration>');
  });
});
