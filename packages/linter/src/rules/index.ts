// Every rule, listed explicitly and sorted by id; presets, docs and SARIF's rule table are
// derived from this list.
import type { Rule } from '../rule.js';
import automatedDecisionInfo from './automated-decision-info.js';
import cataloguedRecipientTransfer from './catalogued-recipient-transfer.js';
import complaintAuthorityNamed from './complaint-authority-named.js';
import controllerIdentified from './controller-identified.js';
import cookieConsent from './cookie-consent.js';
import dataSourceStated from './data-source-stated.js';
import dpoContact from './dpo-contact.js';
import legalBasisArticleMatches from './legal-basis-article-matches.js';
import legalBasisPerPurpose from './legal-basis-per-purpose.js';
import legitimateInterestSpecified from './legitimate-interest-specified.js';
import nationalIdJustified from './national-id-justified.js';
import referencesResolve from './references-resolve.js';
import representativeRequired from './representative-required.js';
import retentionSpecific from './retention-specific.js';
import retentionStated from './retention-stated.js';
import rightsComplete from './rights-complete.js';
import specialCategoryCondition from './special-category-condition.js';
import statutoryRequirementStated from './statutory-requirement-stated.js';
import thirdCountryNamed from './third-country-named.js';
import thirdCountrySafeguards from './third-country-safeguards.js';

export const rules: readonly Rule[] = [
  automatedDecisionInfo,
  cataloguedRecipientTransfer,
  complaintAuthorityNamed,
  controllerIdentified,
  cookieConsent,
  dataSourceStated,
  dpoContact,
  legalBasisArticleMatches,
  legalBasisPerPurpose,
  legitimateInterestSpecified,
  nationalIdJustified,
  referencesResolve,
  representativeRequired,
  retentionSpecific,
  retentionStated,
  rightsComplete,
  specialCategoryCondition,
  statutoryRequirementStated,
  thirdCountryNamed,
  thirdCountrySafeguards,
];
