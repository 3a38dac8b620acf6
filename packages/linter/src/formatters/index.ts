// Formatters by their --format name. Each lives in its own file and is a pure function.
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters = {
  stylish,
  json,
} as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof formatters;
export type { Formatter, FormatterContext } from './types.js';
