import { numberLocale } from '$lib/i18n';
/**
 * "Why this seat?" as data: the story of one seat from votes to hall, read off the engine's
 * working, and the tables the explanations show. Pure functions, no text for people: the
 * components turn these into sentences through the message catalogue.
 */
import { compareRatios, ratio, ratioToDecimal, type Ratio } from '$lib/engine/exact';
import { divisor, quotientAt, type HighestAveragesWorking } from '$lib/engine/highest-averages';
import type { LargestRemainderWorking, RemainderRow } from '$lib/engine/largest-remainder';
import type { Allocation } from '$lib/engine/list-tier';
import type { DivisorRule, QuotaRule } from '$lib/engine/methods';
import { RUNNER_UP_CORRECTION, type Admission, type ThresholdBase } from '$lib/engine/threshold';
import type { Tie } from '$lib/engine/ties';
import { candidateSide, type Candidate, type DistrictResult } from '$lib/engine/districts';
import type { Chamber } from '$lib/scenario/simulate';
import { KNOWN_DISTRICT_WINNERS_2023, type KnownDistrictWinner } from '$lib/data/regions';
import { formatNumber, INDEPENDENT, type AppLocale } from '$lib/i18n/format';
import type { Scenario } from '$lib/scenario/types';

export type SeatTier = 'list' | 'district';

/** How a list got past the threshold. */
export interface ThresholdPassage {
	readonly admission: Admission;
	readonly votes: number;
	/** votes ÷ base, exact. */
	readonly share: Ratio;
	/** The threshold in percent. */
	readonly threshold: Ratio;
	readonly base: ThresholdBase;
	readonly minimumVotes: number;
	/** What the list's votes count at when seats are shared: 0.7 for a corrected runner-up, else 1. */
	readonly weight: Ratio;
}

interface StoryBase {
	readonly party: string;
	/** The seat's number among the party's seats in its tier, from 1. */
	readonly index: number;
}

/** A list seat won by a whole quota (largest-remainder methods). */
export interface WholeQuotaStory extends StoryBase {
	readonly tier: 'list';
	readonly kind: 'whole-quota';
	readonly threshold: ThresholdPassage;
	readonly quotaRule: QuotaRule;
	readonly quota: Ratio;
	/** votes × weight ÷ quota. */
	readonly quotient: Ratio;
	readonly whole: number;
	/** Seats the list gave back (Imperiali over-allocation). */
	readonly takenBack: number;
	/** The tie that let the list keep this seat, if one did. */
	readonly tie: Tie | null;
}

/** A list seat given for a large remainder. */
export interface RemainderStory extends StoryBase {
	readonly tier: 'list';
	readonly kind: 'remainder';
	readonly threshold: ThresholdPassage;
	readonly quotaRule: QuotaRule;
	readonly quota: Ratio;
	readonly quotient: Ratio;
	readonly whole: number;
	readonly remainder: Ratio;
	/** The remainder's place among all remainders, largest first, from 1. */
	readonly rank: number;
	/** Its place in the order remainder seats were given, from 1. */
	readonly order: number;
	/** 1 for the first pass down the ranking; more only when seats outnumber lists. */
	readonly round: number;
	/** Remainder seats there were to give. */
	readonly remainderSeats: number;
	readonly tie: Tie | null;
}

/** A list seat won by a quotient (divisor methods). */
export interface DivisorStory extends StoryBase {
	readonly tier: 'list';
	readonly kind: 'divisor';
	readonly threshold: ThresholdPassage;
	readonly divisorRule: DivisorRule;
	/** Its number in the order seats were won, from 1. */
	readonly seat: number;
	readonly seats: number;
	readonly votes: number;
	readonly divisor: Ratio;
	readonly quotient: Ratio;
	readonly tie: Tie | null;
}

/** A list seat that tops a party up to its proportional share (compensatory systems). */
export interface CompensatoryStory extends StoryBase {
	readonly tier: 'list';
	readonly kind: 'compensatory';
	readonly threshold: ThresholdPassage;
	/** Seats shared by list votes. */
	readonly pool: number;
	readonly entitlement: number;
	readonly districtSeats: number;
	readonly listSeats: number;
	/** District seats plus list seats: differs from the entitlement when overhang elsewhere made
	 * the others share what was left again. */
	readonly finalSeats: number;
}

/** A district seat from the documented model. */
export interface ModelDistrictStory extends StoryBase {
	readonly tier: 'district';
	readonly kind: 'model';
	readonly district: DistrictSummary;
}

/** A district seat from the official result, whose district-by-district results were not found. */
export interface OfficialDistrictStory extends StoryBase {
	readonly tier: 'district';
	readonly kind: 'official';
	readonly year: number | null;
	/** The party's district seats in the official result. */
	readonly seats: number;
	/** Winners of the party that a source names. */
	readonly named: readonly KnownDistrictWinner[];
}

export type ListSeatStory = WholeQuotaStory | RemainderStory | DivisorStory | CompensatoryStory;
export type DistrictSeatStory = ModelDistrictStory | OfficialDistrictStory;
export type SeatStory = ListSeatStory | DistrictSeatStory;

/** One district's race in the numbers a reader needs. */
export interface DistrictSummary {
	readonly number: number;
	readonly region: string;
	readonly winner: Candidate;
	readonly winnerVotes: number;
	/** Valid votes in the district, against-all included. */
	readonly valid: number;
	/** winnerVotes ÷ valid. */
	readonly share: Ratio;
	readonly runnerUp: Candidate | null;
	readonly runnerUpVotes: number | null;
	readonly margin: number;
	/** margin ÷ valid: the margin in shares of the vote. */
	readonly marginShare: Ratio;
	readonly tied: boolean;
}

export function summariseDistrict(d: DistrictResult): DistrictSummary {
	const valid = BigInt(Math.max(d.valid, 1));
	const winnerVotes = d.votes[d.winner] ?? 0;
	return {
		number: d.number,
		region: d.region,
		winner: d.candidates[d.winner]!,
		winnerVotes,
		valid: d.valid,
		share: { num: BigInt(winnerVotes), den: valid },
		runnerUp: d.runnerUp === null ? null : d.candidates[d.runnerUp]!,
		runnerUpVotes: d.runnerUp === null ? null : (d.votes[d.runnerUp] ?? 0),
		margin: d.margin,
		marginShare: { num: BigInt(d.margin), den: valid },
		tied: d.tied
	};
}

/** Districts grouped by region, in the order they are numbered. */
export function groupByRegion(
	districts: readonly DistrictResult[]
): { readonly region: string; readonly districts: readonly DistrictResult[] }[] {
	const groups: { region: string; districts: DistrictResult[] }[] = [];
	for (const d of [...districts].sort((a, b) => a.number - b.number)) {
		const group = groups.find((g) => g.region === d.region);
		if (group) group.districts.push(d);
		else groups.push({ region: d.region, districts: [d] });
	}
	return groups;
}

/**
 * A remainder's place among all remainders, largest first, from 1; on equal remainders the list
 * registered earlier ranks first, as the law settles them.
 */
export function remainderRank(rows: readonly RemainderRow[], id: string): number {
	const i = rows.findIndex((row) => row.id === id);
	if (i === -1) return 0;
	const mine = rows[i]!.remainder;
	return (
		1 +
		rows.filter((row, j) => {
			const c = compareRatios(row.remainder, mine);
			return c > 0 || (c === 0 && j < i);
		}).length
	);
}

/** Admitted lists ranked by remainder, largest first, registration order on equal remainders. */
export function rankByRemainder(rows: readonly RemainderRow[]): RemainderRow[] {
	return rows
		.map((row, i) => ({ row, i }))
		.sort((a, b) => compareRatios(b.row.remainder, a.row.remainder) || a.i - b.i)
		.map(({ row }) => row);
}

/**
 * The list that was next in line for a remainder seat when none was left, with its remainder; null
 * when every list got one in the last pass or there were no remainder seats.
 */
export function nextInLine(working: LargestRemainderWorking): RemainderRow | null {
	const left = working.remainderOrder.length;
	if (left === 0 || left >= working.rows.length) return null;
	return rankByRemainder(working.rows)[left] ?? null;
}

/** The weight of a list's quotient: 0.7 for a runner-up under the corrected reading, else 1. */
export function listWeight(allocation: Allocation, id: string): Ratio {
	return allocation.input.secondParty === 'runner-up-corrected' &&
		allocation.threshold.runnerUp === id
		? RUNNER_UP_CORRECTION
		: ratio(1);
}

export interface QuotientCell {
	readonly quotient: Ratio;
	/** The seat this quotient won, numbered in order; null if it won none. */
	readonly seat: number | null;
}

export interface QuotientRow {
	readonly divisor: Ratio;
	/** One cell per admitted list, in registration order. */
	readonly cells: readonly QuotientCell[];
}

export interface QuotientTable {
	readonly lists: readonly string[];
	/** One row per divisor: as many as the most seats any list won, plus the row that missed. */
	readonly rows: readonly QuotientRow[];
}

/** The quotient table of a divisor method: each list's votes ÷ each divisor, winners marked. */
export function quotientTable(
	allocation: Allocation,
	working: HighestAveragesWorking
): QuotientTable {
	const lists = working.rows.map((row) => row.id);
	const seatsOf = new Map(
		lists.map((id) => [id, working.seatOrder.filter((s) => s.id === id).map((s) => s.seat)])
	);
	const depth = Math.max(0, ...working.rows.map((row) => row.seats)) + 1;
	const rows: QuotientRow[] = [];
	for (let k = 0; k < depth; k++) {
		rows.push({
			divisor: divisor(working.divisorRule, k),
			cells: working.rows.map((row) => ({
				quotient: quotientAt(
					{ id: row.id, votes: row.votes, weight: listWeight(allocation, row.id) },
					working.divisorRule,
					k
				),
				seat: seatsOf.get(row.id)?.[k] ?? null
			}))
		});
	}
	return { lists, rows };
}

/** The largest quotient that won no seat (the first in registration order on equal values). */
export function bestMissed(
	working: HighestAveragesWorking
): { id: string; quotient: Ratio } | null {
	let best: { id: string; quotient: Ratio } | null = null;
	for (const row of working.rows) {
		if (best === null || compareRatios(row.nextQuotient, best.quotient) > 0) {
			best = { id: row.id, quotient: row.nextQuotient };
		}
	}
	return best;
}

function passage(allocation: Allocation, id: string): ThresholdPassage | null {
	const threshold = allocation.threshold;
	const row = threshold.rows.find((r) => r.id === id);
	if (!row) return null;
	return {
		admission: row.admission,
		votes: row.votes,
		share: row.share,
		threshold: threshold.threshold,
		base: threshold.base,
		minimumVotes: threshold.minimumVotes,
		weight: listWeight(allocation, id)
	};
}

function largestRemainderStory(
	allocation: Allocation,
	working: LargestRemainderWorking,
	party: string,
	index: number,
	threshold: ThresholdPassage
): ListSeatStory | null {
	const row = working.rows.find((r) => r.id === party);
	if (!row || index > row.seats) return null;
	const common = { tier: 'list', party, index, threshold, quotaRule: working.quotaRule } as const;
	const keptOnTie = allocation.ties.find((t) => t.stage === 'take-back' && t.won.includes(party));
	if (index <= row.whole - row.takenBack) {
		return {
			...common,
			kind: 'whole-quota',
			quota: working.quota,
			quotient: row.quotient,
			whole: row.whole,
			takenBack: row.takenBack,
			tie: keptOnTie && index === row.seats ? keptOnTie : null
		};
	}
	const k = index - row.whole;
	const steps = working.remainderOrder
		.map((step, i) => ({ step, order: i + 1 }))
		.filter(({ step }) => step.id === party);
	const mine = steps[k - 1];
	if (!mine) return null;
	const lastRound = Math.max(...working.remainderOrder.map((s) => s.round));
	const tie = allocation.ties.find((t) => t.stage === 'remainder' && t.won.includes(party));
	return {
		...common,
		kind: 'remainder',
		quota: working.quota,
		quotient: row.quotient,
		whole: row.whole,
		remainder: row.remainder,
		rank: remainderRank(working.rows, party),
		order: mine.order,
		round: mine.step.round,
		remainderSeats: working.remainderOrder.length,
		tie: tie && mine.step.round === lastRound ? tie : null
	};
}

function divisorStory(
	allocation: Allocation,
	working: HighestAveragesWorking,
	party: string,
	index: number,
	threshold: ThresholdPassage
): DivisorStory | null {
	const step = working.seatOrder.filter((s) => s.id === party)[index - 1];
	if (!step) return null;
	const tie = allocation.ties.find(
		(t) =>
			t.stage === 'quotient' && t.won.includes(party) && compareRatios(t.value, step.quotient) === 0
	);
	return {
		tier: 'list',
		kind: 'divisor',
		party,
		index,
		threshold,
		divisorRule: working.divisorRule,
		seat: step.seat,
		seats: working.seats,
		votes: threshold.votes,
		divisor: step.divisor,
		quotient: step.quotient,
		tie: tie ?? null
	};
}

/** The story of a party's index-th list seat, or null when it has no such seat. */
export function listSeatStory(
	chamber: Chamber,
	party: string,
	index: number
): ListSeatStory | null {
	const allocation = chamber.allocation;
	if (allocation?.status !== 'allocated' || index < 1) return null;
	const threshold = passage(allocation, party);
	if (!threshold) return null;
	if (chamber.entitlement) {
		const result = chamber.parties.find((p) => p.id === party);
		if (!result || index > result.listSeats) return null;
		return {
			tier: 'list',
			kind: 'compensatory',
			party,
			index,
			threshold,
			pool: allocation.input.seats,
			entitlement: chamber.entitlement[party] ?? 0,
			districtSeats: result.districtSeats,
			listSeats: result.listSeats,
			finalSeats: result.districtSeats + result.listSeats
		};
	}
	const working = allocation.working;
	return working.family === 'largest-remainder'
		? largestRemainderStory(allocation, working, party, index, threshold)
		: divisorStory(allocation, working, party, index, threshold);
}

/** The story of a party's index-th district seat ('independent' for self-nominated winners). */
export function districtSeatStory(
	scenario: Scenario,
	chamber: Chamber,
	party: string,
	index: number
): DistrictSeatStory | null {
	if (index < 1) return null;
	if (chamber.districtSource === 'official') {
		const seats =
			party === INDEPENDENT
				? chamber.independents
				: (chamber.parties.find((p) => p.id === party)?.districtSeats ?? 0);
		if (index > seats) return null;
		return {
			tier: 'district',
			kind: 'official',
			party,
			index,
			year: scenario.officialYear,
			seats,
			named: officialNamedWinners(scenario.officialYear).filter((w) => w.party === party)
		};
	}
	const won = [...chamber.districts]
		.sort((a, b) => a.number - b.number)
		.filter((d) => candidateSide(d.candidates[d.winner]!) === party);
	const district = won[index - 1];
	if (!district) return null;
	return { tier: 'district', kind: 'model', party, index, district: summariseDistrict(district) };
}

export function seatStory(
	scenario: Scenario,
	chamber: Chamber,
	party: string,
	tier: SeatTier,
	index: number
): SeatStory | null {
	return tier === 'list'
		? listSeatStory(chamber, party, index)
		: districtSeatStory(scenario, chamber, party, index);
}

/** The district winners a source names for a real election (only 2023 has any). */
export function officialNamedWinners(year: number | null): readonly KnownDistrictWinner[] {
	return year === 2023 ? KNOWN_DISTRICT_WINNERS_2023 : [];
}

/** Whether a ratio is a whole number. */
export function isWhole(r: Ratio): boolean {
	return r.num % r.den === 0n;
}

/**
 * An exact value written for people: rounded half up to `digits` decimals by exact arithmetic
 * (ratioToDecimal), then grouped in the locale's way. The decimal string has few enough
 * significant digits to pass through a number unchanged.
 */
export function formatRatio(r: Ratio, locale: AppLocale, digits: number): string {
	return formatNumber(Number(ratioToDecimal(r, digits)), locale, digits);
}

/** A whole number as is, anything else with `digits` decimals. */
export function formatQuotient(r: Ratio, locale: AppLocale, digits = 2): string {
	return formatRatio(r, locale, isWhole(r) ? 0 : digits);
}

/** The fewest decimals (up to 4) that write a ratio exactly, for thresholds such as 5 or 5.5. */
export function decimalsFor(r: Ratio): number {
	for (let d = 0; d < 4; d++) {
		if ((r.num * 10n ** BigInt(d)) % r.den === 0n) return d;
	}
	return 4;
}

/** A fraction (0–1) as a percentage with `digits` decimals, exactly rounded: 0.539 → "53.90%". */
export function formatShare(r: Ratio, locale: AppLocale, digits = 2): string {
	const percent = { num: r.num * 100n, den: r.den };
	return new Intl.NumberFormat(numberLocale(locale), {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(Number(ratioToDecimal(percent, digits)) / 100);
}

/** A percentage given in percent as an exact ratio (a threshold): 5 → "5%", 5.5 → "5.5%". */
export function formatPercentRatio(r: Ratio, locale: AppLocale): string {
	return formatShare({ num: r.num, den: r.den * 100n }, locale, decimalsFor(r));
}

export { selectKey } from '$lib/i18n/format';
