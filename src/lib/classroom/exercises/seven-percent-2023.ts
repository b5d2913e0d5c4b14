/**
 * The threshold was 7 % until the law of May 2021: apply it to the 2023 votes.
 *
 * Solution: `--set threshold=7`. The People's Party (6.80 %) and the Social Democrats (5.20 %) are
 * out; Amanat has 46 list + 22 district = 68 seats, above the two-thirds line of 66.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'seven-percent-2023',
	level: 'school',
	topic: 'history',
	minutes: 10,
	start: { preset: '2023', set: [] },
	unlocked: ['threshold', 'thresholdBase'],
	// At the old 7 %: a higher threshold also gives Amanat two-thirds, but it is not the task.
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'reaches-line', party: 'amanat', line: 'two-thirds' },
			{ kind: 'setting-range', setting: 'threshold', min: 7, max: 7, step: 0.1 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['astanatimes_2023_final', 'ani_2021_threshold', 'ipu_2007']
};
