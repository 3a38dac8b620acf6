import {
  art9ConditionOf,
  isOutsideEea,
  rightById,
  type Declaration,
  type Purpose,
  type Text,
} from '@privacyspec/schema';
import { run, safeHref, type Block, type Inline, type NoticeDocument } from './document.js';
import { writeHtml } from './html.js';
import { noticeLanguageOf, type NoticeLanguage } from './i18n/index.js';
import { writeMarkdown } from './markdown.js';
import { asList, sourceList } from './lists.js';
import { dateInWords, fill } from './words.js';
import { capitalise, Wording } from './wording.js';

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
  return (
    (declaration.language !== undefined ? noticeLanguageOf(declaration.language) : undefined) ??
    'en'
  );
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

class NoticeBuilder extends Wording {
  private readonly blocks: Block[] = [];

  build(): NoticeDocument {
    const d = this.declaration;
    const controllerName = this.text.run(d.controller.name);
    if (d.updated !== undefined)
      this.paragraph([run(fill(this.t.updated, { date: dateInWords(d.updated, this.lang) }))]);
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
      title:
        controllerName === undefined
          ? [run(this.t.title)]
          : [run(`${this.t.title}: `), controllerName],
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
    this.contactFields(controller, [
      ['registrationNumber', controller.registrationNumber],
      ['website', controller.url],
    ]);
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
      add(this.t.specialCondition, [
        run(
          condition
            ? fill(this.t.articleCitation, { article: condition.citation })
            : purpose.specialCategoryCondition,
        ),
      ]);
    }
    add(
      this.t.personalData,
      this.joined(asList(purpose.dataCategories).map((id) => this.categoryName(id))),
    );
    add(
      this.t.dataSubjects,
      this.joined(
        asList(purpose.dataSubjects).map((id) => this.entryName(this.declaration.dataSubjects, id)),
      ),
    );
    add(
      this.t.recipients,
      this.joined(
        asList(purpose.recipients).map((id) => this.entryName(this.declaration.recipients, id)),
      ),
    );
    add(this.t.retention, this.retentionWords(purpose.retention));
    add(
      this.t.deviceAccess,
      this.joined(asList(purpose.deviceAccess).map((kind) => [run(this.t.device[kind])])),
    );
    if (purpose.provision !== undefined) {
      const { obligation, consequences } = purpose.provision;
      add(
        this.t.provision,
        obligation !== undefined ? [run(this.t.obligation[obligation])] : undefined,
      );
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
      if (category.special !== undefined)
        fields.push([
          this.t.kind,
          [
            run(
              category.special === 'criminal-offences'
                ? this.t.criminalData
                : this.t.specialCategory,
            ),
          ],
        ]);
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
      if (recipient.role !== undefined)
        fields.push([this.t.role, [run(this.t.roles[recipient.role])]]);
      const locations = this.locations(recipient);
      if (locations.length > 0) fields.push([this.t.location, locations]);
      if (fields.length > 0) this.blocks.push({ kind: 'fields', fields });
    }
  }

  private transfers(): void {
    const transferred = (this.declaration.recipients ?? []).filter(
      (recipient) =>
        recipient.transfer !== undefined ||
        asList(recipient.country).some((entry) => isOutsideEea(entry)),
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
        if (transfer.copyAt !== undefined)
          fields.push([this.t.copyAt, [this.link(transfer.copyAt)]]);
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
          const name = capitalise(this.t.rightNames[right]);
          return [
            run(
              article !== undefined
                ? `${name} (${fill(this.t.articleCitation, { article })})`
                : name,
            ),
          ];
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
    this.paragraph([
      run(`${this.t.complaintText} `),
      href !== undefined ? { ...name, href } : name,
    ]);
  }

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
