// Times diff() of two declarations in-process, after start-up and a warm-up run.
import { readFileSync } from 'node:fs';
import { diff, load } from '../packages/schema/dist/index.js';

const [basePath, headPath] = process.argv.slice(2);
const base = load(readFileSync(basePath, 'utf8')).declaration;
const head = load(readFileSync(headPath, 'utf8')).declaration;
if (!base || !head) throw new Error('bench inputs must be valid declarations');
diff(base, head);
const times = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  const { changes } = diff(base, head);
  times.push(performance.now() - start);
  if (changes.length === 0) throw new Error('expected changes');
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: times[2] }));
