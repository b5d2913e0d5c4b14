/**
 * Messages arrive in sections, with the page, panel or language that shows them (see
 * src/lib/i18n/sections.ts). Nowhere, in any language, may a message's key show instead of its
 * text: every page, every panel of the simulator, a seat's story and the shortcuts' help.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const KEYS = readdirSync('src/lib/i18n/en')
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) => Object.keys(JSON.parse(readFileSync(`src/lib/i18n/en/${file}`, 'utf8'))));

/** The message keys the page shows as text. */
async function rawKeys(page: Page): Promise<string[]> {
	const text = await page.locator('body').innerText();
	return KEYS.filter((key) => text.includes(key));
}

for (const lang of ['en', 'kk', 'ru'] as const) {
	test(`every page and panel shows its messages, never their keys (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`/?lang=${lang}`, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const tabs = page.getByRole('tablist').getByRole('tab');
		for (let i = 0; i < (await tabs.count()); i++) {
			await tabs.nth(i).click();
			await expect(page.getByRole('tabpanel')).not.toBeEmpty();
			await page.waitForLoadState('networkidle');
			expect(await rawKeys(page), await tabs.nth(i).innerText()).toEqual([]);
		}
		// A seat's story, and the shortcuts' help.
		await page.locator('.hemicycle .seat').first().click();
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await rawKeys(page)).toEqual([]);
		await page.keyboard.press('Escape');

		for (const path of [
			'/about',
			'/background',
			'/exercises',
			'/exercises/members-barrier',
			'/teach',
			'/teach/key?id=members-barrier',
			'/collect'
		]) {
			await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
				waitUntil: 'networkidle'
			});
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await rawKeys(page), path).toEqual([]);
		}
	});
}
