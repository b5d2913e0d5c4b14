import type { ChartConfiguration } from 'chart.js';
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { REDUCED_MOTION } from '$lib/charts/attach.svelte';
import { Chart } from '$lib/charts/register';
import { reference2023 } from '$lib/engine/reference-2023';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import type { Scenario } from '$lib/scenario/types';
import ThresholdChart from './ThresholdChart.svelte';

const withThreshold = (threshold: number): Scenario => ({
	...SCENARIO_2023,
	list: { ...SCENARIO_2023.list, threshold }
});

/** The chart.js instance drawn inside the chart's image. */
async function drawnChart() {
	const image = page.getByRole('img', { name: /list threshold goes from 0% to 15%/ });
	await expect.element(image).toBeVisible();
	return Chart.getChart(image.element().querySelector('canvas')!)!;
}

/** Pretends the person asks for reduced motion, or not. */
function prefersReducedMotion(reduce: boolean) {
	vi.spyOn(window, 'matchMedia').mockImplementation(
		(query: string) =>
			({
				matches: reduce && query === REDUCED_MOTION,
				media: query,
				addEventListener: () => {},
				removeEventListener: () => {}
			}) as unknown as MediaQueryList
	);
}

describe('ThresholdChart', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('draws a line chart inside an image named with the seats at the current threshold', async () => {
		await render(ThresholdChart, { scenario: SCENARIO_2023 });
		const image = page.getByRole('img', { name: /list threshold goes from 0% to 15%/ });
		await expect.element(image).toHaveAccessibleName(/current threshold of 5%: Amanat 62 seats/);
		expect(((await drawnChart()).config as ChartConfiguration).type).toBe('line');
	});

	// Each row: the official 2023 votes shared at that threshold by the independent reference,
	// plus the official district seats (Amanat 22); 5 % is the official chamber.
	it.each([
		{ row: /^7%/, threshold: 7, amanat: '68', auyl: '9', qhp: '0' },
		{ row: /^5% \(current\)/, threshold: 5, amanat: '62', auyl: '8', qhp: '5' },
		{ row: /^0%/, threshold: 0, amanat: '61', auyl: '8', qhp: '5' }
	])(
		'gives Amanat $amanat total seats in the table row $row',
		async ({ row, threshold, amanat, auyl, qhp }) => {
			const { total } = reference2023({ threshold });
			expect([total.amanat, total.auyl, total.qhp].map(String)).toEqual([amanat, auyl, qhp]);
			await render(ThresholdChart, { scenario: SCENARIO_2023 });
			await page.getByText('Show the numbers as a table').click();
			const table = page.getByRole('table', { name: /Total seats \(list \+ district\)/ });
			const cells = table.getByRole('row', { name: row }).getByRole('cell');
			await expect.element(cells.nth(0)).toHaveTextContent(amanat);
			await expect.element(cells.nth(1)).toHaveTextContent(auyl);
			await expect.element(cells.nth(4)).toHaveTextContent(qhp);
		}
	);

	it('moves the marker and updates the lines in place when the threshold changes', async () => {
		const { rerender } = await render(ThresholdChart, { scenario: SCENARIO_2023 });
		const chart = await drawnChart();
		const amanat = chart.data.datasets[0]!;
		await rerender({ scenario: withThreshold(7) });
		await expect
			.element(page.getByRole('img', { name: /current threshold of 7%: Amanat 68 seats/ }))
			.toBeVisible();
		expect(Chart.getChart(chart.canvas)).toBe(chart);
		expect(chart.data.datasets[0]).toBe(amanat);
		expect(chart.options.plugins?.currentMarker?.value).toBe(7);
	});

	it('animates by default', async () => {
		prefersReducedMotion(false);
		await render(ThresholdChart, { scenario: SCENARIO_2023 });
		expect((await drawnChart()).options.animation).not.toBe(false);
	});

	it('does not animate when reduced motion is asked for', async () => {
		prefersReducedMotion(true);
		await render(ThresholdChart, { scenario: SCENARIO_2023 });
		expect((await drawnChart()).options.animation).toBe(false);
	});
});
