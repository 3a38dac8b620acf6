// GDPR reference data for PrivacySpec. Every fact comes from a row of docs/legal-reference/;
// each record carries `source` (row ID and status) and a `// gdpr-reference.md#<row ID>` comment.

/** The "as of" date of gdpr-reference.md that this data was copied from. */
export const referenceDataAsOf = '2026-11-23';

export * from './types.js';
export * from './bases.js';
// gdpr-reference.md §2.2 (citation normalisation for `article`): the reader for every EEA language.
export {
  CITATION_STYLES_SOURCE,
  formatGdprPointCitation,
  parseGdprParagraphCitation,
  parseGdprPointCitation,
  type GdprPointCitation,
} from './citations.js';
export * from './rights.js';
export * from './special-categories.js';
export * from './eea.js';
export * from './adequacy.js';
export * from './authority-phrases.js';
export * from './mechanisms.js';
export * from './authorities.js';
export * from './retention-phrases.js';
export * from './sources.js';
export * from './national-ids.js';
export * from './regions.js';
// Latin letters and digits without the Unicode classes, for other packages' fast paths.
export { isLatinDigit, isLatinLetter } from './words.js';
