import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { allocate } from '$lib/engine';
import type { Chamber } from '$lib/scenario/simulate';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import ListTierExplanation from './ListTierExplanation.svelte';

const show = (scenario: Scenario, chamber: Chamber = runScenario(scenario).reported) =>
	render(ListTierExplanation, { scenario, chamber });

describe('ListTierExplanation', () => {
	it('draws the 5% line in votes and puts Baytaq below it', async () => {
		show(SCENARIO_2023);
		await expect
			.element(page.getByText(/So the line is 318,323 votes/))
			.toHaveTextContent('5% of 6,366,441 votes');
		const table = page.getByRole('table', { name: /5% line of 318,323 votes/ });
		await expect
			.element(table.getByRole('row', { name: /Baytaq/ }))
			.toHaveTextContent('Did not pass: 171,892 votes short of the line');
		await expect.element(table.getByRole('row', { name: /Amanat/ })).toHaveTextContent('Passed');
	});

	it('gives the quota as the exact division', async () => {
		show(SCENARIO_2023);
		await expect
			.element(
				page.getByText('5,971,719 admitted votes ÷ 69 seats = 86,546.65 votes per seat', {
					exact: false
				})
			)
			.toBeVisible();
		const row = page
			.getByRole('table', { name: /quotient, whole seats and remainder/ })
			.getByRole('row', { name: /Amanat/ });
		// 3,431,510 ÷ 86,546.65… = 39.6493…: shown to 2 decimals, to 6 on demand.
		await expect.element(row).toHaveTextContent(/39\.65\s*39\s*0\.65\s*\+1 \(2nd largest\)\s*40/);
		await page.getByRole('checkbox', { name: /Show exact values/ }).click();
		await expect.element(row).toHaveTextContent(/39\.649\d{3}\s*39\s*0\.649\d{3}/);
	});

	it('gives the remainder seats to JSDP, then Amanat, and says who was next in line', async () => {
		show(SCENARIO_2023);
		const order = page.getByRole('list', { name: 'Remainder seats in the order they were given' });
		const items = order.getByRole('listitem');
		await expect.element(items.nth(0)).toHaveTextContent(/OSDP.*the largest/);
		await expect.element(items.nth(1)).toHaveTextContent(/Amanat.*the 2nd largest/);
		expect(items.all()).toHaveLength(2);
		await expect.element(page.getByText(/Next in line was Respublica/)).toHaveTextContent('0.32');
		await expect.element(page.getByText(/No tie decided a seat/)).toBeVisible();
	});

	it("shows D'Hondt's quotient table with the winning quotients marked in words", async () => {
		show(applySet(SCENARIO_2023, 'method=dhondt'));
		const table = page.getByRole('table', { name: /Quotients: each list's votes ÷ divisor/ });
		await expect.element(table).toBeVisible();
		const first = table.getByRole('row', { name: /^÷ 1\b/ });
		await expect.element(first.getByRole('cell').nth(0)).toHaveTextContent('3,431,510 seat 1');
		await expect
			.element(page.getByText(/The last seat, number 69, went to/))
			.toHaveTextContent("The largest quotient left without a seat was OSDP's 82,764.50.");
		await expect.element(page.getByRole('group').getByText(/Seat by seat, in order/)).toBeVisible();
	});

	it('explains a hand-made tie of remainders by registration order', async () => {
		const chamber = runScenario(SCENARIO_2023).reported;
		const tied = allocate({
			lists: [
				{ id: 'amanat', votes: 300 },
				{ id: 'auyl', votes: 300 }
			],
			seats: 1,
			method: 'hare',
			threshold: 0,
			thresholdBase: 'parties',
			againstAll: 0,
			invalid: 0,
			secondParty: 'off'
		});
		show(SCENARIO_2023, { ...chamber, allocation: tied });
		await expect
			.element(page.getByText(/Amanat and Auyl had equal remainders/))
			.toHaveTextContent(
				'(0.50; exactly 1/2). The law gives the seat to the list registered earlier, so Amanat got it and Auyl did not.'
			);
		await expect
			.element(page.getByText(/real registration order of the lists was not found/))
			.toBeVisible();
	});

	it('admits the runner-up when only one list passes, and says why', async () => {
		show(applySet(applySet(SCENARIO_2023, 'threshold=20'), 'secondParty=runner-up'));
		await expect
			.element(page.getByText(/Only Amanat reached the line/))
			.toHaveTextContent('so Auyl takes part as well');
		await expect
			.element(page.getByRole('row', { name: /Auyl/ }).first())
			.toHaveTextContent('Admitted as runner-up');
	});

	it('says the list seats stay empty when no list passes', async () => {
		show(applySet(SCENARIO_2023, 'threshold=60'));
		await expect
			.element(page.getByText(/No list reached the line/))
			.toHaveTextContent('the 69 list seats stay empty');
	});

	it('turns shares into list seats under the compensatory system', async () => {
		show(applySet(SCENARIO_2023, 'mixed=compensatory'));
		const row = page
			.getByRole('table', { name: /share, districts and list seats/ })
			.getByRole('row', { name: /Amanat/ });
		await expect.element(row).toHaveTextContent(/52\s*22\s*0\s*30\s*52/);
		await expect.element(page.getByText(/there is no overhang/)).toBeVisible();
	});
});
