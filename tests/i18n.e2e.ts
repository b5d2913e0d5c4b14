import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('switches to Kazakh, keeps the choice, and formats numbers the Kazakh way', async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByLabel('Language').selectOption('kk');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page).toHaveURL(/lang=kk/);
	// The navigation, headings and table are in Kazakh, with a decimal comma.
	const nav = page.getByRole('navigation');
	await expect(nav).not.toContainText('Simulator');
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
		/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/
	);
	await expect(page.getByRole('table').first()).toContainText('53,90');
	await page.goto('/about', { waitUntil: 'networkidle' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
});

test('opens a Russian link in Russian, with Russian party names', async ({ page }) => {
	await page.goto('/?lang=ru&threshold=7', { waitUntil: 'networkidle' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('p[aria-live="polite"]')).toContainText('Аманат');
	await expect(page.getByRole('table').first()).toContainText('53,90');
});

for (const lang of ['kk', 'ru']) {
	for (const path of ['/', '/about', '/exercises', '/exercises/baytaq-threshold']) {
		test(`${path} in ${lang} has no accessibility violations`, async ({ page }) => {
			await page.goto(`${path}?lang=${lang}`, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations).toEqual([]);
		});
	}
}
