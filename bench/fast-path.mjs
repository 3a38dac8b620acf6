// Times load() of one declaration in-process, with and without the fast YAML path (medians
// after a warm-up). Prints JSON: the size in bytes and both medians. run.mjs calls it at
// about 10 KB, 1 MB and 10 MB.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { load } from '../packages/schema/dist/index.js';

const [file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const runs = text.length > 5_000_000 ? 3 : text.length > 500_000 ? 5 : 50;
const median = (fastPath) => {
  load(text, { fastPath, maxBytes: 1 << 30 });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { diagnostics } = load(text, { fastPath, maxBytes: 1 << 30 });
    times.push(performance.now() - start);
    if (diagnostics.length > 0) throw new Error(`${file} does not load: ${diagnostics[0].message}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
console.log(
  JSON.stringify({ bytes: Buffer.byteLength(text), fastMs: median(true), yamlMs: median(false) }),
);
