/**
 * 2007: with a 7 % threshold only Nur Otan passed and took all 98 list seats. The rule adopted in
 * 2009 admits the runner-up when only one list passes.
 *
 * Solution: `--set secondParty=runner-up`. Nur Otan 93, OSDP 5 (94 and 4 with the 0.7 correction).
 * A threshold of 4.5 % gives the same 93 and 5.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'one-party-2007',
	level: 'school',
	topic: 'history',
	minutes: 15,
	start: { preset: '2007', set: [] },
	unlocked: ['threshold', 'secondParty'],
	// With the threshold kept at 7 %, only the rule for a single passing list can do it.
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'seats-at-most', party: 'nurotan', seats: 97 },
			{ kind: 'setting-range', setting: 'threshold', min: 7, max: 7, step: 0.1 }
		]
	},
	hintCount: 3,
	questionCount: 3,
	sources: [
		'frwiki_2007',
		'dewiki_2007',
		'ipu_2007',
		'blog_2009_change',
		'tegobmx_art97',
		'reuters_2012',
		'ani_2021_threshold',
		'vlast_2023_law_changes'
	]
};
