// Formatters by their --format name. Each lives in its own file and is a pure function.
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters = {
  github,
  json,
  markdown,
  sarif,
  stylish,
} as const satisfies Record<string, Formatter>;

export type FormatterName = keyof typeof formatters;
export type { Formatter, FormatterContext } from './types.js';
