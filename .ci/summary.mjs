// Reads what .ci/run left in reports/: each stage's exit status (stages.txt), the vitest JSON
// report (unit.json) and the Playwright JSON reports (e2e.json, e2e-alone.json). Prints each stage's result, names
// every test file that failed to load (each counted as one failure), and closes with
// "N passed, N failed, N skipped" (skipped counts skipped and todo tests). Exits non-zero when any
// stage failed, any test failed, or no test ran.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null);
const stages = (read('reports/stages.txt') ?? '')
	.trim()
	.split('\n')
	.filter(Boolean)
	.map((line) => {
		const [name, code] = line.split(' ');
		return { name, code };
	});

let passed = 0;
let failed = 0;
let skipped = 0;
/** Failed tests counted by each runner, to tell a stage that failed without a failed test. */
const failedIn = { unit: 0, e2e: 0 };
/** Failures the runners did not count as a failed test: a file that did not load, a crash. */
const problems = [];

const unitText = read('reports/unit.json');
if (unitText !== null) {
	const unit = JSON.parse(unitText);
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	failedIn.unit = unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
	for (const file of unit.testResults ?? []) {
		// A file that throws while loading has no test results of its own, only a message.
		if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
			const name = relative(process.cwd(), file.name);
			const why = (file.message ?? '').split('\n')[0];
			problems.push(`unit: ${name} failed to load: ${why}`);
			failed += 1;
			failedIn.unit += 1;
		}
	}
}

// The end-to-end tests run in two parts (scripts/e2e.mjs): most of them two at a time, then the
// ones that measure time (@alone) by themselves. Each part must have run tests.
for (const part of ['e2e', 'e2e-alone']) {
	const e2eText = read(`reports/${part}.json`);
	if (e2eText === null) continue;
	const e2e = JSON.parse(e2eText);
	if (e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped === 0) {
		problems.push(`e2e: reports/${part}.json: no test ran`);
		failed += 1;
		failedIn.e2e += 1;
	}
	// A flaky test failed once and passed on a retry its file allows (only timing-sensitive tests
	// do, e.g. the long-task check on a busy machine): it counts as passed and is named below.
	passed += e2e.stats.expected + e2e.stats.flaky;
	failed += e2e.stats.unexpected;
	failedIn.e2e += e2e.stats.unexpected;
	if (e2e.stats.flaky > 0) {
		const flaky = [];
		const walk = (suite) => {
			for (const spec of suite.specs ?? []) {
				for (const t of spec.tests ?? []) if (t.status === 'flaky') flaky.push(spec.title);
			}
			for (const child of suite.suites ?? []) walk(child);
		};
		for (const suite of e2e.suites ?? []) walk(suite);
		problems.push(`e2e: ${e2e.stats.flaky} flaky, passed on a retry: ${flaky.join('; ')}`);
	}
	skipped += e2e.stats.skipped;
	// Errors outside any test: a file that does not load, a `.only` refused in CI, the web server.
	for (const error of e2e.errors ?? []) {
		const where = error.location ? ` in ${relative(process.cwd(), error.location.file)}` : '';
		problems.push(`e2e: error outside any test${where}: ${(error.message ?? '').split('\n')[0]}`);
		failed += 1;
		failedIn.e2e += 1;
	}
}

for (const { name, code } of stages) {
	const result = code === '0' ? 'passed' : code === 'not-run' ? 'not run' : `failed (exit ${code})`;
	console.log(`ci: ${name}: ${result}`);
}
for (const problem of problems) console.log(`ci: ${problem}`);

// A stage that failed without a failed test to show for it (type check, lint, build, a test file
// that did not load, a runner that stopped, end-to-end tests not run) counts as one failure, so
// that the closing line cannot read clean.
const stageFailed = stages.some(({ code }) => code !== '0');
for (const { name, code } of stages) {
	if (code !== '0' && !(failedIn[name] > 0)) failed += 1;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(stageFailed || failed > 0 || passed === 0 ? 1 : 0);
