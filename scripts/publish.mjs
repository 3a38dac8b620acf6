// The release workflow's publish step (changesets/action runs it after the version pull request
// is merged). pnpm pack rewrites workspace: and catalog: versions into real ones; npm publish
// then sends each tarball with trusted publishing and provenance. A version already on npm is
// skipped, so a re-run after a partial failure publishes only what is missing. The "New tag:"
// lines are what changesets/action reads to report what was published.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packs = mkdtempSync(join(tmpdir(), 'privacyspec-publish-'));

for (const folder of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const id = `${manifest.name}@${manifest.version}`;
  const known = spawnSync('npm', ['view', id, 'version'], { encoding: 'utf8' });
  if (known.status === 0 && known.stdout.trim() === manifest.version) {
    console.log(`${id} is already published`);
    continue;
  }
  const before = new Set(readdirSync(packs));
  execFileSync('npx', ['-y', 'pnpm@12', 'pack', '--pack-destination', packs], {
    cwd: dir,
    stdio: 'inherit',
  });
  const tarball = readdirSync(packs).find((file) => !before.has(file));
  execFileSync('npm', ['publish', join(packs, tarball), '--provenance', '--access', 'public'], {
    stdio: 'inherit',
  });
  console.log(`New tag: ${id}`);
}
