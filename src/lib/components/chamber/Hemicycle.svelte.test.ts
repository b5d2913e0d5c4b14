import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { majorityThresholds } from '$lib/scenario/simulate';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import Hemicycle from './Hemicycle.svelte';

/**
 * The 2021 house: 98 list seats and 9 deputies of the Assembly of People, 107 in all, so the
 * majorities are 54, 72 and 81 (more than a half, two thirds, three quarters of 107).
 */
function house2021() {
	const scenario = findPreset('2021')!.scenario;
	const chamber = runScenario(scenario).reported;
	// The engine counts the Assembly's seats in the house and in its lines.
	const thresholds = majorityThresholds(107);
	expect(chamber.houseSize).toBe(107);
	expect(chamber.majorities.map((m) => m.seats)).toEqual([
		thresholds.majority,
		thresholds['two-thirds'],
		thresholds['three-quarters']
	]);
	return { scenario, chamber };
}

describe('Hemicycle', () => {
	it('draws the 9 appointed seats as their own group at the right end of 107', async () => {
		const { scenario, chamber } = house2021();
		render(Hemicycle, { scenario, chamber, title: '2021', appointed: 9, onselect: () => {} });
		const seats = page.getByRole('button');
		await expect.poll(() => seats.elements().length).toBe(107);
		const labels = seats.elements().map((e) => e.getAttribute('aria-label') ?? '');
		expect(labels.slice(98)).toEqual(
			Array.from(
				{ length: 9 },
				(_, i) => `Seat ${i + 1} of 9 chosen by the Assembly of People of Kazakhstan, not elected`
			)
		);
		expect(labels.slice(0, 98).some((l) => l.includes('Assembly of People'))).toBe(false);
		await expect
			.element(page.getByRole('listitem').filter({ hasText: 'Assembly of People' }))
			.toHaveTextContent('Assembly of People (not elected): 9');
		// 76, 12 and 10 are the official 2021 list seats, which the 2021 preset reproduces.
		await expect
			.element(page.getByRole('group'))
			.toHaveAttribute(
				'aria-label',
				"Chamber of 107 seats: Nur Otan 76, Ak Zhol 12, People's Party 10, Assembly of People (not elected) 9."
			);
	});

	it('labels the majority lines of 107 seats 54, 72 and 81', async () => {
		const { scenario, chamber } = house2021();
		const { container } = render(Hemicycle, { scenario, chamber, title: '2021', appointed: 9 });
		const labels = [...container.querySelectorAll('.line-label')].map((t) => t.textContent);
		expect(labels).toEqual(['54', '72', '81']);
		expect(container.querySelectorAll('.majority')).toHaveLength(3);
	});

	it('draws no appointed seat when there is none', async () => {
		const { scenario, chamber } = house2021();
		render(Hemicycle, {
			scenario,
			chamber: { ...chamber, houseSize: 98, appointed: 0 },
			title: '2021'
		});
		// The 98 list seats of 2021 (Nur Otan 76, Ak Zhol 12, People's Party 10) fill the house.
		await expect
			.element(page.getByRole('img'))
			.toHaveAttribute('aria-label', expect.stringMatching(/^Chamber of 98 seats: /));
		expect(page.getByText('Assembly of People').elements()).toHaveLength(0);
	});
});
