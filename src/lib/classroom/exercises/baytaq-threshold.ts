/**
 * How far would the threshold have to come down for Baytaq (2.30 % in 2023) to enter?
 *
 * Solution: `--set threshold=2.3`. Baytaq passes (146,431 votes ≥ 2.3 % of 6,366,441 = 146,429)
 * and wins 1 list seat; Amanat falls from 40 to 39 list seats. At 2.31 % Baytaq stays out.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'baytaq-threshold',
	level: 'school',
	topic: 'threshold',
	minutes: 10,
	start: { preset: '2023', set: [] },
	unlocked: ['threshold'],
	// The highest threshold on the slider (steps of 0.1) is 2.3; one step below is accepted too.
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'in-chamber', party: 'baytaq' },
			{ kind: 'setting-range', setting: 'threshold', min: 2.2, max: 2.3, step: 0.1 }
		]
	},
	hintCount: 3,
	questionCount: 2,
	sources: ['astanatimes_2023_final', 'newtimes_2023_final', 'ani_2021_threshold']
};
