import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { reference2023 } from '$lib/engine/reference-2023';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import { OFFICIAL_2023 } from '$lib/state/simulation.svelte';
import CompareTable from './CompareTable.svelte';

/** The data cells of a row: seats here, seats there, difference (and hypothetical seats). */
const cells = (name: RegExp | string) => page.getByRole('row', { name }).getByRole('cell');

describe('CompareTable', () => {
	it('compares a 7% threshold with the real 2023 chamber', async () => {
		// By the reference, the official votes at 7 %: Amanat 68 (62 + 6), and the People's Party
		// (6.80 %, 5 seats in 2023) below the line; the 7 self-nominated keep their districts.
		const reference = reference2023({ threshold: 7 });
		expect([reference.total.amanat, reference.total.qhp, reference.independents]).toEqual([
			68, 0, 7
		]);
		const scenario = applySet(SCENARIO_2023, 'threshold=7');
		render(CompareTable, {
			scenario,
			result: runScenario(scenario),
			other: OFFICIAL_2023,
			label: 'This scenario',
			otherLabel: '2023 as it was'
		});
		await expect
			.element(
				page.getByRole('table', { name: 'Seats: This scenario compared with 2023 as it was' })
			)
			.toBeVisible();
		await expect.element(page.getByRole('columnheader', { name: '2023 as it was' })).toBeVisible();
		const amanat = cells(/^Amanat/);
		await expect.element(amanat.nth(0)).toHaveTextContent(/^68$/);
		await expect.element(amanat.nth(1)).toHaveTextContent(/^62$/);
		await expect.element(amanat.nth(2)).toHaveTextContent('+6');
		await expect.element(cells(/^People's Party/).nth(2)).toHaveTextContent('−5');
		await expect.element(cells('Self-nominated').nth(2)).toHaveTextContent(/^0$/);
		await expect.element(cells('House size').nth(0)).toHaveTextContent(/^98$/);
	});

	it('lists every party of both chambers and leaves out a new party with no support', async () => {
		const scenario = findPreset('opposition-registered')!.scenario;
		render(CompareTable, {
			scenario,
			result: runScenario(scenario),
			other: OFFICIAL_2023,
			label: 'Opposition registered',
			otherLabel: '2023'
		});
		await expect.element(cells(/^Alga/).nth(2)).toHaveTextContent('+4');
		await expect.element(cells(/^OSDP/).nth(2)).toHaveTextContent('−4');
		await expect.element(page.getByRole('row', { name: /^A new party/ })).not.toBeInTheDocument();
	});

	it('names the parties of another election from its own scenario', async () => {
		const scenario2021 = findPreset('2021')!.scenario;
		render(CompareTable, {
			scenario: SCENARIO_2023,
			result: OFFICIAL_2023,
			other: runScenario(scenario2021),
			otherScenario: scenario2021,
			label: '2023',
			otherLabel: '2021'
		});
		// Amanat was called Nur Otan until 1 March 2022: one row, 62 against 76.
		const amanat = cells('Amanat / Nur Otan');
		await expect.element(amanat.nth(0)).toHaveTextContent(/^62$/);
		await expect.element(amanat.nth(1)).toHaveTextContent(/^76$/);
		await expect.element(amanat.nth(2)).toHaveTextContent('−14');
		await expect.element(page.getByRole('row', { name: /^Nur Otan/ })).not.toBeInTheDocument();
		const apk = cells(/^Assembly of People/);
		await expect.element(apk.nth(1)).toHaveTextContent(/^9$/);
		await expect.element(cells('Self-nominated').nth(2)).toHaveTextContent('+7');
	});

	it('shows unfilled seats and the hypothetical chamber when they apply', async () => {
		const scenario = applySet(applySet(SCENARIO_2023, 'threshold=60'), 'integrity=true');
		render(CompareTable, {
			scenario,
			result: runScenario(scenario),
			other: OFFICIAL_2023,
			label: 'Here',
			otherLabel: '2023'
		});
		await expect.element(cells('Unfilled seats').nth(2)).toHaveTextContent('+69');
		await expect
			.element(page.getByRole('columnheader', { name: 'Here (hypothetical)' }))
			.toBeVisible();
	});
});
