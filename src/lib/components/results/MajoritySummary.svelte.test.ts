import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { reference2023 } from '$lib/engine/reference-2023';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import MajoritySummary from './MajoritySummary.svelte';

function show(scenario: Scenario) {
	render(MajoritySummary, { scenario, result: runScenario(scenario) });
}

describe('MajoritySummary', () => {
	it('sums up the real 2023 chamber and each majority line', async () => {
		show(SCENARIO_2023);
		await expect
			.element(page.getByText('Amanat: 40 of 69 list seats, 62 of 98 — a majority.'))
			.toBeVisible();
		const lines = page.getByRole('listitem');
		await expect.element(lines).toHaveLength(3);
		await expect
			.element(lines.nth(0))
			.toHaveTextContent('A majority (50 of 98 seats): Amanat reaches it alone.');
		await expect
			.element(lines.nth(1))
			.toHaveTextContent('Two-thirds (66 of 98 seats): no party reaches it alone.');
	});

	it('reports two-thirds under a 7% threshold', async () => {
		// The official votes shared at 7 % by the independent reference: 46 list seats, + 22 = 68.
		expect(reference2023({ threshold: 7 }).list.amanat).toBe(46);
		show(applySet(SCENARIO_2023, 'threshold=7'));
		await expect
			.element(page.getByText('Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds.'))
			.toBeVisible();
	});

	it('adds the hypothetical chamber, labelled, when the integrity lens is on', async () => {
		const scenario = applySet(SCENARIO_2023, 'integrity=true');
		// The lens's defaults (10 % inflation where half the stations were unobserved) divide
		// Amanat's count by 1 + 0.10 × 0.5 = 1.05: 3 431 510 ÷ 1.05 ≈ 3 268 105 votes. Shared by the
		// independent reference, that gives 39 list seats; its 22 district seats are the district
		// model's for the adjusted votes (the official result no longer applies), 61 in all.
		const adjusted = runScenario(scenario).adjusted!;
		const amanat = adjusted.parties.find((p) => p.id === 'amanat')!;
		expect(Math.abs(amanat.votes - 3_431_510 / 1.05)).toBeLessThanOrEqual(1);
		const { votes, againstAll, invalid } = adjusted.count;
		expect(reference2023({ votes, againstAll, invalid, districts: false }).list.amanat).toBe(39);
		expect(amanat.districtSeats).toBe(22);
		show(scenario);
		const hypothetical = page.getByRole('region', {
			name: 'Hypothetical lens, with the assumed inflation taken out:'
		});
		await expect
			.element(hypothetical)
			.toHaveTextContent('Amanat: 39 of 69 list seats, 61 of 98 — a majority.');
		await expect.element(hypothetical).toHaveTextContent(/it is a what-if, not a finding/i);
		await expect.element(page.getByRole('listitem')).toHaveLength(6);
	});
});
