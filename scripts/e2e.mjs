// `npm run test:e2e`: every end-to-end test, in two runs of Playwright. First everything but the
// tests tagged @alone, two at a time; then the @alone ones (the latency drags and the large
// paste's long tasks, which measure time) one at a time with nothing else running, so that their
// figures are the page's and not a second test's browser competing for the same cores. Each run
// writes its own JSON report (reports/e2e.json, reports/e2e-alone.json; .ci/summary.mjs reads
// both). Arguments are passed to both runs; exits non-zero when either run failed.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runs = [
	{ report: 'reports/e2e.json', select: ['--grep-invert', '@alone'] },
	{ report: 'reports/e2e-alone.json', select: ['--grep', '@alone', '--workers=1'] }
];
let code = 0;
for (const { report, select } of runs) {
	// A part that a filter leaves empty (one file given, with no @alone test) is not a failure;
	// CI's summary checks that both parts ran tests.
	const run = spawnSync('npx', ['playwright', 'test', '--pass-with-no-tests', ...select, ...args], {
		stdio: 'inherit',
		env: { ...process.env, E2E_REPORT: report }
	});
	if (run.status !== 0) code = run.status ?? 1;
}
process.exit(code);
