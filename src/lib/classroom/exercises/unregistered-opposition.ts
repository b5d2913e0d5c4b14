/**
 * What if Alga, Kazakhstan! and Namys had been registered? The barrier is a rule; what their
 * supporters did in 2023 is an assumption, and the answer depends on it.
 *
 * Solution: `--set administrativeRefusals=false --set offBallotVoters=spread`. Each has 5.40 % and
 * 4 list seats; the Social Democrats fall to 4.62 % and out; Amanat 59. (With `against-all` each
 * has 5.05 % and also gets in; with the default `stay-home` each has 4.87 % and stays out, and the
 * larger total pushes the Social Democrats out too, at 4.69 %: Amanat 64.) The ballot is not the
 * real one, so the district seats come from the model.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'unregistered-opposition',
	level: 'school',
	topic: 'barriers',
	minutes: 20,
	start: { preset: '2023', set: [] },
	unlocked: ['access', 'offBallotVoters'],
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'in-chamber', party: 'alga' },
			{ kind: 'in-chamber', party: 'namys' }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['cabar_2023', 'rferl_alga_17', 'namys_stage1', 'demoscope_2023']
};
