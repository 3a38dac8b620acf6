import schema from '../privacyspec.schema.json' with { type: 'json' };
import validateDeclaration from './generated/validate-declaration.js';
import type { Declaration } from './generated/declaration.js';
import { getAtPointer, joinPointer } from './pointer.js';
import { closestMatch } from './suggest.js';

/** What Ajv reports (its ErrorObject, reduced to what the wording uses). */
interface AjvError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set on the errors of a `propertyNames` subschema: the key that failed. */
  propertyName?: string;
}

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

// Generated at build time by scripts/generate.mjs (Ajv standalone): no code is compiled at run time.
const validator = validateDeclaration as unknown as GeneratedValidator;

/** One shape problem, worded for the person who wrote the file. */
export interface SchemaProblem {
  message: string;
  /** Pointer of the offending value; for a missing key, its parent. */
  path: string;
}

const COLLECTIONS_WITH_IDS = ['dataCategories', 'purposes', 'recipients', 'dataSubjects'] as const;

/** Validates shape (the JSON Schema, plus ids unique per list); one problem per place. */
export function validateShape(data: unknown): SchemaProblem[] {
  if (validator(data)) return duplicateIds(data as Declaration);
  return humanize(validator.errors ?? [], data);
}

function duplicateIds(declaration: Declaration): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const collection of COLLECTIONS_WITH_IDS) {
    const seen = new Set<string>();
    declaration[collection]?.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        problems.push({
          path: `/${collection}/${index}/id`,
          message: `The id "${entry.id}" is used twice in ${collection}. Ids must be unique: purposes and the semantic diff refer to entries by id.`,
        });
      }
      seen.add(entry.id);
    });
  }
  return problems;
}

/**
 * Ajv reports every failed branch of an anyOf and every keyword on its own. Judge the value
 * by the branch that fits its type (a mapping as a mapping): errors that only say "wrong
 * type" for other branches are dropped; when nothing else is wrong, one message names the
 * accepted forms. Then word each remaining error.
 */
function humanize(errors: AjvError[], data: unknown): SchemaProblem[] {
  const dropped = new Set<AjvError>();
  const acceptedForms = new Map<AjvError, string[]>();
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const at = anyOf.instancePath;
    const inside = errors.filter(
      (e) => e !== anyOf && (e.instancePath === at || e.instancePath.startsWith(`${at}/`)),
    );
    const misfits = inside.filter(
      (e) => e.instancePath === at && ['type', 'enum', 'const'].includes(e.keyword),
    );
    misfits.forEach((e) => dropped.add(e));
    if (inside.some((e) => !misfits.includes(e) && e.keyword !== 'anyOf')) {
      dropped.add(anyOf);
    } else {
      acceptedForms.set(anyOf, [...new Set(misfits.flatMap(formsOf))]);
    }
  }
  // A misspelt required key is one mistake, not two: the unknown key's "Did you mean" names
  // the missing one, so "missing the required key" would only repeat it.
  const misspelt = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .map(
        (e) =>
          `${e.instancePath}\u0000${closestMatch(String(e.params.additionalProperty), knownKeysAt(e.instancePath)) ?? ''}`,
      ),
  );
  // Items of unique lists are typed as text besides their enum (so that Ajv compares them as
  // strings, not with a deep equality): the enum's message, which lists the values, says more.
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  for (const error of errors) {
    // propertyNames wraps the error of its subschema, which names the key: keep only that one.
    if (error.keyword === 'propertyNames') dropped.add(error);
    if (error.keyword === 'type' && enumPaths.has(error.instancePath)) dropped.add(error);
    if (
      error.keyword === 'required' &&
      misspelt.has(`${error.instancePath}\u0000${String(error.params.missingProperty)}`)
    )
      dropped.add(error);
  }
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (dropped.has(error)) continue;
    const problem = describe(error, data, acceptedForms.get(error) ?? []);
    const key = `${problem.path}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function formsOf(error: AjvError): string[] {
  if (error.keyword === 'type') return String(error.params.type).split(',').map(typeInWords);
  if (error.keyword === 'enum')
    return (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
  return [JSON.stringify(error.params.allowedValue)];
}

function describe(error: AjvError, data: unknown, forms: string[]): SchemaProblem {
  const path = error.instancePath;
  const where = path === '' ? 'The declaration' : `"${path}"`;
  const value = getAtPointer(data, path);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = knownKeysAt(path);
      if (key === 'required' && known.includes('provision')) {
        return {
          path: joinPointer(path, key),
          message: `Unknown key "required" in "${path}": Art. 13(2)(e) is now written as provision: {obligation: statutory | contractual | contract-entry | voluntary, consequences: …}.`,
        };
      }
      const suggestion = closestMatch(key, known);
      return {
        path: joinPointer(path, key),
        message:
          `Unknown key "${key}"${path === '' ? '' : ` in "${path}"`}` +
          (suggestion ? `. Did you mean "${suggestion}"?` : '.') +
          (known.length > 0 && !suggestion ? ` Known keys here: ${known.join(', ')}.` : ''),
      };
    }
    case 'required':
      return {
        path,
        message: `${where} is missing the required key "${String(params.missingProperty)}".`,
      };
    case 'type':
      return {
        path,
        message: `${where} must be ${typeInWords(String(params.type))}, not ${describeValue(value)}.${quoteHint(value, [String(params.type)])}`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      return {
        path,
        message:
          `${where} is ${describeValue(value)}, which is not one of: ${allowed.join(', ')}.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : '') +
          splitHint(path, value, allowed),
      };
    }
    case 'const':
      return {
        path,
        message: `${where} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}.`,
      };
    case 'pattern':
      if (error.propertyName !== undefined) {
        // Only text has propertyNames: its keys are language tags.
        return {
          path: joinPointer(path, error.propertyName),
          message: `The key "${error.propertyName}" in ${where} ${PATTERN_MEANINGS.language}.`,
        };
      }
      return {
        path,
        message: `${where} is ${describeValue(value)}, which ${patternMeaning(path)}.`,
      };
    case 'uniqueItems': {
      // Which of i and j is the earlier item depends on how Ajv searched: name them in order.
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return {
        path,
        message: `${where} lists the same value twice (items ${first} and ${second}).`,
      };
    }
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { path, message: `${where} must not be empty.` };
    case 'anyOf': {
      // The quoted forms are the values of an enum branch (one value or a list of them).
      const values = forms
        .filter((form) => form.startsWith('"'))
        .map((form) => String(JSON.parse(form)));
      const suggestion = typeof value === 'string' ? closestMatch(value, values) : undefined;
      return {
        path,
        message:
          `${where} must be ${joinOr(forms)}, not ${describeValue(value)}.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : '') +
          quoteHint(value, forms.includes(typeInWords('string')) ? ['string'] : []),
      };
    }
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}.` };
  }
}

type SchemaNode = Record<string, unknown>;

/** The schema node that describes the value at `instancePath`, following $ref, items and anyOf. */
function schemaAt(instancePath: string): { node: SchemaNode; defName?: string } {
  let node = schema as SchemaNode;
  let defName: string | undefined;
  const resolve = () => {
    while (typeof node.$ref === 'string') {
      defName = node.$ref.replace('#/$defs/', '');
      node = (schema.$defs as Record<string, SchemaNode>)[defName] ?? {};
    }
  };
  resolve();
  for (const token of instancePath.split('/').slice(1)) {
    const candidates = [node, ...((node.anyOf as SchemaNode[] | undefined) ?? [])];
    let next: SchemaNode | undefined;
    for (const candidate of candidates) {
      node = candidate;
      resolve();
      const properties = node.properties as Record<string, SchemaNode> | undefined;
      if (properties?.[token]) next = properties[token];
      else if (node.items && /^\d+$/.test(token)) next = node.items as SchemaNode;
      if (next) break;
    }
    if (!next) return { node: {} };
    node = next;
    defName = undefined;
    resolve();
  }
  return { node, ...(defName ? { defName } : {}) };
}

/** The keys the schema allows in the mapping at `instancePath`. */
function knownKeysAt(instancePath: string): string[] {
  for (const candidate of alternatives(schemaAt(instancePath).node)) {
    if (candidate.properties) return Object.keys(candidate.properties);
  }
  return [];
}

/** A node and the branches of its anyOf, nested ones too, with $ref resolved (one source or a list of them). */
function alternatives(node: SchemaNode, depth = 0): SchemaNode[] {
  let resolved = node;
  while (typeof resolved.$ref === 'string')
    resolved =
      (schema.$defs as Record<string, SchemaNode>)[resolved.$ref.replace('#/$defs/', '')] ?? {};
  const branches = (resolved.anyOf as SchemaNode[] | undefined) ?? [];
  // The schema nests anyOf at most twice; the bound only guards against a cycle.
  return depth > 3
    ? [resolved]
    : [resolved, ...branches.flatMap((branch) => alternatives(branch, depth + 1))];
}

const PATTERN_MEANINGS = {
  id: 'is not a valid id (lower-case letters, digits and hyphens, e.g. "order-handling")',
  country:
    'is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), or EEA / non-EEA (EU is not a country code: write EEA)',
  email: 'is not an e-mail address',
  recipientLocation:
    'is not an ISO 3166-1 alpha-2 country code in capitals (SE, US), EEA / non-EEA, or intl:<name> for an international organisation (intl:EPO) (EU is not a country code: write EEA)',
  url: 'is not an http(s) address',
  copyReference: 'is not an http(s) address, an e-mail address or a mailto: URI',
  duration: 'is not an ISO 8601 duration (P30D, P24M, P7Y)',
  updated: 'is not a date in the form YYYY-MM-DD',
  language: 'is not a BCP 47 language tag (sv, en, sv-SE)',
} satisfies Record<string, string>;

function patternMeaning(instancePath: string): string {
  const meanings: Record<string, string> = PATTERN_MEANINGS;
  const { node, defName } = schemaAt(instancePath);
  // One value or a list (a recipient's country): the meaning of the single value's definition.
  const branchDef = ((node.anyOf as SchemaNode[] | undefined) ?? [])
    .map((branch) => (typeof branch.$ref === 'string' ? branch.$ref.replace('#/$defs/', '') : ''))
    .find((name) => name in meanings);
  const def = defName ?? branchDef ?? instancePath.split('/').at(-1);
  return (def && meanings[def]) ?? 'does not have the expected form';
}

/**
 * For a number or true/false where text is expected (`registrationNumber: 5592774680`,
 * `name: 1177`): YAML reads an unquoted number as a number, and drops leading zeros and plus signs.
 */
function quoteHint(value: unknown, expected: readonly string[]): string {
  if (!expected.includes('string') || (typeof value !== 'number' && typeof value !== 'boolean'))
    return '';
  return ` Put the value in quotes ("${String(value)}", written as in the notice) so that it is read as text: YAML reads a bare number or true/false as such, and drops leading zeros and a leading +.`;
}

/**
 * A purpose's legal basis given as two or more bases (`[consent, contract]`, "consent or
 * contract"): each purpose has one Art. 6(1) basis, so a purpose that rests on several is
 * several purposes.
 */
function splitHint(path: string, value: unknown, bases: readonly string[]): string {
  if (!/^\/purposes\/\d+\/legalBasis$/.test(path)) return '';
  const named = Array.isArray(value)
    ? value.filter(
        (item): item is string =>
          typeof item === 'string' && bases.includes(item.trim().toLowerCase()),
      )
    : typeof value === 'string'
      ? bases.filter((basis) =>
          value
            .toLowerCase()
            .split(/[^a-z-]+/)
            .includes(basis),
        )
      : [];
  if (new Set(named).size < 2) return '';
  return ` A purpose has one legal basis (Art. 6(1), 13(1)(c)): if the processing rests on ${joinOr([...new Set(named)])} for different parts, split it into one purpose per basis, each with its own data and retention.`;
}

function typeInWords(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping (key: value)',
    array: 'a list',
    string: 'text',
    boolean: 'true or false',
    null: 'empty (~)',
    number: 'a number',
    integer: 'a whole number',
  };
  return words[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return `${typeof value} ${String(value)}`;
}

function joinOr(words: string[]): string {
  if (words.length <= 1) return words[0] ?? 'something else';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
