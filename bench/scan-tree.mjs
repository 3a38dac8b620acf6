// Generates the repository `privacyspec scan` is measured on: 50,000 files, 5,000 declared
// dependencies in npm, Python, Go and Maven manifests, a package-lock.json, Vue components and
// HTML templates (which scan reads), and folders that .gitignore, node_modules and test
// conventions take out. Deterministic, so every run scans the same tree.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the tree changes, so that an older tree in the same folder is rebuilt. */
const TREE_VERSION = '1';

/** Catalogued packages among the dependencies, so that the scan has services to report. */
const SERVICE_PACKAGES = {
  npm: ['@sentry/node', 'posthog-js', 'stripe', 'mixpanel-browser', '@amplitude/analytics-browser'],
  pypi: ['sentry-sdk', 'stripe'],
};

const WORKSPACES = 8;
const FOLDERS_PER_WORKSPACE = 25;
const SOURCES_PER_FOLDER = 195;
const COMPONENTS_PER_WORKSPACE = 250;

const FILES = 50_000;
const DEPENDENCIES = 5_000;

let written = 0;
const write = (path, text) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  written++;
};
const range = (n) => Array.from({ length: n }, (_, i) => i);

function packageJson(name, runtime, dev) {
  return `${JSON.stringify(
    {
      name,
      version: '1.0.0',
      private: true,
      dependencies: Object.fromEntries(runtime.map((dep) => [dep, '^1.2.3'])),
      devDependencies: Object.fromEntries(dev.map((dep) => [dep, '^2.0.0'])),
    },
    null,
    2,
  )}\n`;
}

function packageLock(direct, transitive) {
  const packages = {
    '': { name: 'bench-repo', version: '1.0.0', dependencies: {} },
  };
  for (const dep of direct) {
    packages[''].dependencies[dep] = '^1.2.3';
    packages[`node_modules/${dep}`] = {
      version: '1.2.3',
      resolved: `https://example.invalid/${dep}.tgz`,
    };
  }
  for (const dep of transitive) packages[`node_modules/${dep}`] = { version: '0.1.0', dev: true };
  return `${JSON.stringify({ name: 'bench-repo', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

/**
 * Writes the tree under `dir` (reused when it is already there at this version) and returns
 * how many files and declared dependencies it holds.
 */
export function scanTree(dir) {
  // Kept in .git, which scan never reads, so that it is not one of the tree's files.
  const marker = join(dir, '.git/bench-tree.json');
  if (existsSync(marker)) {
    const counts = JSON.parse(readFileSync(marker, 'utf8'));
    if (counts.version === TREE_VERSION) return counts;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  written = 0;
  write(join(dir, '.gitignore'), '/generated/\ncoverage/\n*.log\n');
  write(
    join(dir, 'privacy.yaml'),
    [
      'privacyspec: "1.0"',
      'controller: {name: Bench AB, country: SE, email: privacy@bench.example}',
      'purposes: []',
      'recipients:',
      '  - {id: sentry, name: Sentry, role: processor, country: US, transfer: {mechanism: dpf}}',
      '  - {id: stripe, name: Stripe, role: controller, country: IE}',
      '',
    ].join('\n'),
  );

  // 5,000 declared dependencies: 8 workspaces × (400 runtime + 100 dev), 600 in
  // requirements.txt, 200 in go.mod, 200 in pom.xml.
  let declared = 0;
  const npmDirect = [];
  for (const w of range(WORKSPACES)) {
    const runtime = range(400).map((i) => `bench-dep-${w}-${i}`);
    if (w === 0) runtime.splice(0, SERVICE_PACKAGES.npm.length, ...SERVICE_PACKAGES.npm);
    const dev = range(100).map((i) => `bench-dev-${w}-${i}`);
    npmDirect.push(...runtime);
    declared += runtime.length + dev.length;
    write(join(dir, `packages/p${w}/package.json`), packageJson(`@bench/p${w}`, runtime, dev));
  }
  write(
    join(dir, 'package-lock.json'),
    packageLock(
      npmDirect,
      range(1000).map((i) => `bench-transitive-${i}`),
    ),
  );
  const python = [...SERVICE_PACKAGES.pypi, ...range(598).map((i) => `bench-py-${i}`)];
  declared += python.length;
  write(
    join(dir, 'services/api/requirements.txt'),
    python.map((name) => `${name}==1.0.${name.length}\n`).join(''),
  );
  declared += 200;
  write(
    join(dir, 'services/gateway/go.mod'),
    `module example.invalid/gateway\n\ngo 1.22\n\nrequire (\n${range(200)
      .map((i) => `\texample.invalid/bench/mod${i} v1.${i}.0\n`)
      .join('')})\n`,
  );
  declared += 200;
  write(
    join(dir, 'services/billing/pom.xml'),
    `<project>\n  <modelVersion>4.0.0</modelVersion>\n  <dependencies>\n${range(200)
      .map(
        (i) =>
          `    <dependency>\n      <groupId>invalid.example.bench</groupId>\n      <artifactId>lib${i}</artifactId>\n      <version>1.${i}</version>\n    </dependency>\n`,
      )
      .join('')}  </dependencies>\n</project>\n`,
  );

  // Source files scan must walk past without reading; Vue components and HTML templates it reads.
  const source = (w, f, s) =>
    `// bench source ${w}/${f}/${s}\nexport function f${s}(input) {\n  return input * ${s};\n}\n`;
  for (const w of range(WORKSPACES)) {
    for (const f of range(FOLDERS_PER_WORKSPACE))
      for (const s of range(SOURCES_PER_FOLDER))
        write(join(dir, `packages/p${w}/src/d${f}/f${s}.ts`), source(w, f, s));
    for (const c of range(COMPONENTS_PER_WORKSPACE))
      write(
        join(dir, `packages/p${w}/src/components/C${c}.vue`),
        `<template>\n  <div class="c${c}">\n    <a href="https://docs.example.invalid/c${c}">Help</a>\n    <img src="/img/c${c}.png" alt="">\n  </div>\n</template>\n<script setup>\nconst props = defineProps({ value: Number });\n</script>\n`,
      );
  }
  for (const t of range(100))
    write(
      join(dir, `web/templates/page${t}.html`),
      `<!doctype html>\n<html>\n<head>\n<title>Page ${t}</title>\n${t === 0 ? '<script src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>\n' : ''}<link rel="stylesheet" href="/css/site.css">\n</head>\n<body><p>Page ${t}</p></body>\n</html>\n`,
    );
  for (const m of range(20))
    for (const x of range(100))
      write(
        join(dir, `services/api/app/m${m}/x${x}.py`),
        `def handler_${x}(event):\n    return event\n`,
      );

  // Taken out before any file is read: .gitignore'd folders, node_modules, test folders.
  for (const g of range(30))
    for (const x of range(100))
      write(
        join(dir, `generated/g${g}/out${x}.html`),
        `<script src="https://cdn.example.invalid/${x}.js"></script>\n`,
      );
  for (const x of range(1000))
    write(join(dir, `coverage/lcov-report/f${x}.html`), '<html></html>\n');
  for (const p of range(200))
    for (const x of range(9))
      write(
        join(dir, `node_modules/bench-dep-0-${p}/${x === 0 ? 'package.json' : `lib/f${x}.js`}`),
        x === 0 ? '{"name":"x"}\n' : 'module.exports = 1;\n',
      );
  for (const x of range(400))
    write(join(dir, `packages/p0/test/t${x}.test.ts`), 'test("x", () => {});\n');

  // Documentation up to 50,000 files: files scan passes by their name.
  for (let x = 0; written < FILES; x++)
    write(join(dir, `docs/d${x % 50}/page${x}.md`), `# Page ${x}\n`);
  if (declared !== DEPENDENCIES) throw new Error(`the tree declares ${declared} dependencies`);
  const counts = { version: TREE_VERSION, files: written, dependencies: declared };
  writeFileSync(marker, JSON.stringify(counts));
  return counts;
}
