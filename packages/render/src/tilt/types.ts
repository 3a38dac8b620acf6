/**
 * The parts of a TILT document (Transparency Information Language, schema of TU Berlin's
 * Transparency-Information-Language project) that PrivacySpec writes and reads. TILT is
 * organised by data category: each `dataDisclosed` entry says what one category is used for,
 * on which bases, by whom, and for how long.
 */
export interface TiltDocument {
  meta: {
    _id: string;
    name: string;
    created: string;
    modified: string;
    version: number;
    language: string;
    status: 'active' | 'inactive';
    url: string;
    _hash: string;
  };
  controller: TiltParty & { division?: string; representative: TiltContact };
  dataProtectionOfficer: TiltParty & { email: string; phone?: string };
  dataDisclosed: TiltDataDisclosed[];
  thirdCountryTransfers: TiltThirdCountryTransfer[];
  accessAndDataPortability: TiltRight & {
    identificationEvidences?: string[];
    administrativeFee?: { amount: number; currency: string };
    dataFormats?: string[];
  };
  sources: TiltSource[];
  rightToInformation: TiltRight;
  rightToRectificationOrDeletion: TiltRight;
  rightToDataPortability: TiltRight;
  rightToWithdrawConsent: TiltRight;
  rightToComplain: TiltRight & { supervisoryAuthority?: TiltAuthority };
  automatedDecisionMaking: {
    inUse: boolean;
    logicInvolved?: string;
    scopeAndIntendedEffects?: string;
  };
  changesOfPurpose: Array<{
    description?: string;
    affectedDataCategories?: string[];
    plannedDateOfChange?: string;
    urlOfNewVersion?: string;
  }>;
}

export interface TiltParty {
  name: string;
  address: string;
  country: string;
}

export interface TiltContact {
  name: string;
  email: string;
  phone?: string;
}

export interface TiltAuthority {
  name: string;
  address?: string;
  country?: string;
  email?: string;
  phone?: string;
}

export interface TiltDataDisclosed {
  _id: string;
  category: string;
  purposes: Array<{ purpose: string; description: string }>;
  legalBases: Array<{ reference: string; description?: string }>;
  legitimateInterests: Array<{ exists: boolean; reasoning?: string }>;
  recipients: TiltRecipient[];
  storage: TiltStorage[];
  nonDisclosure: {
    legalRequirement: boolean;
    contractualRegulation: boolean;
    obligationToProvide: boolean;
    consequences: string;
  };
}

export interface TiltRecipient {
  name?: string;
  division?: string;
  address?: string;
  country?: string;
  representative?: Partial<TiltContact>;
  category: string;
}

export interface TiltStorage {
  temporal?: Array<{ description: string; ttl: string }>;
  purposeConditional?: string[];
  legalBasisConditional?: string[];
  aggregationFunction: 'min' | 'max' | 'sum' | 'avg';
}

export interface TiltThirdCountryTransfer {
  country?: string;
  adequacyDecision?: TiltAvailability;
  appropriateGuarantees?: TiltAvailability;
  presenceOfEnforceableRightsAndEffectiveRemedies?: TiltAvailability;
  standardDataProtectionClause?: TiltAvailability;
}

export interface TiltAvailability {
  available?: boolean;
  description?: string;
}

export interface TiltRight extends TiltAvailability {
  url?: string;
  email?: string;
  identificationEvidences?: string[];
}

export interface TiltSource {
  _id: string;
  dataCategory: string;
  sources: Array<{ description: string; url: string; publiclyAvailable: boolean }>;
}
