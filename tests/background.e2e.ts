import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The page's own words in each language, so the test finds what a reader of that language sees. */
const catalogue = (lang: string): Record<string, string> =>
	JSON.parse(readFileSync(`src/lib/i18n/${lang}/background.json`, 'utf8'));

/** Hosts of copies the app must never link to (issue 9 §3); the page cites publishers only. */
const MIRRORS =
	/worddisk|hyperlinked\.wiki|pinocchiopedia|uncensored|wikivisually|zxc\.wiki|franco\.wiki|av1\.space|cloudfront|staging\.|shhada|te\.gob\.mx|sapo\.pt|news\.lt|world-news247|bestprofi|\/\/\d+\.\d+\.\d+\.\d+/;

test('the background page is reached from the main navigation', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Background', exact: true }).click();
	await expect(page).toHaveURL(/\/background$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Background: how the Majilis is elected' })
	).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Background' })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

for (const lang of ['en', 'ru', 'kk']) {
	test(`in ${lang}: the timeline and the Senate section are there, with no accessibility violations`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		const t = catalogue(lang);
		await page.goto(`/background?lang=${lang}`, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(
			page.getByRole('heading', { level: 1, name: t['background.heading'] })
		).toBeVisible();

		// Five steps, four of them with a chamber drawn small and its makeup in words.
		const timeline = page.getByRole('list', { name: t['background.timeline.label'] });
		await expect(timeline.getByRole('listitem')).toHaveCount(5);
		await expect(timeline.getByRole('heading', { level: 3 })).toHaveCount(5);
		const chambers = timeline.getByRole('img');
		await expect(chambers).toHaveCount(4);
		for (const [i, house] of [67, 77, 107, 98].entries()) {
			await expect(chambers.nth(i)).toHaveAccessibleName(new RegExp(`^${house}\\D`));
		}

		const senate = page.getByRole('region', { name: t['background.senate.heading'] });
		await expect(senate.getByRole('heading', { level: 2 })).toHaveText(
			t['background.senate.heading']!
		);
		await expect(senate.getByRole('img')).toHaveAccessibleName(/^50\D.*40\D.*5\D.*5\D/);
		// Majority, two-thirds and three-quarters of 98 and of 50.
		const rows = senate.getByRole('table').getByRole('row');
		await expect(rows).toHaveCount(4);
		await expect(rows.nth(1)).toContainText(/50\s*26/);
		await expect(rows.nth(2)).toContainText(/66\s*34/);
		await expect(rows.nth(3)).toContainText(/74\s*38/);

		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
}

test('every source is a link to its publisher, never to a copy', async ({ page }) => {
	await page.goto('/background', { waitUntil: 'networkidle' });
	const links = page.getByRole('main').locator('a[rel~="external"]');
	expect(await links.count()).toBeGreaterThan(15);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
		expect(href).toMatch(/^https?:\/\/\S+$/);
		expect(href).not.toMatch(MIRRORS);
	}
	await expect(
		page.getByRole('link', { name: 'Constitution of the Republic of Kazakhstan (Adilet), Art. 62' })
	).toHaveAttribute('href', /^https:\/\/adilet\.zan\.kz\//);
});

test('the ballot order drawn by lot stands beside the simulator’s order', async ({ page }) => {
	await page.goto('/background', { waitUntil: 'networkidle' });
	const table = page.getByRole('table', { name: 'The seven parties of 2023 in two orders' });
	const rows = table.getByRole('row');
	await expect(rows).toHaveCount(8);
	// 4th on the ballot: the People's Party; 4th in the results table: Ak Zhol.
	await expect(rows.nth(4).getByRole('cell').first()).toHaveText("People's Party of Kazakhstan");
	await expect(rows.nth(4).getByRole('cell').last()).toHaveText(
		'Ak Zhol Democratic Party of Kazakhstan'
	);
});
