import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompile } from './src/lib/i18n/precompile.js';
import { chromiumLaunchOptions } from './tests/chromium.js';

/**
 * The built app parses its messages at build time (src/lib/i18n/precompile.ts): each catalogue
 * file is rewritten with its messages parsed, and the parser (precompile.ts) is replaced by a
 * stand-in (precompile-built.ts). Only for `vite build`: tests and `vite dev` read the JSON as
 * written.
 */
function precompiledMessages(): Plugin {
	const CATALOGUE_FILE = /\/src\/lib\/i18n\/(en|kk|ru)\/[^/]+\.json$/;
	return {
		name: 'majilis:precompiled-messages',
		apply: 'build',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith('/precompile') || !importer) return null;
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			if (!resolved?.id.endsWith('/src/lib/i18n/precompile.ts')) return null;
			return fileURLToPath(new URL('./src/lib/i18n/precompile-built.ts', import.meta.url));
		},
		transform(code, id) {
			const locale = CATALOGUE_FILE.exec(id)?.[1];
			if (!locale) return null;
			return { code: JSON.stringify(precompile(JSON.parse(code), locale)), map: null };
		}
	};
}

export default defineConfig({
	plugins: [precompiledMessages(), sveltekit()],
	test: {
		expect: { requireAssertions: true },
		// A `.only` left in a file would silently skip the rest of the suite in CI.
		allowOnly: !process.env.CI,
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/unit.json' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					setupFiles: ['src/lib/i18n/test-setup.ts'],
					include: ['src/**/*.{test,spec}.{js,ts}'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			},
			{
				extends: './vite.config.ts',
				// Tests format messages as written, with the ICU parser: bundled before the first
				// test file loads, not discovered (and the browser reloaded) in the middle of a run.
				optimizeDeps: { include: ['@formatjs/icu-messageformat-parser'] },
				test: {
					name: 'client',
					setupFiles: ['src/lib/i18n/test-setup.ts'],
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
