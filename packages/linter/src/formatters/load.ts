// Formatters by name, each imported only when asked for: the CLI's start-up parses the one
// it prints with. The library's `formatters` object (index.ts) holds them all.
import type { Formatter } from './types.js';

export const FORMATTER_NAMES = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

const LOADERS: Record<FormatterName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
};

export function loadFormatter(name: FormatterName): Promise<Formatter> {
  return LOADERS[name]();
}
