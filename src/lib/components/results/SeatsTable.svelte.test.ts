import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { reference2023 } from '$lib/engine/reference-2023';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import { OFFICIAL_2023 } from '$lib/state/simulation.svelte';
import SeatsTable from './SeatsTable.svelte';

function show(scenario: Scenario) {
	render(SeatsTable, { scenario, result: runScenario(scenario), official: OFFICIAL_2023 });
}

/** The data cells of a row: votes %, list, district, total, seat %, change, majority lines. */
const cells = (name: RegExp | string) => page.getByRole('row', { name }).getByRole('cell');

describe('SeatsTable', () => {
	// Figures: the official 2023 chamber (Amanat 40 list + 22 district seats = 62, 53.90 % of the
	// valid votes); other rules are checked against the independent reference where they appear.
	it('shows the real 2023 chamber with Amanat at 40 list and 22 district seats, unchanged', async () => {
		show(SCENARIO_2023);
		await expect
			.element(page.getByRole('table', { name: /Seats by party in the 98-seat Majilis/ }))
			.toBeVisible();
		const amanat = cells(/^AMANAT party/);
		await expect.element(amanat.nth(0)).toHaveTextContent('53.90%');
		await expect.element(amanat.nth(1)).toHaveTextContent(/^40$/);
		await expect.element(amanat.nth(2)).toHaveTextContent(/^22$/);
		await expect.element(amanat.nth(3)).toHaveTextContent(/^62$/);
		await expect.element(amanat.nth(5)).toHaveTextContent(/^0$/);
		await expect.element(amanat.nth(6)).toHaveTextContent('majority (50)');
	});

	it('counts the change from 2023 under a 7% threshold', async () => {
		// By the reference, the official votes at 7 %: Amanat 46 list seats (68 in all, 62 + 6);
		// the Social Democrats (5.20 % of the valid votes) fall below the line and lose their 4 seats.
		const reference = reference2023({ threshold: 7 });
		expect([reference.list.amanat, reference.total.amanat, reference.total.jsdp]).toEqual([
			46, 68, 0
		]);
		show(applySet(SCENARIO_2023, 'threshold=7'));
		const amanat = cells(/^AMANAT party/);
		await expect.element(amanat.nth(1)).toHaveTextContent(/^46$/);
		await expect.element(amanat.nth(5)).toHaveTextContent('+6');
		await expect.element(amanat.nth(6)).toHaveTextContent('majority (50), two-thirds (66)');
		await expect
			.element(cells(/^Nationwide Social Democratic Party/).nth(5))
			.toHaveTextContent('−4');
	});

	it('marks a party that did not sit in 2023 and names the parties not on the ballot', async () => {
		show(SCENARIO_2023);
		await expect.element(cells(/^Baytaq/).nth(5)).toHaveTextContent('no seat in 2023');
		await expect
			.element(page.getByRole('row', { name: /^Alga, Kazakhstan!/ }))
			.not.toBeInTheDocument();
		await expect
			.element(page.getByText(/^Not on the ballot in this scenario: Alga, Kazakhstan! and Namys/))
			.toBeVisible();
	});

	it('lists exactly the seven lists of the real 2023 ballot', async () => {
		show(SCENARIO_2023);
		const rows = page.getByRole('table').getByRole('row');
		// 7 lists + header, self-nominated, against all and total.
		await expect.poll(() => rows.elements().length).toBe(7 + 4);
		await expect.element(page.getByRole('row', { name: /^A new party/ })).not.toBeInTheDocument();
	});

	it('leaves out a new party with no support and says so', async () => {
		show(applySet(SCENARIO_2023, 'support.new-party=0'));
		await expect.element(page.getByRole('row', { name: /^A new party/ })).not.toBeInTheDocument();
		await expect
			.element(
				page.getByText('Not shown: A new party (hypothetical), with no support in this scenario.')
			)
			.toBeVisible();
	});

	it('follows Nur Otan to Amanat in the 2021 chamber and counts the APK seats', async () => {
		show(findPreset('2021')!.scenario);
		await expect
			.element(page.getByRole('table', { name: /Seats by party in the 107-seat Majilis/ }))
			.toBeVisible();
		const nurotan = page.getByRole('row', { name: /^Nur Otan/ });
		await expect.element(nurotan).toHaveTextContent('(now Amanat)');
		// 76 seats in 2021 against Amanat's 62 in 2023.
		await expect.element(nurotan.getByRole('cell').nth(5)).toHaveTextContent('+14');
		await expect.element(page.getByText('no seat in 2023')).not.toBeInTheDocument();
		const adal = page.getByRole('row', { name: /^Adal/ });
		await expect.element(adal).toHaveTextContent('merged into Amanat in 2022');
		const apk = cells(/^Assembly of People/);
		await expect.element(apk.nth(3)).toHaveTextContent(/^9$/);
		await expect.element(cells(/^Total/).nth(3)).toHaveTextContent(/^107$/);
	});

	it('adds rows for self-nominated winners, against-all and the total', async () => {
		show(SCENARIO_2023);
		const independents = cells(/^Self-nominated winners/);
		await expect.element(independents.nth(2)).toHaveTextContent(/^7$/);
		await expect.element(independents.nth(5)).toHaveTextContent(/^0$/);
		await expect.element(cells(/^Against all/).nth(0)).toHaveTextContent('3.90%');
		const total = cells(/^Total/);
		await expect.element(total.nth(1)).toHaveTextContent(/^69$/);
		await expect.element(total.nth(2)).toHaveTextContent(/^29$/);
		await expect.element(total.nth(3)).toHaveTextContent(/^98$/);
		await expect
			.element(page.getByText('District seats are the official 2023 result.'))
			.toBeVisible();
	});

	it('shows unfilled seats when no list passes the threshold', async () => {
		show(applySet(SCENARIO_2023, 'threshold=60'));
		const unfilled = cells(/^Unfilled seats/);
		await expect.element(unfilled.nth(1)).toHaveTextContent(/^69$/);
		await expect.element(unfilled.nth(5)).toHaveTextContent('+69');
		await expect.element(page.getByText(/69 seats stay empty/)).toBeVisible();
	});

	it('shows a party kept off by the 2020 barrier losing its 2023 seats', async () => {
		show(findPreset('barrier-2020')!.scenario);
		const respublica = page.getByRole('row', { name: /^Respublica/ });
		await expect.element(respublica).toHaveTextContent(/not on the ballot/);
		await expect.element(respublica.getByRole('cell').nth(1)).toHaveTextContent('−6');
	});

	// 62 reported (official); 61 hypothetical: 39 list seats for Amanat's count ÷ 1.05 by the
	// reference, + 22 modelled districts, worked in MajoritySummary.svelte.test.ts.
	it('shows the hypothetical chamber beside the reported one when the lens is on', async () => {
		show(applySet(SCENARIO_2023, 'integrity=true'));
		await expect
			.element(page.getByRole('columnheader', { name: 'Total seats (hypothetical)' }))
			.toBeVisible();
		const amanat = cells(/^AMANAT party/);
		await expect.element(amanat.nth(3)).toHaveTextContent(/^62$/);
		await expect.element(amanat.nth(8)).toHaveTextContent(/^61$/);
		await expect.element(page.getByText(/^Hypothetical: the integrity lens/)).toBeVisible();
	});
});
