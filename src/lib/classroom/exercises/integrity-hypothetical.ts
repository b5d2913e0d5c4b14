/**
 * The integrity lens, clearly hypothetical: how much would the count at unobserved stations have
 * to differ for Amanat to lose its majority? The goal is checked on the adjusted chamber.
 *
 * Solution: `--set observerCoverage=0 --set inflation=100` (the sliders' limits): the reported
 * count is twice the adjusted one and Amanat has 48 seats. At 50 % coverage it takes an assumed
 * inflation of 162 % (a factor of 1.81); at 161 % Amanat keeps 50.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'integrity-hypothetical',
	level: 'university',
	topic: 'integrity',
	minutes: 25,
	start: { preset: '2023', set: ['integrity=true'] },
	unlocked: ['integrity'],
	goal: { kind: 'below-majority', party: 'amanat' },
	hintCount: 3,
	questionCount: 3,
	sources: ['cabar_2021_sandzh', 'astanatimes_2023_final']
};
