import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEFAULT_PRESET } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { applySet } from '../src/lib/scenario/set';

/**
 * How long the page takes from a control's input event to showing the new result everywhere a
 * reader looks first — the seats of the chamber, its one-line tally, the seats table and the polite
 * summary — while a slider is dragged across its whole range: the threshold, the members a party
 * needs (the barrier that decides who may stand) and the number of district seats (the district
 * model then decides them). Each drag runs as it is and again with Chromium's CPU slowed 4×
 * (a budget phone or a school Chromebook). The figures are printed (README), not asserted: timing
 * asserts flake on shared machines. What is asserted is that every step ended with the chamber,
 * table and summary the model gives for that value, computed here in the test process from the
 * same scenario the page starts from.
 */

/** What the page must show after one step. Names are the English party names. */
interface Expected {
	/** The value set on the slider, as the number box beside it shows it. */
	readonly value: string;
	readonly house: number;
	/** Seats of every party and of the self-nominated winners, zero included, by name. */
	readonly seats: Readonly<Record<string, number>>;
	/** The full name (seats table) of each short name (chamber). */
	readonly full: Readonly<Record<string, string>>;
	/** The start of the polite summary: the largest party's standing. */
	readonly summary: string;
}

const english = JSON.parse(readFileSync('src/lib/i18n/en/app.json', 'utf8')) as Record<
	string,
	string
>;
const SELF_NOMINATED = english['party.independent']!;

/** What the page shows with `key` (a `--set` key) at `value`, from the default preset. */
function expectedAt(key: string, value: number): Expected {
	const scenario = applySet(DEFAULT_PRESET.scenario, `${key}=${value}`);
	const chamber = runScenario(scenario).reported;
	// The chamber names parties by their short names, the seats table by their full names.
	const partyOf = (id: string) => scenario.parties.find((p) => p.id === id)!;
	const nameOf = (id: string) => (partyOf(id).shortName ?? partyOf(id).name).en;
	const seats: Record<string, number> = { [SELF_NOMINATED]: chamber.independents };
	const full: Record<string, string> = { [SELF_NOMINATED]: SELF_NOMINATED };
	for (const party of chamber.parties) {
		seats[nameOf(party.id)] = party.seats;
		full[nameOf(party.id)] = partyOf(party.id).name.en;
	}
	// The first party with the most seats, as the summary names it (src/lib/components/results/summary.ts).
	const largest = chamber.parties.reduce((a, b) => (b.seats > a.seats ? b : a));
	const districtWinners = chamber.parties.reduce((n, p) => n + p.districtSeats, 0);
	const listTotal = chamber.houseSize - districtWinners - chamber.independents;
	const house = chamber.houseSize;
	// The sentences of results.summary.* in src/lib/i18n/en/results.json, up to the standing.
	const summary =
		largest.seats === 0
			? `No party holds a seat; ${chamber.independents} of ${house} seats`
			: listTotal > 0
				? `${nameOf(largest.id)}: ${largest.listSeats} of ${listTotal} list seat${listTotal === 1 ? '' : 's'}, ${largest.seats} of ${house} — `
				: `${nameOf(largest.id)}: ${largest.seats} of ${house} — `;
	return { value: String(value), house, seats, full, summary };
}

/** Values from `from` to `to` and back, `step` apart, as a slider dragged across and back. */
function there(from: number, to: number, step: number): number[] {
	const n = Math.round((to - from) / step);
	const up = Array.from({ length: n + 1 }, (_, i) => Number((from + i * step).toFixed(6)));
	return [...up, ...up.slice(0, -1).reverse()];
}

interface Drag {
	/** What the table calls it. */
	readonly name: string;
	/** The slider's id on the page, and the scenario key it sets. */
	readonly slider: string;
	readonly key: string;
	readonly values: readonly number[];
	/**
	 * Steps that must recompose the chamber, or the drag would prove nothing: the threshold and
	 * the district seats move seats at many steps; the members barrier keeps a party off the
	 * ballot only past its membership, a few steps each way.
	 */
	readonly changes: number;
}

const DRAGS: readonly Drag[] = [
	{
		name: 'threshold',
		slider: 'threshold',
		key: 'threshold',
		values: there(0, 15, 0.1),
		changes: 10
	},
	{
		name: 'members',
		slider: 'party-members',
		key: 'partyMembers',
		values: there(0, 60000, 500),
		changes: 4
	},
	{
		name: 'districts',
		slider: 'district-seats',
		key: 'districtSeats',
		values: there(0, 98, 1),
		changes: 10
	}
];

interface Stats {
	readonly p50: number;
	readonly p95: number;
	readonly max: number;
}

interface Outcome {
	readonly failures: string[];
	/** Input event → chamber, tally, table and summary shown. */
	readonly dom: Stats;
	/** Input event → the next frame after that rendered (style, layout and paint done). */
	readonly painted: Stats;
}

/** Drags `slider` through `steps` on the page, checking and timing every step. */
function drag(page: Page, slider: string, steps: readonly Expected[]): Promise<Outcome> {
	return page.evaluate(
		async ({ slider, steps, selfNominated }) => {
			const input = document.getElementById(slider) as HTMLInputElement;
			const exact = input.parentElement!.querySelector<HTMLInputElement>('input.number')!;
			const section = document.getElementById('chamber-heading')!.closest('section')!;
			const chamber = section.querySelector<SVGElement>('svg[role="group"]')!;
			const live = section.querySelector<HTMLElement>('p[aria-live="polite"]')!;
			const table = [...document.querySelectorAll('table')].find((t) =>
				t.caption?.textContent?.startsWith('Seats by party')
			)!;

			/** What the page shows now, read as a screen reader would: names and numbers. */
			function read() {
				const seats: Record<string, number> = {};
				let drawn = 0;
				for (const seat of chamber.querySelectorAll('[role="button"]')) {
					drawn += 1;
					// "Amanat, district seat 3 of 22"; an unfilled seat has no party.
					const m = /^(.*), (?:list|district) seat \d+ of \d+$/.exec(
						seat.getAttribute('aria-label') ?? ''
					);
					if (m) seats[m[1]!] = (seats[m[1]!] ?? 0) + 1;
				}
				const rows: Record<string, number> = {};
				for (const row of table.tBodies[0]!.rows) {
					const name = row.querySelector('th')?.textContent?.trim() ?? '';
					const cells = row.querySelectorAll('td');
					const total = cells[3]?.textContent?.trim() ?? '';
					if (/^\d+$/.test(total)) rows[name] = Number(total);
				}
				return {
					drawn,
					seats,
					rows,
					tally: chamber.getAttribute('aria-label') ?? '',
					summary: live.textContent?.trim() ?? '',
					box: exact.value
				};
			}

			type Step = (typeof steps)[number];
			/** Why the page does not show `step` yet, or null when it does. */
			function mismatch(step: Step): string | null {
				const now = read();
				if (Number(now.box) !== Number(step.value)) return `number box ${now.box}`;
				if (now.drawn !== step.house) return `${now.drawn} seats drawn`;
				for (const [name, want] of Object.entries(step.seats)) {
					const drawnSeats = now.seats[name] ?? 0;
					if (drawnSeats !== want) return `chamber: ${name} ${drawnSeats}, not ${want}`;
					if (want > 0 && !new RegExp(`[:,] ${name} ${want}[,.]`).test(now.tally)) {
						return `tally "${now.tally}" lacks ${name} ${want}`;
					}
					const long = step.full[name] ?? name;
					const rowName = Object.keys(now.rows).find((r) =>
						name === selfNominated ? r.startsWith(name) : r === long || r.startsWith(`${long} `)
					);
					const inTable = rowName === undefined ? 0 : now.rows[rowName]!;
					if (inTable !== want) return `table: ${name} ${inTable}, not ${want}`;
				}
				const extra = Object.keys(now.seats).find((name) => !(name in step.seats));
				if (extra) return `chamber: unexpected ${extra}`;
				if (!now.summary.startsWith(step.summary)) return `summary "${now.summary}"`;
				return null;
			}

			/**
			 * Resolves with the time the page first shows `step`, or with why it never did. It looks
			 * after every batch of DOM changes (a MutationObserver) and at every frame (a value set
			 * as a property, such as the number box's, is no mutation).
			 */
			function shown(step: Step, start: number): Promise<number | string> {
				return new Promise((resolve) => {
					let done = false;
					const check = () => {
						if (!done && mismatch(step) === null) finish(performance.now() - start);
					};
					const observer = new MutationObserver(check);
					const timer = setTimeout(() => finish(mismatch(step) ?? 'timed out'), 5000);
					const frame = () => {
						check();
						if (!done) requestAnimationFrame(frame);
					};
					function finish(outcome: number | string) {
						done = true;
						observer.disconnect();
						clearTimeout(timer);
						resolve(outcome);
					}
					observer.observe(document.body, {
						subtree: true,
						childList: true,
						characterData: true,
						attributes: true
					});
					requestAnimationFrame(frame);
				});
			}

			const dom: number[] = [];
			const painted: number[] = [];
			const failures: string[] = [];
			for (const step of steps) {
				const start = performance.now();
				input.value = step.value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				// Svelte applies the change in a microtask it queued during the event; one queued
				// after it runs once that is done. Most steps are complete there.
				await Promise.resolve();
				const outcome =
					mismatch(step) === null ? performance.now() - start : await shown(step, start);
				if (typeof outcome === 'string') {
					failures.push(`${step.value}: ${outcome}`);
					// A few are enough to show what is wrong; a broken page would wait on every step.
					if (failures.length === 3) break;
					continue;
				}
				dom.push(outcome);
				// The frame after the DOM matches, its style, layout and paint done: a task posted
				// from its animation-frame callback runs after them. The new chamber is on screen.
				await new Promise((resolve) =>
					requestAnimationFrame(() => {
						const channel = new MessageChannel();
						channel.port1.onmessage = resolve;
						channel.port2.postMessage(null);
					})
				);
				painted.push(performance.now() - start);
			}
			const stats = (times: number[]) => {
				const sorted = [...times].sort((a, b) => a - b);
				const at = (q: number) =>
					sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
				return { p50: at(0.5) ?? NaN, p95: at(0.95) ?? NaN, max: sorted.at(-1) ?? NaN };
			};
			return { failures, dom: stats(dom), painted: stats(painted) };
		},
		{ slider, steps, selfNominated: SELF_NOMINATED }
	);
}

interface TraceEvent {
	readonly ph: string;
	readonly name: string;
	readonly cat?: string;
	readonly pid: number;
	readonly tid: number;
	readonly ts: number;
	readonly dur?: number;
	/** CPU time of the thread, µs: time the thread actually ran, not time it waited. */
	readonly tdur?: number;
	readonly args?: { readonly name?: string };
}

/**
 * Main-thread CPU time of the page's renderer, ms, from a Chromium trace: the sum of the thread
 * time of its top-level tasks. Unlike the times above, it does not grow when other programs take
 * the machine's cores; Chromium's CPU slowdown does count in it (about 4× at 4×).
 */
async function mainThreadCpu(browser: Browser, page: Page, work: () => Promise<void>) {
	await browser.startTracing(page, { categories: ['toplevel'] });
	await work();
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as
		{ traceEvents: TraceEvent[] } | TraceEvent[];
	const events = Array.isArray(trace) ? trace : trace.traceEvents;
	const main = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const tasks = events
		.filter((e) => e.ph === 'X' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`))
		.sort((a, b) => a.ts - b.ts);
	// Only outermost tasks: one nested in another is already in its time.
	let cpu = 0;
	const ends = new Map<string, number>();
	for (const task of tasks) {
		const thread = `${task.pid}:${task.tid}`;
		if (task.ts < (ends.get(thread) ?? -Infinity)) continue;
		ends.set(thread, task.ts + (task.dur ?? 0));
		cpu += task.tdur!;
	}
	return cpu / 1000;
}

/** One line of the printed table per drag and CPU speed. */
const rows: string[] = [];
const f = (ms: number) => ms.toFixed(1).padStart(7);

// One page at a time: two drags measured side by side would slow each other. Tagged @alone, the
// file runs after the rest of the suite with nothing beside it (scripts/e2e.mjs).
test.describe.configure({ mode: 'serial' });

test.describe('latency', { tag: '@alone' }, () => {
	for (const { name, slider, key, values, changes: minChanges } of DRAGS) {
		for (const slowdown of [1, 4]) {
			test(`updates the chamber, the table and the summary at every step of a ${name} drag (CPU ${slowdown}×), and reports the latency`, async ({
				browser,
				page
			}, testInfo) => {
				// A slow shared machine can take long between frames; the figure, not the time, is the point.
				test.setTimeout(300_000);
				const steps = values.map((v) => expectedAt(key, v));
				const changes = steps.filter(
					(s, i) => i > 0 && JSON.stringify(s.seats) !== JSON.stringify(steps[i - 1]!.seats)
				).length;
				expect(changes).toBeGreaterThanOrEqual(minChanges);

				await page.goto('/', { waitUntil: 'networkidle' });
				await expect(page.locator(`#${slider}`)).toBeVisible();
				await expect(page.getByRole('table', { name: /^Seats by party/ })).toBeVisible();
				const cdp = await page.context().newCDPSession(page);
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
				let result: Outcome | undefined;
				const cpu = await mainThreadCpu(browser, page, async () => {
					result = await drag(page, slider, steps);
				});
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

				// Every step ended with the chamber, the table and the summary of its value.
				expect(result!.failures).toEqual([]);
				const line =
					`${`${name}, CPU ${slowdown}×`.padEnd(17)} ${String(steps.length).padStart(5)} ${String(changes).padStart(7)}` +
					` ${f(result!.dom.p50)} ${f(result!.dom.p95)} ${f(result!.dom.max)}` +
					` ${f(result!.painted.p50)} ${f(result!.painted.p95)} ${f(result!.painted.max)}` +
					` ${f(cpu / steps.length)}`;
				rows.push(line);
				testInfo.annotations.push({ type: 'latency', description: line });
			});
		}
	}

	test.afterAll(() => {
		if (rows.length === 0) return;
		console.log(
			[
				'Input event → chamber, tally, seats table and summary shown ("shown"), and → the next frame rendered ("frame"), in ms;',
				'"cpu": main-thread CPU time per step, ms (the page and this test\'s checks; not the time spent waiting for a core, but the 4× slowdown counts):',
				`${'drag'.padEnd(17)} ${'steps'.padStart(5)} ${'changes'.padStart(7)} ${'shown p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)} ${'frame p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)} ${'cpu'.padStart(7)}`,
				...rows
			].join('\n')
		);
	});

	test('the district table, a frame behind the chamber, ends on the districts of the last value of a fast drag', async ({
		page
	}) => {
		// One input event per animation frame, faster than the table follows; what it shows at the end
		// must be the model's districts for the last value, each won by the candidate the model says.
		const values = Array.from({ length: 16 }, (_, i) => 30 + i);
		const last = values.at(-1)!;
		const scenario = applySet(DEFAULT_PRESET.scenario, `districtSeats=${last}`);
		const chamber = runScenario(scenario).reported;
		const nameOf = (id: string) => {
			const party = scenario.parties.find((p) => p.id === id)!;
			return (party.shortName ?? party.name).en;
		};
		const winners = chamber.districts.map((d) => {
			const c = d.candidates[d.winner]!;
			return c.kind === 'party' ? nameOf(c.party) : `Self-nominated candidate ${c.index}`;
		});
		expect(winners).toHaveLength(last);

		await page.goto('/#districts', { waitUntil: 'networkidle' });
		await expect(page.getByRole('heading', { name: 'Why these district seats?' })).toBeVisible();
		await page.evaluate(async (values) => {
			const input = document.getElementById('district-seats') as HTMLInputElement;
			for (const value of values) {
				input.value = String(value);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await new Promise((resolve) => requestAnimationFrame(resolve));
			}
		}, values);

		const panel = page.getByRole('tabpanel');
		const rows = panel.locator('table tbody tr');
		await expect(rows).toHaveCount(last);
		// Every district in number order ("No. 1" …), with its winner (the second cell of its row).
		await expect(panel.locator('table tbody tr > th')).toHaveText(
			Array.from({ length: last }, (_, i) => `No. ${i + 1}`)
		);
		await expect(panel.locator('table tbody tr > td:first-of-type')).toHaveText(winners);
	});
});
