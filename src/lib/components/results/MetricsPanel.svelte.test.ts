import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import MetricsPanel from './MetricsPanel.svelte';

const TERMS = [
	'Gallagher index',
	'Loosemore–Hanby index',
	'Effective number of parties (votes)',
	'Effective number of parties (seats)',
	'Wasted votes'
];

/** The description of a term; dt and dd cannot carry a name, so they are paired by order. */
const measure = (term: string) => page.getByRole('definition').nth(TERMS.indexOf(term));

describe('MetricsPanel', () => {
	it('gives the 2023 measures, each with its meaning', async () => {
		render(MetricsPanel, { result: runScenario(SCENARIO_2023) });
		for (const [index, term] of TERMS.entries()) {
			await expect.element(page.getByRole('term').nth(index)).toHaveTextContent(term);
		}
		await expect.element(measure('Gallagher index')).toHaveTextContent(/^9\.54/);
		await expect.element(measure('Gallagher index')).toHaveTextContent(/0 means seats match votes/);
		await expect.element(measure('Loosemore–Hanby index')).toHaveTextContent(/^16\.51/);
		await expect
			.element(measure('Effective number of parties (votes)'))
			.toHaveTextContent(/^2\.84/);
		await expect
			.element(measure('Effective number of parties (seats)'))
			.toHaveTextContent(/^2\.36/);
		await expect.element(measure('Wasted votes')).toHaveTextContent(/^394,722 \(6\.20%\)/);
	});

	it('grows less proportional under a 7% threshold', async () => {
		render(MetricsPanel, { result: runScenario(applySet(SCENARIO_2023, 'threshold=7')) });
		await expect.element(measure('Gallagher index')).toHaveTextContent(/^13\.99/);
		await expect.element(measure('Wasted votes')).toHaveTextContent(/^1,158,700 \(18\.20%\)/);
	});

	it('labels the hypothetical figures when the integrity lens is on', async () => {
		const result = runScenario(applySet(SCENARIO_2023, 'integrity=true'));
		render(MetricsPanel, { result });
		const value = result.adjusted!.metrics.gallagher.toFixed(2);
		await expect
			.element(measure('Gallagher index'))
			.toHaveTextContent(`Hypothetical lens: ${value}`);
		await expect.element(page.getByText(/^Hypothetical: the integrity lens/)).toBeVisible();
	});
});
