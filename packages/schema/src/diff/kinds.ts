/**
 * The kinds of change `diff()` reports, each with one fixed risk. The set is stable: a kind is
 * never renamed or given another risk without a major version; new kinds may be added.
 * docs/diff-kinds.md explains each risk.
 */

export type ChangeRisk = 'high' | 'medium' | 'low';

export interface ChangeKindInfo {
  readonly kind: string;
  readonly risk: ChangeRisk;
  /** When the kind is reported, and the article that makes it matter. */
  readonly description: string;
}

export const CHANGE_KINDS = [
  // ── high: more or riskier processing, or less protection ────────────────────────────────
  {
    kind: 'purpose-added',
    risk: 'high',
    description:
      'A new purpose: new processing that needs its own legal basis, retention and notice (Art. 5(1)(b), 13(1)(c)).',
  },
  {
    kind: 'declaration-removed',
    risk: 'high',
    description:
      'The declaration itself is deleted (or no longer found where it was): every purpose, recipient and right it told people about goes with it (Art. 12(1), 13, 14).',
  },
  {
    kind: 'special-category-added',
    risk: 'high',
    description:
      'A new data category that is an Art. 9(1) special category (or Art. 10 criminal-offence data): prohibited unless an Art. 9(2) condition applies (Art. 9, 10).',
  },
  {
    kind: 'national-id-added',
    risk: 'high',
    description:
      'A new data category that is a national identification number (personnummer): only when clearly justified (Art. 87; dataskyddslagen (2018:218) 3 kap. 10 §).',
  },
  {
    kind: 'special-category-set',
    risk: 'high',
    description:
      'An existing data category becomes a special category, or another one (Art. 9(1), 9(2)).',
  },
  {
    kind: 'national-id-set',
    risk: 'high',
    description:
      'An existing data category becomes a national identification number (Art. 87; dataskyddslagen 3 kap. 10 §).',
  },
  {
    kind: 'purpose-special-category-added',
    risk: 'high',
    description:
      'An existing purpose starts using a special-category or national-id data category (Art. 9(1), 9(2), 87).',
  },
  {
    kind: 'third-country-recipient-added',
    risk: 'high',
    description:
      'A new recipient outside the EEA (a non-EEA country code, or non-EEA): a third-country transfer (Art. 13(1)(f), 44–49).',
  },
  {
    kind: 'recipient-third-country-added',
    risk: 'high',
    description:
      'An existing recipient gets a country outside the EEA: a new third-country transfer (Art. 13(1)(f), 44–49).',
  },
  {
    kind: 'purpose-third-country-recipient-added',
    risk: 'high',
    description:
      "An existing purpose starts disclosing to a recipient outside the EEA: the purpose's data now leave the EEA (Art. 13(1)(e), 13(1)(f), 44).",
  },
  {
    kind: 'transfer-mechanism-removed',
    risk: 'high',
    description: 'A recipient had a transfer mechanism and now has none (Art. 13(1)(f), 44, 46).',
  },
  {
    kind: 'transfer-mechanism-weakened',
    risk: 'high',
    description:
      "The strongest of a recipient's transfer mechanisms is of a weaker kind: adequacy (Art. 45) or an Art. 46/47 safeguard > an Art. 49 derogation > an invalid one (privacy-shield, safe-harbor) (Art. 44–49).",
  },
  {
    kind: 'legal-basis-away-from-consent',
    risk: 'high',
    description:
      'A purpose changes its legal basis from consent to another: people lose the say and the right to withdraw they were given (Art. 6(1)(a), 7(3), 13(1)(c)).',
  },
  {
    kind: 'legal-basis-to-legitimate-interests',
    risk: 'high',
    description:
      'A purpose changes its legal basis (not from consent) to legitimate interests: it then rests on a balancing test of its own (Art. 6(1)(f), 13(1)(d), 21).',
  },
  {
    kind: 'legal-basis-removed',
    risk: 'high',
    description: 'A purpose no longer states a legal basis (Art. 6(1), 13(1)(c)).',
  },
  {
    kind: 'retention-lengthened',
    risk: 'high',
    description:
      'A retention duration gets longer, compared as ISO 8601 durations (P1Y = P12M = P365D) (Art. 5(1)(e), 13(2)(a)).',
  },
  {
    kind: 'retention-removed',
    risk: 'high',
    description:
      'A purpose no longer states any retention, neither a duration nor criteria (Art. 5(1)(e), 13(2)(a)).',
  },
  {
    kind: 'right-removed',
    risk: 'high',
    description: 'A data-subject right is no longer listed (Art. 13(2)(b)–(d), 15–22, 77).',
  },
  {
    kind: 'controller-changed',
    risk: 'high',
    description:
      "The controller's identity changes: its name (a language version present on both sides, or the whole name), registration number or country (Art. 13(1)(a), 4(7)).",
  },
  {
    kind: 'complaint-authority-changed',
    risk: 'high',
    description:
      'The supervisory authority people can complain to changes: its name, address (url) or country (Art. 13(2)(d), 77).',
  },
  {
    kind: 'complaint-authority-removed',
    risk: 'high',
    description: 'The supervisory authority is no longer named (Art. 13(2)(d), 77).',
  },
  // ── medium: more data or recipients inside the EEA, changed grounds and criteria ────────
  {
    kind: 'data-category-added',
    risk: 'medium',
    description: 'A new data category, neither special nor a national id (Art. 5(1)(c), 14(1)(d)).',
  },
  {
    kind: 'recipient-added',
    risk: 'medium',
    description:
      'A new recipient inside the EEA, or one whose country is not stated (Art. 13(1)(e)).',
  },
  {
    kind: 'recipient-country-added',
    risk: 'medium',
    description:
      'An existing recipient gets another country inside the EEA (or EEA) (Art. 13(1)(e)).',
  },
  {
    kind: 'data-subject-added',
    risk: 'medium',
    description: 'A new group of data subjects (Art. 13, 14).',
  },
  {
    kind: 'purpose-data-category-added',
    risk: 'medium',
    description:
      'An existing purpose starts using another data category, neither special nor a national id (Art. 5(1)(c)).',
  },
  {
    kind: 'purpose-recipient-added',
    risk: 'medium',
    description:
      'An existing purpose starts disclosing to a recipient inside the EEA, or one whose country is not stated (Art. 13(1)(e)).',
  },
  {
    kind: 'purpose-data-subject-added',
    risk: 'medium',
    description:
      'An existing purpose starts covering another group of data subjects (Art. 5(1)(b)).',
  },
  {
    kind: 'purpose-removed',
    risk: 'medium',
    description:
      'A purpose is no longer declared: right only if the processing has stopped and its data are erased or kept on another basis (Art. 5(1)(b), 5(1)(e), 17(1)(a)).',
  },
  {
    kind: 'legal-basis-changed',
    risk: 'medium',
    description:
      'A purpose changes its legal basis, neither away from consent nor to legitimate interests (Art. 6(1), 13(1)(c)).',
  },
  {
    kind: 'special-category-condition-changed',
    risk: 'medium',
    description:
      'The Art. 9(2) condition a purpose relies on is added, removed or changed (Art. 9(2)).',
  },
  {
    kind: 'retention-changed',
    risk: 'medium',
    description:
      'Retention switches between a duration and criteria, or a duration that cannot be compared changes (Art. 13(2)(a)).',
  },
  {
    kind: 'retention-criteria-changed',
    risk: 'medium',
    description:
      'The retention criteria are reworded, added or removed beside a duration (Art. 13(2)(a)).',
  },
  {
    kind: 'retention-start-changed',
    risk: 'medium',
    description:
      'The event a retention duration is counted from (from) changes, which moves the end of retention (Art. 5(1)(e), 13(2)(a)).',
  },
  {
    kind: 'special-category-cleared',
    risk: 'medium',
    description:
      'A data category is no longer marked as a special category: the Art. 9(2) checks stop applying, so confirm the data really are not special (Art. 9(1)).',
  },
  {
    kind: 'national-id-cleared',
    risk: 'medium',
    description:
      'A data category is no longer marked as a national identification number: confirm it really holds none (Art. 87).',
  },
  {
    kind: 'data-source-changed',
    risk: 'medium',
    description:
      'Where a data category comes from changes (the person, public sources, a third party) (Art. 13, 14(2)(f)).',
  },
  {
    kind: 'device-access-added',
    risk: 'high',
    description:
      "A purpose now stores or reads information on the user's device for preferences, analytics, advertising or another purpose that is not strictly necessary: it needs prior consent (ePrivacy Directive Art. 5(3)).",
  },
  {
    kind: 'provision-changed',
    risk: 'medium',
    description:
      'Whether people must provide the data changes (statutory, contractual, needed to enter the contract, voluntary) (Art. 13(2)(e)).',
  },
  {
    kind: 'recipient-role-changed',
    risk: 'medium',
    description:
      "A recipient's role changes (processor, controller, joint controller, public authority): who is responsible for the data changes (Art. 4(7), 4(8), 26, 28).",
  },
  {
    kind: 'transfer-mechanism-changed',
    risk: 'medium',
    description:
      "A recipient's transfer mechanisms change without getting weaker or stronger (scc → bcr, [scc, bcr] → [scc]) (Art. 13(1)(f), 46).",
  },
  {
    kind: 'automated-decision-added',
    risk: 'medium',
    description:
      'A purpose starts making automated decisions, including profiling (Art. 13(2)(f), 22).',
  },
  {
    kind: 'dpo-removed',
    risk: 'medium',
    description: 'The data protection officer is no longer declared (Art. 13(1)(b), 37).',
  },
  {
    kind: 'representative-changed',
    risk: 'medium',
    description:
      "The controller's representative in the Union is added, removed or changed (Art. 13(1)(a), 27).",
  },
  // ── low: less processing, better protection, wording and details ────────────────────────
  {
    kind: 'data-category-removed',
    risk: 'low',
    description: 'A data category is no longer declared: less data (Art. 5(1)(c)).',
  },
  {
    kind: 'recipient-removed',
    risk: 'low',
    description: 'A recipient is no longer declared: fewer disclosures (Art. 13(1)(e)).',
  },
  {
    kind: 'data-subject-removed',
    risk: 'low',
    description: 'A group of data subjects is no longer declared.',
  },
  {
    kind: 'purpose-data-category-removed',
    risk: 'low',
    description: 'A purpose stops using a data category (Art. 5(1)(c)).',
  },
  {
    kind: 'purpose-recipient-removed',
    risk: 'low',
    description: 'A purpose stops disclosing to a recipient (Art. 13(1)(e)).',
  },
  {
    kind: 'purpose-data-subject-removed',
    risk: 'low',
    description: 'A purpose stops covering a group of data subjects.',
  },
  {
    kind: 'recipient-country-removed',
    risk: 'low',
    description: 'A recipient no longer lists a country (Art. 13(1)(f)).',
  },
  {
    kind: 'transfer-mechanism-added',
    risk: 'low',
    description:
      'A recipient that had no transfer mechanism now states one (Art. 13(1)(f), 44–49).',
  },
  {
    kind: 'transfer-mechanism-strengthened',
    risk: 'low',
    description:
      "The strongest of a recipient's transfer mechanisms is of a stronger kind (derogation → scc) (Art. 44–49).",
  },
  {
    kind: 'legal-basis-added',
    risk: 'low',
    description: 'A purpose that stated no legal basis now states one (Art. 6(1), 13(1)(c)).',
  },
  {
    kind: 'retention-shortened',
    risk: 'low',
    description: 'A retention duration gets shorter (Art. 5(1)(e)).',
  },
  {
    kind: 'retention-added',
    risk: 'low',
    description:
      'A purpose that stated no retention now states a duration or criteria (Art. 13(2)(a)).',
  },
  {
    kind: 'right-added',
    risk: 'low',
    description: 'A data-subject right is now listed (Art. 13(2)(b)–(d)).',
  },
  {
    kind: 'complaint-authority-added',
    risk: 'low',
    description: 'A supervisory authority is named where none was (Art. 13(2)(d)).',
  },
  {
    kind: 'dpo-added',
    risk: 'low',
    description: 'A data protection officer is declared where none was (Art. 13(1)(b)).',
  },
  {
    kind: 'automated-decision-removed',
    risk: 'low',
    description: 'A purpose no longer makes automated decisions (Art. 22).',
  },
  {
    kind: 'example-added',
    risk: 'low',
    description: 'A data category lists another example (wording).',
  },
  {
    kind: 'example-removed',
    risk: 'low',
    description: 'A data category no longer lists an example (wording).',
  },
  {
    kind: 'device-access-removed',
    risk: 'low',
    description:
      "A purpose no longer stores or reads information on the user's device for preferences, analytics, advertising or another purpose that needs consent (ePrivacy Directive Art. 5(3)).",
  },
  {
    kind: 'text-changed',
    risk: 'low',
    description:
      'Wording: a name, description, justification, stated interest or obligation, source, decision logic, consequences of not providing data, how to exercise the rights, per language version.',
  },
  {
    kind: 'contact-changed',
    risk: 'low',
    description:
      'Contact details: the e-mail, phone, address or url of the controller or DPO, or where to get a copy of the safeguards (copyAt) (Art. 13(1)(a), 13(1)(b), 13(1)(f)).',
  },
  {
    kind: 'detail-changed',
    risk: 'low',
    description:
      "Other details: the declaration's language or date, the article cited for a basis, an access to the user's device that is strictly necessary for the service asked for (exempt from consent, ePrivacy Directive Art. 5(3)).",
  },
] as const satisfies readonly ChangeKindInfo[];

export type ChangeKind = (typeof CHANGE_KINDS)[number]['kind'];

/** The risk of each kind. */
export const RISK_OF: Readonly<Record<ChangeKind, ChangeRisk>> = Object.fromEntries(
  CHANGE_KINDS.map((k) => [k.kind, k.risk]),
) as Record<ChangeKind, ChangeRisk>;
