/**
 * The district tier: how many single-member districts each region gets, and a documented,
 * deterministic model of who wins each one by plurality. Every knob is an assumption, explained
 * in docs/model.md; the same inputs always give the same districts.
 * @see shared/domain/kazakhstan-majilis.md §1.3, §3.4; shared/domain/regions-2023.md
 */
import { apportion, splitExactly } from './apportion';
import { stream } from './random';

export interface DistrictRegion {
	readonly id: string;
	/** Registered voters (or an estimate, see data). */
	readonly electorate: number;
	/** 2023 turnout, percent. */
	readonly turnout2023: number;
	readonly districts2023: number;
}

/**
 * Districts per region. With the 2023 number the 2023 map is used; otherwise every region gets
 * one and the rest are shared by electorate with the Hare largest-remainder method (the law
 * gives every region at least one district and no district crosses a region boundary
 * [ofstrategy_districts]). With fewer districts than regions no minimum can hold, so all of them
 * are shared by electorate.
 */
let lastApportionment: {
	regions: readonly DistrictRegion[];
	total: number;
	counts: readonly number[];
} | null = null;

/** apportionDistricts, remembering the last answer: Monte-Carlo runs ask the same again. */
export function districtCounts(
	regions: readonly DistrictRegion[],
	total: number
): readonly number[] {
	const last = lastApportionment;
	if (last?.regions === regions && last.total === total) return last.counts;
	const counts = apportionDistricts(regions, total);
	lastApportionment = { regions, total, counts };
	return counts;
}

export function apportionDistricts(regions: readonly DistrictRegion[], total: number): number[] {
	const official = regions.reduce((a, r) => a + r.districts2023, 0);
	if (total === official) return regions.map((r) => r.districts2023);
	const electorates = regions.map((r) => r.electorate);
	if (total < regions.length) return apportion(total, electorates);
	const extra = apportion(total - regions.length, electorates);
	return extra.map((n) => n + 1);
}

export interface DistrictParty {
	readonly id: string;
	/** National list votes: the party's nominees draw on the same support. */
	readonly votes: number;
}

export interface DistrictModelKnobs {
	readonly seed: number;
	readonly independentShare: number;
	readonly lowTurnoutEffect: number;
	readonly districtSpread: number;
	readonly regionalSpread: number;
}

export interface DistrictInput {
	readonly regions: readonly DistrictRegion[];
	readonly seats: number;
	/** Parties on the ballot, in registration order. */
	readonly parties: readonly DistrictParty[];
	/** National against-all share of valid votes, 0–1. */
	readonly againstAllShare: number;
	/** Valid votes ÷ ballots nationally, 0–1. */
	readonly validShare: number;
	/** National turnout of the scenario and of 2023, percent. */
	readonly turnout: number;
	readonly turnout2023: number;
	/** Self-nominated candidates in an average district (from ballot access). */
	readonly selfNominated: number;
	readonly selfNominated2023: number;
	readonly model: DistrictModelKnobs;
}

/** A candidate: a party's nominee, or the i-th self-nominated candidate of the district. */
export type Candidate =
	| { readonly kind: 'party'; readonly party: string }
	| { readonly kind: 'independent'; readonly index: number };

export interface DistrictResult {
	/** 1-based, regions in the CEC's order. */
	readonly number: number;
	readonly region: string;
	readonly electorate: number;
	readonly valid: number;
	readonly candidates: readonly Candidate[];
	/** Votes of each candidate, same order. */
	readonly votes: readonly number[];
	readonly againstAll: number;
	/** Index into candidates. */
	readonly winner: number;
	readonly runnerUp: number | null;
	/** Winner's votes minus runner-up's. */
	readonly margin: number;
	/** The winner and the runner-up had equal votes; the one listed first won. */
	readonly tied: boolean;
}

/** The id a winner counts for: the party's id, or 'independent'. */
export function candidateSide(candidate: Candidate): string {
	return candidate.kind === 'party' ? candidate.party : 'independent';
}

/** Fewest and most self-nominated candidates in one district, relative to the average. */
export const FIELD_MIN = 0.5;
/**
 * How widely parties nominate: a party stands in a district with chance
 * min(1, NOMINATION_BREADTH × its votes ÷ the largest party's votes), so the largest party stands
 * everywhere. 2.07 gives 76 party nominees for 29 districts with the 2023 votes, as registered
 * [sailaunews_smd_registration].
 */
export const NOMINATION_BREADTH = 2.07;
export const FIELD_SPREAD = 1;

const INDEPENDENTS: Candidate[] = [];

/** The i-th self-nominated candidate (from 0); shared objects, as they carry no state. */
function independentCandidate(i: number): Candidate {
	while (INDEPENDENTS.length <= i)
		INDEPENDENTS.push({ kind: 'independent', index: INDEPENDENTS.length + 1 });
	return INDEPENDENTS[i]!;
}

export function runDistricts(input: DistrictInput): DistrictResult[] {
	const results: DistrictResult[] = [];
	raceDistricts(input, () => {}, results);
	return results;
}

/**
 * The district winners alone, by side (party id or 'independent'): the same races as
 * `runDistricts`, without building each district's result (for Monte-Carlo).
 */
export function runDistrictWins(input: DistrictInput): Record<string, number> {
	const wins: Record<string, number> = {};
	raceDistricts(
		input,
		(winner) => {
			const side = candidateSide(winner);
			wins[side] = (wins[side] ?? 0) + 1;
		},
		null
	);
	return wins;
}

/** Runs every race: `onWinner` gets each district's winner; `results`, if given, each result. */
function raceDistricts(
	input: DistrictInput,
	onWinner: (winner: Candidate) => void,
	results: DistrictResult[] | null
): void {
	const counts = districtCounts(input.regions, input.seats);
	const { model } = input;
	const standing = input.parties.filter((p) => p.votes > 0);
	const partyCandidates: Candidate[] = standing.map((p) => ({ kind: 'party', party: p.id }));
	const largest = Math.max(0, ...standing.map((p) => p.votes));
	const nominationChance = standing.map((p) =>
		Math.min(1, (NOMINATION_BREADTH * p.votes) / largest)
	);
	const tau = model.regionalSpread / 100;
	const sigma = model.districtSpread / 100;
	const fieldEffect = Math.sqrt(input.selfNominated / Math.max(input.selfNominated2023, 1e-9));
	let number = 0;

	input.regions.forEach((region, r) => {
		const n = counts[r]!;
		if (n === 0) return;
		// Each party's regional strength: log-normal with mean 1, drawn in the party's fixed order.
		const regional = stream(model.seed, 1000 + r);
		const factors = input.parties.map(() => Math.exp(tau * regional.normal() - (tau * tau) / 2));
		const strengths = standing.map((p) => p.votes * factors[input.parties.indexOf(p)]!);
		const electorates = apportion(region.electorate, new Array<number>(n).fill(1));
		const turnout = Math.min(100, (region.turnout2023 * input.turnout) / input.turnout2023);
		// Where turnout is low, self-nominated candidates draw more (an assumption).
		const lowTurnout = Math.pow(
			input.turnout2023 / Math.max(region.turnout2023, 1),
			model.lowTurnoutEffect
		);

		for (let k = 0; k < n; k++) {
			number += 1;
			const local = stream(model.seed, number);
			const electorate = electorates[k]!;
			const valid = Math.round(((electorate * turnout) / 100) * input.validShare);
			const field = Math.max(
				1,
				Math.round(input.selfNominated * (FIELD_MIN + FIELD_SPREAD * local.uniform()))
			);
			const independent = Math.min(
				0.85,
				(model.independentShare / 100) *
					lowTurnout *
					fieldEffect *
					Math.exp(sigma * local.normal() - (sigma * sigma) / 2)
			);
			const partyShare = Math.max(0, 1 - input.againstAllShare - independent);
			// Which parties put up a nominee here; the voters of those that do not go to those that do.
			const candidates: Candidate[] = [];
			const weights: number[] = [];
			let strengthSum = 0;
			for (let i = 0; i < standing.length; i++) {
				if (local.uniform() >= nominationChance[i]!) continue;
				candidates.push(partyCandidates[i]!);
				weights.push(strengths[i]!);
				strengthSum += strengths[i]!;
			}
			// Shares in parts per billion, so that apportion can work in whole numbers.
			const perStrength = (1e9 * partyShare) / (strengthSum || 1);
			for (let i = 0; i < weights.length; i++) weights[i] = Math.round(weights[i]! * perStrength);
			for (let i = 0; i < field; i++) candidates.push(independentCandidate(i));
			// The self-nominated share, split by weights u⁴: drawn first, then scaled in place.
			let splitSum = 0;
			for (let i = 0; i < field; i++) {
				const u = local.uniform();
				const w = u * u * u * u;
				weights.push(w);
				splitSum += w;
			}
			const perWeight = (1e9 * independent) / (splitSum || 1);
			for (let i = weights.length - field; i < weights.length; i++) {
				weights[i] = Math.round(weights[i]! * perWeight);
			}
			const againstAllWeight = Math.round(1e9 * input.againstAllShare);
			weights.push(againstAllWeight);
			// Every weight is already a whole number: split directly when the products are safe.
			let weightSum = 0;
			let largestWeight = 0;
			for (const w of weights) {
				weightSum += w;
				if (w > largestWeight) largestWeight = w;
			}
			const votes =
				weightSum > 0 && valid * largestWeight + weightSum <= Number.MAX_SAFE_INTEGER
					? splitExactly(valid, weights, weightSum)
					: apportion(valid, weights);
			const againstAll = votes.pop()!;
			// Plurality: most votes wins; on equal votes the candidate listed first.
			let winner = 0;
			let runnerUp: number | null = null;
			for (let i = 1; i < votes.length; i++) {
				if (votes[i]! > votes[winner]!) {
					runnerUp = winner;
					winner = i;
				} else if (runnerUp === null || votes[i]! > votes[runnerUp]!) {
					runnerUp = i;
				}
			}
			const margin = runnerUp === null ? (votes[winner] ?? 0) : votes[winner]! - votes[runnerUp]!;
			onWinner(candidates[winner]!);
			results?.push({
				number,
				region: region.id,
				electorate,
				valid,
				candidates,
				votes,
				againstAll,
				winner,
				runnerUp,
				margin,
				tied: runnerUp !== null && margin === 0
			});
		}
	});
}

/** Districts won, by party id ('independent' for self-nominated). */
export function districtWins(results: readonly DistrictResult[]): Record<string, number> {
	const wins: Record<string, number> = {};
	for (const d of results) {
		const side = candidateSide(d.candidates[d.winner]!);
		wins[side] = (wins[side] ?? 0) + 1;
	}
	return wins;
}
