import { describe, expect, it } from 'vitest';
import { majorityThresholds } from '../scenario/simulate';
import {
	BALLOT_ORDER_2023,
	MAJILIS_TIMELINE,
	MAJORITY_RULES,
	RULES_2023,
	SEAT_KINDS,
	SENATE,
	SENATORS_PER_UNIT,
	seatsDrawn,
	type SeatKind
} from './background';
import { BACKGROUND_SOURCES, citationId } from './background-sources';
import { officialElection } from './elections';
import { REGIONS } from './regions';
import { SOURCES } from './sources';
import messages from '../i18n/en/background.json';

/**
 * The house sizes and their parts as the fact sheet gives them (kazakhstan-majilis.json →
 * rules.historicalSeatStructure, from [sailaunews_history] [ipu_2007]); 2023 also from §3.4.
 */
const PUBLISHED: readonly [string, number, Partial<Record<SeatKind, number>>][] = [
	['1995', 67, { district: 67 }],
	['1999-2004', 77, { district: 67, list: 10 }],
	['2007-2021', 107, { list: 98, apk: 9 }],
	['2023', 98, { list: 69, district: 29 }]
];

describe('the Majilis timeline', () => {
	it.each(PUBLISHED)(
		'draws the %s chamber with %i seats in its published parts',
		(id, house, parts) => {
			const step = MAJILIS_TIMELINE.find((s) => s.id === id);
			expect(step?.chamber).not.toBeNull();
			const chamber = step!.chamber!;
			expect(chamber.house).toBe(house);
			expect(seatsDrawn(chamber)).toBe(house);
			const counts = Object.fromEntries(chamber.blocks.map((b) => [b.kind, b.count]));
			expect(counts).toEqual(parts);
		}
	);

	it('has every seat kind at most once in a chamber, with a positive count', () => {
		for (const step of MAJILIS_TIMELINE) {
			const kinds = step.chamber?.blocks.map((b) => b.kind) ?? [];
			expect(new Set(kinds).size).toBe(kinds.length);
			for (const block of step.chamber?.blocks ?? []) expect(block.count).toBeGreaterThan(0);
		}
	});

	it('runs in time order and names a source for every step', () => {
		expect(MAJILIS_TIMELINE.map((s) => s.id)).toEqual([
			'1995',
			'1999-2004',
			'2007-2021',
			'2022',
			'2023'
		]);
		for (const step of MAJILIS_TIMELINE) expect(step.sources.length).toBeGreaterThan(0);
	});

	it('ends with the house the 2023 results fill', () => {
		const official = officialElection(2023)!;
		const last = MAJILIS_TIMELINE.at(-1)!.chamber!;
		expect(last.house).toBe(official.listSeats + official.districtSeats);
	});
});

describe('the Senate', () => {
	it('adds up to 50: 40 elected, 5 appointed, 5 appointed on the APK’s proposal', () => {
		expect(seatsDrawn(SENATE)).toBe(SENATE.house);
		expect(SENATE.house).toBe(50);
		const counts = Object.fromEntries(SENATE.blocks.map((b) => [b.kind, b.count]));
		expect(counts).toEqual({ maslikhat: 40, appointed: 5, 'appointed-apk': 5 });
	});

	it('elects two deputies from each of the 20 regions and cities', () => {
		// 17 regions + Astana, Almaty and Shymkent (regions-2023.md); the CEC elected 20 in 2023,
		// one per unit, for half of the elected seats.
		expect(REGIONS).toHaveLength(20);
		const elected = SENATE.blocks.find((b) => b.kind === 'maslikhat')!.count;
		expect(elected).toBe(SENATORS_PER_UNIT * REGIONS.length);
	});
});

describe('the majority lines', () => {
	// More than half, at least two-thirds, at least three-quarters of all deputies, worked by hand:
	// 98/2 = 49 → 50; 2·98/3 = 65.3 → 66; 3·98/4 = 73.5 → 74; 50/2 = 25 → 26; 33.3 → 34; 37.5 → 38.
	it.each([
		[98, 50, 66, 74],
		[50, 26, 34, 38],
		[107, 54, 72, 81]
	])('of %i deputies are %i, %i and %i', (house, majority, twoThirds, threeQuarters) => {
		expect(majorityThresholds(house)).toEqual({
			majority,
			'two-thirds': twoThirds,
			'three-quarters': threeQuarters
		});
	});

	it.each(MAJORITY_RULES.map((r) => [r.id, r] as const))(
		'%s: the seats written out are the engine’s for the 98-seat Majilis and the 50-seat Senate',
		(_, rule) => {
			expect(rule.seats.majilis).toBe(majorityThresholds(98)[rule.share]);
			expect(rule.seats.senate).toBe(majorityThresholds(SENATE.house)[rule.share]);
		}
	);

	it('cover the three lines the simulator draws, once each', () => {
		expect(MAJORITY_RULES.map((r) => r.share)).toEqual([
			'majority',
			'two-thirds',
			'three-quarters'
		]);
	});
});

describe('the 2023 ballot order', () => {
	it('lists the seven parties of the official results, each once', () => {
		const official = officialElection(2023)!.lists.map((l) => l.id);
		expect([...BALLOT_ORDER_2023.parties].sort()).toEqual([...official].sort());
	});

	it('stands beside the simulator’s order, which is the official results table’s', () => {
		const official = officialElection(2023)!.lists.map((l) => l.id);
		expect(BALLOT_ORDER_2023.appOrder).toEqual(official);
		expect(BALLOT_ORDER_2023.parties).not.toEqual(official);
	});
});

/** Every source id the page cites, once. */
function cited(): string[] {
	const all = [
		...MAJILIS_TIMELINE.flatMap((s) => s.sources),
		...SENATE.sources,
		...MAJORITY_RULES.flatMap((r) => r.sources),
		...RULES_2023.flatMap((r) => r.sources),
		...BALLOT_ORDER_2023.sources
	];
	return [...new Set(all.map(citationId))];
}

describe('the Background page’s sources', () => {
	const known = { ...SOURCES, ...BACKGROUND_SOURCES } as Record<string, unknown>;

	it.each(cited())('%s is a known source', (id) => {
		expect(known[id]).toBeDefined();
	});

	// The original publishers of the sources added for this page: never a mirror or a copy.
	const PUBLISHERS = [
		'adilet.zan.kz',
		'loc.gov',
		'astanatimes.com',
		'election.gov.kz',
		'sailaunews.kz',
		'ulysmedia.kz'
	];
	it.each(Object.entries(BACKGROUND_SOURCES))('%s is on its publisher’s site', (_, source) => {
		const host = new URL(source.url).hostname.replace(/^www\./, '');
		expect(new URL(source.url).protocol).toBe('https:');
		expect(PUBLISHERS).toContain(host);
	});
});

describe('the Background page’s message keys built at run time', () => {
	const en = messages as Record<string, string>;
	const keys = [
		...SEAT_KINDS.flatMap((k) => [`background.kind.${k}`, `background.count.${k}`]),
		...MAJILIS_TIMELINE.flatMap((s) => [
			`background.step.${s.id}.when`,
			`background.step.${s.id}.text`
		]),
		...MAJORITY_RULES.flatMap((r) => [`background.lines.${r.id}`, `background.share.${r.share}`]),
		...RULES_2023.flatMap((r) => [`background.${r.id}.heading`, `background.${r.id}.p`]),
		...BALLOT_ORDER_2023.parties.map((id) => `background.party.${id}`),
		...[...new Set([...cited(), ...Object.keys(BACKGROUND_SOURCES)])].map(
			(id) => `background.source.${id}`
		)
	];
	it.each(keys)('%s is in the English catalogue', (key) => {
		expect(en[key]).toMatch(/\S/);
	});
});
