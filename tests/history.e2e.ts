import { expect, test } from '@playwright/test';

// 2007–2021: 98 list seats and the 9 deputies the Assembly of People of Kazakhstan chose
// (shared/domain/kazakhstan-majilis.md §2), a house of 107 with lines at 54, 72 and 81.
for (const year of [2021, 2016, 2012, 2007]) {
	test(`the ${year} preset draws the 107-seat house, the Assembly of People's 9 seats labelled as their own group`, async ({
		page
	}) => {
		await page.goto(`/?preset=${year}`, { waitUntil: 'networkidle' });
		const chamber = page.getByRole('figure').first();
		await expect(chamber).toContainText(`The 107-seat Majilis as elected in ${year}`);
		await expect(chamber.getByRole('button')).toHaveCount(107);
		const apk = chamber.getByRole('button', { name: /chosen by the Assembly of People/ });
		await expect(apk).toHaveCount(9);
		await expect(
			chamber.getByRole('listitem').filter({ hasText: /Assembly of People/ })
		).toHaveText(/9$/);
		for (const line of ['54', '72', '81'])
			await expect(chamber.getByText(line, { exact: true })).toBeVisible();
	});
}

test('the 2021 table follows Nur Otan to Amanat and never says a predecessor had no seat in 2023', async ({
	page
}) => {
	await page.goto('/?preset=2021', { waitUntil: 'networkidle' });
	const table = page.getByRole('table', { name: /Seats by party in the 107-seat Majilis/ });
	const nurOtan = table.getByRole('row', { name: /^Nur Otan/ });
	await expect(nurOtan).toContainText('(now Amanat)');
	// 76 seats in 2021 against Amanat's 62 in 2023.
	await expect(nurOtan.getByRole('cell').nth(5)).toHaveText('+14');
	await expect(table).not.toContainText('no seat in 2023');
	await expect(table.getByRole('row', { name: /^Adal/ })).toContainText(
		'merged into Amanat in 2022'
	);
});

test('the official 2023 view lists exactly the seven lists of the real ballot', async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const table = page.getByRole('table', { name: /Seats by party in the 98-seat Majilis/ });
	// Seven lists, then self-nominated winners and against all.
	await expect(table.locator('tbody tr')).toHaveCount(7 + 2);
	await expect(table).not.toContainText('new party');
});
