import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** One closing line for CI logs: "e2e: 9 passed, 0 failed, 0 skipped (41.2s)". */
export default class SummaryReporter implements Reporter {
  private readonly counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(_test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.counts.passed++;
    else if (result.status === 'skipped') this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(result: FullResult): void {
    const { passed, failed, skipped } = this.counts;
    const seconds = (result.duration / 1000).toFixed(1);
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds}s) — ${result.status}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
