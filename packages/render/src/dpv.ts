import {
  art9ConditionOf,
  legalBasisById,
  type Declaration,
  type Mechanism,
  type Purpose,
  type Recipient,
  type Text,
} from '@privacyspec/schema';
import { asList } from './lists.js';

// IRIs from DPV 2.1 (core vocabulary, namespace https://w3id.org/dpv#) and its EU-GDPR
// extension 2.1 (https://w3id.org/dpv/legal/eu/gdpr#): legal bases eu-gdpr:A6-1-a … A6-1-f
// (module legal_basis), Art. 9(2) conditions A9-2-a … A9-2-j (legal_basis_special), transfer
// bases A45-3, A46-2-a … A46-3-b, A49-1-a … A49-2 (legal_basis_data_transfer).
const DPV = 'https://w3id.org/dpv#';
const EU_GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';

/** The context is written into the document, so it expands without fetching anything. */
export const DPV_CONTEXT = {
  dpv: DPV,
  'eu-gdpr': EU_GDPR,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** The Chapter V legal basis of each mechanism; none for the unspecified derogation and the invalid instruments. */
const TRANSFER_BASES: Readonly<Record<Mechanism, string | undefined>> = {
  adequacy: 'eu-gdpr:A45-3',
  dpf: 'eu-gdpr:A45-3',
  'public-authority-instrument': 'eu-gdpr:A46-2-a',
  bcr: 'eu-gdpr:A46-2-b',
  scc: 'eu-gdpr:A46-2-c',
  'sa-scc': 'eu-gdpr:A46-2-d',
  'code-of-conduct': 'eu-gdpr:A46-2-e',
  certification: 'eu-gdpr:A46-2-f',
  'ad-hoc-clauses': 'eu-gdpr:A46-3-a',
  'public-authority-arrangement': 'eu-gdpr:A46-3-b',
  'explicit-consent': 'eu-gdpr:A49-1-a',
  'contract-performance': 'eu-gdpr:A49-1-b',
  'contract-in-interest': 'eu-gdpr:A49-1-c',
  'public-interest': 'eu-gdpr:A49-1-d',
  'legal-claims': 'eu-gdpr:A49-1-e',
  'vital-interests': 'eu-gdpr:A49-1-f',
  'public-register': 'eu-gdpr:A49-1-g',
  'compelling-legitimate-interest': 'eu-gdpr:A49-2',
  derogation: undefined,
  'privacy-shield': undefined,
  'safe-harbor': undefined,
};

const RECIPIENT_TYPES: Readonly<Record<NonNullable<Recipient['role']>, string>> = {
  processor: 'dpv:DataProcessor',
  controller: 'dpv:DataController',
  'joint-controller': 'dpv:JointDataControllers',
  'public-authority': 'dpv:Authority',
};

type Node = Record<string, unknown>;
const ref = (id: string) => ({ '@id': id });

/** Node ids are blank-node labels: the declaration's ids are stable within one document only. */
export const dpvNodeId = {
  controller: '_:controller',
  handling: (purposeId: string) => `_:handling-${purposeId}`,
  purpose: (purposeId: string) => `_:purpose-${purposeId}`,
  data: (categoryId: string) => `_:data-${categoryId}`,
  subject: (subjectId: string) => `_:subject-${subjectId}`,
  recipient: (recipientId: string) => `_:recipient-${recipientId}`,
  transfer: (purposeId: string, recipientId: string) => `_:transfer-${purposeId}-${recipientId}`,
};

/**
 * The declaration in W3C DPV 2.1 as JSON-LD: a dpv:PersonalDataHandling per purpose with its
 * purpose, legal basis (Art. 6(1) and 9(2) of the EU-GDPR extension), personal data, data
 * subjects, recipients and storage duration; a second handling with dpv:Transfer for each
 * recipient the data go to under a Chapter V basis.
 */
export function exportDpvJsonLd(declaration: Declaration): string {
  const labels = (text: Text | undefined) => languageValues(text, declaration.language);
  const graph: Node[] = [
    {
      '@id': dpvNodeId.controller,
      '@type': 'dpv:DataController',
      'rdfs:label': labels(declaration.controller.name),
    },
  ];
  for (const category of declaration.dataCategories ?? []) {
    graph.push({
      '@id': dpvNodeId.data(category.id),
      '@type':
        category.special !== undefined ? 'dpv:SpecialCategoryPersonalData' : 'dpv:PersonalData',
      'rdfs:label': labels(category.name),
      'dct:description': labels(category.description),
    });
  }
  for (const subject of declaration.dataSubjects ?? []) {
    graph.push({
      '@id': dpvNodeId.subject(subject.id),
      '@type': 'dpv:DataSubject',
      'rdfs:label': labels(subject.name),
    });
  }
  for (const recipient of declaration.recipients ?? []) {
    graph.push({
      '@id': dpvNodeId.recipient(recipient.id),
      '@type': recipient.role !== undefined ? RECIPIENT_TYPES[recipient.role] : 'dpv:Recipient',
      'rdfs:label': labels(recipient.name),
    });
  }
  for (const purpose of declaration.purposes) {
    graph.push({
      '@id': dpvNodeId.purpose(purpose.id),
      '@type': 'dpv:Purpose',
      'rdfs:label': labels(purpose.name),
      'dct:description': labels(purpose.description),
    });
    graph.push(handling(purpose, labels));
    for (const recipient of transferredTo(declaration, purpose)) {
      graph.push({
        '@id': dpvNodeId.transfer(purpose.id, recipient.id),
        '@type': 'dpv:PersonalDataHandling',
        'dpv:hasProcessing': ref('dpv:Transfer'),
        'dpv:hasPurpose': ref(dpvNodeId.purpose(purpose.id)),
        'dpv:hasDataController': ref(dpvNodeId.controller),
        'dpv:hasRecipient': ref(dpvNodeId.recipient(recipient.id)),
        'dpv:hasLegalBasis': asList(recipient.transfer?.mechanism)
          .flatMap((mechanism) => TRANSFER_BASES[mechanism] ?? [])
          .map(ref),
      });
    }
  }
  return `${JSON.stringify({ '@context': DPV_CONTEXT, '@graph': graph.map(withoutEmpty) }, null, 2)}\n`;
}

function handling(purpose: Purpose, labels: (text: Text | undefined) => unknown[]): Node {
  const bases: string[] = [];
  const basis = purpose.legalBasis !== undefined ? legalBasisById(purpose.legalBasis) : undefined;
  if (basis !== undefined) bases.push(`eu-gdpr:A6-1-${basis.letter}`);
  const condition =
    purpose.specialCategoryCondition !== undefined
      ? art9ConditionOf(purpose.specialCategoryCondition)
      : undefined;
  if (condition !== undefined) bases.push(`eu-gdpr:A9-2-${condition.letter}`);
  const retention = purpose.retention;
  return {
    '@id': dpvNodeId.handling(purpose.id),
    '@type': 'dpv:PersonalDataHandling',
    'dpv:hasPurpose': ref(dpvNodeId.purpose(purpose.id)),
    'dpv:hasDataController': ref(dpvNodeId.controller),
    'dpv:hasLegalBasis': bases.map(ref),
    'dpv:hasPersonalData': asList(purpose.dataCategories).map((id) => ref(dpvNodeId.data(id))),
    'dpv:hasDataSubject': asList(purpose.dataSubjects).map((id) => ref(dpvNodeId.subject(id))),
    'dpv:hasRecipient': asList(purpose.recipients).map((id) => ref(dpvNodeId.recipient(id))),
    'dpv:hasStorageCondition':
      retention === undefined
        ? []
        : [
            withoutEmpty({
              '@type': 'dpv:StorageDuration',
              'rdf:value':
                retention.duration !== undefined
                  ? [{ '@value': retention.duration, '@type': 'xsd:duration' }]
                  : [],
              'dct:description': [...labels(retention.from), ...labels(retention.criteria)],
            }),
          ],
  };
}

function transferredTo(declaration: Declaration, purpose: Purpose): Recipient[] {
  return asList(purpose.recipients)
    .map((id) => declaration.recipients?.find((recipient) => recipient.id === id))
    .filter((recipient): recipient is Recipient => recipient?.transfer !== undefined);
}

/** A text as language-tagged literals: each version of a language map, or the plain string in the declaration's language. */
function languageValues(text: Text | undefined, language: string | undefined): unknown[] {
  if (text === undefined) return [];
  if (typeof text === 'string')
    return [language !== undefined ? { '@value': text, '@language': language } : text];
  return Object.entries(text).map(([tag, value]) => ({ '@value': value, '@language': tag }));
}

/** Drops empty lists, so a field the declaration leaves out is left out. */
function withoutEmpty(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(([, value]) => !(Array.isArray(value) && value.length === 0)),
  );
}
