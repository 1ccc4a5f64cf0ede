// `npm test`: lint + format check, type-check (renderer, services and the Electron shell against
// electron.d.ts), then every Vitest suite (unit, contract, e2e, electron). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FLAKY_REPORT_ENV, type FlakyTest } from '../tests/support/flaky-reporter';

interface StepResult {
  name: string;
  ok: boolean;
}

function run(name: string, command: string, args: string[], env = process.env): StepResult {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return { name, ok: result.status === 0 };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const extra = process.argv.slice(2);
const steps: StepResult[] = [
  run('lint', 'npx', ['biome', 'ci', '.']),
  run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']),
  run('typecheck renderer', 'npx', ['tsc', '-p', 'renderer/tsconfig.json']),
];

const reportDir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-test-'));
const report = path.join(reportDir, 'vitest.json');
const flakyReport = path.join(reportDir, 'flaky.json');
const vitest = run(
  'vitest',
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--reporter=./tests/support/flaky-reporter.ts',
    `--outputFile.json=${report}`,
    ...extra,
  ],
  { ...process.env, [FLAKY_REPORT_ENV]: flakyReport },
);

let passed = steps.filter((s) => s.ok).length;
let failed = steps.filter((s) => !s.ok).length;
let skipped = 0;
try {
  const counts = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
  passed += counts.numPassedTests;
  failed += counts.numFailedTests;
  skipped += counts.numPendingTests + counts.numTodoTests;
  if (!vitest.ok && counts.numFailedTests === 0) failed += 1; // a suite that failed to load
} catch {
  failed += 1; // vitest produced no report: count the run itself as failed
}

let flaky: FlakyTest[] = [];
try {
  flaky = JSON.parse(readFileSync(flakyReport, 'utf8')) as FlakyTest[];
} catch {
  // no report: vitest stopped before the end of the run, already counted as failed above
}

for (const step of steps.filter((s) => !s.ok)) console.log(`failed step: ${step.name}`);
for (const test of flaky) {
  console.log(`passed only on retry: ${test.file} > ${test.name}\n  first failure: ${test.firstFailure}`);
}
const flakyNote = flaky.length > 0 ? ` (${flaky.length} only on retry, named above)` : '';
console.log(`\ntests: ${passed} passed${flakyNote}, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && vitest.ok ? 0 : 1);
