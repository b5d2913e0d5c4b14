// Sums the vitest and Playwright JSON reports into the closing line "N passed, N failed".
// Exits non-zero when anything failed, when `npm test` failed, or when no test ran.
import { existsSync, readFileSync } from 'node:fs';

const testStatus = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

if (existsSync('reports/unit.json')) {
	const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
}

if (existsSync('reports/e2e.json')) {
	const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + e2e.stats.flaky;
}

if (testStatus !== 0 && failed === 0) {
	// A step outside the test runners failed (type check, lint, build): count it.
	console.log('ci: npm test failed outside the test runners; see the output above');
	failed = 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
