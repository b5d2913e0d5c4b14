/**
 * The chamber as drawn: seats big enough to hit on a desktop, and majority-line labels that stay
 * inside the diagram, clear of its caption and of each other, in every language.
 */
import { expect, test } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.use({ viewport: { width: 1440, height: 900 } });

for (const [lang, query] of [
	['en', ''],
	['ru', ''],
	['kk', ''],
	['en', '&total=107&districts=0'],
	['kk', '&total=150'],
	['ru', '&total=29&districts=0']
] as const) {
	test(`at 1440 px in ${lang} (${query || 'the 2023 chamber'}), seats are ≥ 24 px targets and line labels collide with nothing`, async ({
		page
	}) => {
		await page.goto(`/?lang=${lang}${query}`, { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const figure = page.locator('figure').first();
		const seats = figure.locator('svg').first().getByRole('button');
		const count = await seats.count();
		expect(count).toBeGreaterThanOrEqual(29);
		const boxes = await seats.evaluateAll((els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return { width: r.width, height: r.height };
			})
		);
		// WCAG 2.2 target size (minimum): 24 by 24 CSS pixels.
		for (const box of boxes) {
			expect(box.width).toBeGreaterThanOrEqual(24);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		const caption = (await figure.locator('figcaption').boundingBox())!;
		const svg = (await figure.locator('svg').first().boundingBox())!;
		const labels = await figure.locator('svg').first().locator('text').all();
		expect(labels).toHaveLength(3);
		const labelBoxes = await Promise.all(labels.map(async (l) => (await l.boundingBox())!));
		labelBoxes.forEach((box, i) => {
			expect(overlap(box, caption)).toBe(false);
			// Inside the drawing, so nothing outside it can clip or cover a label.
			expect(box.y).toBeGreaterThanOrEqual(svg.y);
			expect(box.x).toBeGreaterThanOrEqual(svg.x);
			expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width);
			for (const other of labelBoxes.slice(i + 1)) expect(overlap(box, other)).toBe(false);
		});
	});
}
