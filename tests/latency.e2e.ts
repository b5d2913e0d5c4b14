import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEFAULT_PRESET } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { applySet } from '../src/lib/scenario/set';

/**
 * How long the page takes from a control's input event to showing the new result everywhere a
 * reader looks first — the seats of the chamber, its one-line tally, the seats table and the polite
 * summary — while the threshold slider is dragged across its whole range. The figures are
 * printed (README), not asserted: timing asserts flake on shared machines. What is asserted is that
 * every step ended with the chamber, table and summary the model gives for that threshold,
 * computed here in the test process from the same scenario the page starts from.
 */

/** What the page must show after one step. Names are the English party names. */
interface Expected {
	readonly value: string;
	readonly house: number;
	/** Seats of every party and of the self-nominated winners, zero included, by name. */
	readonly seats: Readonly<Record<string, number>>;
	/** The full name (seats table) of each short name (chamber). */
	readonly full: Readonly<Record<string, string>>;
	/** The largest party: its name, list seats, total seats, and the list seats of the house. */
	readonly largest: { name: string; list: number; seats: number; listTotal: number };
}

const english = JSON.parse(readFileSync('src/lib/i18n/en/app.json', 'utf8')) as Record<
	string,
	string
>;
const SELF_NOMINATED = english['party.independent']!;

function expectedAt(tenths: number): Expected {
	const value = String(tenths / 10);
	const scenario = applySet(DEFAULT_PRESET.scenario, `threshold=${value}`);
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
	// The first party with the most seats (ties do not happen on this range; see the check below).
	const largest = chamber.parties.reduce((a, b) => (b.seats > a.seats ? b : a));
	const districtWinners = chamber.parties.reduce((n, p) => n + p.districtSeats, 0);
	return {
		value,
		house: chamber.houseSize,
		seats,
		full,
		largest: {
			name: nameOf(largest.id),
			list: largest.listSeats,
			seats: largest.seats,
			listTotal: chamber.houseSize - districtWinners - chamber.independents
		}
	};
}

test('updates the chamber, the table and the summary after each step of a threshold drag, and reports the latency', async ({
	page
}, testInfo) => {
	// A slow shared machine can take long between frames; the figure, not the time, is the point.
	test.setTimeout(180_000);
	// 0 → 15 % and back in steps of 0.1, as the slider moves.
	const tenths = [
		...Array.from({ length: 151 }, (_, i) => i),
		...Array.from({ length: 151 }, (_, i) => 150 - i)
	];
	const steps = tenths.map(expectedAt);
	// The drag must actually recompose the chamber, or the test would prove nothing.
	const changes = steps.filter(
		(s, i) => i > 0 && JSON.stringify(s.seats) !== JSON.stringify(steps[i - 1]!.seats)
	).length;
	expect(changes).toBeGreaterThanOrEqual(10);

	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByRole('slider', { name: 'Threshold' })).toBeVisible();
	await expect(page.getByRole('table', { name: /^Seats by party/ })).toBeVisible();

	const result = await page.evaluate(
		async ({ steps, selfNominated }) => {
			const slider = document.querySelector<HTMLInputElement>('#threshold')!;
			const exact = slider.parentElement!.querySelector<HTMLInputElement>('input.number')!;
			const section = document.getElementById('chamber-heading')!.closest('section')!;
			const chamber = section.querySelector<SVGElement>('svg[role="group"]')!;
			const live = section.querySelector<HTMLElement>('[aria-live="polite"]')!;
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
				const { name, list, seats, listTotal } = step.largest;
				const said = `${name}: ${list} of ${listTotal} list seats, ${seats} of ${step.house}`;
				if (!now.summary.startsWith(said)) return `summary "${now.summary}"`;
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
					const timer = setTimeout(() => finish(mismatch(step) ?? 'timed out'), 3000);
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
				slider.value = step.value;
				slider.dispatchEvent(new Event('input', { bubbles: true }));
				// Svelte applies the change in a microtask it queued during the event; one queued
				// after it runs once that is done. Most steps are complete there.
				await Promise.resolve();
				const outcome =
					mismatch(step) === null ? performance.now() - start : await shown(step, start);
				if (typeof outcome === 'string') {
					failures.push(`${step.value} %: ${outcome}`);
					// A few are enough to show what is wrong; a broken page would wait on every step.
					if (failures.length === 3) break;
					continue;
				}
				dom.push(outcome);
				// The next frame after the DOM matches: the new chamber is on screen.
				await new Promise((resolve) => requestAnimationFrame(resolve));
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
		{ steps, selfNominated: SELF_NOMINATED }
	);

	// Every step ended with the chamber, the table and the summary of its threshold.
	expect(result.failures).toEqual([]);
	const f = (ms: number) => ms.toFixed(1);
	const line =
		`threshold drag, ${steps.length} steps (${changes} recompose the chamber): ` +
		`input to chamber, table and summary shown: p50 ${f(result.dom.p50)} ms, ` +
		`p95 ${f(result.dom.p95)} ms, max ${f(result.dom.max)} ms; ` +
		`to the next frame: p50 ${f(result.painted.p50)} ms, p95 ${f(result.painted.p95)} ms, ` +
		`max ${f(result.painted.max)} ms`;
	testInfo.annotations.push({ type: 'latency', description: line });
	console.log(line);
});
