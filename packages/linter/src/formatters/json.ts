import type { Formatter } from './types.js';

/** ESLint's JSON shape (design.md, "CLI"): one array, a result per file, no source text. */
export const json: Formatter = (results) =>
  JSON.stringify(results.map(({ source: _source, output: _output, ...result }) => result));
