import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import BallotPanel from './BallotPanel.svelte';

function show(scenario: Scenario) {
	render(BallotPanel, { scenario, result: runScenario(scenario) });
}

const keptOff = (party: string) =>
	page
		.getByRole('list', { name: 'Kept off the ballot' })
		.getByRole('listitem')
		.filter({ hasText: party })
		.first();

describe('BallotPanel', () => {
	it('keeps Respublica and Baytaq off under the 2020 membership rule', async () => {
		show(findPreset('barrier-2020')!.scenario);
		for (const party of ['Respublica', 'Baytaq']) {
			await expect
				.element(keptOff(party))
				.toHaveTextContent('Members: a party needs 20,000 members; it has 10,000.');
			await expect
				.element(keptOff(party))
				.toHaveTextContent(
					'Branch size: staffing every required branch takes 12,000 members in all; it has 10,000.'
				);
		}
		const on = page.getByRole('list', { name: 'On the ballot' });
		await expect.element(on.getByRole('listitem')).toHaveLength(5);
		await expect.element(on).not.toHaveTextContent(/Respublica/);
	});

	it('says where the votes of parties kept off went', async () => {
		show(findPreset('barrier-2020')!.scenario);
		await expect
			.element(page.getByText('Voters of a party kept off the ballot stay home.'))
			.toBeVisible();
		const moves = page.getByRole('list', { name: 'Where votes moved' });
		await expect
			.element(moves.getByRole('listitem').first())
			.toHaveTextContent('Respublica is kept off the ballot: its 547,154 voters stay home.');
	});

	it('explains the 2023 refusals of Alga and Namys', async () => {
		show(SCENARIO_2023);
		await expect
			.element(keptOff('Alga, Kazakhstan!'))
			.toHaveTextContent(
				/^Alga, Kazakhstan!\s*Refusal: the scenario keeps its application refused or returned/
			);
		await expect.element(keptOff('Namys')).toHaveTextContent(/Refusal:/);
		await expect
			.element(page.getByRole('list', { name: 'Where votes moved' }))
			.not.toBeInTheDocument();
	});

	it('names the other rules a party can fail', async () => {
		let scenario = applySet(SCENARIO_2023, 'support.new-party=100000');
		for (const set of ['regions.new-party=12', 'inPerson.new-party=false', 'foundingGroup=6000']) {
			scenario = applySet(scenario, set);
		}
		show(scenario);
		const party = keptOff('A new party');
		await expect
			.element(party)
			.toHaveTextContent(
				'Branches: a party needs a branch in 20 regions and cities; it can set one up in 12.'
			);
		await expect
			.element(party)
			.toHaveTextContent('Founding group: a party needs 6,000 founders; it has 5,000 members.');
		await expect.element(party).toHaveTextContent(/Congress: the founding congress must meet/);
	});

	it('gives the self-nominated field of an average district', async () => {
		show(applySet(SCENARIO_2023, 'candidateDeposit=262500'));
		await expect
			.element(
				page.getByText(
					'About 24.8 self-nominated candidates are registered in an average district (2023: 12.4).'
				)
			)
			.toBeVisible();
	});

	it('leaves out district candidates when the house has no districts', async () => {
		show(findPreset('all-list')!.scenario);
		await expect.element(page.getByRole('heading', { name: 'On the ballot' })).toBeVisible();
		await expect
			.element(page.getByRole('heading', { name: 'District candidates' }))
			.not.toBeInTheDocument();
	});

	it('lists the votes a registered opposition party draws from the other lists', async () => {
		show(findPreset('opposition-registered')!.scenario);
		await expect
			.element(
				page.getByText(
					'Voters of a party kept off the ballot vote for the other lists, in proportion to their votes.'
				)
			)
			.toBeVisible();
		await expect
			.element(page.getByRole('list', { name: 'Where votes moved' }).getByRole('listitem').first())
			.toHaveTextContent(
				/^Alga, Kazakhstan! is on the ballot: its 343,788 votes come from Amanat \(192,822\), Auyl/
			);
		await expect.element(page.getByText('No party is kept off the ballot.')).toBeVisible();
	});

	it('names the list that receives the votes under to-party', async () => {
		let scenario = findPreset('barrier-2020')!.scenario;
		scenario = applySet(applySet(scenario, 'offBallotVoters=to-party'), 'offBallotTarget=akzhol');
		show(scenario);
		await expect
			.element(page.getByText('Voters of a party kept off the ballot vote for Ak Zhol.'))
			.toBeVisible();
		await expect
			.element(page.getByRole('list', { name: 'Where votes moved' }).getByRole('listitem').first())
			.toHaveTextContent('Respublica is kept off the ballot: its 547,154 votes go to Ak Zhol.');
	});
});
