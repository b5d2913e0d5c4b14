import type { ChartConfiguration } from 'chart.js';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { Chart } from '$lib/charts/register';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import VotesSeatsChart from './VotesSeatsChart.svelte';

const props = { scenario: SCENARIO_2023, result: runScenario(SCENARIO_2023) };

describe('VotesSeatsChart', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('draws a bar chart inside an image named with every share', async () => {
		await render(VotesSeatsChart, props);
		const image = page.getByRole('img', { name: /share of the valid votes beside its share/ });
		await expect.element(image).toHaveAccessibleName(/Amanat 53\.9% of votes and 63\.3% of seats/);
		await expect.element(image).toHaveAccessibleName(/Self-nominated no list votes and 7\.1%/);
		const canvas = image.element().querySelector('canvas')!;
		expect((Chart.getChart(canvas)?.config as ChartConfiguration).type).toBe('bar');
	});

	// The official 2023 result: Amanat 3 431 510 votes (53.90 %), 62 seats; 7 self-nominated.
	it('gives the 2023 votes and seats in a table', async () => {
		await render(VotesSeatsChart, props);
		await page.getByText('Show the numbers as a table').click();
		const table = page.getByRole('table', { name: /List votes and seats of each party/ });
		await expect.element(table).toBeVisible();
		const amanat = table.getByRole('row', { name: /^Amanat/ });
		await expect.element(amanat.getByRole('cell').nth(0)).toHaveTextContent('3,431,510');
		await expect.element(amanat.getByRole('cell').nth(1)).toHaveTextContent('53.90%');
		await expect.element(amanat.getByRole('cell').nth(2)).toHaveTextContent('62');
		const independents = table.getByRole('row', { name: /^Self-nominated/ });
		await expect.element(independents.getByRole('cell').nth(2)).toHaveTextContent('7');
	});

	it('saves the chart as a PNG named after it', async () => {
		// Catch the download link's click so the test browser does not navigate.
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
		await render(VotesSeatsChart, props);
		await page.getByRole('button', { name: 'Save as image: Votes and seats' }).click();
		const saved = click.mock.contexts[0] as HTMLAnchorElement | undefined;
		expect(saved?.download).toBe('majilis-votes-and-seats.png');
		expect(saved?.href).toMatch(/^data:image\/png;base64,/);
	});
});
