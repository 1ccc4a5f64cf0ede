// `npm test`: lint + format check, type-check (renderer, services and the Electron shell against
// electron.d.ts), then every Vitest suite (unit, contract, e2e, electron). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface StepResult {
  name: string;
  ok: boolean;
}

function run(name: string, command: string, args: string[]): StepResult {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
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

const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-test-')), 'vitest.json');
const vitest = run('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

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

for (const step of steps.filter((s) => !s.ok)) console.log(`failed step: ${step.name}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && vitest.ok ? 0 : 1);
