// Prints one line, "N passed, N failed", from every package's Vitest JSON report, and fails
// when a package that has tests wrote no report (its tests did not run) or any test failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const name of readdirSync('packages').sort()) {
  const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
  if (!manifest.scripts?.test) continue;
  const report = `packages/${name}/.vitest/report.json`;
  if (!existsSync(report)) {
    missing.push(name);
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  // A test file that fails before any test runs (an import error) counts once as a failure.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  failed += json.numFailedTests + brokenFiles;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
}
if (missing.length > 0)
  console.error(`No test report from: ${missing.join(', ')} (their tests did not run).`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || missing.length > 0 || passed === 0 ? 1 : 0;
