/**
 * What the threshold is counted on: against-all votes in the base raise the bar. Starts from a
 * hypothetical 5.3 % threshold, which leaves the Social Democrats (5.20 % of lists + against-all)
 * out.
 *
 * Solution: `--set thresholdBase=parties`. On votes for lists only (6,118,150) they have 5.41 %
 * and return with 4 seats; on all ballots (6,521,860) they have 5.08 % and stay out.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'against-all-base',
	level: 'university',
	topic: 'threshold',
	minutes: 20,
	start: { preset: '2023', set: ['threshold=5.3'] },
	unlocked: ['thresholdBase'],
	goal: { kind: 'in-chamber', party: 'jsdp' },
	hintCount: 3,
	questionCount: 3,
	sources: [
		'astanatimes_2023_final',
		'vlast_2023_final',
		'ani_2021_threshold',
		'karin_10_innovations'
	]
};
