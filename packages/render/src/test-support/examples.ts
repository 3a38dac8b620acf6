import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, type Declaration } from '@privacyspec/schema';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Every examples/<name>/privacy.yaml, loaded with the real loader; a load problem fails the test. */
export function examples(): Array<{ name: string; declaration: Declaration }> {
  const folder = join(repoRoot, 'examples');
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'privacy.yaml')))
    .sort()
    .map((name) => ({
      name,
      declaration: loadDeclaration(readFileSync(join(folder, name, 'privacy.yaml'), 'utf8'), name),
    }));
}

export function loadDeclaration(yaml: string, name = 'declaration'): Declaration {
  const result = load(yaml);
  if (result.declaration === undefined)
    throw new Error(
      `${name} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`,
    );
  return result.declaration;
}
