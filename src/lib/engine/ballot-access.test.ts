import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCESS_2023, SCENARIO_2023 } from '../scenario/defaults';
import {
	checkParty,
	SELF_NOMINATED_2023,
	selfNominatedPerDistrict,
	type AccessFailure,
	type CandidateBarriers,
	type PartyBarriers,
	type PartyStanding
} from './ballot-access';

/** A party that meets every 2023 rule with room to spare. */
const STRONG: PartyStanding = {
	members: 50_000,
	regions: 20,
	canMeetInPerson: true,
	refusedIn2023: false
};

const RULES_2023: PartyBarriers = ACCESS_2023;

describe('checkParty', () => {
	it.each<[string, Partial<PartyStanding>, Partial<PartyBarriers>, AccessFailure[]]>([
		['meets every 2023 rule', {}, {}, []],
		[
			'has too few members',
			{ members: 4_000 },
			{},
			[{ rule: 'members', needed: 5_000, has: 4_000 }]
		],
		[
			'has branches in too few regions',
			{ regions: 19 },
			{},
			[{ rule: 'branches', needed: 20, has: 19 }]
		],
		[
			'has branches too small to register',
			{},
			{ branchMembers: 3_000 },
			[{ rule: 'branch-size', needed: 60_000, has: 50_000 }]
		],
		[
			'cannot gather the founding group',
			{},
			{ foundingGroup: 60_000 },
			[{ rule: 'founding-group', needed: 60_000, has: 50_000 }]
		],
		[
			'cannot meet in person when the congress must be in person',
			{ canMeetInPerson: false },
			{},
			[{ rule: 'in-person-congress' }]
		],
		[
			'was refused while refusals on technicalities go on',
			{ refusedIn2023: true },
			{},
			[{ rule: 'administrative-refusal' }]
		],
		[
			'fails several rules, listed in the order the law checks them',
			{ members: 100, regions: 1, canMeetInPerson: false, refusedIn2023: true },
			{},
			[
				{ rule: 'members', needed: 5_000, has: 100 },
				{ rule: 'branches', needed: 20, has: 1 },
				{ rule: 'branch-size', needed: 4_000, has: 100 },
				{ rule: 'founding-group', needed: 700, has: 100 },
				{ rule: 'in-person-congress' },
				{ rule: 'administrative-refusal' }
			]
		],
		['has no branches at all', { regions: 0 }, {}, [{ rule: 'branches', needed: 20, has: 0 }]]
	])('gives the right failures to a party that %s', (_, standing, rules, failures) => {
		const access = checkParty('x', { ...STRONG, ...standing }, { ...RULES_2023, ...rules });
		expect(access).toEqual({ id: 'x', onBallot: failures.length === 0, failures });
	});

	it('lets a party that cannot meet in person on when the congress need not be in person', () => {
		const access = checkParty(
			'x',
			{ ...STRONG, canMeetInPerson: false },
			{ ...RULES_2023, inPersonCongress: false }
		);
		expect(access.onBallot).toBe(true);
	});

	it('lets a refused party on when refusals on technicalities stop', () => {
		const access = checkParty(
			'x',
			{ ...STRONG, refusedIn2023: true },
			{ ...RULES_2023, administrativeRefusals: false }
		);
		expect(access.onBallot).toBe(true);
	});

	it('needs enough members to staff every required branch: 20 × 200 = 4,000', () => {
		const access = checkParty(
			'x',
			{ ...STRONG, members: 3_999, regions: 20 },
			{ ...RULES_2023, partyMembers: 0 }
		);
		expect(access.failures).toEqual([{ rule: 'branch-size', needed: 4_000, has: 3_999 }]);
	});

	it('puts the seven 2023 lists on the ballot and keeps Alga and Namys off for refusals only', () => {
		const access = SCENARIO_2023.parties.map((p) => checkParty(p.id, p.capacity, ACCESS_2023));
		const on = access.filter((a) => a.onBallot).map((a) => a.id);
		expect(on).toEqual(['amanat', 'auyl', 'respublica', 'akzhol', 'qhp', 'jsdp', 'baytaq']);
		for (const a of access.filter((x) => !x.onBallot)) {
			expect(a.failures).toEqual([{ rule: 'administrative-refusal' }]);
		}
	});
});

describe('checkParty without a branch rule', () => {
	it('does not ask for branch members when no region needs a branch', () => {
		const access = checkParty(
			'x',
			{ members: 10_000, regions: 0, canMeetInPerson: true, refusedIn2023: false },
			{ ...RULES_2023, branchRegions: 0 }
		);
		expect(access.failures).toEqual([]);
	});
});

describe('selfNominatedPerDistrict', () => {
	const at = (change: Partial<CandidateBarriers>) =>
		selfNominatedPerDistrict({ ...ACCESS_2023, ...change });
	const MOST = 2 * SELF_NOMINATED_2023.nominatedPerDistrict;

	it('gives the 2023 field of 359 self-nominated candidates in 29 districts under the 2023 rules', () => {
		expect(selfNominatedPerDistrict(ACCESS_2023)).toBe(359 / 29);
	});

	it('shrinks the field by the square root of a higher deposit', () => {
		expect(at({ candidateDeposit: 4 * 1_050_000 })).toBeCloseTo(359 / 29 / 2, 10);
		expect(at({ candidateDeposit: 2_100_000 })).toBeLessThan(359 / 29);
	});

	it('halves the field with every 1,000 signatures required', () => {
		expect(at({ candidateSignatures: 1_000 })).toBeCloseTo(359 / 29 / 2, 10);
	});

	it('shrinks the field when more nominees are refused and grows it when fewer are', () => {
		expect(at({ candidateRefusals: 40 })).toBeLessThan(359 / 29);
		expect(at({ candidateRefusals: 0 })).toBeGreaterThan(359 / 29);
		expect(at({ candidateRefusals: 0 })).toBeCloseTo(359 / 29 / (1 - 125 / 609), 10);
	});

	it('never goes below one candidate nor above twice the 2023 nominations', () => {
		expect(at({ candidateRefusals: 100 })).toBe(1);
		expect(at({ candidateDeposit: 0, candidateRefusals: 0 })).toBe(MOST);
	});

	const barriers = fc.record({
		candidateDeposit: fc.integer({ min: 0, max: 50_000_000 }),
		candidateRefusals: fc.integer({ min: 0, max: 1000 }).map((r) => r / 10),
		candidateSignatures: fc.integer({ min: 0, max: 100_000 })
	});

	it('stays within its bounds for any barriers', () => {
		fc.assert(
			fc.property(barriers, (b) => {
				const field = selfNominatedPerDistrict(b);
				expect(field).toBeGreaterThanOrEqual(1);
				expect(field).toBeLessThanOrEqual(MOST);
			}),
			{ numRuns: 300 }
		);
	});

	it('never grows the field when any candidate barrier is raised', () => {
		const raise = fc.record({
			deposit: fc.integer({ min: 0, max: 5_000_000 }),
			refusals: fc.integer({ min: 0, max: 1000 }).map((r) => r / 10),
			signatures: fc.integer({ min: 0, max: 10_000 })
		});
		fc.assert(
			fc.property(barriers, raise, (b, up) => {
				const stricter = {
					candidateDeposit: b.candidateDeposit + up.deposit,
					candidateRefusals: Math.min(100, b.candidateRefusals + up.refusals),
					candidateSignatures: b.candidateSignatures + up.signatures
				};
				expect(selfNominatedPerDistrict(stricter)).toBeLessThanOrEqual(selfNominatedPerDistrict(b));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('stricter party barriers', () => {
	const standing: fc.Arbitrary<PartyStanding> = fc.record({
		members: fc.integer({ min: 0, max: 80_000 }),
		regions: fc.integer({ min: 0, max: 20 }),
		canMeetInPerson: fc.boolean(),
		refusedIn2023: fc.boolean()
	});
	const rules: fc.Arbitrary<PartyBarriers> = fc.record({
		partyMembers: fc.integer({ min: 0, max: 60_000 }),
		branchMembers: fc.integer({ min: 0, max: 3_000 }),
		branchRegions: fc.integer({ min: 0, max: 20 }),
		foundingGroup: fc.integer({ min: 0, max: 2_000 }),
		inPersonCongress: fc.boolean(),
		administrativeRefusals: fc.boolean()
	});
	const stricter = (r: PartyBarriers): fc.Arbitrary<PartyBarriers> =>
		fc
			.record({
				partyMembers: fc.integer({ min: 0, max: 20_000 }),
				branchMembers: fc.integer({ min: 0, max: 1_000 }),
				branchRegions: fc.integer({ min: 0, max: 20 }),
				foundingGroup: fc.integer({ min: 0, max: 1_000 }),
				inPersonCongress: fc.boolean(),
				administrativeRefusals: fc.boolean()
			})
			.map((up) => ({
				partyMembers: r.partyMembers + up.partyMembers,
				branchMembers: r.branchMembers + up.branchMembers,
				branchRegions: Math.min(20, r.branchRegions + up.branchRegions),
				foundingGroup: r.foundingGroup + up.foundingGroup,
				inPersonCongress: r.inPersonCongress || up.inPersonCongress,
				administrativeRefusals: r.administrativeRefusals || up.administrativeRefusals
			}));

	it('never puts a party on the ballot that a looser barrier kept off', () => {
		fc.assert(
			fc.property(
				standing,
				rules.chain((r) => fc.tuple(fc.constant(r), stricter(r))),
				(party, [loose, strict]) => {
					const before = checkParty('x', party, loose);
					const after = checkParty('x', party, strict);
					if (!before.onBallot) expect(after.onBallot).toBe(false);
					// Every rule failed under the looser barrier is failed under the stricter one.
					const rulesAfter = after.failures.map((f) => f.rule);
					for (const f of before.failures) expect(rulesAfter).toContain(f.rule);
				}
			),
			{ numRuns: 500 }
		);
	});

	it.each<[keyof PartyBarriers, PartyBarriers[keyof PartyBarriers]]>([
		['partyMembers', 5_001],
		['branchMembers', 2_700],
		['branchRegions', 20],
		['foundingGroup', 50_001],
		['inPersonCongress', true],
		['administrativeRefusals', true]
	])('raising %s alone can keep a party off that was on', (field, value) => {
		const party: PartyStanding = {
			members: field === 'partyMembers' ? 5_000 : 50_000,
			regions: field === 'branchRegions' ? 19 : 20,
			canMeetInPerson: field !== 'inPersonCongress',
			refusedIn2023: field === 'administrativeRefusals'
		};
		const loose: PartyBarriers = {
			partyMembers: 5_000,
			branchMembers: 200,
			branchRegions: 19,
			foundingGroup: 700,
			inPersonCongress: false,
			administrativeRefusals: false
		};
		expect(checkParty('x', party, loose).onBallot).toBe(true);
		expect(checkParty('x', party, { ...loose, [field]: value }).onBallot).toBe(false);
	});
});
