import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompile } from './src/lib/i18n/precompile';
import { chromiumLaunchOptions } from './tests/chromium.js';

/**
 * The built app parses its messages at build time (src/lib/i18n/precompile.ts): each catalogue
 * file is rewritten with its messages parsed, and intl-messageformat gets the parser's types
 * without the parser. Only for `vite build`: tests and `vite dev` read the JSON as written.
 */
function precompiledMessages(): Plugin {
	const CATALOGUE_FILE = /\/src\/lib\/i18n\/(en|kk|ru)\/[^/]+\.json$/;
	const PARSER = '@formatjs/icu-messageformat-parser';
	return {
		name: 'majilis:precompiled-messages',
		apply: 'build',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== PARSER) return null;
			return this.resolve(`${PARSER}/no-parser.js`, importer, { skipSelf: true });
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
