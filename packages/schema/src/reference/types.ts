// Shared types for the GDPR reference data.
// Every fact in this folder comes from a row of the legal reference, docs/legal-reference/
// (cited as gdpr-reference.md#<row ID>), as of 2026-11-23 unless the row says otherwise.

/**
 * Where a record comes from in the legal reference (docs/legal-reference/).
 *
 * `row` is the row ID of the table row (e.g. `'ADQ-JP'`). A few tables and paragraphs of the
 * reference have no row IDs (§0 conventions, §2.3 rights-per-basis table, the unspecified
 * `derogation` in §5.4, the anchor list in §7.1); records from those cite the section as
 * `'§2.3'` etc. until the reference gives them row IDs.
 *
 * `status` is the row's St column: V = checked against the primary/official source (may back
 * an `error`), S = secondary sources only (may back a `warning`), U = unverified (neither).
 */
export interface SourceRef {
  readonly row: string;
  readonly status: 'V' | 'S' | 'U';
}

export type SourceStatus = SourceRef['status'];

// gdpr-reference.md#LB-consent … #LB-legitimate-interests, as of 2026-11-23
export type LegalBasisId =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests';

/** Letter of Art. 6(1). */
export type Art6Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

// gdpr-reference.md#R-access … #R-complaint, as of 2026-11-23
export type RightId =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'object'
  | 'automated-decision'
  | 'withdraw-consent'
  | 'complaint';

// gdpr-reference.md#SC-racial-ethnic-origin … #SC-sex-life-orientation, as of 2026-11-23
/** The eight Art. 9(1) categories under their canonical identifiers. */
export type CanonicalSpecialCategoryId =
  | 'racial-ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'trade-union-membership'
  | 'genetic'
  | 'biometric'
  | 'health'
  | 'sex-life-orientation';

/** Art. 9(1) identifiers accepted in `dataCategories[].special`, incl. the alias (SC-religious-beliefs). */
export type SpecialCategoryId = CanonicalSpecialCategoryId | 'religious-philosophical-beliefs';

// gdpr-reference.md#SC-criminal-offences, as of 2026-11-23
/** Art. 10 data: not an Art. 9 category, but accepted in the same `special` field. */
export type CriminalOffenceId = 'criminal-offences';

/** Letter of Art. 9(2). */
export type Art9Letter = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

// gdpr-reference.md#C9-a … #C9-j, as of 2026-11-23
export type Art9ConditionId =
  | 'explicit-consent'
  | 'employment-social-security'
  | 'vital-interests'
  | 'not-for-profit-body'
  | 'made-public'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-social-care'
  | 'public-health'
  | 'archiving-research-statistics';

// gdpr-reference.md §5.4 (SG-*, DER-*, `derogation`) and #INV-SAFE-HARBOR, #INV-PRIVACY-SHIELD, as of 2026-11-23
export type MechanismId =
  | 'adequacy'
  | 'dpf'
  | 'scc'
  | 'sa-scc'
  | 'bcr'
  | 'code-of-conduct'
  | 'certification'
  | 'ad-hoc-clauses'
  | 'public-authority-instrument'
  | 'public-authority-arrangement'
  | 'explicit-consent'
  | 'contract-performance'
  | 'contract-in-interest'
  | 'public-interest'
  | 'legal-claims'
  | 'vital-interests'
  | 'public-register'
  | 'compelling-legitimate-interest'
  | 'derogation'
  | 'privacy-shield'
  | 'safe-harbor';

// gdpr-reference.md#VAG-sv … #VAG-nl, as of 2026-11-23
export type LanguageCode = 'sv' | 'en' | 'nb' | 'da' | 'de' | 'fr' | 'nl';

// gdpr-reference.md#VAG-sv … #VAG-nl and the VAG-* rows proposed for the other languages, as of 2026-11-23
/**
 * The languages a notice may be written in: the 24 official EU languages, Norwegian (`nb`;
 * Nynorsk `nn` and the macro tag `no` are read with it) and Icelandic.
 */
export type EeaLanguageCode =
  | 'bg'
  | 'cs'
  | 'da'
  | 'de'
  | 'el'
  | 'en'
  | 'es'
  | 'et'
  | 'fi'
  | 'fr'
  | 'ga'
  | 'hr'
  | 'hu'
  | 'it'
  | 'lt'
  | 'lv'
  | 'mt'
  | 'nl'
  | 'pl'
  | 'pt'
  | 'ro'
  | 'sk'
  | 'sl'
  | 'sv'
  | 'nb'
  | 'is';
