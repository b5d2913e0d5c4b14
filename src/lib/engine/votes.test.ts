import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SCENARIO_2023 } from '../scenario/defaults';
import { OPPOSITION_SUPPORT_2023 } from '../scenario/parties';
import { apportion } from './apportion';
import { countVotes, type OffBallot, type VoteCount, type VoteInput } from './votes';

const OFFICIAL_2023 = {
	amanat: 3_431_510,
	auyl: 693_938,
	respublica: 547_154,
	akzhol: 535_139,
	qhp: 432_920,
	jsdp: 331_058,
	baytaq: 146_431
} as const;
const AGAINST_ALL_2023 = 248_291;
const VALID_2023 = 6_366_441;
const INVALID_2023 = 155_419;
const BALLOTS_2023 = 6_521_860;

const wasOnBallot = (id: string) =>
	SCENARIO_2023.parties.find((p) => p.id === id)!.onOfficialBallot;

/** The 2023 electorate with the given parties on the ballot. */
function input2023(onBallot: (id: string) => boolean, offBallot: OffBallot): VoteInput {
	return {
		parties: SCENARIO_2023.parties.map((p) => ({
			id: p.id,
			support: p.support,
			onOfficialBallot: p.onOfficialBallot,
			onBallot: onBallot(p.id)
		})),
		againstAll: SCENARIO_2023.electorate.againstAll,
		registeredVoters: SCENARIO_2023.electorate.registeredVoters,
		turnout: SCENARIO_2023.electorate.turnout,
		invalidPercent: SCENARIO_2023.electorate.invalid,
		offBallot
	};
}

const without = (off: string) => (id: string) => id !== off && wasOnBallot(id);
const alsoOn = (extra: string) => (id: string) => id === extra || wasOnBallot(id);

function sumVotes(count: VoteCount): number {
	return Object.values(count.votes).reduce((a, b) => a + b, 0);
}

/** Votes that moved into `to` minus votes that moved out of it, by the reported transfers. */
function net(count: VoteCount, id: string): number {
	return count.transfers.reduce(
		(a, t) => a + (t.to === id ? t.votes : 0) - (t.from === id ? t.votes : 0),
		0
	);
}

describe('countVotes on the 2023 electorate', () => {
	const count = countVotes(input2023(wasOnBallot, { kind: 'stay-home' }));

	it('reproduces every official list vote exactly', () => {
		for (const [id, votes] of Object.entries(OFFICIAL_2023)) expect(count.votes[id]).toBe(votes);
	});

	it('reproduces against-all, valid votes, invalid ballots and ballots exactly', () => {
		expect(count.againstAll).toBe(AGAINST_ALL_2023);
		expect(count.valid).toBe(VALID_2023);
		expect(count.invalid).toBe(INVALID_2023);
		expect(count.ballots).toBe(BALLOTS_2023);
	});

	it('gives the parties that were not on the ballot no votes and moves nothing', () => {
		expect(count.votes.alga).toBe(0);
		expect(count.votes.namys).toBe(0);
		expect(count.transfers).toEqual([]);
	});

	it('reports the official turnout of 54.19 percent', () => {
		expect(count.turnout).toBeCloseTo(54.19, 2);
	});

	it('gives the same count whatever the off-ballot choice when every party stands as in 2023', () => {
		const choices: OffBallot[] = [
			{ kind: 'against-all' },
			{ kind: 'spread' },
			{ kind: 'to-party', party: 'amanat' }
		];
		for (const choice of choices) expect(countVotes(input2023(wasOnBallot, choice))).toEqual(count);
	});
});

describe('countVotes when a party on the real ballot is kept off (Baytaq)', () => {
	const baytaq = OFFICIAL_2023.baytaq;

	it('stay-home: its voters abstain, so valid votes and ballots fall and invalid keeps its share', () => {
		const count = countVotes(input2023(without('baytaq'), { kind: 'stay-home' }));
		expect(count.votes.baytaq).toBe(0);
		expect(count.valid).toBe(VALID_2023 - baytaq);
		expect(count.invalid).toBe(Math.round(((VALID_2023 - baytaq) * INVALID_2023) / VALID_2023));
		expect(count.ballots).toBe(count.valid + count.invalid);
		expect(count.againstAll).toBe(AGAINST_ALL_2023);
		expect(count.votes.amanat).toBe(OFFICIAL_2023.amanat);
		expect(count.transfers).toEqual([{ from: 'baytaq', to: 'abstention', votes: baytaq }]);
	});

	it('against-all: its votes are added to against-all and no vote is lost', () => {
		const count = countVotes(input2023(without('baytaq'), { kind: 'against-all' }));
		expect(count.votes.baytaq).toBe(0);
		expect(count.againstAll).toBe(AGAINST_ALL_2023 + baytaq);
		expect(count.valid).toBe(VALID_2023);
		expect(count.ballots).toBe(BALLOTS_2023);
		expect(count.transfers).toEqual([{ from: 'baytaq', to: 'against-all', votes: baytaq }]);
	});

	it('spread: its votes go to the other lists in proportion to their votes and none is lost', () => {
		const count = countVotes(input2023(without('baytaq'), { kind: 'spread' }));
		const others = Object.keys(OFFICIAL_2023).filter((id) => id !== 'baytaq') as Array<
			keyof typeof OFFICIAL_2023
		>;
		const expected = apportion(
			baytaq,
			others.map((id) => OFFICIAL_2023[id])
		);
		others.forEach((id, i) => {
			expect(count.votes[id]).toBe(OFFICIAL_2023[id] + expected[i]!);
			expect(net(count, id)).toBe(expected[i]);
		});
		expect(count.votes.baytaq).toBe(0);
		expect(count.againstAll).toBe(AGAINST_ALL_2023);
		expect(count.valid).toBe(VALID_2023);
		expect(count.ballots).toBe(BALLOTS_2023);
		expect(count.transfers.every((t) => t.from === 'baytaq')).toBe(true);
		expect(net(count, 'baytaq')).toBe(-baytaq);
	});

	it('to-party: all its votes go to the chosen list and none is lost', () => {
		const count = countVotes(input2023(without('baytaq'), { kind: 'to-party', party: 'akzhol' }));
		expect(count.votes.akzhol).toBe(OFFICIAL_2023.akzhol + baytaq);
		expect(count.votes.amanat).toBe(OFFICIAL_2023.amanat);
		expect(count.valid).toBe(VALID_2023);
		expect(count.transfers).toEqual([{ from: 'baytaq', to: 'akzhol', votes: baytaq }]);
	});

	it('to-party: its voters abstain when the chosen list is itself off the ballot', () => {
		const offTwo = (id: string) => id !== 'baytaq' && id !== 'akzhol' && wasOnBallot(id);
		const count = countVotes(input2023(offTwo, { kind: 'to-party', party: 'akzhol' }));
		expect(count.votes.akzhol).toBe(0);
		expect(count.valid).toBe(VALID_2023 - baytaq - OFFICIAL_2023.akzhol);
		expect(count.transfers).toEqual([
			{ from: 'akzhol', to: 'abstention', votes: OFFICIAL_2023.akzhol },
			{ from: 'baytaq', to: 'abstention', votes: baytaq }
		]);
	});
});

describe('countVotes when a party that was not on the real ballot gets on (Alga)', () => {
	const alga = OPPOSITION_SUPPORT_2023;

	it('stay-home: its voters come out of abstention, so valid votes rise by its support', () => {
		const count = countVotes(input2023(alsoOn('alga'), { kind: 'stay-home' }));
		expect(count.votes.alga).toBe(alga);
		expect(count.valid).toBe(VALID_2023 + alga);
		for (const [id, votes] of Object.entries(OFFICIAL_2023)) expect(count.votes[id]).toBe(votes);
		expect(count.transfers).toEqual([{ from: 'abstention', to: 'alga', votes: alga }]);
	});

	it('against-all: it takes back the against-all votes first, then voters from abstention', () => {
		const count = countVotes(input2023(alsoOn('alga'), { kind: 'against-all' }));
		expect(count.votes.alga).toBe(alga);
		expect(count.againstAll).toBe(0);
		expect(count.valid).toBe(VALID_2023 + alga - AGAINST_ALL_2023);
		expect(count.transfers).toEqual([
			{ from: 'against-all', to: 'alga', votes: AGAINST_ALL_2023 },
			{ from: 'abstention', to: 'alga', votes: alga - AGAINST_ALL_2023 }
		]);
	});

	it('spread: it takes its votes from the lists in proportion and no vote is added', () => {
		const count = countVotes(input2023(alsoOn('alga'), { kind: 'spread' }));
		expect(count.votes.alga).toBe(alga);
		expect(count.valid).toBe(VALID_2023);
		expect(count.againstAll).toBe(AGAINST_ALL_2023);
		const ids = Object.keys(OFFICIAL_2023) as Array<keyof typeof OFFICIAL_2023>;
		const lost = apportion(
			alga,
			ids.map((id) => OFFICIAL_2023[id])
		);
		ids.forEach((id, i) => expect(count.votes[id]).toBe(OFFICIAL_2023[id] - lost[i]!));
		expect(count.transfers.every((t) => t.to === 'alga')).toBe(true);
		expect(net(count, 'alga')).toBe(alga);
	});

	it('to-party: it takes its votes from the chosen list and no vote is added', () => {
		const count = countVotes(input2023(alsoOn('alga'), { kind: 'to-party', party: 'amanat' }));
		expect(count.votes.alga).toBe(alga);
		expect(count.votes.amanat).toBe(OFFICIAL_2023.amanat - alga);
		expect(count.valid).toBe(VALID_2023);
		expect(count.transfers).toEqual([{ from: 'amanat', to: 'alga', votes: alga }]);
	});

	it('to-party: a party kept off and a party let on both move votes through the chosen list', () => {
		const swap = (id: string) => id === 'alga' || (id !== 'baytaq' && wasOnBallot(id));
		const count = countVotes(input2023(swap, { kind: 'to-party', party: 'amanat' }));
		expect(count.votes.amanat).toBe(OFFICIAL_2023.amanat + OFFICIAL_2023.baytaq - alga);
		expect(count.votes.alga).toBe(alga);
		expect(count.valid).toBe(VALID_2023);
		expect(count.transfers).toEqual([
			{ from: 'baytaq', to: 'amanat', votes: OFFICIAL_2023.baytaq },
			{ from: 'amanat', to: 'alga', votes: alga }
		]);
	});
});

describe('countVotes at the edges', () => {
	it('keeps the votes a kept-off party hands to a to-party target that is a newly admitted party', () => {
		// b was on the real ballot and is kept off; its voters go to c, which was not on the real
		// ballot and now is: c has both the 250 it was handed and its own support.
		const count = countVotes({
			parties: [
				{ id: 'a', support: 100, onOfficialBallot: true, onBallot: true },
				{ id: 'b', support: 100, onOfficialBallot: true, onBallot: false },
				{ id: 'c', support: 50, onOfficialBallot: false, onBallot: true }
			],
			againstAll: 0,
			registeredVoters: 1000,
			turnout: 50,
			invalidPercent: 0,
			offBallot: { kind: 'to-party', party: 'c' }
		});
		expect(count.transfers).toContainEqual({ from: 'b', to: 'c', votes: 250 });
		expect(count.votes.c).toBe(net(count, 'c'));
	});

	it('never reports more ballots than there are registered voters', () => {
		// At full turnout nobody stayed home, so a newly admitted party under stay-home finds no
		// voters to draw.
		const count = countVotes({
			parties: [
				{ id: 'a', support: 100, onOfficialBallot: true, onBallot: true },
				{ id: 'c', support: 100, onOfficialBallot: false, onBallot: true }
			],
			againstAll: 0,
			registeredVoters: 1000,
			turnout: 100,
			invalidPercent: 0,
			offBallot: { kind: 'stay-home' }
		});
		expect(count.ballots).toBeLessThanOrEqual(1000);
	});
});

const ID_POOL = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

const voteInputs: fc.Arbitrary<VoteInput> = fc
	.record({
		parties: fc.uniqueArray(
			fc.record({
				id: fc.constantFrom(...ID_POOL),
				support: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5 })),
				onOfficialBallot: fc.boolean(),
				onBallot: fc.boolean()
			}),
			{ minLength: 1, maxLength: 6, selector: (p) => p.id }
		),
		againstAll: fc.integer({ min: 0, max: 1_000_000 }),
		registeredVoters: fc.integer({ min: 0, max: 20_000_000 }),
		turnout: fc.integer({ min: 0, max: 1000 }).map((t) => t / 10),
		invalidPercent: fc.integer({ min: 0, max: 200 }).map((t) => t / 10),
		kind: fc.constantFrom('stay-home', 'against-all', 'spread', 'to-party'),
		target: fc.constantFrom(...ID_POOL)
	})
	.map(({ kind, target, ...rest }) => ({
		...rest,
		offBallot:
			kind === 'to-party'
				? { kind, party: target }
				: ({ kind } as Exclude<OffBallot, { kind: 'to-party' }>)
	}));

describe('countVotes properties', () => {
	it('counts valid votes as the party votes plus against-all, and ballots as valid plus invalid', () => {
		fc.assert(
			fc.property(voteInputs, (input) => {
				const count = countVotes(input);
				expect(count.valid).toBe(sumVotes(count) + count.againstAll);
				expect(count.ballots).toBe(count.valid + count.invalid);
			}),
			{ numRuns: 400 }
		);
	});

	it('never gives a negative or fractional number of votes', () => {
		fc.assert(
			fc.property(voteInputs, (input) => {
				const count = countVotes(input);
				for (const n of [...Object.values(count.votes), count.againstAll, count.invalid]) {
					expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
				}
				for (const t of count.transfers) expect(t.votes).toBeGreaterThan(0);
			}),
			{ numRuns: 400 }
		);
	});

	it('gives no votes to a party off the ballot and counts every party', () => {
		fc.assert(
			fc.property(voteInputs, (input) => {
				const count = countVotes(input);
				expect(Object.keys(count.votes)).toEqual(input.parties.map((p) => p.id));
				for (const p of input.parties) if (!p.onBallot) expect(count.votes[p.id]).toBe(0);
			}),
			{ numRuns: 400 }
		);
	});

	it('explains every change from the real-ballot count by a reported transfer', () => {
		fc.assert(
			fc.property(voteInputs, (input) => {
				const asReal = countVotes({
					...input,
					parties: input.parties.map((p) => ({ ...p, onBallot: p.onOfficialBallot }))
				});
				const count = countVotes(input);
				for (const p of input.parties) {
					expect(count.votes[p.id]).toBe(asReal.votes[p.id]! + net(count, p.id));
				}
				expect(count.againstAll).toBe(asReal.againstAll + net(count, 'against-all'));
				expect(count.valid).toBe(asReal.valid - net(count, 'abstention'));
			}),
			{ numRuns: 400 }
		);
	});

	it('loses no vote when real-ballot parties are kept off and their voters do not stay home', () => {
		const inputs = voteInputs
			.filter(
				(i) =>
					i.offBallot.kind !== 'stay-home' &&
					(i.offBallot.kind !== 'to-party' ||
						i.parties.some((p) => p.id === (i.offBallot as { party: string }).party))
			)
			.map((i) => ({
				...i,
				// Only parties of the real ballot, some kept off; the to-party target stays on.
				parties: i.parties.map((p) => ({
					...p,
					onOfficialBallot: true,
					onBallot: p.onBallot || (i.offBallot.kind === 'to-party' && p.id === i.offBallot.party)
				}))
			}));
		fc.assert(
			fc.property(inputs, (input) => {
				const count = countVotes(input);
				const asReal = countVotes({
					...input,
					parties: input.parties.map((p) => ({ ...p, onBallot: true }))
				});
				const someoneToReceive =
					input.offBallot.kind !== 'spread' ||
					input.parties.some((p) => p.onBallot && asReal.votes[p.id]! > 0);
				if (someoneToReceive) expect(count.valid).toBe(asReal.valid);
				else expect(count.valid).toBeLessThanOrEqual(asReal.valid);
			}),
			{ numRuns: 400 }
		);
	});
});
