import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A message of a language's catalogue, by file and key, with `{name}` arguments filled in. */
function message(lang: string, file: string, key: string, args: Record<string, string> = {}) {
	const catalogue = JSON.parse(readFileSync(`src/lib/i18n/${lang}/${file}.json`, 'utf8'));
	const text: string = catalogue[key];
	return text.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}

/** Whether the element lies wholly inside the viewport (no scrolling needed to see it). */
async function inFirstViewport(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	return (
		box !== null &&
		box.y >= 0 &&
		box.x >= 0 &&
		box.y + box.height <= viewport.height &&
		box.x + box.width <= viewport.width
	);
}

for (const lang of ['en', 'ru', 'kk']) {
	test.describe(`one screen at 1440 × 900 (${lang})`, () => {
		test.use({ viewport: { width: 1440, height: 900 } });

		test('shows the chamber, the tally and the main rules without scrolling, and what a 7 % threshold changed', async ({
			page
		}) => {
			await page.goto(`/?lang=${lang}`, { waitUntil: 'networkidle' });
			const controls = [
				message(lang, 'controls', 'controls.threshold'),
				message(lang, 'controls', 'controls.districtSeats'),
				message(lang, 'controls', 'controls.partyMembers')
			];
			for (const label of controls) {
				const slider = page.getByRole('slider', { name: label, exact: true });
				expect(await inFirstViewport(page, slider), label).toBe(true);
			}
			const formula = page.getByRole('combobox', {
				name: message(lang, 'controls', 'controls.method'),
				exact: true
			});
			expect(await inFirstViewport(page, formula)).toBe(true);
			const chamber = page.getByRole('figure').first();
			expect(await inFirstViewport(page, chamber)).toBe(true);
			const tally = page.getByRole('table', {
				name: message(lang, 'app', 'tally.reference.official', { year: '2023' })
			});
			expect(await inFirstViewport(page, tally)).toBe(true);

			const threshold = page.getByRole('textbox', {
				name: new RegExp(`^${message(lang, 'controls', 'controls.threshold')}`)
			});
			await threshold.fill('7');
			await threshold.press('Enter');
			// The official shares (fact sheet §1.1): People's Party 6.80 %, Social Democrats 5.20 %;
			// at 7 % their 5 + 4 seats are shared again, Amanat gaining 6 (40 → 46 list seats).
			const amanat = tally.getByRole('row').filter({ hasText: /AMANAT|Amanat/ });
			await expect(amanat).toContainText('+6');
			const below = tally.getByRole('row').filter({ hasText: /7\s?%/ });
			await expect(below).toHaveCount(2);
			await expect(below.nth(0)).toContainText(/6[.,]80/);
			await expect(below.nth(1)).toContainText(/5[.,]20/);
			expect(await inFirstViewport(page, tally)).toBe(true);
		});
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('keeps the chamber in view at no more than 30 % of the screen while the threshold changes', async ({
		page
	}) => {
		await page.goto('/', { waitUntil: 'networkidle' });
		const threshold = page.getByRole('textbox', { name: /^Threshold/ });
		await threshold.scrollIntoViewIfNeeded();
		await threshold.fill('7');
		await threshold.press('Enter');
		const chamber = page.getByRole('figure').first();
		const box = await chamber.boundingBox();
		expect(box).not.toBeNull();
		expect(box!.y).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(844 * 0.3);
		await expect(page.getByText(/fell below 7\s?%/).first()).toBeInViewport();
	});
});

test('opens the panel a link names, and keeps the open panel in the link', async ({ page }) => {
	await page.goto('/?threshold=7#metrics', { waitUntil: 'networkidle' });
	await expect(page.getByRole('tab', { name: 'How proportional' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await page.getByRole('tab', { name: 'Charts' }).click();
	await expect(page).toHaveURL(/threshold=7.*#charts$/);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Who stands' })).toBeFocused();
	await expect(page).toHaveURL(/#ballot$/);
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('every table under the chamber reads as cards, with no cell cut off', async ({ page }) => {
		await page.goto('/?threshold=7', { waitUntil: 'networkidle' });
		const tabs = page.getByRole('tab');
		for (let i = 0; i < (await tabs.count()); i++) {
			const tab = tabs.nth(i);
			await tab.click();
			const panel = page.getByRole('tabpanel');
			const cells = panel.locator('td, th');
			if ((await cells.count()) === 0) continue;
			const cut = await panel.evaluate(
				(root) =>
					[...root.querySelectorAll('td, th')]
						.map((cell) => cell.getBoundingClientRect())
						.filter((r) => r.width > 0 && (r.right > innerWidth + 0.5 || r.left < -0.5)).length
			);
			expect(cut, await tab.innerText()).toBe(0);
		}
		// A card names each value with its column: the seats table's "Total seats" line.
		await page.getByRole('tab', { name: 'Seats', exact: true }).click();
		const amanat = page.getByRole('row', { name: /^AMANAT party/ });
		await expect(amanat.locator('td[data-label="Total seats"]')).toHaveText('68');
	});
});
