import { closestMatch } from '@privacyspec/schema';
import validateConfigShape from './generated/validate-config.js';
import type { Rule } from './rule.js';
import type { RuleSetting, Severity } from './types.js';

export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = (typeof PRESETS)[number];

/** The contents of privacyspec.config.yaml / .json. */
export interface Config {
  extends?: PresetName;
  rules?: Record<string, RuleSetting>;
}

/** Each rule's effective severity (a rule not in the map is off), and whether warnings count as errors. */
export interface ResolvedConfig {
  severities: ReadonlyMap<string, Severity>;
  strict: boolean;
}

/** recommended: every rule at its default severity; strict: every rule an error. */
export function preset(name: PresetName, rules: readonly Rule[]): Map<string, Severity> {
  return new Map(
    rules.map((rule) => [rule.id, name === 'strict' ? 'error' : rule.meta.defaultSeverity]),
  );
}

export function resolveConfig(config: Config, rules: readonly Rule[]): ResolvedConfig {
  const strict = config.extends === 'strict';
  const severities = preset(config.extends ?? 'recommended', rules);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (setting === 'off') severities.delete(id);
    else severities.set(id, setting === 'warn' ? 'warning' : 'error');
  }
  return { severities, strict };
}

const SETTINGS = ['off', 'warn', 'error'];

export interface ConfigProblem {
  /** JSON pointer into the config. */
  path: string;
  message: string;
}

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

// Generated at build time from privacyspec.config.schema.json (Ajv standalone).
const validator = validateConfigShape as unknown as {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
};

/**
 * Checks a parsed config against privacyspec.config.schema.json, wording each problem for a
 * person, with a did-you-mean for a misspelt key, preset, rule id or setting.
 */
export function validateConfig(value: unknown, rules: readonly Rule[]): ConfigProblem[] {
  if (validator(value)) return [];
  const ids = rules.map((rule) => rule.id);
  const problems: ConfigProblem[] = [];
  for (const error of validator.errors ?? []) {
    const path = error.instancePath;
    const params = error.params;
    if (error.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      const suggestion = closestMatch(key, ['extends', 'rules']);
      problems.push({
        path: `/${key}`,
        message: `Unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '. Known keys: extends, rules.'}`,
      });
    } else if (error.keyword === 'propertyNames') {
      const id = String(params.propertyName);
      const suggestion = closestMatch(id, ids);
      problems.push({
        path: `/rules/${id}`,
        message: `Unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
      });
    } else if (error.keyword === 'enum' && path === '/extends') {
      problems.push({
        path,
        message: `"extends" must be one of ${PRESETS.join(', ')}, not ${JSON.stringify((value as Config).extends)}.`,
      });
    } else if (error.keyword === 'enum' && path.startsWith('/rules/')) {
      const id = path.slice('/rules/'.length);
      const setting = (value as Config).rules?.[id];
      // "warning" is how the findings say it; suggest the setting a word starts with, else the closest.
      const suggestion =
        typeof setting === 'string'
          ? (SETTINGS.find((known) => setting.toLowerCase().startsWith(known)) ??
            closestMatch(setting, SETTINGS))
          : undefined;
      problems.push({
        path,
        message: `The setting for "${id}" must be off, warn or error, not ${JSON.stringify(setting)}${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
      });
    } else if (error.keyword === 'type') {
      problems.push({
        path,
        message:
          path === ''
            ? 'The config must be a mapping with "extends" and/or "rules".'
            : `"${path.slice(1)}" must be ${String(params.type) === 'object' ? 'a mapping of rule ids to off, warn or error' : String(params.type)}.`,
      });
    }
  }
  // propertyNames also reports the name's own enum error; one message per place is enough.
  return problems.filter(
    (problem, index) => problems.findIndex((p) => p.path === problem.path) === index,
  );
}
