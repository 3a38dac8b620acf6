/**
 * The semantic diff of two declarations: what changed in data handling, ranked by risk.
 *
 * Entries (purposes, data categories, recipients, data subjects) are matched by `id`, never by
 * position; a changed id is a removal plus an addition. Every list is compared as a set, so
 * reordering changes nothing, and text is compared per language version with whitespace
 * normalised. Pure: no I/O, runs in a browser.
 */
import { compareDurations, durationForPeople } from '../duration.js';
import type {
  Controller,
  DataCategory,
  DataSubject,
  Declaration,
  Dpo,
  Purpose,
  Recipient,
  Retention,
  SupervisoryAuthority,
} from '../generated/declaration.js';
import { joinPointer } from '../pointer.js';
import { adequacyFor } from '../reference/adequacy.js';
import { legalBasisById } from '../reference/bases.js';
import { countryEntries, isOutsideEea, normalizeCountryEntry } from '../reference/eea.js';
import { mechanismById, type MechanismKind } from '../reference/mechanisms.js';
import { rightById } from '../reference/rights.js';
import { specialCategoryById } from '../reference/special-categories.js';
import {
  fieldDeltas,
  fieldSentence,
  type FieldRow,
  type Languages,
  type SectionAt,
} from './fields.js';
import { RISK_OF, type ChangeKind, type ChangeRisk } from './kinds.js';
import { normalizeEmail, normalizePhone, normalizePlain } from './normalise.js';
import {
  AUTHORITY_FIELDS,
  AUTOMATED_DECISION_FIELDS,
  CATEGORY_FIELDS,
  CONTROLLER_FIELDS,
  DECLARATION_FIELDS,
  DPO_FIELDS,
  PURPOSE_FIELDS,
  RECIPIENT_FIELDS,
  RETENTION_CRITERIA_FIELDS,
  RETENTION_FIELDS,
  RIGHTS_FIELDS,
  SUBJECT_FIELDS,
  THIRD_PARTY_SOURCE,
} from './sections.js';
import { displayText, quote, textKey } from './text.js';

export { CHANGE_KINDS, type ChangeKind, type ChangeKindInfo, type ChangeRisk } from './kinds.js';

export interface Change {
  kind: ChangeKind;
  risk: ChangeRisk;
  /** JSON pointer to the changed value in head; for a removal, to where it was in base. */
  path: string;
  /** For a reviewer: names the entry by id and says what changed and why it matters. */
  message: string;
  before?: unknown;
  after?: unknown;
}

export interface DiffResult {
  /** High risk first, then medium, then low; within a risk by path. */
  changes: Change[];
}

export interface DiffOptions {
  /** `YYYY-MM-DD` for the adequacy decisions named in messages; default today. */
  today?: string;
}

export function diff(base: Declaration, head: Declaration, options: DiffOptions = {}): DiffResult {
  const differ = new Differ(base, head, options.today);
  differ.run();
  return { changes: sortChanges(differ.changes) };
}

/**
 * The change for a declaration that is deleted: what it told people goes with it. `base` is
 * the deleted version when it loads (its entries are counted in the message).
 */
export function declarationRemoved(base: Declaration | undefined): Change {
  const counts = base
    ? [
        [list(base.purposes).length, 'purpose'],
        [list(base.recipients).length, 'recipient'],
        [list(base.rights).length, 'right'],
      ]
        .filter(([n]) => (n as number) > 0)
        .map(([n, word]) => `${n as number} ${word as string}${n === 1 ? '' : 's'}`)
    : [];
  const what = counts.length > 0 ? ` with its ${joinAnd(counts)}` : '';
  return {
    kind: 'declaration-removed',
    risk: RISK_OF['declaration-removed'],
    path: '',
    message: `The declaration is deleted${what}: people are no longer told how their data are processed, though the processing may go on (Art. 12(1), 13, 14). Confirm the notice lives on elsewhere, or keep the file.`,
    ...(base ? { before: base } : {}),
  };
}

// ── helpers ───────────────────────────────────────────────────────────────────────────────

interface Indexed<T> {
  entry: T;
  index: number;
}

function list<T>(value: readonly T[] | undefined | null): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function indexById<T extends { id: string }>(
  entries: readonly T[] | undefined,
): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  list(entries).forEach((entry, index) => {
    if (
      entry !== null &&
      typeof entry === 'object' &&
      typeof entry.id === 'string' &&
      !map.has(entry.id)
    )
      map.set(entry.id, { entry, index });
  });
  return map;
}

/** Value → first index, for lists compared as sets (id lists, rights). */
function indexValues(
  values: unknown,
  normalize: (value: string) => string = (v) => v,
): Map<string, Indexed<string>> {
  const map = new Map<string, Indexed<string>>();
  list(values as readonly unknown[]).forEach((value, index) => {
    if (typeof value !== 'string') return;
    const key = normalize(value);
    if (!map.has(key)) map.set(key, { entry: value, index });
  });
  return map;
}

/** A scalar or a list of scalars (country, mechanism) as value → pointer. */
function indexOneOrMany(
  value: unknown,
  path: string,
  normalize: (value: string) => string,
): Map<string, { raw: string; path: string }> {
  const map = new Map<string, { raw: string; path: string }>();
  if (typeof value === 'string') map.set(normalize(value), { raw: value, path });
  else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item !== 'string') return;
      const key = normalize(item);
      if (!map.has(key)) map.set(key, { raw: item, path: joinPointer(path, index) });
    });
  }
  return map;
}

/** Fast path for lists compared as sets: the same strings in the same order. */
function sameStrings(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] || typeof a[i] !== 'string') return false;
  return true;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

function countriesOf(recipient: Recipient | undefined): string[] {
  return countryEntries(recipient?.country);
}

function isThirdCountryRecipient(recipient: Recipient | undefined): boolean {
  return countriesOf(recipient).some(isOutsideEea);
}

/** adequacy / Art. 46–47 safeguard (3) > Art. 49 derogation (2) > invalid or unknown (1) > none (0). */
const MECHANISM_RANK: Record<MechanismKind, number> = {
  adequacy: 3,
  safeguard: 3,
  derogation: 2,
  invalid: 1,
};

function mechanismRank(ids: Iterable<string>): number {
  let rank = 0;
  for (const id of ids) rank = Math.max(rank, MECHANISM_RANK[mechanismById(id)?.kind ?? 'invalid']);
  return rank;
}

const RANK_NAME = [
  'none',
  'invalid',
  'an Art. 49 derogation',
  'adequacy or an Art. 46/47 safeguard',
];

function normalizeMechanism(id: string): string {
  return id.trim().toLowerCase();
}

function isSensitive(category: DataCategory | undefined): boolean {
  return category !== undefined && (category.special !== undefined || category.nationalId === true);
}

function canonicalSpecial(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  return specialCategoryById(id)?.aliasOf ?? id;
}

function specialArticle(id: string): string {
  return id === 'criminal-offences' ? 'Art. 10' : 'Art. 9(1)';
}

function basisLabel(id: string): string {
  const info = legalBasisById(id);
  return info ? `${id} (${info.article})` : id;
}

function rightLabel(id: string): string {
  const info = rightById(id);
  return info ? `"${id}" (Art. ${info.article})` : `"${id}"`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shortList(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map((i) => `"${i}"`);
  return items.length > max
    ? `${shown.join(', ')} and ${items.length - max} more`
    : shown.join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Purpose ids by the data category or recipient id they use. */
interface Usage {
  categories: Map<string, string[]>;
  recipients: Map<string, string[]>;
}

// ── the differ ───────────────────────────────────────────────────────────────────────────

class Differ {
  readonly changes: Change[] = [];
  private readonly baseLanguage: string | undefined;
  private readonly headLanguage: string | undefined;
  private readonly languages: Languages;
  private readonly baseCategories: Map<string, Indexed<DataCategory>>;
  private readonly headCategories: Map<string, Indexed<DataCategory>>;
  private readonly baseRecipients: Map<string, Indexed<Recipient>>;
  private readonly headRecipients: Map<string, Indexed<Recipient>>;
  private readonly usedBy: { base?: Usage; head?: Usage } = {};

  constructor(
    private readonly base: Declaration,
    private readonly head: Declaration,
    private readonly todayOption: string | undefined,
  ) {
    this.baseLanguage = typeof base.language === 'string' ? base.language : undefined;
    this.headLanguage = typeof head.language === 'string' ? head.language : undefined;
    this.languages = { base: this.baseLanguage, head: this.headLanguage };
    this.baseCategories = indexById(base.dataCategories);
    this.headCategories = indexById(head.dataCategories);
    this.baseRecipients = indexById(base.recipients);
    this.headRecipients = indexById(head.recipients);
  }

  run(): void {
    this.fields(DECLARATION_FIELDS, this.base, this.head, { base: '', head: '' });
    this.controller(this.base.controller ?? {}, this.head.controller ?? {});
    this.dpo(this.base.dpo, this.head.dpo);
    this.representative();
    this.authority(this.base.supervisoryAuthority, this.head.supervisoryAuthority);
    this.entries('dataCategories', this.baseCategories, this.headCategories, {
      added: (e, p) => this.categoryAdded(e, p),
      removed: (e, p) =>
        this.emit(
          'data-category-removed',
          p,
          `Data category ${this.entryLabel(e, 'base')} removed: less data (Art. 5(1)(c)).`,
          e,
          undefined,
        ),
      compare: (b, h, bp, hp) => this.compareCategory(b, h, bp, hp),
    });
    this.entries('recipients', this.baseRecipients, this.headRecipients, {
      added: (e, p) => this.recipientAdded(e, p),
      removed: (e, p) =>
        this.emit(
          'recipient-removed',
          p,
          `Recipient ${this.entryLabel(e, 'base')} removed: fewer disclosures (Art. 13(1)(e)).${this.wasUsedByPhrase(e.id)}`,
          e,
          undefined,
        ),
      compare: (b, h, bp, hp) => this.compareRecipient(b, h, bp, hp),
    });
    this.entries(
      'dataSubjects',
      indexById(this.base.dataSubjects),
      indexById(this.head.dataSubjects),
      {
        added: (e, p) =>
          this.emit(
            'data-subject-added',
            p,
            `New group of data subjects ${this.entryLabel(e, 'head')} (Art. 13, 14).`,
            undefined,
            e,
          ),
        removed: (e, p) =>
          this.emit(
            'data-subject-removed',
            p,
            `Group of data subjects ${this.entryLabel(e, 'base')} removed.`,
            e,
            undefined,
          ),
        compare: (b, h, bp, hp) => this.compareSubject(b, h, bp, hp),
      },
    );
    this.entries('purposes', indexById(this.base.purposes), indexById(this.head.purposes), {
      added: (e, p) => this.purposeAdded(e, p),
      removed: (e, p) =>
        this.emit(
          'purpose-removed',
          p,
          `Purpose ${this.entryLabel(e, 'base')} removed: confirm the processing has stopped and its data are erased or kept on another basis (Art. 5(1)(b), 5(1)(e), 17(1)(a)).`,
          e,
          undefined,
        ),
      compare: (b, h, bp, hp) => this.comparePurpose(b, h, bp, hp),
    });
    this.rights();
  }

  // ── emitting ────────────────────────────────────────────────────────────────────────────

  private emit(
    kind: ChangeKind,
    path: string,
    message: string,
    before: unknown,
    after: unknown,
  ): void {
    const change: Change = { kind, risk: RISK_OF[kind], path, message };
    if (before !== undefined) change.before = before;
    if (after !== undefined) change.after = after;
    this.changes.push(change);
  }

  private get today(): string {
    return this.todayOption ?? new Date().toISOString().slice(0, 10);
  }

  private entryLabel(entry: { id: string; name?: unknown }, side: 'base' | 'head'): string {
    const name = displayText(entry.name, side === 'base' ? this.baseLanguage : this.headLanguage);
    return name !== undefined && name.trim() !== ''
      ? `"${entry.id}" (${normalizePlain(name)})`
      : `"${entry.id}"`;
  }

  /**
   * Walks a section's table of fields over two versions of the section: each delta found is
   * one change, of the row's kind, said in the row's words.
   */
  private fields<T>(rows: readonly FieldRow<T>[], base: T, head: T, at: SectionAt): void {
    for (const row of rows) {
      for (const delta of fieldDeltas(row, base, head, at, this.languages)) {
        const kind = typeof row.kind === 'function' ? row.kind(delta) : row.kind;
        this.emit(
          kind,
          delta.path,
          fieldSentence(row, delta, kind, at.subject, this.headLanguage),
          delta.before,
          delta.after,
        );
      }
    }
  }

  private entries<T extends { id: string }>(
    key: 'dataCategories' | 'recipients' | 'dataSubjects' | 'purposes',
    base: Map<string, Indexed<T>>,
    head: Map<string, Indexed<T>>,
    handlers: {
      added(entry: T, path: string): void;
      removed(entry: T, path: string): void;
      compare(b: T, h: T, basePath: string, headPath: string): void;
    },
  ): void {
    for (const [id, h] of head) {
      const b = base.get(id);
      const headPath = `/${key}/${h.index}`;
      if (b === undefined) handlers.added(h.entry, headPath);
      else handlers.compare(b.entry, h.entry, `/${key}/${b.index}`, headPath);
    }
    for (const [id, b] of base) if (!head.has(id)) handlers.removed(b.entry, `/${key}/${b.index}`);
  }

  /** Which purposes of a side use each data category and recipient (for messages). */
  private usage(side: 'base' | 'head'): Usage {
    const cached = this.usedBy[side];
    if (cached) return cached;
    const categories = new Map<string, string[]>();
    const recipients = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, ids: unknown, purpose: string) => {
      for (const id of indexValues(ids).keys()) {
        const users = map.get(id);
        if (users) users.push(purpose);
        else map.set(id, [purpose]);
      }
    };
    for (const purpose of list(this[side].purposes)) {
      if (typeof purpose?.id !== 'string') continue;
      add(categories, purpose.dataCategories, purpose.id);
      add(recipients, purpose.recipients, purpose.id);
    }
    return (this.usedBy[side] = { categories, recipients });
  }

  private usedByPhrase(map: 'categories' | 'recipients', id: string): string {
    const users = this.usage('head')[map].get(id);
    return users && users.length > 0
      ? ` Used by ${users.length === 1 ? 'purpose' : 'purposes'} ${shortList(users)}.`
      : '';
  }

  /** For a removed recipient: the purposes that disclosed to it (one edit, one change). */
  private wasUsedByPhrase(id: string): string {
    const users = this.usage('base').recipients.get(id);
    return users && users.length > 0
      ? ` ${users.length === 1 ? 'Purpose' : 'Purposes'} ${shortList(users)} no longer ${users.length === 1 ? 'discloses' : 'disclose'} data to it.`
      : '';
  }

  // ── top level ───────────────────────────────────────────────────────────────────────────

  private controller(b: Controller, h: Controller): void {
    this.fields(CONTROLLER_FIELDS, b, h, {
      subject: 'the controller',
      base: '/controller',
      head: '/controller',
    });
  }

  private dpo(b: Dpo | undefined, h: Dpo | undefined): void {
    if (b == null && h == null) return;
    if (b == null)
      return this.emit(
        'dpo-added',
        '/dpo',
        'A data protection officer is now declared (Art. 13(1)(b)).',
        undefined,
        h,
      );
    if (h == null)
      return this.emit(
        'dpo-removed',
        '/dpo',
        'The data protection officer is no longer declared: confirm none is required (Art. 13(1)(b), 37).',
        b,
        undefined,
      );
    this.fields(DPO_FIELDS, b, h, { subject: 'the DPO', base: '/dpo', head: '/dpo' });
  }

  private representative(): void {
    const b = this.base.representative ?? undefined;
    const h = this.head.representative ?? undefined;
    const key = (r: typeof b) =>
      r === undefined
        ? ''
        : JSON.stringify([
            textKey(r.name),
            r.country !== undefined ? normalizeCountryEntry(r.country) : '',
            textKey(r.address),
            normalizeEmail(r.email ?? ''),
            normalizePhone(r.phone ?? ''),
          ]);
    if (key(b) === key(h)) return;
    const path = '/representative';
    const what = h === undefined ? 'removed' : b === undefined ? 'added' : 'changed';
    const name = displayText(h?.name ?? b?.name, this.headLanguage);
    this.emit(
      'representative-changed',
      path,
      `The representative in the Union${name !== undefined ? ` (${normalizePlain(name)})` : ''} ${what} (Art. 13(1)(a), 27).`,
      b,
      h,
    );
  }

  private authority(
    b: SupervisoryAuthority | undefined,
    h: SupervisoryAuthority | undefined,
  ): void {
    if (b == null && h == null) return;
    const name = (a: SupervisoryAuthority) => displayText(a.name, this.headLanguage) ?? '';
    if (b == null)
      return this.emit(
        'complaint-authority-added',
        '/supervisoryAuthority',
        `The supervisory authority ${quote(name(h!))} is now named (Art. 13(2)(d)).`,
        undefined,
        h,
      );
    if (h == null)
      return this.emit(
        'complaint-authority-removed',
        '/supervisoryAuthority',
        `The supervisory authority ${quote(name(b))} is no longer named: people are not told where to complain (Art. 13(2)(d), 77).`,
        b,
        undefined,
      );
    this.fields(AUTHORITY_FIELDS, b, h, {
      subject: 'the supervisory authority',
      base: '/supervisoryAuthority',
      head: '/supervisoryAuthority',
    });
  }

  private rights(): void {
    const norm = (v: string) => v.trim().toLowerCase();
    const b = indexValues(this.base.rights, norm);
    const h = indexValues(this.head.rights, norm);
    for (const [key, { entry, index }] of h) {
      if (!b.has(key))
        this.emit(
          'right-added',
          `/rights/${index}`,
          `Right ${rightLabel(key)} is now listed (Art. 13(2)(b)–(d)).`,
          undefined,
          entry,
        );
    }
    for (const [key, { entry, index }] of b) {
      if (!h.has(key))
        this.emit(
          'right-removed',
          `/rights/${index}`,
          `Right ${rightLabel(key)} is no longer listed: people are not told they have it (Art. 13(2)(b)–(d), 15–22, 77).`,
          entry,
          undefined,
        );
    }
    this.fields(RIGHTS_FIELDS, this.base, this.head, { base: '', head: '' });
  }

  // ── data categories ─────────────────────────────────────────────────────────────────────

  private categoryAdded(c: DataCategory, path: string): void {
    const label = this.entryLabel(c, 'head');
    const used = this.usedByPhrase('categories', c.id);
    if (c.special !== undefined) {
      const id = canonicalSpecial(c.special)!;
      const national = c.nationalId === true;
      const condition =
        id === 'criminal-offences'
          ? 'only under official authority or where law authorises it (Art. 10'
          : 'prohibited unless an Art. 9(2) condition applies (Art. 9';
      this.emit(
        'special-category-added',
        path,
        `New data category ${label}, a special category (${id}, ${specialArticle(id)})${national ? ', and a national identification number' : ''}: processing it is ${condition}${national ? ', 87' : ''}).${used}`,
        undefined,
        c,
      );
    } else if (c.nationalId === true) {
      this.emit(
        'national-id-added',
        path,
        `New data category ${label}, a national identification number: only when clearly justified (Art. 87; dataskyddslagen 3 kap. 10 §).${used}`,
        undefined,
        c,
      );
    } else {
      this.emit(
        'data-category-added',
        path,
        `New data category ${label}: more personal data processed (Art. 5(1)(c), 14(1)(d)).${used}`,
        undefined,
        c,
      );
    }
  }

  private compareCategory(b: DataCategory, h: DataCategory, bp: string, hp: string): void {
    const subject = `data category "${h.id}"`;
    this.fields(CATEGORY_FIELDS, b, h, { subject, base: bp, head: hp });
    // Examples: a set of texts.
    const examples = (c: DataCategory, path: string) => {
      const map = new Map<string, { raw: unknown; path: string }>();
      list(c.examples).forEach((e, i) => {
        const key = textKey(e);
        if (!map.has(key)) map.set(key, { raw: e, path: `${path}/examples/${i}` });
      });
      return map;
    };
    const be = examples(b, bp);
    const he = examples(h, hp);
    for (const [key, e] of he)
      if (!be.has(key))
        this.emit(
          'example-added',
          e.path,
          `Example ${quote(displayText(e.raw, this.headLanguage) ?? '')} added to ${subject}.`,
          undefined,
          e.raw,
        );
    for (const [key, e] of be)
      if (!he.has(key))
        this.emit(
          'example-removed',
          e.path,
          `Example ${quote(displayText(e.raw, this.baseLanguage) ?? '')} removed from ${subject}.`,
          e.raw,
          undefined,
        );
    this.source(b, h, bp, hp, subject);
    // Special category and national id.
    const bs = canonicalSpecial(b.special);
    const hs = canonicalSpecial(h.special);
    if (hs !== undefined && bs !== hs) {
      this.emit(
        'special-category-set',
        `${hp}/special`,
        `Data category "${h.id}" is now a special category (${hs}, ${specialArticle(hs)})${bs !== undefined ? `, was ${bs}` : ''}: every purpose using it needs an Art. 9(2) condition (Art. 9).${this.usedByPhrase('categories', h.id)}`,
        b.special,
        h.special,
      );
    } else if (bs !== undefined && hs === undefined) {
      this.emit(
        'special-category-cleared',
        `${bp}/special`,
        `Data category "${h.id}" is no longer marked as a special category (was ${bs}): confirm the data really are not special, as the Art. 9(2) checks stop applying (Art. 9(1)).`,
        b.special,
        undefined,
      );
    }
    if (h.nationalId === true && b.nationalId !== true) {
      this.emit(
        'national-id-set',
        `${hp}/nationalId`,
        `Data category "${h.id}" is now a national identification number: only when clearly justified (Art. 87; dataskyddslagen 3 kap. 10 §).${this.usedByPhrase('categories', h.id)}`,
        b.nationalId,
        true,
      );
    } else if (b.nationalId === true && h.nationalId !== true) {
      const path = h.nationalId === undefined ? `${bp}/nationalId` : `${hp}/nationalId`;
      this.emit(
        'national-id-cleared',
        path,
        `Data category "${h.id}" is no longer marked as a national identification number: confirm it holds none (Art. 87).`,
        true,
        h.nationalId,
      );
    }
  }

  private source(b: DataCategory, h: DataCategory, bp: string, hp: string, subject: string): void {
    const bs: unknown = b.source;
    const hs: unknown = h.source;
    const isObject = (s: unknown): s is { thirdParty?: unknown; public?: unknown } =>
      s !== null && typeof s === 'object' && !Array.isArray(s);
    const why = ' (Art. 13, 14(2)(f))';
    if (isObject(bs) && isObject(hs)) {
      this.fields([THIRD_PARTY_SOURCE], bs, hs, {
        subject,
        base: `${bp}/source`,
        head: `${hp}/source`,
      });
      if ((bs.public === true) !== (hs.public === true)) {
        const path = hs.public === undefined ? `${bp}/source/public` : `${hp}/source/public`;
        this.emit(
          'data-source-changed',
          path,
          `The third-party source of ${subject} is ${hs.public === true ? 'now' : 'no longer'} publicly accessible${why}.`,
          bs.public,
          hs.public,
        );
      }
      return;
    }
    // One source or a list: compared as the set of kinds, a third party by its kind only when
    // single (its wording is compared above), by its name when one of several.
    const entries = (s: unknown): unknown[] => (s === undefined ? [] : Array.isArray(s) ? s : [s]);
    const kinds = (s: unknown): string[] => {
      const list = entries(s);
      const thirdParty = (e: { thirdParty?: unknown; public?: unknown }) =>
        list.length > 1
          ? `third party ${textKey(e.thirdParty)} ${String(e.public === true)}`
          : 'third party';
      return [...new Set(list.map((e) => (isObject(e) ? thirdParty(e) : String(e))))].sort();
    };
    if (kinds(bs).join('\n') === kinds(hs).join('\n')) return;
    const path = hs === undefined ? `${bp}/source` : `${hp}/source`;
    const describeOne = (s: unknown) =>
      isObject(s)
        ? `a third party (${quote(displayText(s.thirdParty, this.headLanguage) ?? '')})`
        : String(s);
    const describe = (s: unknown) =>
      s === undefined ? 'not stated' : joinAnd(entries(s).map(describeOne));
    this.emit(
      'data-source-changed',
      path,
      `Source of ${subject} changed from ${describe(bs)} to ${describe(hs)}${why}.`,
      bs,
      hs,
    );
  }

  // ── recipients ──────────────────────────────────────────────────────────────────────────

  private countryPhrase(countries: readonly string[]): string {
    if (countries.length === 0) return ', country not stated';
    const named = countries.filter((c) => c !== 'EEA' && c !== 'non-EEA');
    const outsideNamed = named.filter(isOutsideEea);
    const parts = countries.map((c) =>
      c === 'EEA' ? 'the EEA' : c === 'non-EEA' ? 'unnamed countries outside the EEA' : c,
    );
    if (countries.includes('non-EEA')) {
      return ` in ${joinAnd(parts)}${outsideNamed.length > 0 ? ` (${joinAnd(outsideNamed)} outside the EEA)` : ''}`;
    }
    if (outsideNamed.length === 0) return ` in ${joinAnd(parts)}`;
    if (outsideNamed.length === countries.length) return ` in ${joinAnd(parts)}, outside the EEA`;
    return ` in ${joinAnd(parts)} (${joinAnd(outsideNamed)} outside the EEA)`;
  }

  /** What protects a third-country transfer to this recipient, as a sentence. */
  private transferSentence(r: Recipient): string {
    const mechanisms = [...indexOneOrMany(r.transfer?.mechanism, '', normalizeMechanism).keys()];
    if (mechanisms.length > 0) {
      const kinds = mechanisms.map((m) => mechanismById(m)?.kind ?? 'unknown');
      const invalid = kinds.every((k) => k === 'invalid' || k === 'unknown')
        ? ', which is not valid'
        : '';
      return ` Transfer mechanism: ${mechanisms.join(', ')}${invalid}.`;
    }
    const named = countriesOf(r).filter((c) => c !== 'EEA' && c !== 'non-EEA' && isOutsideEea(c));
    const notes = named.map((c) => {
      const decision = adequacyFor(c, this.today);
      if (decision === undefined) return `${c} has no adequacy decision`;
      if (decision.requiresMechanism !== undefined)
        return `${c} is adequate only with ${decision.requiresMechanism}`;
      return `${c} has an adequacy decision (${decision.decision}${decision.partial ? ', partial' : ''})`;
    });
    const note = notes.length > 0 ? `; ${notes.join('; ')}` : '';
    return ` No transfer mechanism stated${note}.`;
  }

  private recipientAdded(r: Recipient, path: string): void {
    const countries = countriesOf(r);
    const label = this.entryLabel(r, 'head');
    const used = this.usedByPhrase('recipients', r.id);
    if (countries.some(isOutsideEea)) {
      this.emit(
        'third-country-recipient-added',
        path,
        `New recipient ${label}${this.countryPhrase(countries)}: a third-country transfer (Art. 13(1)(f), 44–49).${this.transferSentence(r)}${used}`,
        undefined,
        r,
      );
    } else {
      this.emit(
        'recipient-added',
        path,
        `New recipient ${label}${this.countryPhrase(countries)} (Art. 13(1)(e)).${used}`,
        undefined,
        r,
      );
    }
  }

  private compareRecipient(b: Recipient, h: Recipient, bp: string, hp: string): void {
    const subject = `recipient "${h.id}"`;
    this.fields(RECIPIENT_FIELDS, b, h, { subject, base: bp, head: hp });
    // Countries, as a set.
    const bc = indexOneOrMany(b.country, `${bp}/country`, normalizeCountryEntry);
    const hc = indexOneOrMany(h.country, `${hp}/country`, normalizeCountryEntry);
    const hadNonEea = bc.has('non-EEA');
    for (const [code, { raw, path }] of hc) {
      if (bc.has(code)) continue;
      if (isOutsideEea(code)) {
        const what =
          code === 'non-EEA' ? 'countries outside the EEA (not named)' : `${code}, outside the EEA`;
        const prior = hadNonEea && code !== 'non-EEA' ? ' (it listed non-EEA before)' : '';
        this.emit(
          'recipient-third-country-added',
          path,
          `Recipient "${h.id}" now also receives data in ${what}${prior}: a third-country transfer (Art. 13(1)(f), 44–49).${this.transferSentence(h)}`,
          undefined,
          raw,
        );
      } else {
        this.emit(
          'recipient-country-added',
          path,
          `Recipient "${h.id}" now also receives data in ${code === 'EEA' ? 'the EEA' : code} (Art. 13(1)(e)).`,
          undefined,
          raw,
        );
      }
    }
    for (const [code, { raw, path }] of bc) {
      if (!hc.has(code))
        this.emit(
          'recipient-country-removed',
          path,
          `Recipient "${h.id}" no longer lists ${code === 'EEA' ? 'the EEA' : code === 'non-EEA' ? 'non-EEA' : code} (Art. 13(1)(f)).`,
          raw,
          undefined,
        );
    }
    this.mechanisms(b, h, bp, hp);
  }

  private mechanisms(b: Recipient, h: Recipient, bp: string, hp: string): void {
    const basePath = `${bp}/transfer/mechanism`;
    const headPath = `${hp}/transfer/mechanism`;
    const bm = indexOneOrMany(b.transfer?.mechanism, basePath, normalizeMechanism);
    const hm = indexOneOrMany(h.transfer?.mechanism, headPath, normalizeMechanism);
    if (bm.size === hm.size && [...bm.keys()].every((m) => hm.has(m))) return;
    const before = [...bm.keys()];
    const after = [...hm.keys()];
    const br = mechanismRank(before);
    const hr = mechanismRank(after);
    const shown = (ms: string[]) => (ms.length === 0 ? 'none' : ms.join(', '));
    const third = isThirdCountryRecipient(h)
      ? ''
      : ' (the recipient is not listed outside the EEA)';
    const id = h.id;
    const beforeValue = b.transfer?.mechanism;
    const afterValue = h.transfer?.mechanism;
    if (after.length === 0) {
      this.emit(
        'transfer-mechanism-removed',
        basePath,
        `Recipient "${id}" no longer states a transfer mechanism (was ${shown(before)})${third}: a transfer outside the EEA needs one (Art. 13(1)(f), 44, 46).`,
        beforeValue,
        undefined,
      );
    } else if (before.length === 0) {
      this.emit(
        'transfer-mechanism-added',
        headPath,
        `Recipient "${id}" now states a transfer mechanism: ${shown(after)} (Art. 13(1)(f), 44–49).`,
        undefined,
        afterValue,
      );
    } else if (hr < br) {
      this.emit(
        'transfer-mechanism-weakened',
        headPath,
        `Transfer mechanism of recipient "${id}" weakened from ${shown(before)} to ${shown(after)} (${RANK_NAME[br]} → ${RANK_NAME[hr]})${third} (Art. 44–49).`,
        beforeValue,
        afterValue,
      );
    } else if (hr > br) {
      this.emit(
        'transfer-mechanism-strengthened',
        headPath,
        `Transfer mechanism of recipient "${id}" strengthened from ${shown(before)} to ${shown(after)} (${RANK_NAME[br]} → ${RANK_NAME[hr]}) (Art. 44–49).`,
        beforeValue,
        afterValue,
      );
    } else {
      this.emit(
        'transfer-mechanism-changed',
        headPath,
        `Transfer mechanisms of recipient "${id}" changed from ${shown(before)} to ${shown(after)}, of the same strength (Art. 13(1)(f), 46).`,
        beforeValue,
        afterValue,
      );
    }
  }

  private compareSubject(b: DataSubject, h: DataSubject, bp: string, hp: string): void {
    this.fields(SUBJECT_FIELDS, b, h, { subject: `data subject "${h.id}"`, base: bp, head: hp });
  }

  // ── purposes ────────────────────────────────────────────────────────────────────────────

  private purposeAdded(p: Purpose, path: string): void {
    const details: string[] = [];
    if (p.legalBasis !== undefined) details.push(`legal basis ${basisLabel(p.legalBasis)}`);
    else details.push('no legal basis stated');
    const categories = [...indexValues(p.dataCategories).keys()];
    if (categories.length > 0) {
      const sensitive = categories.filter((c) => isSensitive(this.headCategories.get(c)?.entry));
      details.push(
        `data ${shortList(categories)}${sensitive.length > 0 ? ` (special or national id: ${shortList(sensitive)})` : ''}`,
      );
    }
    const recipients = [...indexValues(p.recipients).keys()];
    if (recipients.length > 0) {
      const third = recipients.filter((r) =>
        isThirdCountryRecipient(this.headRecipients.get(r)?.entry),
      );
      details.push(
        `recipients ${shortList(recipients)}${third.length > 0 ? ` (outside the EEA: ${shortList(third)})` : ''}`,
      );
    }
    const retention =
      p.retention?.duration ?? (p.retention?.criteria !== undefined ? 'criteria' : undefined);
    details.push(
      retention !== undefined ? `retention ${durationForPeople(retention)}` : 'no retention stated',
    );
    this.emit(
      'purpose-added',
      path,
      `New purpose ${this.entryLabel(p, 'head')}: new processing (Art. 5(1)(b), 13(1)(c)). ${capitalize(details.join('; '))}.`,
      undefined,
      p,
    );
  }

  private comparePurpose(b: Purpose, h: Purpose, bp: string, hp: string): void {
    const subject = `purpose "${h.id}"`;
    this.fields(PURPOSE_FIELDS, b, h, { subject, base: bp, head: hp });
    this.legalBasis(b, h, bp, hp);
    this.idList(b, h, bp, hp, 'dataCategories');
    this.idList(b, h, bp, hp, 'recipients');
    this.idList(b, h, bp, hp, 'dataSubjects');
    this.retention(b.retention, h.retention, bp, hp, subject);
    // Automated decisions.
    const ba = b.automatedDecision ?? undefined;
    const ha = h.automatedDecision ?? undefined;
    if (ba === undefined && ha !== undefined) {
      this.emit(
        'automated-decision-added',
        `${hp}/automatedDecision`,
        `Purpose "${h.id}" now makes an automated decision (${quote(displayText(ha.decision, this.headLanguage) ?? '')}): people may object to it and must be told its logic and significance (Art. 13(2)(f), 22).`,
        undefined,
        ha,
      );
    } else if (ba !== undefined && ha === undefined) {
      this.emit(
        'automated-decision-removed',
        `${bp}/automatedDecision`,
        `Purpose "${h.id}" no longer makes an automated decision (Art. 22).`,
        ba,
        undefined,
      );
    } else if (ba !== undefined && ha !== undefined) {
      this.fields(AUTOMATED_DECISION_FIELDS, ba, ha, {
        subject,
        base: `${bp}/automatedDecision`,
        head: `${hp}/automatedDecision`,
      });
    }
    this.deviceAccess(b, h, bp, hp);
  }

  /** What a purpose stores on or reads from the user's device (ePrivacy Directive Art. 5(3)). */
  private deviceAccess(b: Purpose, h: Purpose, bp: string, hp: string): void {
    const before = indexOneOrMany(b.deviceAccess, `${bp}/deviceAccess`, normalizePlain);
    const after = indexOneOrMany(h.deviceAccess, `${hp}/deviceAccess`, normalizePlain);
    for (const [kind, { raw, path }] of after) {
      if (before.has(kind)) continue;
      if (kind === 'strictly-necessary') {
        this.emit(
          'detail-changed',
          path,
          `Purpose "${h.id}" now stores or reads information on the user's device where strictly necessary for the service asked for (ePrivacy Directive Art. 5(3), exempt from consent).`,
          undefined,
          raw,
        );
      } else {
        this.emit(
          'device-access-added',
          path,
          `Purpose "${h.id}" now stores or reads information on the user's device for ${kind}: this needs the user's prior consent (ePrivacy Directive Art. 5(3), CJEU C-673/17 Planet49).`,
          undefined,
          raw,
        );
      }
    }
    for (const [kind, { raw, path }] of before) {
      if (after.has(kind)) continue;
      const change = kind === 'strictly-necessary' ? 'detail-changed' : 'device-access-removed';
      this.emit(
        change,
        path,
        `Purpose "${h.id}" no longer stores or reads information on the user's device ${kind === 'strictly-necessary' ? 'where strictly necessary' : `for ${kind}`} (ePrivacy Directive Art. 5(3)).`,
        raw,
        undefined,
      );
    }
  }

  private legalBasis(b: Purpose, h: Purpose, bp: string, hp: string): void {
    const before = typeof b.legalBasis === 'string' ? b.legalBasis : undefined;
    const after = typeof h.legalBasis === 'string' ? h.legalBasis : undefined;
    if (before === after) return;
    const id = h.id;
    if (after === undefined) {
      this.emit(
        'legal-basis-removed',
        `${bp}/legalBasis`,
        `Purpose "${id}" no longer states a legal basis (was ${basisLabel(before!)}): processing needs one (Art. 6(1), 13(1)(c)).`,
        before,
        undefined,
      );
    } else if (before === undefined) {
      this.emit(
        'legal-basis-added',
        `${hp}/legalBasis`,
        `Purpose "${id}" now states its legal basis: ${basisLabel(after)} (Art. 6(1), 13(1)(c)).`,
        undefined,
        after,
      );
    } else if (before === 'consent') {
      const li = after === 'legitimate-interests';
      this.emit(
        'legal-basis-away-from-consent',
        `${hp}/legalBasis`,
        `Legal basis of purpose "${id}" changed from ${basisLabel(before)} to ${basisLabel(after)}: the processing no longer depends on people's consent, which they could withdraw${li ? ', and rests on a balancing test people may object to' : ''} (Art. 6(1)(a), ${li ? '6(1)(f), ' : ''}7(3), 13(1)(c)${li ? ', 21' : ''}).`,
        before,
        after,
      );
    } else if (after === 'legitimate-interests') {
      this.emit(
        'legal-basis-to-legitimate-interests',
        `${hp}/legalBasis`,
        `Legal basis of purpose "${id}" changed from ${basisLabel(before)} to ${basisLabel(after)}: it now rests on a balancing test, the interest must be stated and people may object (Art. 6(1)(f), 13(1)(d), 21).`,
        before,
        after,
      );
    } else {
      this.emit(
        'legal-basis-changed',
        `${hp}/legalBasis`,
        `Legal basis of purpose "${id}" changed from ${basisLabel(before)} to ${basisLabel(after)} (Art. 6(1), 13(1)(c)).`,
        before,
        after,
      );
    }
  }

  private idList(
    b: Purpose,
    h: Purpose,
    bp: string,
    hp: string,
    key: 'dataCategories' | 'recipients' | 'dataSubjects',
  ): void {
    if (sameStrings(b[key], h[key])) return;
    const before = indexValues(b[key]);
    const after = indexValues(h[key]);
    const id = h.id;
    // A recipient this change declares or deletes is one change, which lists its purposes.
    const foldedRecipient = (
      ref: string,
      declaredIn: Map<string, unknown>,
      absentFrom: Map<string, unknown>,
    ) => key === 'recipients' && declaredIn.has(ref) && !absentFrom.has(ref);
    for (const [ref, { index }] of after) {
      if (before.has(ref) || foldedRecipient(ref, this.headRecipients, this.baseRecipients))
        continue;
      const path = `${hp}/${key}/${index}`;
      if (key === 'dataCategories') {
        const category = this.headCategories.get(ref)?.entry;
        if (isSensitive(category)) {
          const what =
            category!.special !== undefined
              ? `a special category (${canonicalSpecial(category!.special)}, ${specialArticle(canonicalSpecial(category!.special)!)})`
              : 'a national identification number (Art. 87)';
          this.emit(
            'purpose-special-category-added',
            path,
            `Purpose "${id}" now uses data category "${ref}", ${what}: it needs an Art. 9(2) condition or a clear justification (Art. 9, 87).`,
            undefined,
            ref,
          );
        } else {
          const note = category === undefined ? ' (not declared)' : '';
          this.emit(
            'purpose-data-category-added',
            path,
            `Purpose "${id}" now uses data category "${ref}"${note} (Art. 5(1)(c)).`,
            undefined,
            ref,
          );
        }
      } else if (key === 'recipients') {
        const recipient = this.headRecipients.get(ref)?.entry;
        if (isThirdCountryRecipient(recipient)) {
          this.emit(
            'purpose-third-country-recipient-added',
            path,
            `Purpose "${id}" now discloses data to recipient "${ref}"${this.countryPhrase(countriesOf(recipient))}: its data now leave the EEA (Art. 13(1)(e), 13(1)(f), 44).`,
            undefined,
            ref,
          );
        } else {
          const where =
            recipient === undefined
              ? ' (not declared)'
              : this.countryPhrase(countriesOf(recipient));
          this.emit(
            'purpose-recipient-added',
            path,
            `Purpose "${id}" now discloses data to recipient "${ref}"${where} (Art. 13(1)(e)).`,
            undefined,
            ref,
          );
        }
      } else {
        this.emit(
          'purpose-data-subject-added',
          path,
          `Purpose "${id}" now covers data subjects "${ref}" (Art. 5(1)(b)).`,
          undefined,
          ref,
        );
      }
    }
    for (const [ref, { index }] of before) {
      if (after.has(ref) || foldedRecipient(ref, this.baseRecipients, this.headRecipients))
        continue;
      const path = `${bp}/${key}/${index}`;
      if (key === 'dataCategories')
        this.emit(
          'purpose-data-category-removed',
          path,
          `Purpose "${id}" no longer uses data category "${ref}" (Art. 5(1)(c)).`,
          ref,
          undefined,
        );
      else if (key === 'recipients')
        this.emit(
          'purpose-recipient-removed',
          path,
          `Purpose "${id}" no longer discloses data to recipient "${ref}" (Art. 13(1)(e)).`,
          ref,
          undefined,
        );
      else
        this.emit(
          'purpose-data-subject-removed',
          path,
          `Purpose "${id}" no longer covers data subjects "${ref}".`,
          ref,
          undefined,
        );
    }
  }

  private retention(
    b: Retention | undefined,
    h: Retention | undefined,
    bp: string,
    hp: string,
    subject: string,
  ): void {
    if (b === h) return;
    const bd =
      typeof b?.duration === 'string' && b.duration.trim() !== '' ? b.duration.trim() : undefined;
    const hd =
      typeof h?.duration === 'string' && h.duration.trim() !== '' ? h.duration.trim() : undefined;
    const bc = hasText(b?.criteria);
    const hc = hasText(h?.criteria);
    const bHas = bd !== undefined || bc;
    const hHas = hd !== undefined || hc;
    if (!bHas && !hHas) return;
    if (!bHas) {
      this.emit(
        'retention-added',
        `${hp}/retention`,
        `${capitalize(subject)} now states its retention: ${hd !== undefined ? durationForPeople(hd) : 'criteria'} (Art. 13(2)(a)).`,
        undefined,
        h,
      );
      return;
    }
    if (!hHas) {
      this.emit(
        'retention-removed',
        `${bp}/retention`,
        `${capitalize(subject)} no longer states how long data are kept (was ${bd !== undefined ? durationForPeople(bd) : 'criteria'}) (Art. 5(1)(e), 13(2)(a)).`,
        b,
        undefined,
      );
      return;
    }
    let modeSwitched = false;
    if (bd !== undefined && hd !== undefined) {
      const order = bd === hd ? 0 : compareDurations(bd, hd);
      if (order === undefined) {
        if (bd !== hd)
          this.emit(
            'retention-changed',
            `${hp}/retention/duration`,
            `Retention of ${subject} changed from ${bd} to ${hd}, which cannot be compared as ISO 8601 durations (Art. 13(2)(a)).`,
            bd,
            hd,
          );
      } else if (order < 0) {
        this.emit(
          'retention-lengthened',
          `${hp}/retention/duration`,
          `Retention of ${subject} lengthened from ${durationForPeople(bd)} to ${durationForPeople(hd)} (Art. 5(1)(e), 13(2)(a)).`,
          bd,
          hd,
        );
      } else if (order > 0) {
        this.emit(
          'retention-shortened',
          `${hp}/retention/duration`,
          `Retention of ${subject} shortened from ${durationForPeople(bd)} to ${durationForPeople(hd)} (Art. 5(1)(e)).`,
          bd,
          hd,
        );
      }
    } else if (bd !== undefined || hd !== undefined) {
      modeSwitched = true;
      const message =
        bd !== undefined
          ? `Retention of ${subject} no longer states a duration (was ${durationForPeople(bd)}) but criteria: confirm they are concrete (Art. 13(2)(a)).`
          : `Retention of ${subject} is now a duration, ${durationForPeople(hd!)}, instead of criteria (Art. 13(2)(a)).`;
      this.emit('retention-changed', `${hp}/retention`, message, b, h);
    }
    if (modeSwitched) return;
    // With a duration on both sides, a new start moves the end of retention; beside criteria it is wording.
    const rows =
      bd !== undefined && hd !== undefined ? RETENTION_FIELDS : RETENTION_CRITERIA_FIELDS;
    this.fields(rows, b ?? {}, h ?? {}, {
      subject,
      base: `${bp}/retention`,
      head: `${hp}/retention`,
    });
  }
}

// ── ordering ─────────────────────────────────────────────────────────────────────────────

const RISK_RANK: Record<ChangeRisk, number> = { high: 0, medium: 1, low: 2 };

const DIGITS = /^\d+$/u;

function comparePaths(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (DIGITS.test(x) && DIGITS.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function sortChanges(changes: Change[]): Change[] {
  const keyed = changes.map((change) => ({ change, tokens: change.path.split('/') }));
  keyed.sort(
    (a, b) =>
      RISK_RANK[a.change.risk] - RISK_RANK[b.change.risk] ||
      comparePaths(a.tokens, b.tokens) ||
      (a.change.kind < b.change.kind ? -1 : a.change.kind > b.change.kind ? 1 : 0) ||
      (a.change.message < b.change.message ? -1 : a.change.message > b.change.message ? 1 : 0),
  );
  return keyed.map((k) => k.change);
}
