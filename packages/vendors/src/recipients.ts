// @privacyspec/vendors/recipients: the catalogue and what tells which service a declared
// recipient is, without the dependency parsers of the main entry, whose modules (jsonc-parser's
// among them) cost a lint ≈ 1 ms to load for nothing.
export {
  catalogue,
  catalogueIndex,
  type Catalogue,
  type Service,
  type ServiceIndex,
  type Sourced,
} from './catalogue.js';
export { serviceEstablishment, type Establishment } from './establishment.js';
export {
  matchRecipient,
  recipientIsService,
  type DeclaredRecipient,
  type RecipientMatch,
} from './match.js';
export { nameWords, type RecipientEvidence } from './names.js';
