import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { Chamber } from '$lib/scenario/simulate';
import { i18n } from '$lib/i18n';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import DistrictsExplanation from './DistrictsExplanation.svelte';

const show = (scenario: Scenario, chamber: Chamber = runScenario(scenario).reported) =>
	render(DistrictsExplanation, { scenario, chamber });

describe('DistrictsExplanation', () => {
	it('shows the official 2023 result and the nine named winners', async () => {
		show(SCENARIO_2023);
		await expect
			.element(page.getByText(/official 2023 result/))
			.toHaveTextContent('22 for Amanat and 7 for self-nominated candidates');
		await expect.element(page.getByText(/were not found by this project/)).toBeVisible();
		const winners = page.getByRole('listitem');
		expect(winners.all()).toHaveLength(9);
		await expect
			.element(winners.nth(1))
			.toHaveTextContent('No. 3, Almaty: Ermurat Bapi (self-nominated)');
		await expect
			.element(winners.nth(2))
			.toHaveTextContent('No. 4, Almaty: Erlan Stambekov (self-nominated)');
		// Self-nominated is how a winner was put forward, not a statement that they have no party.
		await expect.element(page.getByText(/not that the winner belongs to no party/)).toBeVisible();
		expect(page.getByRole('table').all()).toHaveLength(0);
	});

	it.each([
		['ru', 'Ермурат Бапи'],
		['kk', 'Ермұрат Бапи']
	] as const)('writes the named winners in Cyrillic in %s', async (locale, bapi) => {
		await i18n.use(locale, false);
		try {
			show(SCENARIO_2023);
			await expect.element(page.getByRole('listitem').nth(1)).toHaveTextContent(bapi);
		} finally {
			await i18n.use('en', false);
		}
	});

	it('gives a model table per region with 49 districts', async () => {
		const scenario = applySet(SCENARIO_2023, 'districtSeats=49');
		const chamber = runScenario(scenario).reported;
		show(scenario, chamber);
		await expect.element(page.getByText(/documented model, not from a count/)).toBeVisible();
		await expect
			.element(page.getByRole('link', { name: 'How the district model works' }))
			.toHaveAttribute('href', expect.stringMatching(/\/about$/));
		await expect.element(page.getByRole('heading', { name: 'Almaty Region' })).toBeVisible();
		expect(page.getByRole('table').all()).toHaveLength(20);
		const astana = page.getByRole('table', { name: 'Districts in Astana' });
		const first = chamber.districts[0]!;
		const row = astana.getByRole('row', { name: /^No\. 1\b/ });
		await expect.element(row).toHaveTextContent(first.margin.toLocaleString('en'));
		expect(page.getByRole('row').all()).toHaveLength(49 + 20);
	});

	it('flags a tied district', async () => {
		const scenario = applySet(SCENARIO_2023, 'districtSeats=49');
		const chamber = runScenario(scenario).reported;
		const [first, ...rest] = chamber.districts;
		const tied = { ...first!, margin: 0, tied: true };
		show(scenario, { ...chamber, districts: [tied, ...rest] });
		await expect.element(page.getByText(/“Tie” marks equal votes/)).toBeVisible();
		await expect
			.element(
				page
					.getByRole('table', { name: 'Districts in Astana' })
					.getByRole('row', { name: /^No\. 1\b/ })
			)
			.toHaveTextContent('0 (tie)');
	});

	it('says when there are no districts', async () => {
		show(applySet(SCENARIO_2023, 'districtSeats=0'));
		await expect
			.element(page.getByText('This scenario has no single-member districts.'))
			.toBeVisible();
	});
});
