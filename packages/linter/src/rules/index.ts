// Every rule, listed explicitly and sorted by id; presets and docs are derived from this list.
import type { Rule } from '../rule.js';
import controllerIdentified from './controller-identified.js';

export const rules: readonly Rule[] = [controllerIdentified];
