import { closestMatch } from '@privacyspec/schema';
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
  return new Map(rules.map((rule) => [rule.id, name === 'strict' ? 'error' : rule.meta.defaultSeverity]));
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

export interface ConfigProblem {
  /** JSON pointer into the config. */
  path: string;
  message: string;
}

const SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];

/**
 * Checks a parsed config against its schema (privacyspec.config.schema.json states the same
 * shape for editors) and against the rules that exist, with a did-you-mean for misspellings.
 */
export function validateConfig(value: unknown, rules: readonly Rule[]): ConfigProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: '', message: 'The config must be a mapping with "extends" and/or "rules".' }];
  }
  const problems: ConfigProblem[] = [];
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (key !== 'extends' && key !== 'rules' && key !== '$schema') {
      const suggestion = closestMatch(key, ['extends', 'rules']);
      problems.push({ path: `/${key}`, message: `Unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '. Known keys: extends, rules.'}` });
    }
  }
  if (config.extends !== undefined && !PRESETS.includes(config.extends as PresetName)) {
    problems.push({ path: '/extends', message: `"extends" must be one of ${PRESETS.join(', ')}, not ${JSON.stringify(config.extends)}.` });
  }
  if (config.rules !== undefined) {
    if (config.rules === null || typeof config.rules !== 'object' || Array.isArray(config.rules)) {
      problems.push({ path: '/rules', message: '"rules" must be a mapping of rule ids to off, warn or error.' });
    } else {
      const ids = rules.map((rule) => rule.id);
      for (const [id, setting] of Object.entries(config.rules)) {
        if (!ids.includes(id)) {
          const suggestion = closestMatch(id, ids);
          problems.push({ path: `/rules/${id}`, message: `Unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}` });
        }
        if (!SETTINGS.includes(setting as RuleSetting)) {
          problems.push({ path: `/rules/${id}`, message: `The setting for "${id}" must be off, warn or error, not ${JSON.stringify(setting)}.` });
        }
      }
    }
  }
  return problems;
}
