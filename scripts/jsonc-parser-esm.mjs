// jsonc-parser's main build is UMD with run-time requires esbuild cannot follow; its ESM
// build bundles. Both bundles (the CLI's and the Action's) alias the package to it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const jsoncParserEsm = join(
  dirname(
    createRequire(new URL('../packages/vendors/package.json', import.meta.url)).resolve(
      'jsonc-parser/package.json',
    ),
  ),
  'lib/esm/main.js',
);
