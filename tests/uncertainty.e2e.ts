import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { monteCarlo, type MonteCarloResult } from '../src/lib/scenario/montecarlo';
import { DEFAULT_PRESET, officialDistrictsFor } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { applySet } from '../src/lib/scenario/set';
import { PANEL_SEED } from '../src/lib/uncertainty/protocol';

/**
 * "How sure is this?" on the page: a 20,000-run job in the worker while the threshold slider is
 * moved with the keyboard. The chamber must follow every step at once (the input→chamber time of
 * each step is printed, not asserted: timing asserts flake on a shared machine), the job must
 * start again for the new scenario (its numbers are those this test computes for the new
 * threshold, in this process, with the panel's seed), the tally's seat ranges must be cleared by
 * the change and drawn again when the new run finishes, and the panel's numbers are in a table.
 */

type Catalogue = Record<string, string>;
const catalogue = (lang: string, file: string) =>
	JSON.parse(readFileSync(`src/lib/i18n/${lang}/${file}.json`, 'utf8')) as Catalogue;
const APP = catalogue('en', 'app');
const UNCERTAINTY = { en: 0, ru: 0, kk: 0 } as Record<string, unknown>;
for (const lang of Object.keys(UNCERTAINTY)) UNCERTAINTY[lang] = catalogue(lang, 'uncertainty');
const messages = (lang: string) => UNCERTAINTY[lang] as Catalogue;

const PANEL_ERROR = 2;
/** Generous: a job of 20,000 runs on a busy 2-core machine. */
const WAIT = { timeout: 90_000 };

/** The scenario at a threshold, as the page makes it from the slider's value. */
const scenarioAt = (threshold: string) =>
	applySet(DEFAULT_PRESET.scenario, `threshold=${threshold}`);

/** The panel's run for the scenario at a threshold, computed here. */
function panelRun(threshold: string, runs: number): MonteCarloResult {
	const scenario = scenarioAt(threshold);
	return monteCarlo(scenario, {
		runs,
		error: PANEL_ERROR,
		seed: PANEL_SEED,
		official: officialDistrictsFor(scenario)
	});
}

/** The chamber's summary parts at a threshold: "Amanat 62", … (short English names). */
function chamberParts(threshold: string): string[] {
	const scenario = scenarioAt(threshold);
	const chamber = runScenario(scenario).reported;
	const parts = chamber.parties
		.filter((p) => p.seats > 0)
		.map((p) => {
			const party = scenario.parties.find((q) => q.id === p.id)!;
			return `${(party.shortName ?? party.name).en} ${p.seats}`;
		});
	if (chamber.independents > 0) parts.push(`${APP['party.independent']} ${chamber.independents}`);
	return parts;
}

/** The tally beside the chamber (its caption names the comparison). */
const tally = (page: Page) => page.getByRole('table', { name: /^Seats, and the change from/ });
/** The tally's note under the rows, there while it draws ranges. */
const rangeNote = (page: Page, lang = 'en') =>
	page.getByText(messages(lang)['uncertainty.tally.note']!.split(' (')[0]!);

/** Amanat's range in the tally, as its row header says it ("58 to 64 seats in 90 of 100 …"). */
async function expectAmanatRange(page: Page, result: MonteCarloResult) {
	const amanat = result.parties.find((p) => p.id === 'amanat')!.seats;
	await expect(tally(page).getByRole('rowheader', { name: /^Amanat/ })).toHaveAccessibleName(
		`Amanat ${amanat.p5} to ${amanat.p95} seats in 90 of 100 simulated elections`
	);
}

test('moving the threshold during a 20,000-run job keeps the chamber prompt and restarts the job', async ({
	page
}, testInfo) => {
	test.setTimeout(300_000);
	// 5 % → 9 % in 0.1 steps: the seats change on the way (at 5.3, 6.9, 8.5 and 8.6 %).
	const values = Array.from({ length: 41 }, (_, i) =>
		((50 + i) / 10).toFixed(1).replace(/\.0$/, '')
	);
	const expected = Object.fromEntries(values.map((v) => [v, chamberParts(v)]));
	const changes = values.filter(
		(v, i) => i > 0 && expected[v]!.join() !== expected[values[i - 1]!]!.join()
	).length;
	expect(changes).toBe(4);
	const first = panelRun('5', 5_000);
	const last = panelRun('9', 20_000);
	// The two runs must differ where the test looks, or the restart would not show.
	const amanatAt = (r: MonteCarloResult) => r.parties.find((p) => p.id === 'amanat')!;
	expect(amanatAt(last).baseline).not.toBe(amanatAt(first).baseline);

	await page.goto('/?lang=en#uncertainty');
	const panel = page.getByRole('region', { name: 'How sure is this?' });
	await expect(panel).toBeVisible();
	// The first run (5,000 by default) finishes and the tally draws its ranges.
	await expect(panel.getByText('5,000 simulated elections done.')).toBeVisible(WAIT);
	await expect(rangeNote(page)).toHaveCount(1);
	await expectAmanatRange(page, first);
	await expect(page.getByText(/\(5,000 runs, error 2 points/)).toBeVisible();

	// 20,000 runs: the End key takes the runs slider to its maximum.
	const runs = panel.getByRole('slider', { name: 'Simulated elections' });
	await runs.focus();
	await page.keyboard.press('End');
	await expect(runs).toHaveValue('20000');
	await expect(panel.getByText(/^Running [\d,]+ of 20,000 simulated elections…$/)).toBeVisible(
		WAIT
	);
	// The scenario has not changed: the ranges of the finished run stay.
	await expect(rangeNote(page)).toHaveCount(1);

	// In the page: what the progress said at each threshold input, every "done" count it shows
	// from now on (a restart shows as a count going down or repeating), and a watch, armed before each key
	// press, that times the input event until the chamber's summary gives the expected seats. It
	// looks a microtask after the input (where Svelte has applied it), then after every DOM
	// change and at every frame, as tests/latency.e2e.ts does.
	await page.evaluate(() => {
		const w = window as unknown as {
			inputs: string[];
			counts: number[];
			arm: (parts: string[]) => void;
			shown: Promise<number>;
		};
		w.inputs = [];
		w.counts = [];
		const live = [...document.querySelectorAll('p[aria-live="polite"]')].find((p) =>
			/simulated elections/.test(p.textContent ?? '')
		)!;
		const chamber = document
			.getElementById('chamber-heading')!
			.closest('section')!
			.querySelector('svg[role="group"]')!;
		let onInput = () => {};
		document.querySelector('#threshold')!.addEventListener('input', () => {
			w.inputs.push(live.textContent?.trim() ?? '');
			onInput();
		});
		new MutationObserver(() => {
			const m = /Running ([\d,]+) of/.exec(live.textContent ?? '');
			if (m) w.counts.push(Number(m[1]!.replaceAll(',', '')));
		}).observe(live, { subtree: true, childList: true, characterData: true });
		w.arm = (parts) => {
			w.shown = new Promise((resolve) => {
				const shows = () => {
					const label = chamber.getAttribute('aria-label') ?? '';
					return parts.every((part) => new RegExp(`[:,] ${part}[,.]`).test(label));
				};
				onInput = () => {
					onInput = () => {};
					const start = performance.now();
					performance.mark('threshold-input');
					let done = false;
					const finish = (ms: number) => {
						done = true;
						observer.disconnect();
						clearTimeout(timer);
						performance.mark('chamber-shown');
						resolve(ms);
					};
					const check = () => {
						if (!done && shows()) finish(performance.now() - start);
					};
					const observer = new MutationObserver(check);
					const timer = setTimeout(() => finish(-1), 10_000);
					observer.observe(chamber, { attributes: true, attributeFilter: ['aria-label'] });
					const frame = () => {
						check();
						if (!done) requestAnimationFrame(frame);
					};
					void Promise.resolve().then(() => {
						check();
						if (!done) requestAnimationFrame(frame);
					});
				};
			});
		};
	});

	const slider = page.getByRole('slider', { name: 'Threshold' });
	await slider.focus();
	await expect(slider).toHaveValue('5');
	const times: number[] = [];
	for (const value of values.slice(1)) {
		// "Amanat 62" as ": Amanat 62," or ", Amanat 62." in the summary (names escaped).
		await page.evaluate(
			(parts) => (window as unknown as { arm: (parts: string[]) => void }).arm(parts),
			expected[value]!.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		);
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveValue(value);
		const ms = await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
		expect(ms, `the chamber shows the seats at ${value} %`).toBeGreaterThanOrEqual(0);
		times.push(ms);
		if (times.length === 1) {
			// The scenario changed: the old ranges are gone at once.
			await expect(rangeNote(page)).toHaveCount(0);
		}
	}
	const inputs = await page.evaluate(() => (window as unknown as { inputs: string[] }).inputs);
	// The first step was taken while the 20,000-run job was still running.
	expect(inputs[0]).toMatch(/^Running [\d,]+ of 20,000 simulated elections…$/);

	// The job starts again for 9 % (a pause after the last step, then "Running 0 of 20,000"): its
	// numbers are this test's for 9 %, not those for 5 %. On a quick machine the 5 % job may have
	// finished while the threshold moved, so "done" alone does not show the restart. Every job
	// starts at 0 and a restarted one reports its slices again, so after the 20,000-run job was
	// under way (where the counting began) a restart shows as a 0, or as a count going down or
	// repeating; one job alone only ever goes up from where it was.
	const restarted = () =>
		page.evaluate(() => {
			const { counts } = window as unknown as { counts: number[] };
			return counts.some((c, i) => c === 0 || (i > 0 && c <= counts[i - 1]!));
		});
	await expect.poll(restarted, { message: 'the progress started over', ...WAIT }).toBe(true);
	await expect(panel.getByText('20,000 simulated elections done.')).toBeVisible(WAIT);
	await panel.getByText('Show the numbers as a table').click();
	const table = panel.getByRole('table', {
		name: 'Seats in 20,000 simulated elections, error 2 points'
	});
	const amanat = amanatAt(last);
	const cells = table.getByRole('row', { name: /^Amanat/ }).getByRole('cell');
	// Seats with these votes, average, 5th percentile, median, 95th percentile.
	await expect(cells.nth(0)).toHaveText(String(amanat.baseline));
	await expect(cells.nth(1)).toHaveText(
		new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
			amanat.seats.mean
		)
	);
	await expect(cells.nth(2)).toHaveText(String(amanat.seats.p5));
	await expect(cells.nth(3)).toHaveText(String(amanat.seats.p50));
	await expect(cells.nth(4)).toHaveText(String(amanat.seats.p95));
	// The tally draws the new run's ranges.
	await expect(rangeNote(page)).toHaveCount(1);
	await expectAmanatRange(page, last);
	await expect(page.getByText(/\(20,000 runs, error 2 points/)).toBeVisible();

	const stats = (xs: number[]) => {
		const sorted = [...xs].sort((a, b) => a - b);
		const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
		return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
	};
	// Steps that change the seats redraw the chamber; the others only have to leave it right.
	const recomposed = times.filter(
		(_, i) => expected[values[i + 1]!]!.join() !== expected[values[i]!]!.join()
	);
	const line =
		`threshold keyboard steps during a 20,000-run Monte-Carlo job: input to chamber shown, ` +
		`all ${times.length} steps ${stats(times)}; the ${recomposed.length} that change the seats ` +
		stats(recomposed);
	testInfo.annotations.push({ type: 'latency', description: line });
	console.log(line);
});

for (const lang of ['en', 'ru', 'kk'] as const) {
	test(`the uncertainty panel and the tally's ranges are accessible in ${lang}`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		const m = messages(lang);
		await page.goto(`/?lang=${lang}#uncertainty`);
		const panel = page.getByRole('region', { name: m['uncertainty.heading'] });
		await expect(panel).toBeVisible();
		// 1,000 runs (Home), so that the run is short; then the tally draws the ranges.
		const runs = panel.getByRole('slider', { name: m['uncertainty.runs.label'] });
		await runs.focus();
		await page.keyboard.press('Home');
		await expect(runs).toHaveValue('1000');
		await expect(rangeNote(page, lang)).toHaveCount(1, WAIT);
		await panel.getByText(catalogue(lang, 'charts')['charts.table.show']!).click();
		await expect(panel.getByRole('table')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}
