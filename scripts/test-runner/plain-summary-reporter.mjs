// Prints one plain closing line, `N passed, N failed, N skipped`, which CI reads, after the
// per-file counts and the full name of every failed test (the runner's own report names a test
// that timed out in a hook by its error only).
// A test file that fails to load, or that errors outside a test, counts as one failure.

function countSuite(suite, totals, failures, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      failures.push(`${[...path, test.name].join(' > ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, totals, failures, [...path, child.name]);
}

export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const perFile = [];
      const failures = [];
      for (const session of sessions) {
        const name = session.testFile.replace(process.cwd() + '/', '');
        const file = { passed: 0, failed: 0, skipped: 0 };
        const fileFailures = [];
        if (session.testResults) countSuite(session.testResults, file, fileFailures);
        if ((session.errors ?? []).length > 0 || (!session.passed && !session.testResults)) {
          file.failed += 1;
          fileFailures.push(`(outside a test): ${session.errors?.[0]?.message ?? 'the file did not run'}`);
        }
        perFile.push(`${name}: ${file.passed} passed, ${file.failed} failed`);
        failures.push(...fileFailures.map((failure) => `  ${name} > ${failure.split('\n')[0]}`));
        for (const key of Object.keys(totals)) totals[key] += file[key];
      }
      // Printed after the runner's own summary so the totals are the last line of the output.
      process.on('exit', () => {
        process.stdout.write(`\n${perFile.sort().join('\n')}\n`);
        if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.join('\n')}\n`);
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
