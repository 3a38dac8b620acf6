import {
  isOutsideEea,
  type Declaration,
  type Purpose,
  type Recipient,
  type Text,
} from '@privacyspec/schema';
import { noticeLanguage } from './notice.js';
import { asList } from './lists.js';
import { plainText, Wording } from './wording.js';

export interface ExportOptions {
  /** The language of the values (durations, bases, mechanisms, and text given in several languages); default: the declaration's. */
  lang?: string;
}

/** The Art. 30(1) record of processing activities: a header and one row per purpose. */
export interface RopaTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** The columns, in the order of Art. 30(1)(a)–(g); headers are English, values are in `lang`. */
export const ROPA_COLUMNS = [
  'Controller (Art. 30(1)(a))',
  'Data protection officer (Art. 30(1)(a))',
  'Representative (Art. 30(1)(a))',
  'Purpose id',
  'Purpose (Art. 30(1)(b))',
  'Categories of data subjects (Art. 30(1)(c))',
  'Categories of personal data (Art. 30(1)(c))',
  'Recipients (Art. 30(1)(d))',
  'Transfers and safeguards (Art. 30(1)(e))',
  'Time limits for erasure (Art. 30(1)(f))',
  'Security measures (Art. 30(1)(g), 32(1))',
] as const;

/** Several values in one cell are separated by a line break, which CSV quotes and XLSX wraps. */
const LINE = '\n';

export function ropaTable(declaration: Declaration, options: ExportOptions = {}): RopaTable {
  const wording = new Wording(declaration, noticeLanguage(declaration, options.lang));
  const party = (
    p: { name?: Text; address?: Text; email?: string; phone?: string } | null | undefined,
    registration?: string,
  ) =>
    p == null
      ? ''
      : lines([
          wording.text.plain(p.name),
          registration,
          wording.text.plain(p.address),
          p.email,
          p.phone,
        ]);
  const controller = party(declaration.controller, declaration.controller.registrationNumber);
  const dpo = party(declaration.dpo);
  const representative = party(declaration.representative);
  const rows = declaration.purposes.map((purpose) => [
    controller,
    dpo,
    representative,
    purpose.id,
    lines([
      wording.text.plain(purpose.name) ?? purpose.id,
      wording.text.plain(purpose.description),
    ]),
    lines(
      asList(purpose.dataSubjects).map((id) =>
        plainText(wording.entryName(declaration.dataSubjects, id)),
      ),
    ),
    lines(asList(purpose.dataCategories).map((id) => plainText(wording.categoryName(id)))),
    lines(recipientsOf(declaration, purpose).map((recipient) => recipientLine(wording, recipient))),
    lines(
      recipientsOf(declaration, purpose).flatMap(
        (recipient) => transferLine(wording, recipient) ?? [],
      ),
    ),
    plainText(wording.retentionWords(purpose.retention)),
    lines([
      wording.text.plain(declaration.securityMeasures),
      wording.text.plain(purpose.securityMeasures),
    ]),
  ]);
  return { header: ROPA_COLUMNS, rows };
}

function recipientsOf(declaration: Declaration, purpose: Purpose): Recipient[] {
  return asList(purpose.recipients).map(
    (id) => declaration.recipients?.find((recipient) => recipient.id === id) ?? { id },
  );
}

function recipientLine(wording: Wording, recipient: Recipient): string {
  const details = [
    recipient.role !== undefined ? wording.t.roles[recipient.role] : undefined,
    plainText(wording.locations(recipient)) || undefined,
  ].filter((detail): detail is string => detail !== undefined);
  const name = plainText([wording.nameOf(recipient.name, recipient.id)]);
  return details.length > 0 ? `${name} (${details.join('; ')})` : name;
}

/** A recipient outside the EEA (or with a declared transfer): where, on which mechanism, where the copy is. */
function transferLine(wording: Wording, recipient: Recipient): string | undefined {
  const outside = asList(recipient.country).some((entry) => isOutsideEea(entry));
  if (!outside && recipient.transfer === undefined) return undefined;
  const name = plainText([wording.nameOf(recipient.name, recipient.id)]);
  const where = plainText(wording.locations(recipient));
  const mechanisms = asList(recipient.transfer?.mechanism).map((id) => wording.mechanismWords(id));
  const copy =
    recipient.transfer?.copyAt !== undefined
      ? `${wording.t.copyAt}: ${recipient.transfer.copyAt}`
      : undefined;
  return [`${name}${where ? ` (${where})` : ''}`, ...mechanisms, ...(copy ? [copy] : [])].join(
    ' — ',
  );
}

function lines(values: ReadonlyArray<string | undefined>): string {
  return values.filter((value): value is string => value !== undefined && value !== '').join(LINE);
}
