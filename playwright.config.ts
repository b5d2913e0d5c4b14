import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.js';

/** E2E_PORT lets two runs on one machine use separate preview servers. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	// A `test.only` left in a file would silently skip the rest of the suite in CI.
	forbidOnly: !!process.env.CI,
	workers: 2,
	// scripts/e2e.mjs runs the suite in two parts, each with its own report.
	reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		// Never test a server this run did not start: it may be an old build, or another
		// checkout's. A port already in use fails the run (--strictPort) instead.
		reuseExistingServer: false
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions
	}
});
