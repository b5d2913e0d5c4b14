/**
 * Turnout and the mandate: turnout alone moves no seat, since every party's votes scale
 * together; a new list drawing on people who stayed home must pass 5 % of a larger total.
 *
 * Solution: `--set support.new-party=337421` (5.3 % of the 2023 valid vote on the slider; its
 * voters are non-voters, as `offBallotVoters` stays `stay-home`). The new list wins 4 list seats;
 * the Social Democrats drop below 5 % of the larger total. About 336,000 votes is the least.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'turnout-mandate',
	level: 'school',
	topic: 'turnout',
	minutes: 15,
	// The hypothetical new list is on the ballot from the start, with no support yet.
	start: { preset: '2023', set: ['support.new-party=0'] },
	unlocked: ['turnout', 'support'],
	// The least support that enters, on the slider (steps of 0.1 %): 5.3 %, or one step more.
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'in-chamber', party: 'new-party' },
			{ kind: 'setting-range', setting: 'support.new-party', min: 5.3, max: 5.4, step: 0.1 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: [
		'kt_2023_turnout',
		'vlast_2023_final',
		'kazinform_2023_turnout_regions',
		'astanatimes_2023_final'
	]
};
