import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium.js';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: 2,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	webServer: {
		command: 'npm run preview',
		url: 'http://127.0.0.1:4173',
		reuseExistingServer: !process.env.CI
	},
	use: {
		baseURL: 'http://127.0.0.1:4173',
		launchOptions: chromiumLaunchOptions
	}
});
