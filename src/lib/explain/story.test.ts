import { describe, expect, it } from 'vitest';
import { allocate, compareRatios, ratio, type AllocationInput, type MethodId } from '$lib/engine';
import type { Chamber } from '$lib/scenario/simulate';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import type { Scenario } from '$lib/scenario/types';
import {
	bestMissed,
	decimalsFor,
	districtSeatStory,
	formatPercentRatio,
	formatQuotient,
	formatRatio,
	formatShare,
	groupByRegion,
	listSeatStory,
	nextInLine,
	quotientTable,
	remainderRank,
	seatStory,
	selectKey,
	type SeatStory
} from './story';

const chamberOf = (s: Scenario) => runScenario(s).reported;
const with2023 = (...sets: string[]) => sets.reduce(applySet, SCENARIO_2023);

const CHAMBER_2023 = chamberOf(SCENARIO_2023);
const DHONDT = chamberOf(with2023('method=dhondt'));

/** The 2023 chamber with a hand-made list tier, for ties and take-backs no real vote produces. */
function handMade(
	lists: readonly [string, number][],
	seats: number,
	method: MethodId = 'hare'
): Chamber {
	const input: AllocationInput = {
		lists: lists.map(([id, votes]) => ({ id, votes })),
		seats,
		method,
		threshold: 0,
		thresholdBase: 'parties',
		againstAll: 0,
		invalid: 0,
		secondParty: 'off'
	};
	return { ...CHAMBER_2023, allocation: allocate(input) };
}

/** The fields of a story worth comparing, bigints and all. */
function essentials(story: SeatStory | null) {
	if (story === null) return null;
	switch (story.kind) {
		case 'whole-quota':
			return { kind: story.kind, whole: story.whole, takenBack: story.takenBack, tie: !!story.tie };
		case 'remainder':
			return {
				kind: story.kind,
				whole: story.whole,
				rank: story.rank,
				order: story.order,
				round: story.round,
				tie: !!story.tie
			};
		case 'divisor':
			return { kind: story.kind, seat: story.seat, tie: !!story.tie };
		case 'compensatory':
			return {
				kind: story.kind,
				entitlement: story.entitlement,
				districtSeats: story.districtSeats,
				listSeats: story.listSeats
			};
		case 'official':
			return { kind: story.kind, seats: story.seats, named: story.named.map((w) => w.number) };
		case 'model':
			return { kind: story.kind, number: story.district.number };
	}
}

describe('listSeatStory', () => {
	it.each([
		[
			"gives Amanat's 40th seat to the second-largest remainder",
			'amanat',
			40,
			{ kind: 'remainder', whole: 39, rank: 2, order: 2, round: 1, tie: false }
		],
		[
			"gives JSDP's 4th seat to the largest remainder",
			'jsdp',
			4,
			{ kind: 'remainder', whole: 3, rank: 1, order: 1, round: 1, tie: false }
		],
		[
			"counts Amanat's 1st seat as a whole quota",
			'amanat',
			1,
			{ kind: 'whole-quota', whole: 39, takenBack: 0, tie: false }
		],
		["finds no 41st seat for Amanat's 40", 'amanat', 41, null],
		['finds no seat for a list below the threshold', 'baytaq', 1, null],
		['finds no seat number 0', 'amanat', 0, null],
		['finds no list seat for self-nominated candidates', 'independent', 1, null]
	])('%s', (_, party, index, expected) => {
		expect(essentials(listSeatStory(CHAMBER_2023, party, index))).toEqual(expected);
	});

	it('records how the list passed the threshold', () => {
		const story = listSeatStory(CHAMBER_2023, 'amanat', 40);
		expect(story?.threshold).toMatchObject({
			admission: 'passed',
			votes: 3_431_510,
			minimumVotes: 318_323,
			base: 'valid'
		});
		expect(formatShare(story!.threshold.share, 'en')).toBe('53.90%');
	});

	it('names the runner-up admitted by the only-one-passes rule', () => {
		const chamber = chamberOf(with2023('threshold=20', 'secondParty=runner-up'));
		expect(listSeatStory(chamber, 'auyl', 1)?.threshold).toMatchObject({
			admission: 'runner-up',
			weight: { num: 1n, den: 1n }
		});
	});

	it('counts the runner-up at 0.7 under the corrected reading', () => {
		const chamber = chamberOf(with2023('threshold=20', 'secondParty=runner-up-corrected'));
		expect(listSeatStory(chamber, 'auyl', 1)?.threshold.weight).toEqual({ num: 7n, den: 10n });
		expect(listSeatStory(chamber, 'amanat', 1)?.threshold.weight).toEqual({ num: 1n, den: 1n });
	});

	it.each([
		["gives D'Hondt's first seat to Amanat's whole vote", 'amanat', 1, { seat: 1 }],
		["gives Amanat a 41st seat under D'Hondt", 'amanat', 41, {}],
		['finds no 4th seat for JSDP under D’Hondt', 'jsdp', 4, null]
	])('%s', (_, party, index, expected) => {
		const story = listSeatStory(DHONDT, party, index);
		if (expected === null) expect(story).toBeNull();
		else expect(essentials(story)).toMatchObject({ kind: 'divisor', tie: false, ...expected });
	});

	it('gives the quotient that won a divisor seat exactly', () => {
		const story = listSeatStory(DHONDT, 'amanat', 2);
		expect(story?.kind === 'divisor' && formatQuotient(story.quotient, 'en')).toBe('1,715,755');
	});

	it('tells a compensatory list seat as the gap between share and districts', () => {
		const chamber = chamberOf(with2023('mixed=compensatory'));
		expect(essentials(listSeatStory(chamber, 'amanat', 30))).toEqual({
			kind: 'compensatory',
			entitlement: 52,
			districtSeats: 22,
			listSeats: 30
		});
		expect(listSeatStory(chamber, 'amanat', 31)).toBeNull();
	});

	it('finds no list seat when no list passes', () => {
		const chamber = chamberOf(with2023('threshold=60'));
		expect(chamber.allocation?.status).toBe('not-allocated');
		expect(listSeatStory(chamber, 'amanat', 1)).toBeNull();
	});

	it('marks the remainder seat a tie decided by registration order', () => {
		const chamber = handMade(
			[
				['amanat', 300],
				['auyl', 300]
			],
			1
		);
		expect(essentials(listSeatStory(chamber, 'amanat', 1))).toMatchObject({
			kind: 'remainder',
			tie: true
		});
		expect(listSeatStory(chamber, 'auyl', 1)).toBeNull();
	});

	it('marks the divisor seat a tie of quotients decided', () => {
		const chamber = handMade(
			[
				['amanat', 200],
				['auyl', 100]
			],
			2,
			'dhondt'
		);
		expect(essentials(listSeatStory(chamber, 'amanat', 1))).toEqual({
			kind: 'divisor',
			seat: 1,
			tie: false
		});
		expect(essentials(listSeatStory(chamber, 'amanat', 2))).toEqual({
			kind: 'divisor',
			seat: 2,
			tie: true
		});
	});

	it('tells an Imperiali take-back and the tie that let the earliest list keep its seat', () => {
		const chamber = handMade(
			[
				['amanat', 10],
				['auyl', 10],
				['respublica', 10]
			],
			1,
			'imperiali'
		);
		expect(essentials(listSeatStory(chamber, 'amanat', 1))).toEqual({
			kind: 'whole-quota',
			whole: 1,
			takenBack: 0,
			tie: true
		});
		expect(listSeatStory(chamber, 'auyl', 1)).toBeNull();
	});
});

describe('districtSeatStory', () => {
	it.each([
		[
			"traces Amanat's 22nd official district seat to the named winners",
			'amanat',
			22,
			[1, 6, 7, 8, 19]
		],
		['traces a self-nominated official seat to the named winners', 'independent', 7, [3, 4, 11, 12]]
	])('%s', (_, party, index, named) => {
		expect(essentials(districtSeatStory(SCENARIO_2023, CHAMBER_2023, party, index))).toEqual({
			kind: 'official',
			seats: party === 'amanat' ? 22 : 7,
			named
		});
	});

	it('finds no official district seat beyond those won', () => {
		expect(districtSeatStory(SCENARIO_2023, CHAMBER_2023, 'amanat', 23)).toBeNull();
		expect(districtSeatStory(SCENARIO_2023, CHAMBER_2023, 'auyl', 1)).toBeNull();
	});

	it("follows the model's districts in number order, with the margin over the runner-up", () => {
		const scenario = with2023('districtSeats=49');
		const chamber = chamberOf(scenario);
		const amanat = chamber.parties.find((p) => p.id === 'amanat')!.districtSeats;
		const numbers = Array.from({ length: amanat }, (_, i) => {
			const story = districtSeatStory(scenario, chamber, 'amanat', i + 1);
			if (story?.kind !== 'model') throw new Error('expected a model story');
			const { district } = story;
			expect(district.margin).toBe(district.winnerVotes - (district.runnerUpVotes ?? 0));
			return district.number;
		});
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(new Set(numbers).size).toBe(amanat);
		expect(districtSeatStory(scenario, chamber, 'amanat', amanat + 1)).toBeNull();
	});
});

describe('seatStory', () => {
	it('chooses the tier', () => {
		expect(seatStory(SCENARIO_2023, CHAMBER_2023, 'amanat', 'list', 1)?.tier).toBe('list');
		expect(seatStory(SCENARIO_2023, CHAMBER_2023, 'amanat', 'district', 1)?.tier).toBe('district');
	});
});

describe('remainder helpers', () => {
	const working = CHAMBER_2023.allocation!.working!;
	if (working.family !== 'largest-remainder') throw new Error('expected Hare');

	it.each([
		['jsdp', 1],
		['amanat', 2],
		['respublica', 3],
		['akzhol', 4],
		['auyl', 5],
		['qhp', 6],
		['baytaq', 0]
	])('ranks the remainder of %s %i', (id, rank) => {
		expect(remainderRank(working.rows, id)).toBe(rank);
	});

	it('ranks equal remainders by registration order', () => {
		const chamber = handMade(
			[
				['amanat', 300],
				['auyl', 300]
			],
			1
		);
		const rows = chamber.allocation!.working!.rows as Parameters<typeof remainderRank>[0];
		expect([remainderRank(rows, 'amanat'), remainderRank(rows, 'auyl')]).toEqual([1, 2]);
	});

	it('names Respublica as next in line when no remainder seat was left', () => {
		expect(nextInLine(working)?.id).toBe('respublica');
	});
});

describe('quotientTable', () => {
	const allocation = DHONDT.allocation!;
	const working = allocation.working!;
	if (working.family !== 'highest-averages') throw new Error("expected D'Hondt");
	const table = quotientTable(allocation, working);

	it('has a row for each divisor up to the most seats plus the one that missed', () => {
		expect(table.rows).toHaveLength(42);
		expect(table.lists).toEqual(['amanat', 'auyl', 'respublica', 'akzhol', 'qhp', 'jsdp']);
	});

	it('marks exactly the quotients that won, with their seat numbers', () => {
		const seats = table.rows
			.flatMap((row) => row.cells.map((c) => c.seat))
			.filter((s) => s !== null);
		expect(seats.sort((a, b) => a - b)).toEqual(Array.from({ length: 69 }, (_, i) => i + 1));
		expect(table.rows[0]!.cells[0]).toEqual({ quotient: { num: 3_431_510n, den: 1n }, seat: 1 });
		expect(table.rows[41]!.cells.every((c) => c.seat === null)).toBe(true);
	});

	it("finds JSDP's fourth quotient as the largest left without a seat", () => {
		const missed = bestMissed(working)!;
		const last = working.seatOrder[68]!;
		expect(compareRatios(missed.quotient, last.quotient)).toBeLessThanOrEqual(0);
		expect(missed).toEqual({ id: 'jsdp', quotient: { num: 331_058n, den: 4n } });
	});
});

describe('groupByRegion', () => {
	it('groups the districts by region in number order', () => {
		const chamber = chamberOf(with2023('districtSeats=49'));
		const groups = groupByRegion(chamber.districts);
		expect(groups.map((g) => g.region).slice(0, 3)).toEqual(['astana', 'almaty-city', 'shymkent']);
		expect(groups).toHaveLength(20);
		expect(groups.flatMap((g) => g.districts.map((d) => d.number))).toEqual(
			Array.from({ length: 49 }, (_, i) => i + 1)
		);
	});
});

describe('formatting exact values', () => {
	it.each([
		['the 2023 Hare quota to two decimals', ratio(5_971_719, 69), 2, '86,546.65'],
		["Amanat's quotient to four decimals", ratio(236_774_190, 5_971_719), 4, '39.6493'],
		['an eighth, rounded half up', ratio(1, 8), 2, '0.13']
	])('writes %s', (_, value, digits, text) => {
		expect(formatRatio(value, 'en', digits)).toBe(text);
	});

	it.each([
		[ratio(5), '5%'],
		[ratio(11, 2), '5.5%'],
		[ratio(7), '7%']
	])('writes a threshold of %o as %s', (value, text) => {
		expect(formatPercentRatio(value, 'en')).toBe(text);
	});

	it.each([
		[ratio(5), 0],
		[ratio(11, 2), 1],
		[ratio(1, 3), 4]
	])('needs as few decimals as write %o exactly', (value, digits) => {
		expect(decimalsFor(value)).toBe(digits);
	});

	it('writes whole quotients without decimals', () => {
		expect(formatQuotient(ratio(3_431_510), 'en')).toBe('3,431,510');
		expect(formatQuotient(ratio(7, 5), 'en', 1)).toBe('1.4');
	});

	it('uses the decimal comma in Russian', () => {
		expect(formatRatio(ratio(5_971_719, 69), 'ru', 2)).toMatch(/^86\s546,65$/);
	});

	it.each([
		['hare', 'hare'],
		['sainte-lague', 'sainteLague'],
		['modified-sainte-lague', 'modifiedSainteLague']
	])('turns %s into the select key %s', (id, key) => {
		expect(selectKey(id)).toBe(key);
	});
});
