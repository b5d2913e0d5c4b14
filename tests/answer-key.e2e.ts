/**
 * The answer key stays on the teacher's side: the JavaScript a student's pages load — the
 * simulator with every panel opened, and an exercise, in each language — holds none of the
 * built-in exercises' answer texts (en/kk/ru exercises-key.json) nor their recorded solutions
 * (classroom/exercises/solutions.ts); the teacher's page for an exercise loads both. The second
 * half is the control that proves the scan would see them.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EXERCISES } from '../src/lib/classroom/exercises';
import { SOLUTIONS } from '../src/lib/classroom/exercises/solutions';

const LANGS = ['en', 'kk', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** Each language's answer texts, by exercise id. */
const ANSWERS: Record<Lang, Record<string, string>> = Object.fromEntries(
	LANGS.map((lang) => [
		lang,
		Object.fromEntries(
			Object.entries(
				JSON.parse(readFileSync(`src/lib/i18n/${lang}/exercises-key.json`, 'utf8')) as Record<
					string,
					string
				>
			).map(([key, text]) => [key.split('.')[1]!, text])
		)
	])
) as Record<Lang, Record<string, string>>;

/**
 * What identifies an answer in a script: its longest stretch of plain words (no ICU syntax, which
 * a build may rewrite), with runs of white space made one space.
 */
function fingerprint(text: string): string {
	const stretch = text
		.split(/[{}'#<>]/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.sort((a, b) => b.length - a.length)[0]!;
	expect(stretch.length, text).toBeGreaterThanOrEqual(40);
	return stretch;
}

/** A script's text as its strings read: escapes undone, white space made one space. */
function readable(script: string): string {
	return script
		.replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
		.replace(/\\n/g, '\n')
		.replace(/\\(["'`\\])/g, '$1')
		.replace(/\s+/g, ' ');
}

/** A solution as a build writes the array, in double quotes: `["threshold=2.3"]`. */
const solutionLiteral = (solution: readonly string[]) =>
	`[${solution.map((s) => JSON.stringify(s)).join(',')}]`;

/**
 * Records every script the page loads from now on; `read` fetches their text again (the files
 * never change), as a page that navigated away can no longer give it.
 */
function recordScripts(page: Page): { read: () => Promise<Map<string, string>> } {
	const urls = new Set<string>();
	page.on('response', (response) => {
		if (response.url().endsWith('.js') && response.ok()) urls.add(response.url());
	});
	return {
		read: async () =>
			new Map(
				await Promise.all(
					[...urls].map(
						async (url) => [url, readable(await (await page.request.get(url)).text())] as const
					)
				)
			)
	};
}

/** Which answer texts (per language) and solutions the scripts hold, as `lang:id` and `solution:id`. */
function found(scripts: Map<string, string>): string[] {
	const all = [...scripts.values()].join('\n');
	const hits: string[] = [];
	for (const lang of LANGS) {
		for (const [id, text] of Object.entries(ANSWERS[lang])) {
			if (all.includes(fingerprint(text))) hits.push(`${lang}:${id}`);
		}
	}
	// Quotes of any kind (a build may write `…` for "…"), no white space. The same changes can
	// be another exercise's public start (`set:["threshold=5.3"]`), which is no solution.
	const code = all.replace(/\s/g, '').replace(/[`']/g, '"');
	for (const [id, solution] of Object.entries(SOLUTIONS)) {
		const literal = solutionLiteral(solution);
		for (let at = code.indexOf(literal); at >= 0; at = code.indexOf(literal, at + 1)) {
			if (!/"?set"?:$/.test(code.slice(Math.max(0, at - 6), at))) {
				hits.push(`solution:${id}`);
				break;
			}
		}
	}
	return hits.sort();
}

// Every script comes from the network, where the test sees it, not from a service worker's cache.
test.use({ serviceWorkers: 'block' });

test('every built-in exercise has an answer in each language and a solution', () => {
	for (const lang of LANGS) {
		expect(Object.keys(ANSWERS[lang]).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
	}
	expect(Object.keys(SOLUTIONS).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
});

test("a student's pages load no answer key and no solution, in any language", async ({ page }) => {
	test.setTimeout(120_000);
	const scripts = recordScripts(page);
	for (const lang of LANGS) {
		// The simulator, with every panel opened (each loads its own part), and a seat's story.
		await page.goto(`/?lang=${lang}`, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const tabs = page.getByRole('tablist').getByRole('tab');
		for (let i = 0; i < (await tabs.count()); i++) {
			await tabs.nth(i).click();
			await page.waitForLoadState('networkidle');
		}
		// The exercises, their list and one of them.
		await page.goto(`/exercises?lang=${lang}`, { waitUntil: 'networkidle' });
		await page.goto(`/exercises/${EXERCISES[0]!.id}?lang=${lang}`, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
	}
	const loaded = await scripts.read();
	expect(loaded.size).toBeGreaterThan(10);
	expect(found(loaded)).toEqual([]);
});

test("the teacher's page for an exercise loads its answer key and solution", async ({ page }) => {
	const scripts = recordScripts(page);
	for (const lang of LANGS) {
		await page.goto(`/teach/key?id=${EXERCISES[0]!.id}&lang=${lang}`, {
			waitUntil: 'networkidle'
		});
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByText(fingerprint(ANSWERS[lang][EXERCISES[0]!.id]!))).toBeVisible();
	}
	// The teacher's page loads the whole key (every exercise's), so each must be found.
	expect(found(await scripts.read())).toEqual(
		[
			...LANGS.flatMap((lang) => EXERCISES.map((e) => `${lang}:${e.id}`)),
			...EXERCISES.map((e) => `solution:${e.id}`)
		].sort()
	);
});
