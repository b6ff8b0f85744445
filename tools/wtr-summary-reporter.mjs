// Prints the closing line CI reads ("wtr: N passed, N failed, N skipped").
// wtr's dynamic terminal erases lines written from stop(), so the line is written at process exit.
export function summaryReporter() {
  let line = '';
  process.on('exit', () => {
    if (line) process.stdout.write(`\n${line}\n`);
  });
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && s.errors.length > 0) failed++; // a file that failed to load counts as a failure
      }
      line = `wtr: ${passed} passed, ${failed} failed, ${skipped} skipped`;
    },
  };
}
