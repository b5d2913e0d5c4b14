/**
 * Lists or districts: with the 2023 votes, find a split of the 98 seats at which Amanat loses its
 * majority, or reaches two-thirds. Any split other than 29 uses the district model.
 *
 * Solution: `--set districtSeats=40` (34 list + 32 district = 66 for Amanat in the model). No
 * split takes Amanat below 50: with all seats from lists it has 56.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'list-district-split',
	level: 'university',
	topic: 'mixed',
	minutes: 20,
	start: { preset: '2023', set: [] },
	unlocked: ['districtSeats'],
	// No split takes Amanat below 50, so the task asks for the fewest district seats that give
	// it two-thirds: 40 in the model (all 98 from districts also do, with 77).
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'reaches-line', party: 'amanat', line: 'two-thirds' },
			{ kind: 'setting-range', setting: 'districtSeats', min: 40, max: 40, step: 1 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['astanatimes_2023_final', 'newsaz_tass_2023_smd', 'vlast_2023_law_changes']
};
