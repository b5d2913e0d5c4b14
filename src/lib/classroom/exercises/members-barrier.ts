/**
 * 20,000 members against 5,000: the 2020 registration rules applied to 2023 keep Respublica and
 * Baytaq (registered only after the 2022 reduction) off the ballot.
 *
 * Solution: `--set partyMembers=10000 --set branchMembers=500`. Respublica's assumed 10,000
 * members meet both the member rule and the branch rule (20 × 500); it wins 6 list seats and
 * Amanat falls from 66 to 62. Lowering the member count alone is not enough (20 × 600 = 12,000).
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'members-barrier',
	level: 'school',
	topic: 'barriers',
	minutes: 15,
	start: { preset: 'barrier-2020', set: [] },
	unlocked: ['access'],
	// "Just enough": the highest member rule and branch size that let Respublica's assumed 10,000
	// members through, or one step of the slider below them.
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'in-chamber', party: 'respublica' },
			{ kind: 'setting-range', setting: 'partyMembers', min: 9_500, max: 10_000, step: 500 },
			{ kind: 'setting-range', setting: 'branchMembers', min: 450, max: 500, step: 50 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['adyrna_2022_parties', 'qazaqtv_2020', 'vlast_2022_parties', 'baytaq_registration']
};
