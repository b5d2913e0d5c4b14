import { expect, test } from '@playwright/test';

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

	await page.goto('/exercises/dhondt-hare', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toContainText('D');
	await page.goto('/about');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('/?threshold=7', { waitUntil: 'networkidle' });
	await expect(page.locator('p[aria-live="polite"]')).toHaveText(
		'Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds.'
	);
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
