/**
 * The whole Majilis from a scenario, with its working: ballot access → votes → list tier and
 * district tier → chamber → metrics. `simulate.ts` is the entry point (with the seats-only path);
 * the page loads this module alone.
 */
import { REGIONS, regionElectorate } from '../data/regions';
import type { Scenario } from './types';
import type { Allocation } from '../engine/list-tier';
import {
	checkParty,
	SELF_NOMINATED_2023,
	selfNominatedPerDistrict,
	type PartyAccess
} from '../engine/ballot-access';
import {
	districtWins,
	runDistricts,
	runDistrictWins,
	type DistrictInput,
	type DistrictRegion,
	type DistrictResult
} from '../engine/districts';
import type { DistrictRules } from '../engine/district-batch';
import { combineTiers, type ListAllocator } from '../engine/mixed';
import { measureProportionality, type Metrics } from '../engine/metrics';
import { countVotes, type OffBallot, type VoteCount, type VoteInput } from '../engine/votes';

/** 2023 national turnout (6,521,860 of 12,035,578): the district model's reference point. */
const TURNOUT_2023 = (100 * 6_521_860) / 12_035_578;
const REGISTERED_2023 = 12_035_578;

export interface PartyResult {
	readonly id: string;
	readonly onBallot: boolean;
	readonly votes: number;
	/** votes ÷ valid votes (lists + against-all), percent. */
	readonly votePercent: number;
	readonly listSeats: number;
	readonly districtSeats: number;
	readonly seats: number;
	/** seats ÷ house size, percent. */
	readonly seatPercent: number;
}

export interface MajorityLine {
	readonly name: 'majority' | 'two-thirds' | 'three-quarters';
	/** Seats needed. */
	readonly seats: number;
	/** Parties that reach it alone. */
	readonly reachedBy: readonly string[];
}

export interface Chamber {
	/** Every seat of the house: elected seats plus `appointed`. */
	readonly houseSize: number;
	/**
	 * Seats filled outside the election: the 9 deputies the Assembly of People of Kazakhstan chose
	 * in 2007–2021. They count in the house and in its majority lines, and belong to no party.
	 * @see shared/domain/kazakhstan-majilis.md §2 [ipu_2007] [astanatimes_apk_2021]
	 */
	readonly appointed: number;
	/** Seats the rules provide for but nobody could fill (no list passed). */
	readonly unfilledSeats: number;
	readonly parties: readonly PartyResult[];
	readonly independents: number;
	readonly majorities: readonly MajorityLine[];
	readonly metrics: Metrics;
	readonly allocation: Allocation | null;
	readonly entitlement: Readonly<Record<string, number>> | null;
	readonly overhang: Readonly<Record<string, number>>;
	readonly districts: readonly DistrictResult[];
	/** 'official' when the district seats are the real result, 'model' otherwise. */
	readonly districtSource: 'official' | 'model';
	readonly count: VoteCount;
}

export interface SimulationResult {
	readonly totalSeats: number;
	readonly listSeats: number;
	readonly districtSeats: number;
	readonly appointedSeats: number;
	readonly access: readonly PartyAccess[];
	readonly selfNominatedPerDistrict: number;
	/** The chamber as the scenario's votes give it. */
	readonly reported: Chamber;
	/** With the integrity lens on: the chamber with the assumed inflation taken out. */
	readonly adjusted: Chamber | null;
}

/** Seats needed for each majority: more than ½, at least ⅔, at least ¾ of the house. */
export function majorityThresholds(house: number) {
	return {
		majority: Math.floor(house / 2) + 1,
		'two-thirds': Math.ceil((2 * house) / 3),
		'three-quarters': Math.ceil((3 * house) / 4)
	} as const;
}

/**
 * The scenario fields that decide district races. When they equal those of the real election's
 * preset, the official district seats are shown instead of the model.
 */
export function districtInputsKey(s: Scenario): string {
	return JSON.stringify([
		s.totalSeats,
		s.districtSeats,
		s.parties.map((p) => [p.id, p.support, p.onOfficialBallot, p.capacity]),
		s.electorate,
		s.access,
		s.districtModel
	]);
}

/**
 * Regions in the order districts are numbered: the three cities first (Astana 1–2, Almaty 3–5,
 * Shymkent 6–7), then the 17 regions in the CEC's order. @see shared/domain/regions-2023.md §6.1
 */
const NUMBERING_ORDER = [
	...REGIONS.filter((r) => r.type === 'city'),
	...REGIONS.filter((r) => r.type !== 'city')
];

let lastRegions: { registeredVoters: number; regions: DistrictRegion[] } | null = null;

/** The regions scaled to the electorate; the last answer is kept, as runs repeat it. */
function districtRegions(registeredVoters: number): DistrictRegion[] {
	if (lastRegions?.registeredVoters !== registeredVoters) {
		lastRegions = { registeredVoters, regions: scaledRegions(registeredVoters) };
	}
	return lastRegions.regions;
}

function scaledRegions(registeredVoters: number): DistrictRegion[] {
	const scale = registeredVoters / REGISTERED_2023;
	return NUMBERING_ORDER.map((region) => ({
		id: region.id,
		electorate: Math.round(regionElectorate(region).voters * scale),
		turnout2023: region.turnout2023,
		districts2023: region.districts2023
	}));
}

/**
 * What the district races of a scenario share from run to run, for `DistrictRacer` (Monte-Carlo):
 * the same regions, turnout reference and field as `simulate` gives the district model.
 */
export function districtRulesFor(s: Scenario, ballotParties: number): DistrictRules {
	return {
		regions: districtRegions(s.electorate.registeredVoters),
		seats: s.districtSeats,
		parties: ballotParties,
		turnout2023: TURNOUT_2023,
		selfNominated: selfNominatedPerDistrict(s.access),
		selfNominated2023: SELF_NOMINATED_2023.registeredPerDistrict,
		// Its seed is ignored: each run brings its own.
		model: s.districtModel
	};
}

function offBallotOf(s: Scenario): OffBallot {
	const { offBallotVoters: kind, offBallotTarget } = s.access;
	if (kind === 'to-party' && offBallotTarget) return { kind, party: offBallotTarget };
	if (kind === 'to-party') return { kind: 'spread' };
	return { kind };
}

/** What `countVotes` is given for a scenario, with the parties on the ballot. */
export function voteInputOf(s: Scenario, onBallot: ReadonlySet<string>): VoteInput {
	return {
		parties: s.parties.map((p) => ({
			id: p.id,
			support: p.support,
			onOfficialBallot: p.onOfficialBallot,
			onBallot: onBallot.has(p.id)
		})),
		againstAll: s.electorate.againstAll,
		registeredVoters: s.electorate.registeredVoters,
		turnout: s.electorate.turnout,
		invalidPercent: s.electorate.invalid,
		offBallot: offBallotOf(s)
	};
}

/** A real election's district result and the scenario inputs it belongs to. */
export interface OfficialDistricts {
	/** District seats by party id ('independent' for self-nominated). */
	readonly districtSeats: Readonly<Record<string, number>>;
	/** districtInputsKey of the real election's scenario. */
	readonly inputsKey: string;
}

/*
 * The steps below (Polling, poll, combine, seatChamber, matching, bothChambers) are exported for
 * simulate.ts, which puts the seats-only path together from them; other code calls `simulate`.
 */

/** Everything before the seats are shared: who stands, the votes, and the district winners. */
export interface Polling {
	readonly onBallot: ReadonlySet<string>;
	readonly count: VoteCount;
	readonly districts: DistrictResult[];
	readonly wins: Readonly<Record<string, number>>;
	readonly official: boolean;
}

export function poll(
	s: Scenario,
	access: readonly PartyAccess[],
	selfNominated: number,
	official: OfficialDistricts | null,
	working = true
): Polling {
	const onBallot = new Set(access.filter((a) => a.onBallot).map((a) => a.id));
	const count = countVotes(voteInputOf(s, onBallot));
	const ballotParties = s.parties.filter((p) => onBallot.has(p.id));

	let districts: DistrictResult[] = [];
	let wins: Record<string, number>;
	if (official) {
		wins = { ...official.districtSeats };
	} else if (s.districtSeats > 0) {
		const input: DistrictInput = {
			regions: districtRegions(s.electorate.registeredVoters),
			seats: s.districtSeats,
			parties: ballotParties.map((p) => ({ id: p.id, votes: count.votes[p.id]! })),
			againstAllShare: count.valid > 0 ? count.againstAll / count.valid : 0,
			validShare: count.ballots > 0 ? count.valid / count.ballots : 1,
			turnout: count.turnout,
			turnout2023: TURNOUT_2023,
			selfNominated,
			selfNominated2023: SELF_NOMINATED_2023.registeredPerDistrict,
			model: s.districtModel
		};
		// Without the working only the winners are needed, not each district's result.
		if (working) {
			districts = runDistricts(input);
			wins = districtWins(districts);
		} else {
			wins = runDistrictWins(input);
		}
	} else {
		wins = {};
	}
	return { onBallot, count, districts, wins, official: official !== null };
}

/** The tiers combined for a polled scenario, the list tier with its working unless told. */
export function combine(s: Scenario, polling: Polling, allocateList?: ListAllocator) {
	const { onBallot, count, wins } = polling;
	const ballotParties = s.parties.filter((p) => onBallot.has(p.id));
	return combineTiers(
		{
			totalSeats: s.totalSeats,
			districtSeats: s.districtSeats,
			mixed: s.mixed,
			overhang: s.overhang,
			districtWins: wins,
			list: {
				lists: ballotParties.map((p) => ({ id: p.id, votes: count.votes[p.id]! })),
				method: s.list.method,
				threshold: s.list.threshold,
				thresholdBase: s.list.thresholdBase,
				againstAll: count.againstAll,
				invalid: count.invalid,
				secondParty: s.list.secondParty
			}
		},
		allocateList
	);
}

/** Shares the seats of a polled scenario: the list tier, the tiers combined, the metrics. */
export function seatChamber(s: Scenario, polling: Polling): Chamber {
	const { onBallot, count, districts } = polling;
	const tiers = combine(s, polling);

	const seatsOf = (id: string) => (tiers.listSeats[id] ?? 0) + (tiers.districtSeats[id] ?? 0);
	const filled = s.parties.reduce((a, p) => a + seatsOf(p.id), 0) + tiers.independents;
	const elected = Math.max(tiers.houseSize, filled);
	const house = elected + s.appointedSeats;
	const parties: PartyResult[] = s.parties.map((p) => {
		const votes = count.votes[p.id] ?? 0;
		const seats = seatsOf(p.id);
		return {
			id: p.id,
			onBallot: onBallot.has(p.id),
			votes,
			votePercent: count.valid > 0 ? (100 * votes) / count.valid : 0,
			listSeats: tiers.listSeats[p.id] ?? 0,
			districtSeats: tiers.districtSeats[p.id] ?? 0,
			seats,
			seatPercent: house > 0 ? (100 * seats) / house : 0
		};
	});
	const needed = majorityThresholds(house);
	const majorities: MajorityLine[] = (['majority', 'two-thirds', 'three-quarters'] as const).map(
		(name) => ({
			name,
			seats: needed[name],
			reachedBy: parties.filter((p) => p.seats >= needed[name]).map((p) => p.id)
		})
	);
	const metrics = measureProportionality(
		[
			...parties.filter((p) => p.onBallot).map((p) => ({ votes: p.votes, seats: p.seats })),
			// Self-nominated winners hold seats with no list vote behind them.
			...(tiers.independents > 0 ? [{ votes: 0, seats: tiers.independents }] : [])
		],
		count.againstAll
	);

	return {
		houseSize: house,
		appointed: s.appointedSeats,
		unfilledSeats: Math.max(0, elected - filled),
		parties,
		independents: tiers.independents,
		majorities,
		metrics,
		allocation: tiers.allocation,
		entitlement: tiers.entitlement,
		overhang: tiers.overhang,
		districts,
		districtSource: polling.official ? 'official' : 'model',
		count
	};
}

/**
 * The list the integrity lens applies to: the one chosen, or (when none is) the list with the
 * most support among those on the real ballot, the earlier registered on a tie.
 */
export function lensParty(s: Scenario): string {
	if (s.integrity.party !== '') return s.integrity.party;
	let best: Scenario['parties'][number] | undefined;
	for (const p of s.parties) {
		if (p.onOfficialBallot && (best === undefined || p.support > best.support)) best = p;
	}
	return best?.id ?? '';
}

/**
 * The same scenario with the integrity lens's assumed inflation taken out: the party's reported
 * count is true × (1 + inflation × unobserved share), so its true count is reported ÷ that
 * factor, and the inflated ballots leave the turnout too.
 */
export function withoutInflation(s: Scenario): Scenario {
	const { observerCoverage, inflation } = s.integrity;
	const party = lensParty(s);
	const factor = 1 + (inflation / 100) * (1 - observerCoverage / 100);
	const target = s.parties.find((p) => p.id === party);
	if (!target || factor === 1) return s;
	const removed = target.support - target.support / factor;
	const reference =
		s.parties.filter((p) => p.onOfficialBallot).reduce((a, p) => a + p.support, 0) +
		s.electorate.againstAll;
	const keptShare =
		reference > 0 && target.onOfficialBallot ? (reference - removed) / reference : 1;
	return {
		...s,
		parties: s.parties.map((p) => (p.id === party ? { ...p, support: p.support / factor } : p)),
		electorate: { ...s.electorate, turnout: s.electorate.turnout * keptShare }
	};
}

/** The official district result, if the scenario's district inputs are still those it came from. */
export function matching(
	s: Scenario,
	official: OfficialDistricts | null
): OfficialDistricts | null {
	return official !== null && districtInputsKey(s) === official.inputsKey ? official : null;
}

/**
 * `simulate` with the working: what the page runs. The page imports it from here, not from
 * `simulate.ts`, so that the seats-only path (and the fast list path behind it) stays out of
 * its first load.
 */
export function simulateExplained(
	s: Scenario,
	official: OfficialDistricts | null = null
): SimulationResult {
	const access = s.parties.map((p) => checkParty(p.id, p.capacity, s.access));
	const selfNominated = selfNominatedPerDistrict(s.access);
	return {
		...bothChambers(s, official, access, selfNominated, seatChamber, true),
		access,
		selfNominatedPerDistrict: selfNominated
	};
}

/** The reported chamber and, with the integrity lens on, the one without inflation. */
export function bothChambers<C>(
	s: Scenario,
	official: OfficialDistricts | null,
	access: readonly PartyAccess[],
	selfNominated: number,
	seat: (s: Scenario, polling: Polling) => C,
	working: boolean
) {
	const clean = s.integrity.enabled ? withoutInflation(s) : null;
	return {
		totalSeats: s.totalSeats,
		listSeats: s.totalSeats - s.districtSeats,
		districtSeats: s.districtSeats,
		appointedSeats: s.appointedSeats,
		reported: seat(s, poll(s, access, selfNominated, matching(s, official), working)),
		adjusted: clean ? seat(clean, poll(clean, access, selfNominated, null, working)) : null
	};
}
