import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEFAULT_PRESET } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { applySet } from '../src/lib/scenario/set';
import { expectChamberShows, modelChamber } from './model';

/** The polite live region that summarises the chamber after each change. */
const summary = (page: Page) => page.locator('p[aria-live="polite"]');

/** Presses Tab until `target` has the focus, as a keyboard user would (at most `limit` times). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 120) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('opens on the official 2023 chamber', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(
		page.getByRole('group', { name: /Chamber of 98 seats: Amanat 62, Auyl 8/ })
	).toBeVisible();
	await expect(summary(page)).toHaveText('Amanat: 40 of 69 list seats, 62 of 98 — a majority.');
});

test('recomposes the chamber when the threshold moves to 7 %, and the table says so', async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const threshold = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await threshold.fill('7');
	await threshold.press('Enter');
	// The polite summary: the largest party's standing, then what changed and why.
	await expect(summary(page)).toHaveText(
		/^Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds\. People's Party and OSDP fell below 7\s?%; their 9 seats went to Amanat \+6/
	);
	await expect(page).toHaveURL(/threshold=7/);
	// Read the list seats from the seats table, as a student would.
	const table = page.getByRole('table', { name: /Seats by party/ });
	const listSeats = (party: RegExp) =>
		table.getByRole('row', { name: party }).getByRole('cell').nth(1);
	await expect(listSeats(/^AMANAT party/)).toHaveText('46');
	await expect(listSeats(/^Auyl/)).toHaveText('9');
	await expect(listSeats(/^Respublica/)).toHaveText('7');
	await expect(listSeats(/^Ak Zhol/)).toHaveText('7');
});

test('reopens a shared link in the same state', async ({ page }) => {
	await page.goto('/?threshold=7&districts=49&method=dhondt', { waitUntil: 'networkidle' });
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('7');
	await expect(page.getByRole('slider', { name: 'Single-member district seats' })).toHaveValue(
		'49'
	);
	await expect(page.getByLabel('Seat formula')).toHaveValue('dhondt');
	await expect(
		page.getByText('District seats from the model, not from real results')
	).toBeVisible();
	// The same state is the same result: the chamber and the table the model gives for these rules.
	await expectChamberShows(page, modelChamber('threshold=7', 'districtSeats=49', 'method=dhondt'));
});

test('a link copied after changing the rules reopens the same chamber elsewhere', async ({
	page,
	browser
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const threshold = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await threshold.fill('3.5');
	await threshold.press('Enter');
	await page.getByLabel('Seat formula').selectOption('sainte-lague');
	const model = modelChamber('threshold=3.5', 'method=sainte-lague');
	await expectChamberShows(page, model);
	await expect(page).toHaveURL(/threshold=3\.5/);

	const other = await (await browser.newContext()).newPage();
	await other.goto(page.url(), { waitUntil: 'networkidle' });
	await expect(other.getByRole('slider', { name: 'Threshold' })).toHaveValue('3.5');
	await expect(other.getByLabel('Seat formula')).toHaveValue('sainte-lague');
	await expectChamberShows(other, model);
	await other.context().close();
});

test('names the part of a broken link it could not read, and keeps the rest', async ({ page }) => {
	await page.goto('/?threshold=banana&districts=49', { waitUntil: 'networkidle' });
	await expect(page.getByRole('alert')).toContainText('threshold');
	await expect(page.getByRole('slider', { name: 'Single-member district seats' })).toHaveValue(
		'49'
	);
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('5');
});

test('keeps the current work when an imported file is not a scenario', async ({ page }) => {
	await page.goto('/?threshold=7', { waitUntil: 'networkidle' });
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('7');
	await page.getByRole('tab', { name: 'Share and save' }).click();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open a scenario file…' }).click();
	await (
		await chooser
	).setFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"version": 1, "totalSeats": "many"}')
	});
	await expect(page.getByRole('status').filter({ hasText: 'broken.json' })).toContainText(
		'not a valid scenario'
	);
	await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('7');
});

test('saves the scenario as JSON and opens it again', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('tab', { name: 'Share and save' }).click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Scenario as JSON' }).click();
	const json = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	json.districtSeats = 0;
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open a scenario file…' }).click();
	await (
		await chooser
	).setFiles({
		name: 'all-list.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(json))
	});
	await expect(page.getByRole('slider', { name: 'Single-member district seats' })).toHaveValue('0');
	await expect(summary(page)).toContainText('56 of 98');
});

test('lets a keyboard walk the seats of the chamber', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const first = page.getByRole('button', { name: 'Amanat, district seat 1 of 22' });
	await first.focus();
	await page.keyboard.press('End');
	await expect(
		page.getByRole('button', { name: 'Self-nominated, district seat 7 of 7' })
	).toBeFocused();
	await page.keyboard.press('Home');
	await expect(first).toBeFocused();
});

test('can be used with the keyboard alone: change the formula, choose a seat, read its story', async ({
	page
}) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	const formula = page.getByLabel('Seat formula');
	await tabTo(page, formula);
	await page.keyboard.press('End');
	await expect(formula).toHaveValue('modified-sainte-lague');
	const firstSeat = page.getByRole('button', { name: 'Amanat, district seat 1 of 22' });
	await tabTo(page, firstSeat);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page.getByText(/Amanat's 2nd district seat/)).toBeVisible();
});

for (const width of [1440, 390]) {
	test(`says beside the chamber how a changed rule shares the seats (${width} px)`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/', { waitUntil: 'networkidle' });
		// One sentence on the rules, seen once whatever the width (under the tally on a phone).
		const rules = page.getByText(/^Seats are now shared by|now elected in single-member/);
		await expect(rules).toHaveCount(0);
		await page.getByLabel('Seat formula').selectOption('dhondt');
		const dhondt = /^Seats are now shared by D’Hondt: each list’s votes are divided by 1, 2, 3/;
		await expect(page.getByText(dhondt).filter({ visible: true })).toHaveCount(1);
		// The formula's sentence and the split's, each when its rule differs from the official one.
		await page.goto('/?method=sainte-lague&districts=40', { waitUntil: 'networkidle' });
		await expect(
			page.getByText(/^Seats are now shared by Sainte-Laguë/).filter({ visible: true })
		).toHaveCount(1);
		await expect(
			page
				.getByText(/40 of the 98 seats are now elected in single-member districts \(it was 29\)/)
				.filter({ visible: true })
		).toHaveCount(1);
		// Back to the law's rules: nothing to explain.
		await page.getByRole('button', { name: 'Back to the preset' }).click();
		await expect(rules).toHaveCount(0);
	});
}

test('says why a list could not stand when a registration barrier keeps it off', async ({
	page
}) => {
	// The model's own check: who falls short of 20,000 members, and by how much.
	const scenario = applySet(DEFAULT_PRESET.scenario, 'partyMembers=20000');
	const kept = runScenario(scenario).access.filter((a) => !a.onBallot);
	const official = runScenario(DEFAULT_PRESET.scenario).reported.parties;
	const lost = kept.filter((a) => (official.find((p) => p.id === a.id)?.seats ?? 0) > 0);
	expect(lost.length).toBeGreaterThan(0);
	await page.goto('/', { waitUntil: 'networkidle' });
	const members = page.getByRole('textbox', { name: /Members a party needs/ });
	await members.fill('20000');
	await members.press('Enter');
	for (const { id, failures } of lost) {
		const party = scenario.parties.find((p) => p.id === id)!;
		const name = (party.shortName ?? party.name).en;
		const failure = failures[0]!;
		expect(failure.rule).toBe('members');
		const has = 'has' in failure ? failure.has.toLocaleString('en') : '';
		// Under the chamber (the paragraph, not the live region's copy of it)…
		await expect(
			page.getByRole('paragraph').filter({
				hasText: new RegExp(`^${name}: a party needs 20,000 members; it has ${has}`)
			})
		).toBeVisible();
		// …and said by the polite live region too, as part of what changed and why.
		await expect(summary(page)).toContainText(`${name}: a party needs 20,000 members`);
	}
});

test('prints the chamber with its title, tally and both sentences on an A4 page', async ({
	page
}) => {
	// An A4 page is narrower than the phone layout's breakpoint: the print must not take it.
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.goto('/?method=dhondt&threshold=7', { waitUntil: 'networkidle' });
	await expect(page.getByText(/^Seats are now shared by D’Hondt/).first()).toBeAttached();
	await page.emulateMedia({ media: 'print' });
	for (const text of [
		'The 98-seat Majilis under these rules (hypothetical)',
		/^People's Party and OSDP fell below 7 ?%; their 9 seats went to/,
		/^Seats are now shared by D’Hondt/
	]) {
		await expect(page.getByText(text).filter({ visible: true })).toHaveCount(1);
	}
	await expect(page.getByText(/^Choose a seat in the chamber/)).toBeHidden();
});

test('has no accessibility violations', async ({ page }) => {
	// A full axe scan of the simulator is slow on a busy 2-core machine.
	test.setTimeout(90_000);
	await page.goto('/', { waitUntil: 'networkidle' });
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test('has no accessibility violations with the model, the lens and every section open', async ({
	page
}) => {
	// A full axe scan of the simulator, every section open, is slow on a busy 2-core machine.
	test.setTimeout(90_000);
	await page.goto('/?districts=49&integrity=true', { waitUntil: 'networkidle' });
	await expect(page.getByText('Adjusted chamber (hypothetical)').first()).toBeVisible();
	const closed = page.locator('details:not([open]) > summary');
	while ((await closed.count()) > 0) await closed.first().click();
	// Every panel under the chamber, one after another.
	const tabs = page.getByRole('tab');
	for (let i = 0; i < (await tabs.count()); i++) {
		await tabs.nth(i).click();
		const results = await new AxeBuilder({ page }).include('[role="tabpanel"]').analyze();
		expect(results.violations, await tabs.nth(i).innerText()).toEqual([]);
	}
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});

test('lists its keyboard shortcuts in a dialog, and the shortcuts work', async ({ page }) => {
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await page.keyboard.press('t');
	const slider = page.getByRole('slider', { name: 'Threshold' });
	await expect(slider).toBeFocused();
	// One arrow press moves the slider one step up, and the chamber follows.
	const before = Number(await slider.inputValue());
	const step = Number(await slider.getAttribute('step'));
	const after = String(Math.round((before + step) * 1e6) / 1e6);
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveValue(after);
	await expect(page.getByRole('textbox', { name: 'Threshold (type a value)' })).toHaveValue(after);
	await expect(page).toHaveURL(new RegExp(`threshold=${after.replace('.', '\\.')}`));
	await expectChamberShows(page, modelChamber(`threshold=${after}`));
	await page.locator('body').click({ position: { x: 5, y: 300 } });
	await page.keyboard.press('c');
	await expect(page.getByRole('button', { name: /^Amanat, district seat 1 of/ })).toBeFocused();
});
