import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { runScenario } from './run';
import { applySet } from './set';

describe('the official district result', () => {
	it.each([
		['threshold=3'],
		['method=dhondt'],
		['thresholdBase=parties'],
		['mixed=compensatory'],
		['integrity=true']
	])('still applies after %s, which decides no district race', (change) => {
		expect(runScenario(applySet(SCENARIO_2023, change)).reported.districtSource).toBe('official');
	});

	it.each([['districtSeats=30'], ['turnout=60'], ['partyMembers=20000'], ['seed=1']])(
		'gives way to the model after %s',
		(change) => {
			expect(runScenario(applySet(SCENARIO_2023, change)).reported.districtSource).toBe('model');
		}
	);
});
