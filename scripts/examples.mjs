// The README's main job: lint every bundled example, then show what a realistic change to
// the Optimera policy changes in data handling. Runs the committed CLI bundle, so it works
// on a fresh clone before any install.
import { spawnSync } from 'node:child_process';

const cli = 'packages/linter/bin/privacyspec.cjs';
const steps = [
  { title: 'Lint every example', args: ['lint', 'examples'] },
  {
    title: 'What a change to the Optimera policy does to data handling',
    args: ['diff', 'examples/optimera/privacy.before.yaml', 'examples/optimera/privacy.yaml'],
  },
];

let broken = false;
for (const { title, args } of steps) {
  console.log(`\n$ privacyspec ${args.join(' ')}    # ${title}`);
  const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  // 1 means "findings": the seed policies have real defects, which is the point. 2 means broken.
  if (status === 2 || status === null) broken = true;
}
process.exitCode = broken ? 1 : 0;
