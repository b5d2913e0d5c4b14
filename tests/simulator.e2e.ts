import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('opens on the official 2023 chamber', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('group', { name: /Chamber of 98 seats: Amanat 62, Auyl 8/ })
	).toBeVisible();
	await expect(page.getByText('Amanat: 40 of 69 list seats, 62 of 98 — a majority.')).toBeVisible();
});

test('recomposes the chamber when the threshold moves to 7 %', async ({ page }) => {
	await page.goto('/');
	const threshold = page.getByRole('spinbutton', { name: 'Threshold (type a value)' });
	await threshold.fill('7');
	await threshold.press('Enter');
	await expect(
		page.getByText('Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds.')
	).toBeVisible();
	await expect(page).toHaveURL(/threshold=7/);
});

test('reopens a shared link in the same state', async ({ page }) => {
	await page.goto('/?threshold=7&districts=49&method=dhondt');
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('7');
	await expect(page.getByRole('slider', { name: 'Single-member district seats' })).toHaveValue(
		'49'
	);
	await expect(page.getByLabel('Seat formula')).toHaveValue('dhondt');
	await expect(
		page.getByText('District seats from the model, not from real results')
	).toBeVisible();
});

test('names the part of a broken link it could not read, and keeps the rest', async ({ page }) => {
	await page.goto('/?threshold=banana&districts=49');
	await expect(page.getByRole('alert')).toContainText('threshold');
	await expect(page.getByRole('slider', { name: 'Single-member district seats' })).toHaveValue(
		'49'
	);
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('5');
});

test('lets a keyboard walk the seats of the chamber', async ({ page }) => {
	await page.goto('/');
	const first = page.getByRole('button', { name: 'Amanat, district seat 1 of 22' });
	await first.focus();
	await page.keyboard.press('End');
	await expect(
		page.getByRole('button', { name: 'Self-nominated, district seat 7 of 7' })
	).toBeFocused();
	await page.keyboard.press('Home');
	await expect(first).toBeFocused();
});

test('has no accessibility violations', async ({ page }) => {
	await page.goto('/');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
