/**
 * Why the Nationwide Social Democratic Party, at 5.20 % in 2023, was close to the line: raise the
 * threshold until they are out while the five larger lists stay in, and see where their 4 seats go.
 *
 * Solution: `--set threshold=5.3` (any threshold above 5.20 % and up to 6.80 %). Amanat 42 list
 * seats (64 in all), Respublica 7, Ak Zhol 7, Auyl 8, People's Party 5.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'social-democrats-line',
	level: 'school',
	topic: 'threshold',
	minutes: 15,
	start: { preset: '2023', set: [] },
	unlocked: ['threshold'],
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'not-in-chamber', party: 'jsdp' },
			{ kind: 'parties-in-chamber', count: 5 },
			// "Just enough": the first step above 5.20 % on the slider, or the next one.
			{ kind: 'setting-range', setting: 'threshold', min: 5.3, max: 5.4, step: 0.1 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: ['astanatimes_2023_final', 'vlast_2023_final']
};
