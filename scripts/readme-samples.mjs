// Rewrites the README's sample outputs with what the built CLI prints today (readme.test.ts
// fails when they differ): `node scripts/readme-samples.mjs` after a change in wording.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const readmePath = `${root}README.md`;
let readme = readFileSync(readmePath, 'utf8');
// The samples between the markers are whole outputs; the render sample further down is an
// excerpt that its own test checks.
const marked = readme.slice(
  readme.indexOf('<!-- sample-output:start -->'),
  readme.indexOf('<!-- sample-output:end -->'),
);
for (const [, args] of marked.matchAll(/^\$ privacyspec (.+)$/gm)) {
  let output;
  try {
    output = execFileSync(
      process.execPath,
      [`${root}packages/linter/bin/privacyspec.cjs`, ...args.split(' ')],
      { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
  } catch (error) {
    output = error.stdout; // findings exit 1; the output is what the sample shows
  }
  const start = readme.indexOf(`$ privacyspec ${args}\n`) + `$ privacyspec ${args}\n`.length;
  const end = readme.indexOf('```', start);
  readme = `${readme.slice(0, start)}${output.trimEnd()}\n${readme.slice(end)}`;
}
writeFileSync(readmePath, readme);
