/**
 * The whole Majilis from a scenario: ballot access → votes → list tier and district tier →
 * chamber → metrics. One pure function shared by the page, the CLI and the tests: `simulate`,
 * with the working (`model.ts`, which the page loads alone) or the seats only (here, on the fast
 * exact path, for batches, sweeps and Monte-Carlo).
 */
import { allocateSeatsOnly } from '../engine/allocate';
import { checkParty, selfNominatedPerDistrict, type PartyAccess } from '../engine/ballot-access';
import type { VoteCount } from '../engine/votes';
import {
	bothChambers,
	combine,
	matching,
	poll,
	seatChamber,
	simulateExplained,
	type Chamber,
	type OfficialDistricts,
	type Polling,
	type SimulationResult
} from './model';
import type { Scenario } from './types';

export * from './model';

/** A chamber's seats alone, without the working: what `simulate(…, { working: false })` gives. */
export interface ChamberSeats {
	/** Every seat of the house, appointed seats included, as in `Chamber.houseSize`. */
	readonly houseSize: number;
	/** Seats of every party (list + district), in scenario order. */
	readonly seats: Readonly<Record<string, number>>;
	readonly listSeats: Readonly<Record<string, number>>;
	readonly districtSeats: Readonly<Record<string, number>>;
	readonly independents: number;
	readonly unfilledSeats: number;
	/** The vote count the seats were shared by. */
	readonly count: VoteCount;
}

export interface SeatsResult {
	readonly totalSeats: number;
	readonly listSeats: number;
	readonly districtSeats: number;
	readonly appointedSeats: number;
	readonly reported: ChamberSeats;
	readonly adjusted: ChamberSeats | null;
}

function chamberSeatsOf(s: Scenario, polling: Polling): ChamberSeats {
	const tiers = combine(s, polling, allocateSeatsOnly);
	const seats: Record<string, number> = {};
	let filled = tiers.independents;
	for (const p of s.parties) {
		const n = (tiers.listSeats[p.id] ?? 0) + (tiers.districtSeats[p.id] ?? 0);
		seats[p.id] = n;
		filled += n;
	}
	const elected = Math.max(tiers.houseSize, filled);
	return {
		houseSize: elected + s.appointedSeats,
		seats,
		listSeats: tiers.listSeats,
		districtSeats: tiers.districtSeats,
		independents: tiers.independents,
		unfilledSeats: Math.max(0, elected - filled),
		count: polling.count
	};
}

/**
 * The reported chamber's seats alone, for many runs of one scenario's rules: `access` is
 * `s.parties.map((p) => checkParty(p.id, p.capacity, s.access))`, worked out once by the caller.
 */
export function chamberSeats(
	s: Scenario,
	access: readonly PartyAccess[],
	official: OfficialDistricts | null = null
): ChamberSeats {
	return chamberSeatsOf(
		s,
		poll(s, access, selfNominatedPerDistrict(s.access), matching(s, official), false)
	);
}

export interface SimulateOptions {
	/**
	 * true (the default): every chamber with its working. false: the seats alone, on the fast
	 * exact path (the same seats), for batches, sweeps and Monte-Carlo.
	 */
	readonly working?: boolean;
}

/**
 * Runs the scenario. `official` is the real district result of the election the scenario starts
 * from (looked up by the caller); it is used only while the district inputs still match it.
 */
export function simulate(
	s: Scenario,
	official?: OfficialDistricts | null,
	options?: { working?: true }
): SimulationResult;
export function simulate(
	s: Scenario,
	official: OfficialDistricts | null,
	options: { working: false }
): SeatsResult;
export function simulate(
	s: Scenario,
	official: OfficialDistricts | null = null,
	options: SimulateOptions = {}
): SimulationResult | SeatsResult {
	return options.working === false ? simulateSeats(s, official) : simulateExplained(s, official);
}

/** `simulate(…, { working: false })`: the seats alone. */
export function simulateSeats(s: Scenario, official: OfficialDistricts | null = null): SeatsResult {
	const access = s.parties.map((p) => checkParty(p.id, p.capacity, s.access));
	return bothChambers(
		s,
		official,
		access,
		selfNominatedPerDistrict(s.access),
		chamberSeatsOf,
		false
	);
}

/**
 * The reported chamber at each of several list thresholds, polling once: votes and districts do
 * not depend on the threshold, so only the seats are shared again. For sensitivity charts.
 */
export function sweepThreshold(
	s: Scenario,
	thresholds: readonly number[],
	official: OfficialDistricts | null = null
): Chamber[] {
	const access = s.parties.map((p) => checkParty(p.id, p.capacity, s.access));
	const polling = poll(s, access, selfNominatedPerDistrict(s.access), matching(s, official));
	return thresholds.map((threshold) =>
		seatChamber({ ...s, list: { ...s.list, threshold } }, polling)
	);
}
