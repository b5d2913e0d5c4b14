import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const ROUTES = [
	'/',
	'/about',
	'/background',
	'/exercises',
	'/exercises/baytaq-threshold',
	'/teach',
	'/collect'
];

/**
 * English sentences that would give away an untranslated view: every English message without
 * arguments, long enough not to be a name or a code that stays the same in every language.
 */
const englishSentences = readdirSync('src/lib/i18n/en')
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) =>
		Object.values(
			JSON.parse(readFileSync(`src/lib/i18n/en/${file}`, 'utf8')) as Record<string, string>
		)
	)
	.filter((text) => !text.includes('{') && text.length >= 16 && /\s/.test(text));

test('switches to Kazakh, keeps the choice, and formats numbers the Kazakh way', async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByLabel('Language').selectOption('kk');
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page).toHaveURL(/lang=kk/);
	await expect(page.locator('header nav')).not.toContainText('Simulator');
	// The seats table (the tally beside the chamber gives seats only).
	await expect(page.getByRole('table').filter({ hasText: '53,90' })).toHaveCount(1);
	// The choice is kept for the next page and the next visit.
	await page.goto('/about', { waitUntil: 'networkidle' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
});

test('opens a Russian link in Russian, with Russian party names', async ({ page }) => {
	await page.goto('/?lang=ru&threshold=7', { waitUntil: 'networkidle' });
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.locator('p[aria-live="polite"]')).toContainText('«AMANAT»');
	// The seats table (the tally beside the chamber gives seats only).
	await expect(page.getByRole('table').filter({ hasText: '53,90' })).toHaveCount(1);
});

for (const lang of ['kk', 'ru']) {
	for (const path of ROUTES) {
		test(`${path} in ${lang} is fully translated and has no accessibility violations`, async ({
			page
		}) => {
			// A full axe scan of the simulator is slow on a busy 2-core machine.
			test.setTimeout(90_000);
			await page.goto(`${path}?lang=${lang}`, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('header nav')).not.toContainText('Exercises');
			const text = await page.locator('body').innerText();
			const left = englishSentences.filter((sentence) => text.includes(sentence));
			expect(left).toEqual([]);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations).toEqual([]);
		});
	}
}
