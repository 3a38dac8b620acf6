import {
  art9ConditionOf,
  isOutsideEea,
  legalBasisById,
  mechanismById,
  rightById,
  type DataSource,
  type Declaration,
  type Mechanism,
  type Purpose,
  type Recipient,
  type Retention,
  type Text,
} from '@privacyspec/schema';
import { TextPicker } from './declaration-text.js';
import { run, safeHref, type Block, type Inline, type NoticeDocument, type TextRun } from './document.js';
import { writeHtml } from './html.js';
import { noticeLanguageOf, PHRASES, type MechanismPhrase, type NoticeLanguage, type Phrases } from './i18n/index.js';
import { writeMarkdown } from './markdown.js';
import { asList, sourceList } from './sources.js';
import { dateInWords, durationInWords, fill, locationInWords } from './words.js';

export interface RenderNoticeOptions {
  format: 'html' | 'markdown';
  /** The notice's language (sv, en, de, fr, nl, da, nb, fi, es, it, pl); default: the declaration's `language`, else en. */
  lang?: string;
}

/** The language a notice is rendered in: the one asked for, else the declaration's, else English. */
export function noticeLanguage(declaration: Declaration, lang?: string): NoticeLanguage {
  if (lang !== undefined) {
    const chosen = noticeLanguageOf(lang);
    if (chosen === undefined) throw new RangeError(`No notice phrases for the language "${lang}".`);
    return chosen;
  }
  return (declaration.language !== undefined ? noticeLanguageOf(declaration.language) : undefined) ?? 'en';
}

/**
 * The Art. 13/14 privacy notice a declaration holds, as a static HTML page or Markdown, layered
 * as WP260 recommends: a summary table, then a section per topic. Only what the declaration
 * says is rendered: a field it leaves out leaves its sentence out.
 */
export function renderNotice(declaration: Declaration, options: RenderNoticeOptions): string {
  const document = buildNotice(declaration, noticeLanguage(declaration, options.lang));
  return options.format === 'html' ? writeHtml(document) : writeMarkdown(document);
}

/** The stable fragment id of a purpose's section. */
export const purposeAnchor = (id: string): string => `purpose-${id}`;

export function buildNotice(declaration: Declaration, lang: NoticeLanguage): NoticeDocument {
  return new NoticeBuilder(declaration, lang).build();
}

class NoticeBuilder {
  private readonly t: Phrases;
  private readonly text: TextPicker;
  private readonly blocks: Block[] = [];

  constructor(
    private readonly declaration: Declaration,
    private readonly lang: NoticeLanguage,
  ) {
    this.t = PHRASES[lang];
    this.text = new TextPicker(lang, declaration.language);
  }

  build(): NoticeDocument {
    const d = this.declaration;
    const controllerName = this.text.run(d.controller.name);
    if (d.updated !== undefined) this.paragraph([run(fill(this.t.updated, { date: dateInWords(d.updated, this.lang) }))]);
    this.summary();
    this.controller();
    this.purposes();
    this.categories();
    this.recipients();
    this.transfers();
    this.rights();
    this.complaint();
    return {
      lang: this.lang,
      title: controllerName === undefined ? [run(this.t.title)] : [run(`${this.t.title}: `), controllerName],
      blocks: this.blocks,
    };
  }

  // --- sections -------------------------------------------------------------------------

  private summary(): void {
    const purposes = this.declaration.purposes;
    if (purposes.length === 0) return;
    this.heading(2, [run(this.t.summary)], 'summary');
    this.blocks.push({
      kind: 'table',
      caption: this.t.summaryCaption,
      head: [this.t.purpose, this.t.legalBasis, this.t.personalData, this.t.retention],
      rows: purposes.map((purpose) => [
        [{ ...this.purposeName(purpose), href: `#${purposeAnchor(purpose.id)}` }],
        this.basisWords(purpose),
        this.joined(asList(purpose.dataCategories).map((id) => this.categoryName(id))),
        this.retentionWords(purpose.retention),
      ]),
    });
  }

  private controller(): void {
    const { controller, dpo, representative } = this.declaration;
    this.heading(2, [run(this.t.controller)], 'controller');
    this.contactFields(controller, [['registrationNumber', controller.registrationNumber], ['website', controller.url]]);
    if (dpo !== undefined) {
      this.heading(3, [run(this.t.dpo)], 'dpo');
      this.contactFields(dpo, []);
    }
    if (representative !== undefined && representative !== null) {
      this.heading(3, [run(this.t.representative)], 'representative');
      this.contactFields(representative, []);
    }
  }

  private purposes(): void {
    const purposes = this.declaration.purposes;
    if (purposes.length === 0) return;
    this.heading(2, [run(this.t.purposes)], 'purposes');
    for (const purpose of purposes) this.purpose(purpose);
  }

  private purpose(purpose: Purpose): void {
    this.heading(3, [this.purposeName(purpose)], purposeAnchor(purpose.id));
    this.textParagraph(purpose.description);
    const fields: Array<[string, Inline]> = [];
    const add = (label: string, value: Inline | undefined) => {
      if (value !== undefined && value.length > 0) fields.push([label, value]);
    };
    add(this.t.legalBasis, this.basisWords(purpose));
    add(this.t.legitimateInterest, this.textInline(purpose.legitimateInterest));
    add(this.t.legalObligation, this.textInline(purpose.legalObligation));
    if (purpose.specialCategoryCondition !== undefined) {
      const condition = art9ConditionOf(purpose.specialCategoryCondition);
      add(this.t.specialCondition, [run(condition ? fill(this.t.articleCitation, { article: condition.citation }) : purpose.specialCategoryCondition)]);
    }
    add(this.t.personalData, this.joined(asList(purpose.dataCategories).map((id) => this.categoryName(id))));
    add(this.t.dataSubjects, this.joined(asList(purpose.dataSubjects).map((id) => this.entryName(this.declaration.dataSubjects, id))));
    add(this.t.recipients, this.joined(asList(purpose.recipients).map((id) => this.entryName(this.declaration.recipients, id))));
    add(this.t.retention, this.retentionWords(purpose.retention));
    add(this.t.deviceAccess, this.joined(asList(purpose.deviceAccess).map((kind) => [run(this.t.device[kind])])));
    if (purpose.provision !== undefined) {
      const { obligation, consequences } = purpose.provision;
      add(this.t.provision, obligation !== undefined ? [run(this.t.obligation[obligation])] : undefined);
      add(this.t.consequences, this.textInline(consequences));
    }
    if (purpose.automatedDecision !== undefined) {
      const { decision, logic, significance } = purpose.automatedDecision;
      add(this.t.automatedDecision, this.textInline(decision));
      add(this.t.logic, this.textInline(logic));
      add(this.t.significance, this.textInline(significance));
    }
    if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
    if (purpose.legalBasis === 'consent') this.paragraph([run(this.t.withdrawConsent)]);
  }

  private categories(): void {
    const categories = this.declaration.dataCategories ?? [];
    if (categories.length === 0) return;
    this.heading(2, [run(this.t.categories)], 'personal-data');
    for (const category of categories) {
      this.heading(3, [this.nameOf(category.name, category.id)], `data-${category.id}`);
      const fields: Array<[string, Inline]> = [];
      const description = this.textInline(category.description);
      if (description) fields.push([this.t.description, description]);
      const examples = (category.examples ?? []).map((example) => this.textInline(example)!);
      if (examples.length > 0) fields.push([this.t.examples, this.joined(examples)]);
      const sources = sourceList(category).map((source) => this.sourceWords(source));
      if (sources.length > 0) fields.push([this.t.source, this.joined(sources)]);
      if (category.special !== undefined) fields.push([this.t.kind, [run(category.special === 'criminal-offences' ? this.t.criminalData : this.t.specialCategory)]]);
      if (category.nationalId === true) fields.push([this.t.kind, [run(this.t.nationalId)]]);
      const justification = this.textInline(category.justification);
      if (justification) fields.push([this.t.justification, justification]);
      if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
    }
  }

  private recipients(): void {
    const recipients = this.declaration.recipients ?? [];
    if (recipients.length === 0) return;
    this.heading(2, [run(this.t.recipients)], 'recipients');
    for (const recipient of recipients) {
      this.heading(3, [this.nameOf(recipient.name, recipient.id)], `recipient-${recipient.id}`);
      const fields: Array<[string, Inline]> = [];
      const description = this.textInline(recipient.description);
      if (description) fields.push([this.t.description, description]);
      if (recipient.role !== undefined) fields.push([this.t.role, [run(this.t.roles[recipient.role])]]);
      const locations = this.locations(recipient);
      if (locations.length > 0) fields.push([this.t.location, locations]);
      if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
    }
  }

  private transfers(): void {
    const transferred = (this.declaration.recipients ?? []).filter(
      (recipient) => recipient.transfer !== undefined || asList(recipient.country).some((entry) => isOutsideEea(entry)),
    );
    if (transferred.length === 0) return;
    this.heading(2, [run(this.t.transfers)], 'transfers');
    for (const recipient of transferred) {
      this.heading(3, [this.nameOf(recipient.name, recipient.id)], `transfer-${recipient.id}`);
      const fields: Array<[string, Inline]> = [];
      const locations = this.locations(recipient);
      if (locations.length > 0) fields.push([this.t.location, locations]);
      const transfer = recipient.transfer;
      if (transfer !== undefined) {
        const mechanisms = asList(transfer.mechanism).map((id) => [run(this.mechanismWords(id))]);
        if (mechanisms.length > 0) fields.push([this.t.safeguard, this.joined(mechanisms)]);
        if (transfer.copyAt !== undefined) fields.push([this.t.copyAt, [this.link(transfer.copyAt)]]);
        const description = this.textInline(transfer.description);
        if (description) fields.push([this.t.description, description]);
      }
      if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
    }
  }

  private rights(): void {
    const { rights = [], rightsExercise, purposes } = this.declaration;
    const consent = purposes.some((purpose) => purpose.legalBasis === 'consent');
    if (rights.length === 0 && rightsExercise === undefined && !consent) return;
    this.heading(2, [run(this.t.rights)], 'rights');
    if (rights.length > 0) {
      this.blocks.push({
        kind: 'list',
        items: rights.map((right) => {
          const article = rightById(right)?.article;
          return [run(article !== undefined ? `${this.t.rightNames[right]} (${fill(this.t.articleCitation, { article })})` : this.t.rightNames[right])];
        }),
      });
    }
    if (consent) this.paragraph([run(this.t.withdrawConsent)]);
    if (rightsExercise !== undefined) {
      this.heading(3, [run(this.t.rightsExercise)], 'exercise-rights');
      this.textParagraph(rightsExercise);
    }
  }

  private complaint(): void {
    const authority = this.declaration.supervisoryAuthority;
    if (authority === undefined) return;
    this.heading(2, [run(this.t.complaint)], 'complaint');
    const name = this.text.run(authority.name)!;
    const href = authority.url !== undefined ? safeHref(authority.url) : undefined;
    this.paragraph([run(`${this.t.complaintText} `), href !== undefined ? { ...name, href } : name]);
  }

  // --- pieces ---------------------------------------------------------------------------

  private contactFields(
    party: { name?: Text; address?: Text; email?: string; phone?: string },
    extra: ReadonlyArray<readonly ['registrationNumber' | 'website', string | undefined]>,
  ): void {
    const fields: Array<[string, Inline]> = [];
    const name = this.textInline(party.name);
    if (name) fields.push([this.t.name, name]);
    const registration = extra.find(([key]) => key === 'registrationNumber')?.[1];
    if (registration !== undefined) fields.push([this.t.registrationNumber, [run(registration)]]);
    const address = this.textInline(party.address);
    if (address) fields.push([this.t.address, address]);
    if (party.email !== undefined) fields.push([this.t.email, [this.link(party.email)]]);
    if (party.phone !== undefined) fields.push([this.t.phone, [run(party.phone)]]);
    const website = extra.find(([key]) => key === 'website')?.[1];
    if (website !== undefined) fields.push([this.t.website, [this.link(website)]]);
    if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
  }

  private basisWords(purpose: Purpose): Inline {
    if (purpose.legalBasis === undefined) return [];
    const info = legalBasisById(purpose.legalBasis);
    const words = this.t.basis[purpose.legalBasis];
    return [run(info ? `${capitalise(words)} (${fill(this.t.articleCitation, { article: info.article })})` : capitalise(words))];
  }

  private retentionWords(retention: Retention | undefined): Inline {
    if (retention === undefined) return [];
    const parts: Inline[] = [];
    const from = this.text.run(retention.from);
    if (retention.duration !== undefined) {
      const duration = durationInWords(retention.duration, this.lang);
      if (from === undefined) parts.push([run(duration)]);
      else {
        // The phrase puts the duration and the event in the language's order.
        const [before, after = ''] = fill(this.t.retentionFrom, { duration }).split('{from}');
        parts.push([run(before ?? ''), from, run(after)].filter((part) => part.text !== ''));
      }
    } else if (from !== undefined) parts.push([from]);
    const criteria = this.text.run(retention.criteria);
    if (criteria !== undefined) parts.push([criteria]);
    return parts.flatMap((part, i) => (i === 0 ? part : [run('; '), ...part]));
  }

  private mechanismWords(id: Mechanism): string {
    const info = mechanismById(id);
    if (info === undefined) return id;
    if (info.kind === 'invalid') return `${id === 'privacy-shield' ? 'EU–U.S. Privacy Shield' : 'Safe Harbor'} (${info.provision})`;
    const phrase: MechanismPhrase = info.kind === 'derogation' ? 'derogation' : (id as MechanismPhrase);
    return `${this.t.mechanisms[phrase]} (${fill(this.t.articleCitation, { article: info.provision })})`;
  }

  private sourceWords(source: DataSource): Inline {
    if (source === 'data-subject') return [run(this.t.sourceDataSubject)];
    if (source === 'public') return [run(this.t.sourcePublic)];
    const who = this.text.run(source.thirdParty)!;
    if (source.public === undefined) return [who];
    return [who, run(` (${source.public ? this.t.publiclyAccessible : this.t.notPubliclyAccessible})`)];
  }

  private locations(recipient: Recipient): Inline {
    return this.joined(asList(recipient.country).map((entry) => [run(locationInWords(entry, this.lang, this.t))]));
  }

  private purposeName(purpose: Purpose): TextRun {
    return this.nameOf(purpose.name, purpose.id);
  }

  private categoryName(id: string): Inline {
    return this.entryName(this.declaration.dataCategories, id);
  }

  private entryName(entries: ReadonlyArray<{ id: string; name?: Text }> | undefined, id: string): Inline {
    const entry = entries?.find((candidate) => candidate.id === id);
    return [this.nameOf(entry?.name, id)];
  }

  /** An entry's name; its id when it has none (the id is what the declaration calls it then). */
  private nameOf(name: Text | undefined, id: string): TextRun {
    return this.text.run(name) ?? run(id);
  }

  private link(target: string): TextRun {
    const href = safeHref(target) ?? (/^[^\s@<>"']+@[^\s@<>"']+$/.test(target) ? `mailto:${target}` : undefined);
    return href === undefined ? run(target) : { text: target.replace(/^mailto:/i, ''), href };
  }

  private joined(items: readonly Inline[]): Inline {
    return items.flatMap((item, i) => (i === 0 ? [...item] : [run(', '), ...item]));
  }

  private textInline(text: Text | undefined): Inline | undefined {
    const chosen = this.text.run(text);
    return chosen === undefined ? undefined : [chosen];
  }

  private textParagraph(text: Text | undefined): void {
    const chosen = this.text.run(text);
    if (chosen !== undefined) this.paragraph([chosen]);
  }

  private heading(level: 2 | 3, content: Inline, id: string): void {
    this.blocks.push({ kind: 'heading', level, content, id });
  }

  private paragraph(content: Inline): void {
    this.blocks.push({ kind: 'paragraph', content });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
