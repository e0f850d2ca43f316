// Prints one plain closing line, `N passed, N failed, N skipped`, which CI reads.
// A test file that fails to load, or that errors outside a test, counts as one failure.

function countSuite(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
}

export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const perFile = [];
      for (const session of sessions) {
        const file = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countSuite(session.testResults, file);
        if ((session.errors ?? []).length > 0 || (!session.passed && !session.testResults)) {
          file.failed += 1;
        }
        perFile.push(`${session.testFile.replace(process.cwd() + '/', '')}: ${file.passed} passed, ${file.failed} failed`);
        for (const key of Object.keys(totals)) totals[key] += file[key];
      }
      // Printed after the runner's own summary so the totals are the last line of the output.
      process.on('exit', () => {
        process.stdout.write(`\n${perFile.sort().join('\n')}\n`);
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
