import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import UncertaintyPanel from './UncertaintyPanel.svelte';

/** Results arrive from the worker; give it time on a busy machine. */
const WAIT = { timeout: 30_000 };

describe('UncertaintyPanel', () => {
	it('runs the simulated elections in a worker and says how often Amanat holds each line', async () => {
		await render(UncertaintyPanel, { scenario: SCENARIO_2023, initialRuns: 1000 });
		await expect
			.element(page.getByText(/^In \d+ of 100 simulated elections Amanat holds a majority/), WAIT)
			.toBeVisible();
		await expect.element(page.getByText('1,000 simulated elections done.')).toBeVisible();
		await expect
			.element(page.getByRole('img', { name: /Line chart of the seats each party won in 1,000/ }))
			.toBeVisible();
	});

	it('gives the same numbers in a table, Amanat first', async () => {
		await render(UncertaintyPanel, { scenario: SCENARIO_2023, initialRuns: 1000 });
		await expect.element(page.getByText(/simulated elections done/), WAIT).toBeVisible();
		await page.getByText('Show the numbers as a table').click();
		const table = page.getByRole('table', {
			name: /Seats in 1,000 simulated elections, error 2 points/
		});
		const amanat = table.getByRole('row', { name: /^Amanat/ });
		// The first cell is Amanat's seats with the scenario's own votes: 62 in 2023.
		await expect.element(amanat.getByRole('cell').first()).toHaveTextContent('62');
	});

	it('with an error of 0 every simulated election is the chamber itself', async () => {
		await render(UncertaintyPanel, { scenario: SCENARIO_2023, initialRuns: 1000, initialError: 0 });
		// Amanat has 62 of 98 seats: a majority (50), not two-thirds (66), in all 100 of 100.
		await expect
			.element(page.getByText(/^In 100 of 100 simulated elections Amanat holds a majority/), WAIT)
			.toBeVisible();
		await expect
			.element(page.getByText(/^In 0 of 100 simulated elections Amanat holds two-thirds/))
			.toBeVisible();
	});

	it('starts again with the new scenario when the scenario changes', async () => {
		const screen = await render(UncertaintyPanel, {
			scenario: SCENARIO_2023,
			initialRuns: 20_000,
			initialError: 0
		});
		// At the 7 % threshold Amanat has 68 of 98 seats (see ThresholdChart's test), two-thirds
		// being 66: with no error every run has it.
		await screen.rerender({
			scenario: { ...SCENARIO_2023, list: { ...SCENARIO_2023.list, threshold: 7 } }
		});
		await expect
			.element(page.getByText(/^In 100 of 100 simulated elections Amanat holds two-thirds/), WAIT)
			.toBeVisible();
	});

	it('has labelled sliders for the error and the runs, and explains what the error is not', async () => {
		await render(UncertaintyPanel, { scenario: SCENARIO_2023, initialRuns: 1000 });
		await expect
			.element(page.getByRole('slider', { name: /Error: how far the votes may differ/ }))
			.toHaveValue('2');
		await expect
			.element(page.getByRole('slider', { name: 'Simulated elections' }))
			.toHaveValue('1000');
		await expect.element(page.getByText(/It is not a forecast/)).toBeVisible();
		await expect
			.element(page.getByText(/says nothing about whether the count was honest/))
			.toBeVisible();
	});
});
