import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy, one list for the page's <meta> tag (written by SvelteKit, with the
 * hash of its one inline start-up script) and for static/_headers (checked equal by a unit test).
 * Nothing is loaded from elsewhere, no script is evaluated from a string (zod runs jitless, see
 * src/lib/validation.ts), no plugin, no <base>. Styles allow inline attributes: Svelte's
 * `style:` directives and chart.js write them. QR codes and PNG exports are data: and blob: images.
 * 'wasm-unsafe-eval' lets a page compile WebAssembly, and nothing else: no eval, no Function, no
 * string timers (that would be 'unsafe-eval'). It is for /collect's QR reader (ZXing, see
 * src/lib/classroom/qr-reader.ts), whose .wasm is the site's own file; script-src still admits
 * scripts from this site only. A <meta> policy cannot differ for one page that the app reaches by
 * client-side navigation, so it is in the one list.
 * @see https://www.w3.org/TR/CSP3/#wasm-unsafe-eval
 * @see https://svelte.dev/docs/kit/configuration#csp
 * @see https://www.w3.org/TR/CSP3/
 */
/** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'media-src': ['self', 'blob:'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self']
};

/**
 * Components fetched when first shown: the parts of the simulator (src/lib/components/panels.ts;
 * a test holds this list to it) and the shortcuts' dialog. Their styles travel inside their
 * scripts, instead of as stylesheets that SvelteKit would link from every page that might show
 * them.
 */
export const LAZY_PARTS = [
	'explain/ListTierExplanation.svelte',
	'explain/DistrictsExplanation.svelte',
	'explain/SeatStory.svelte',
	'charts/ChartsPanel.svelte',
	'results/BallotPanel.svelte',
	'results/MetricsPanel.svelte',
	'uncertainty/UncertaintyPanel.svelte',
	'results/CompareTable.svelte',
	'ShareTools.svelte',
	'ShortcutsDialog.svelte'
];

/**
 * Components that only those parts (and other pages' own components) draw, or that the home page
 * fetches when first needed (the tally's seat ranges, the update notice): their styles travel in their scripts too,
 * or SvelteKit would link them from the home page.
 */
export const SHARED_BY_LAZY_PARTS = [
	'charts/ChartFigure.svelte',
	'chamber/TallyRange.svelte',
	'chamber/TallyRangeNote.svelte',
	'UpdateNotice.svelte'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			[...LAZY_PARTS, ...SHARED_BY_LAZY_PARTS].some((part) =>
				filename.endsWith(`/src/lib/components/${part}`)
			)
				? { css: 'injected' }
				: undefined
	},
	kit: {
		// A static site: every page is prerendered, nothing runs on a server.
		adapter: adapter({ fallback: undefined, strict: true }),
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
