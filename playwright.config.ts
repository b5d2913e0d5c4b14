import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.js';

/** E2E_PORT lets two runs on one machine use separate preview servers. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: chromiumLaunchOptions
	}
});
