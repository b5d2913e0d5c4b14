import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page shows the 2023 list seats recomputed by the engine', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Majilis Lab' })).toBeVisible();
	const table = page.getByRole('table', { name: /Party-list vote and list seats/ });
	const expected: Record<string, string> = {
		Amanat: '40',
		Auyl: '8',
		Respublica: '6',
		'Ak Zhol': '6',
		"People's Party": '5',
		'Social Democratic': '4',
		Baytaq: '0'
	};
	for (const [party, seats] of Object.entries(expected)) {
		const row = table.getByRole('row', { name: new RegExp(party) });
		await expect(row.getByRole('cell').nth(3)).toHaveText(seats);
		await expect(row.getByRole('cell').nth(4)).toHaveText(seats);
	}
});

test('the home page has no accessibility violations', async ({ page }) => {
	await page.goto('/');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
