import { expect, test } from '@playwright/test';
import { en, expectChamberShows, modelChamber } from './model';

test('works with no network after the first visit', async ({ page, context }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	// The service worker caches every file while installing; wait until it is in charge.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
		return registration.active?.state;
	});
	await context.setOffline(true);

	// Each page shows its own content, read from the cache: the exercise its title, task and live
	// goal over a working simulator; the about page its sections and sources; the simulator the
	// chamber and the table the model gives for the link.
	await page.goto('/exercises/dhondt-hare', { waitUntil: 'networkidle' });
	await expect(
		page.getByRole('heading', { level: 1, name: en('exercise.dhondt-hare.title'), exact: true })
	).toBeVisible();
	await expect(page.getByText(en('exercise.dhondt-hare.task'), { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Your goal' }).getByRole('status')).toHaveText(
		/Not yet/
	);
	await page.getByLabel('Seat formula').selectOption('dhondt');
	await expect(page.getByRole('region', { name: 'Your goal' }).getByRole('status')).toHaveText(
		/Goal met/
	);

	await page.goto('/about', { waitUntil: 'networkidle' });
	await expect(
		page.getByRole('heading', { level: 1, name: en('about.heading'), exact: true })
	).toBeVisible();
	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
	expect(await sources.getByRole('link').count()).toBeGreaterThan(60);

	await page.goto('/?threshold=7', { waitUntil: 'networkidle' });
	await expect(page.locator('p[aria-live="polite"]')).toContainText(
		'Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds.'
	);
	await expectChamberShows(page, modelChamber('threshold=7'));
});

test('can be installed: the manifest names the app and its icons', async ({ request }) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest.name).toBe('Majilis Lab');
	expect(manifest.display).toBe('standalone');
	expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
});
