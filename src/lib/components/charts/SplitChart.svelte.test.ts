import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { Chart } from '$lib/charts/register';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import SplitChart from './SplitChart.svelte';

const props = { scenario: SCENARIO_2023, result: runScenario(SCENARIO_2023) };
const name = /district seats go from 0 to 98/;

describe('SplitChart', () => {
	it('draws a line chart inside an image named with the seats at the current split', async () => {
		await render(SplitChart, props);
		const image = page.getByRole('img', { name });
		await expect
			.element(image)
			.toHaveAccessibleName(/current 29 district seats: Amanat 62 seats, .*Self-nominated 7 seats/);
		const chart = Chart.getChart(image.element().querySelector('canvas')!);
		expect(chart?.data.datasets.at(-1)?.label).toBe('Self-nominated');
	});

	// 29 districts: the official chamber; none: the official votes sharing 98 list seats by the
	// independent reference (Amanat 56, checked in split-sweep.test.ts), nobody self-nominated.
	it.each([
		{ row: /^29 \(current\)/, list: '69', amanat: '62', independent: '7' },
		{ row: /^0 /, list: '98', amanat: '56', independent: '0' }
	])(
		'gives $list list seats and Amanat $amanat in the table row $row',
		async ({ row, list, amanat, independent }) => {
			await render(SplitChart, props);
			await page.getByText('Show the numbers as a table').click();
			const table = page.getByRole('table', { name: /at each number of district seats/ });
			const cells = table.getByRole('row', { name: row }).getByRole('cell');
			await expect.element(cells.nth(0)).toHaveTextContent(list);
			await expect.element(cells.nth(1)).toHaveTextContent(amanat);
			await expect.element(cells.last()).toHaveTextContent(independent);
		}
	);

	it('destroys the chart with the component', async () => {
		const { unmount } = await render(SplitChart, props);
		const canvas = page.getByRole('img', { name }).element().querySelector('canvas')!;
		expect(Chart.getChart(canvas)).toBeDefined();
		await unmount();
		expect(Chart.getChart(canvas)).toBeUndefined();
	});
});
