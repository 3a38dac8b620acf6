// The README shows real output; this keeps it real when rules or wording change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

describe('README sample output', () => {
  for (const args of [
    ['lint', 'examples/aurora-optimal/privacy.yaml'],
    ['diff', 'examples/optimera/privacy.before.yaml', 'examples/optimera/privacy.yaml'],
  ]) {
    it(`shows what \`privacyspec ${args.join(' ')}\` prints today`, () => {
      const { stdout } = runCli(args);
      expect(readme).toContain(`$ privacyspec ${args.join(' ')}\n${stdout.trimEnd()}\n\`\`\``);
    });
  }
});
