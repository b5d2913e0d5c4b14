/**
 * Each built-in exercise's goal checks exactly its task: the intended answer meets it, and the
 * plausible wrong answers do not — the control at 0, the start left as it is, the control's
 * other extreme, and the near misses a student is likely to stop at. Each row says why it is
 * right or wrong; the chambers behind them are in each exercise's file and answer text.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../scenario/run';
import { applySet } from '../../scenario/set';
import { checkGoal, goalChamber, startScenario } from '../goals';
import { EXERCISES, findExercise } from './index';

interface Attempt {
	readonly set: readonly string[];
	readonly why: string;
}

const TABLE: Readonly<Record<string, { right: Attempt[]; wrong: Attempt[] }>> = {
	'baytaq-threshold': {
		right: [
			{ set: ['threshold=2.3'], why: 'the highest step at which Baytaq sits (146,431 ≥ 146,429)' },
			{ set: ['threshold=2.2'], why: 'one step below, accepted' }
		],
		wrong: [
			{ set: [], why: 'the default 5 %: Baytaq is out' },
			{ set: ['threshold=0'], why: '0 %: Baytaq sits, but it is not the highest threshold' },
			{ set: ['threshold=1'], why: 'Baytaq sits, but far below the highest threshold' },
			{ set: ['threshold=2.4'], why: 'one step too high: Baytaq is out' },
			{ set: ['threshold=15'], why: 'the other extreme: Baytaq is out' }
		]
	},
	'social-democrats-line': {
		right: [
			{ set: ['threshold=5.3'], why: 'the first step above their 5.20 %' },
			{ set: ['threshold=5.4'], why: 'one step more, accepted' }
		],
		wrong: [
			{ set: [], why: 'the default 5 %: they are in' },
			{ set: ['threshold=0'], why: '0 %: they are in, and Baytaq too' },
			{ set: ['threshold=5.2'], why: '5.2 %: their 5.20 % still clears it' },
			{ set: ['threshold=6.5'], why: 'five lists remain, but not "just enough"' },
			{ set: ['threshold=15'], why: 'the other extreme: only Amanat is left' }
		]
	},
	'against-all-base': {
		right: [{ set: ['thresholdBase=parties'], why: 'on list votes only they have 5.41 %' }],
		wrong: [
			{ set: [], why: 'the default base (lists and against all): 5.20 %' },
			{ set: ['thresholdBase=ballots'], why: 'the other extreme, all ballots: 5.08 %' }
		]
	},
	'dhondt-hare': {
		right: [{ set: ['method=dhondt'], why: "D'Hondt gives Amanat 41 list seats, 63 in all" }],
		wrong: [
			{ set: [], why: 'Hare, the law: 62' },
			{ set: ['method=droop'], why: 'Droop keeps 62' },
			{ set: ['method=imperiali'], why: 'Imperiali keeps 62' },
			{ set: ['method=sainte-lague'], why: 'Sainte-Laguë keeps 62' },
			{ set: ['method=modified-sainte-lague'], why: 'modified Sainte-Laguë keeps 62' }
		]
	},
	'members-barrier': {
		right: [
			{ set: ['partyMembers=10000', 'branchMembers=500'], why: 'the highest rules it meets' },
			{ set: ['partyMembers=9500', 'branchMembers=450'], why: 'one step below each, accepted' }
		],
		wrong: [
			{ set: [], why: 'the 2020 rules: Respublica cannot stand' },
			{
				set: ['partyMembers=0', 'branchMembers=0'],
				why: '0: every barrier gone, not "just enough"'
			},
			{
				set: ['partyMembers=5000', 'branchMembers=200', 'foundingGroup=700'],
				why: 'the 2022 rules let it stand, but lower than needed'
			},
			{ set: ['partyMembers=10000'], why: 'members alone: 20 branches of 600 need 12,000' },
			{ set: ['partyMembers=10500', 'branchMembers=500'], why: 'one step too many members' },
			{ set: ['partyMembers=60000', 'branchMembers=1000'], why: 'the other extreme' }
		]
	},
	'unregistered-opposition': {
		right: [
			{
				set: ['administrativeRefusals=false', 'offBallotVoters=spread'],
				why: 'votes drawn from the other lists: 5.40 % each'
			},
			{
				set: ['administrativeRefusals=false', 'offBallotVoters=against-all'],
				why: 'votes drawn from against-all: 5.05 % each'
			}
		],
		wrong: [
			{ set: [], why: 'the default: refused, not on the ballot' },
			{ set: ['administrativeRefusals=false'], why: 'supporters stayed home: 4.87 % each' },
			{ set: ['offBallotVoters=spread'], why: 'still refused registration' }
		]
	},
	'one-party-2007': {
		right: [{ set: ['secondParty=runner-up'], why: 'the 2009 rule at 7 %: Nur Otan 93' }],
		wrong: [
			{ set: [], why: 'the default: Nur Otan takes all 98' },
			{ set: ['threshold=0'], why: '0 %: Nur Otan 87, but the task keeps 7 %' },
			{ set: ['threshold=4.5'], why: 'Nur Otan 93 by a lower threshold, not the rule' },
			{ set: ['threshold=15'], why: 'the other extreme: Nur Otan 98' },
			{
				set: ['threshold=15', 'secondParty=runner-up'],
				why: 'the rule at 15 %: Nur Otan 93, but the task keeps 7 %'
			}
		]
	},
	'seven-percent-2023': {
		right: [{ set: ['threshold=7'], why: 'at 7 % of the valid vote Amanat has 68' }],
		wrong: [
			{ set: [], why: 'the default 5 %: 62' },
			{ set: ['threshold=0'], why: '0 %: 61' },
			{ set: ['threshold=7', 'thresholdBase=parties'], why: 'on list votes only: 64' },
			{ set: ['threshold=7.1'], why: 'two-thirds (68), but not the old 7 %' },
			{ set: ['threshold=15'], why: 'the other extreme: 91, but not the old 7 %' }
		]
	},
	'turnout-mandate': {
		right: [
			{ set: ['support.new-party=337421'], why: '5.3 % on the slider, the least that enters' }
		],
		wrong: [
			{ set: [], why: 'the start: no support' },
			{ set: ['support.new-party=331055'], why: '5.2 %: 4.95 % of the larger total' },
			{ set: ['support.new-party=1273288'], why: '20 %: it enters, but far above the least' },
			{ set: ['turnout=100'], why: 'turnout alone moves no seat' },
			{ set: ['turnout=5'], why: 'the other extreme of turnout: no seat either' }
		]
	},
	'list-district-split': {
		right: [{ set: ['districtSeats=40'], why: 'the fewest district seats for 66 in the model' }],
		wrong: [
			{ set: [], why: 'the default 29: 62' },
			{ set: ['districtSeats=0'], why: '0: all from lists, 56' },
			{ set: ['districtSeats=39'], why: 'one fewer: 65' },
			{ set: ['districtSeats=98'], why: 'the other extreme: 77, but not the fewest' }
		]
	},
	'parallel-compensatory': {
		right: [
			{ set: ['mixed=compensatory'], why: 'Amanat 52, Gallagher 6.03' },
			{
				set: ['mixed=compensatory', 'overhang=extra-seats'],
				why: 'no overhang, so the overhang rule changes nothing'
			}
		],
		wrong: [
			{ set: [], why: 'parallel, the law: Amanat 62, Gallagher 9.54' },
			{ set: ['overhang=extra-seats'], why: 'the overhang rule alone does nothing' }
		]
	},
	'integrity-hypothetical': {
		right: [
			{ set: ['observerCoverage=0', 'inflation=100'], why: 'the sliders’ limits: Amanat 48' },
			{ set: ['observerCoverage=50', 'inflation=162'], why: 'half observed, 162 %' }
		],
		wrong: [
			{ set: [], why: 'the defaults (50 %, 10 %): 61' },
			{ set: ['observerCoverage=0', 'inflation=0'], why: '0 % inflation: nothing taken out' },
			{ set: ['observerCoverage=50', 'inflation=161'], why: 'one percent short: 50' },
			{ set: ['observerCoverage=100', 'inflation=100'], why: 'every station observed' }
		]
	}
};

function meets(id: string, set: readonly string[]): boolean {
	const exercise = findExercise(id)!;
	const scenario = set.reduce(applySet, startScenario(exercise));
	return checkGoal(exercise.goal, goalChamber(runScenario(scenario)), { scenario }).met;
}

describe('each exercise’s goal checks exactly its task', () => {
	it('has a table for every exercise, with its start among the wrong answers', () => {
		expect(Object.keys(TABLE).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
		for (const rows of Object.values(TABLE)) {
			expect(rows.right.length).toBeGreaterThan(0);
			expect(rows.wrong.some((w) => w.set.length === 0)).toBe(true);
		}
	});

	const rows = (kind: 'right' | 'wrong') =>
		Object.entries(TABLE).flatMap(([id, t]) =>
			t[kind].map((a) => [id, a.set.join(' ') || '(start)', a.why, a.set] as const)
		);

	it.each(rows('right'))('%s: %s meets the goal (%s)', (id, _label, _why, set) => {
		expect(meets(id, set)).toBe(true);
	});

	it.each(rows('wrong'))('%s: %s does not (%s)', (id, _label, _why, set) => {
		expect(meets(id, set)).toBe(false);
	});
});
