import {
  legalBasisById,
  mechanismById,
  type DataSource,
  type Declaration,
  type Mechanism,
  type Purpose,
  type Recipient,
  type Retention,
  type Text,
} from '@privacyspec/schema';
import { TextPicker } from './declaration-text.js';
import { run, safeHref, type Inline, type TextRun } from './document.js';
import { PHRASES, type MechanismPhrase, type NoticeLanguage, type Phrases } from './i18n/index.js';
import { asList } from './lists.js';
import { durationInWords, fill, locationInWords } from './words.js';

/**
 * How a declaration's values read in one language: legal bases, retention, transfer mechanisms,
 * sources, locations and entry names. The notice and the Art. 30 record say things the same way.
 */
export class Wording {
  readonly t: Phrases;
  readonly text: TextPicker;

  constructor(
    readonly declaration: Declaration,
    readonly lang: NoticeLanguage,
  ) {
    this.t = PHRASES[lang];
    this.text = new TextPicker(lang, declaration.language);
  }

  basisWords(purpose: Purpose): Inline {
    if (purpose.legalBasis === undefined) return [];
    const info = legalBasisById(purpose.legalBasis);
    const words = this.t.basis[purpose.legalBasis];
    return [
      run(
        info
          ? `${capitalise(words)} (${fill(this.t.articleCitation, { article: info.article })})`
          : capitalise(words),
      ),
    ];
  }

  retentionWords(retention: Retention | undefined): Inline {
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

  mechanismWords(id: Mechanism): string {
    const info = mechanismById(id);
    if (info === undefined) return id;
    if (info.kind === 'invalid')
      return `${id === 'privacy-shield' ? 'EU–U.S. Privacy Shield' : 'Safe Harbor'} (${info.provision})`;
    const phrase: MechanismPhrase =
      info.kind === 'derogation' ? 'derogation' : (id as MechanismPhrase);
    return `${this.t.mechanisms[phrase]} (${fill(this.t.articleCitation, { article: info.provision })})`;
  }

  sourceWords(source: DataSource): Inline {
    if (source === 'data-subject') return [run(this.t.sourceDataSubject)];
    if (source === 'public') return [run(this.t.sourcePublic)];
    const who = this.text.run(source.thirdParty)!;
    if (source.public === undefined) return [who];
    return [
      who,
      run(` (${source.public ? this.t.publiclyAccessible : this.t.notPubliclyAccessible})`),
    ];
  }

  locations(recipient: Recipient): Inline {
    return this.joined(
      asList(recipient.country).map((entry) => [run(locationInWords(entry, this.lang, this.t))]),
    );
  }

  purposeName(purpose: Purpose): TextRun {
    return this.nameOf(purpose.name, purpose.id);
  }

  categoryName(id: string): Inline {
    return this.entryName(this.declaration.dataCategories, id);
  }

  entryName(entries: ReadonlyArray<{ id: string; name?: Text }> | undefined, id: string): Inline {
    const entry = entries?.find((candidate) => candidate.id === id);
    return [this.nameOf(entry?.name, id)];
  }

  /** An entry's name; its id when it has none (the id is what the declaration calls it then). */
  nameOf(name: Text | undefined, id: string): TextRun {
    return this.text.run(name) ?? run(id);
  }

  link(target: string): TextRun {
    const href =
      safeHref(target) ??
      (/^[^\s@<>"']+@[^\s@<>"']+$/.test(target) ? `mailto:${target}` : undefined);
    return href === undefined ? run(target) : { text: target.replace(/^mailto:/i, ''), href };
  }

  joined(items: readonly Inline[]): Inline {
    return items.flatMap((item, i) => (i === 0 ? [...item] : [run(', '), ...item]));
  }

  textInline(text: Text | undefined): Inline | undefined {
    const chosen = this.text.run(text);
    return chosen === undefined ? undefined : [chosen];
  }
}

/** An inline run list as plain text (for CSV and XLSX cells). */
export function plainText(content: Inline): string {
  return content.map((part) => part.text).join('');
}

/** The phrase as the start of a sentence or list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
