import { expect, test } from '@playwright/test';

const ROUTES = [
	'/',
	'/about',
	'/background',
	'/exercises',
	'/exercises/dhondt-hare',
	'/teach',
	'/collect'
];

test.describe('at 320 px, as at 200 % zoom on a 640 px screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const path of ROUTES) {
		test(`${path} needs no sideways scrolling`, async ({ page }) => {
			await page.goto(path, { waitUntil: 'networkidle' });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}
});

test('the main views keep their accessible structure', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByRole('banner')).toMatchAriaSnapshot(`
    - link "Majilis Lab"
    - navigation "Main":
      - list:
        - listitem:
          - link "Simulator"
        - listitem:
          - link "Exercises"
        - listitem:
          - link "Background"
        - listitem:
          - link "About"
    - text: Language
    - combobox "Language"
  `);
	await expect(page.getByRole('complementary', { name: 'Rules and votes' })).toMatchAriaSnapshot(`
    - button "Keyboard shortcuts (?)"
    - text: Start from
    - combobox "Start from"
  `);
	await expect(page.getByRole('region', { name: 'The chamber' })).toMatchAriaSnapshot(`
    - heading "The chamber" [level=2]
    - figure:
      - group /Chamber of 98 seats. Amanat 62/
  `);
	await page.goto('/exercises', { waitUntil: 'networkidle' });
	await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "Exercises" [level=1]
    - paragraph
    - paragraph:
      - link "For teachers"
      - link "Collect work"
    - text: Level
    - combobox "Level"
    - text: Topic
    - combobox "Topic"
  `);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
	test('every seat can also be chosen from a full-size list, and its story read', async ({
		page
	}) => {
		await page.goto('/', { waitUntil: 'networkidle' });
		const picker = page.getByLabel('Or choose a seat from the list');
		const box = await picker.boundingBox();
		expect(box!.height).toBeGreaterThanOrEqual(24);
		expect(box!.width).toBeGreaterThanOrEqual(24);
		await picker.selectOption({ label: 'list seat 4 of 4' });
		await expect(page.getByText(/4th list seat/)).toBeVisible();
	});
});
