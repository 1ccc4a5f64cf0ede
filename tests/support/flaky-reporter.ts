// Lists the tests that passed only on their retry, so `npm test` can name them in its summary
// line: a retry keeps one slow moment of a shared machine from failing CI, and this keeps the
// flake visible instead of hiding it (decision 016).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export interface FlakyTest {
  file: string;
  name: string;
  retries: number;
  /** The first line of what failed before the retry passed: where to start mending it. */
  firstFailure: string;
}

export const FLAKY_REPORT_ENV = 'HALL_KIOSK_FLAKY_REPORT';

export default class FlakyReporter implements Reporter {
  private readonly flaky: FlakyTest[] = [];

  onTestCaseResult(test: TestCase): void {
    const diagnostic = test.diagnostic();
    if (!diagnostic?.flaky) return;
    this.flaky.push({
      file: path.relative(process.cwd(), test.module.moduleId),
      name: test.fullName,
      retries: diagnostic.retryCount,
      firstFailure: test.result().errors?.[0]?.message.split('\n')[0] ?? '(no message)',
    });
  }

  onTestRunEnd(): void {
    const out = process.env[FLAKY_REPORT_ENV];
    if (out) writeFileSync(out, JSON.stringify(this.flaky, null, 2));
  }
}
