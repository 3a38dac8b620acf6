// The floor a linter cannot beat by much: parse the YAML with `yaml` and validate it with
// the precompiled (standalone) Ajv validator, in one process, with no positions and no rules.
import { readFileSync } from 'node:fs';
// yaml as the schema package resolves it (pnpm keeps dependencies per package).
import { parse } from '../packages/schema/node_modules/yaml/dist/index.js';
import validate from '../packages/schema/dist/generated/validate-declaration.js';

for (const file of process.argv.slice(2)) {
  const data = parse(readFileSync(file, 'utf8'), { maxAliasCount: 100 });
  if (!validate(data)) process.exitCode = 1;
}
