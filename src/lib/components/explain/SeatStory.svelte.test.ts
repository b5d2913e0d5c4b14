import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import SeatStory from './SeatStory.svelte';

const story = (scenario: Scenario, party: string, tier: 'list' | 'district', index: number) =>
	render(SeatStory, { scenario, chamber: runScenario(scenario).reported, party, tier, index });

describe('SeatStory', () => {
	it("traces Amanat's 40th list seat to the 2nd largest remainder", async () => {
		story(SCENARIO_2023, 'amanat', 'list', 40);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				"Amanat's 40th list seat: Amanat passed the 5% threshold with 53.90%. 39 seats came from whole quotas (39.65 quotas of 86,546.65 votes); this seat is a remainder seat: its remainder 0.65 was the 2nd largest, and 2 seats were left for remainders."
			);
	});

	it("traces JSDP's 4th list seat to the largest remainder", async () => {
		story(SCENARIO_2023, 'jsdp', 'list', 4);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				/^OSDP's 4th list seat: OSDP passed the 5% threshold with 5\.20%\. 3 seats came from whole quotas .* its remainder 0\.83 was the largest/
			);
	});

	it("tells a whole-quota seat as one of Amanat's 39", async () => {
		story(SCENARIO_2023, 'amanat', 'list', 1);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				/^Amanat's 1st list seat: .* 39 seats came from whole quotas; this seat is one of them\.$/
			);
	});

	it("gives the quotient and seat number of a D'Hondt seat", async () => {
		story(applySet(SCENARIO_2023, 'method=dhondt'), 'amanat', 'list', 2);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				/^Amanat's 2nd list seat: .*This was seat 2 of 69 in order: 3,431,510 votes ÷ 2 = 1,715,755, the largest quotient left/
			);
	});

	it('says the official district result cannot be traced to one district', async () => {
		story(SCENARIO_2023, 'independent', 'district', 1);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				/^Self-nominated candidates' 1st district seat: .*won 7 districts\. District-by-district results were not found by this project.*Ermurat Bapi \(No\. 3, Almaty\)/
			);
	});

	it('gives the district, region and margin of a model district seat', async () => {
		const scenario = applySet(SCENARIO_2023, 'districtSeats=49');
		const chamber = runScenario(scenario).reported;
		const won = chamber.districts.find(
			(d) => d.candidates[d.winner]?.kind === 'party' && d.runnerUp !== null && !d.tied
		)!;
		const party = (won.candidates[won.winner] as { party: string }).party;
		const index = chamber.districts
			.filter((d) => {
				const c = d.candidates[d.winner]!;
				return c.kind === 'party' && c.party === party;
			})
			.indexOf(won);
		render(SeatStory, { scenario, chamber, party, tier: 'district', index: index + 1 });
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				new RegExp(
					`district seat: District No\\. ${won.number} in .*${won.margin.toLocaleString('en')} votes \\(`
				)
			);
	});

	it('says a corrected runner-up counts its votes at 0.7', async () => {
		story(
			applySet(applySet(SCENARIO_2023, 'threshold=20'), 'secondParty=runner-up-corrected'),
			'auyl',
			'list',
			1
		);
		await expect
			.element(page.getByRole('paragraph'))
			.toHaveTextContent(
				'Auyl missed the 20% threshold with 10.90%, but was admitted as runner-up because only one list passed; its votes count at 0.7 of their number.'
			);
	});

	it('says when there is no such seat', async () => {
		story(SCENARIO_2023, 'baytaq', 'list', 1);
		await expect.element(page.getByText('There is no such seat in this chamber.')).toBeVisible();
	});
});
