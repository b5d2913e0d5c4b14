import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEFAULT_PRESET } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { en } from './model';

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
    - button "Keyboard shortcuts (?)"
    - text: Language
    - combobox "Language"
  `);
	// Partial snapshots: every control named, in order; what lies between may change.
	await expect(page.getByRole('complementary', { name: 'Rules and votes' })).toMatchAriaSnapshot(`
    - heading "Rules and votes" [level=2]
    - combobox "Start from"
    - button "Back to the preset" [disabled]
    - heading "The main rules" [level=3]
    - slider "Threshold"
    - textbox "Threshold (type a value)"
    - slider "Single-member district seats"
    - textbox "Single-member district seats (type a value)"
    - combobox "Seat formula"
    - group:
      - slider "Members a party needs"
      - textbox "Members a party needs (type a value)"
      - checkbox "Applications refused or returned, as before 2023" [checked]
    - group: Seats and system
    - group: More list rules
    - group: Turnout and support
    - group: Who may stand
    - group: Integrity lens (hypothetical)
  `);
	// The panels under the chamber are tabs, one open at a time.
	await expect(page.getByRole('tablist', { name: 'More about this chamber' })).toMatchAriaSnapshot(`
    - tab "Seats" [selected]
    - tab "List seats step by step"
    - tab "Districts"
    - tab "Charts"
    - tab "Who stands"
    - tab "How proportional"
    - tab "Compare"
    - tab "Share and save"
  `);
	// The chamber's name gives its composition as the model computes it for the default scenario.
	const chamber = runScenario(DEFAULT_PRESET.scenario).reported;
	const partyOf = (id: string) => DEFAULT_PRESET.scenario.parties.find((p) => p.id === id)!;
	const nameOf = (id: string) => (partyOf(id).shortName ?? partyOf(id).name).en;
	const parts = [
		...chamber.parties.filter((p) => p.seats > 0).map((p) => `${nameOf(p.id)} ${p.seats}`),
		`${en('party.independent')} ${chamber.independents}`
	].join(', ');
	const largest = chamber.parties.reduce((a, b) => (b.seats > a.seats ? b : a));
	// A YAML key in single quotes: the name has colons and apostrophes.
	const key = (role: string, name: string) =>
		`'${role} ${JSON.stringify(name).replaceAll("'", "''")}'`;
	await expect(page.getByRole('region', { name: 'The chamber' })).toMatchAriaSnapshot(`
    - heading "The chamber" [level=2]
    - figure:
      - ${key('group', `Chamber of ${chamber.houseSize} seats: ${parts}.`)}:
        - ${key('button', `${nameOf(largest.id)}, list seat 1 of ${largest.listSeats}`)}
  `);
	await page.goto('/exercises', { waitUntil: 'networkidle' });
	const first = 'baytaq-threshold';
	await expect(page.getByRole('main')).toMatchAriaSnapshot(`
    - heading "Exercises" [level=1]
    - paragraph
    - paragraph:
      - link "For teachers"
      - link "Collect work"
    - combobox "Level":
      - option "all" [selected]
    - combobox "Topic":
      - option "all" [selected]
      - option "Threshold"
      - option "Seat formula"
    - list:
      - listitem:
        - heading ${JSON.stringify(en(`exercise.${first}.title`))} [level=2]:
          - link ${JSON.stringify(en(`exercise.${first}.title`))}:
            - /url: /exercises/${first}?lang=en
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

	test('has no accessibility violations with the sentences on the rules under the tally', async ({
		page
	}) => {
		// A full axe scan of the simulator is slow on a busy 2-core machine.
		test.setTimeout(90_000);
		await page.goto('/?method=dhondt&partyMembers=20000', { waitUntil: 'networkidle' });
		await expect(
			page.getByRole('paragraph').filter({ hasText: /Seats are now shared by D’Hondt/ })
		).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
});
