/**
 * Parallel against compensatory with the same 2023 votes and district winners.
 *
 * Solution: `--set mixed=compensatory`. Amanat 30 list + 22 district = 52; Auyl 11, Respublica 8,
 * Ak Zhol 8, People's Party 7, Social Democrats 5; Gallagher 6.03 instead of 9.54. No overhang,
 * so the overhang rule changes nothing.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'parallel-compensatory',
	level: 'university',
	topic: 'mixed',
	minutes: 20,
	start: { preset: '2023', set: [] },
	unlocked: ['mixed', 'overhang'],
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'seats-at-most', party: 'amanat', seats: 55 },
			{ kind: 'gallagher-below', value: 7 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['astanatimes_2023_final', 'newsaz_tass_2023_smd', 'vlast_2023_law_changes']
};
