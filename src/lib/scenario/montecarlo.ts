/**
 * How sure is a chamber? Many simulated elections around one scenario, each seated by the
 * scenario's own rules. The model (docs/model.md, "Monte-Carlo uncertainty"):
 *
 * - List votes: the shares of every party with support and of against-all are drawn from a
 *   Dirichlet distribution centred on the scenario's shares, with concentration
 *   α = 0.25 ÷ e² − 1 (e the error as a fraction): a share of 50 % then has a standard deviation
 *   of exactly e, and every other share less (√(p(1 − p) ÷ (α + 1))).
 * - Turnout: the scenario's turnout plus a normal draw with a standard deviation of e points,
 *   kept within 1–100 %.
 * - Districts: the district model's own noise, with a fresh model seed in every run.
 * - Seats: the whole chamber by the scenario's rules, on the fast exact path.
 *
 * Each run is worked out without building a scenario or a chamber: what the rules fix is
 * prepared once, and the votes, the district races (`DistrictRacer`) and the list seats
 * (`allocateSeatList`) fill arrays the job reuses. The seats are those `chamberSeats` gives for
 * the run's drawn scenario; montecarlo.test.ts checks that against the first implementation,
 * which is kept for it (montecarlo-reference.ts).
 *
 * With an error of 0 nothing is drawn: every run is the scenario itself, seated exactly as
 * `simulate` seats it (with the official district result where that applies).
 * Deterministic: the same scenario, runs, error and seed always give the same result.
 */
import type { Scenario } from './types';
import { allocateSeatList, allocateSeatsOnly } from '../engine/allocate';
import { checkParty, type PartyAccess } from '../engine/ballot-access';
import { apportion } from '../engine/apportion';
import { DistrictRacer } from '../engine/district-batch';
import { thresholdPasses } from '../engine/fast';
import { combineTiers } from '../engine/mixed';
import { ReseedableStream, type Stream } from '../engine/random';
import { countVotes } from '../engine/votes';
import {
	chamberSeats,
	districtRulesFor,
	majorityThresholds,
	voteInputOf,
	type ChamberSeats,
	type OfficialDistricts
} from './simulate';

export interface MonteCarloOptions {
	/** Simulated elections, at least 1. */
	readonly runs: number;
	/** Standard error in percentage points, 0–20 (see the model above). */
	readonly error: number;
	/** Any whole number; the same seed gives the same result. */
	readonly seed: number;
	/** The real district result the scenario may show (as for `simulate`). */
	readonly official?: OfficialDistricts | null;
}

export interface SeatDistribution {
	readonly mean: number;
	/** Percentiles by the nearest-rank rule: the fewest seats that at least p % of runs reach or fall below. */
	readonly p5: number;
	readonly p50: number;
	readonly p95: number;
	/** histogram[k]: the runs that gave exactly k seats. */
	readonly histogram: readonly number[];
}

export interface PartyUncertainty {
	readonly id: string;
	/** Seats in the scenario itself (no error). */
	readonly baseline: number;
	readonly seats: SeatDistribution;
	/** Share of runs, 0–1, in which the party's own list vote reached the threshold. */
	readonly thresholdChance: number;
}

export interface MajorityChances {
	/** The party with most seats in the scenario itself; the earlier listed on equal seats. */
	readonly id: string;
	/** Share of runs, 0–1, in which it holds more than half, at least ⅔, at least ¾ of the house. */
	readonly majority: number;
	readonly twoThirds: number;
	readonly threeQuarters: number;
}

export interface MonteCarloResult {
	readonly runs: number;
	readonly error: number;
	readonly seed: number;
	readonly parties: readonly PartyUncertainty[];
	/** Self-nominated district winners. */
	readonly independents: SeatDistribution;
	/** Seats nobody could fill (no list passed), mean over the runs. */
	readonly meanUnfilled: number;
	readonly appointed: number;
	/** Mean size of the house (it varies only when overhang adds seats). */
	readonly meanHouse: number;
	/** Null when no party wins a seat in the scenario itself. */
	readonly largest: MajorityChances | null;
}

export const MAX_ERROR = 20;

/** Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted for shape < 1. */
export function gamma(shape: number, rng: Stream): number {
	if (shape < 1) return gamma(shape + 1, rng) * Math.pow(rng.uniform(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = rng.normal();
		const t = 1 + c * x;
		if (t <= 0) continue;
		const v = t * t * t;
		const u = rng.uniform();
		if (u < 1 - 0.0331 * x * x * x * x) return d * v;
		if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
	}
}

/** A histogram that grows as needed. */
class Counter {
	counts: number[] = [];
	sum = 0;
	add(k: number): void {
		while (this.counts.length <= k) this.counts.push(0);
		this.counts[k]! += 1;
		this.sum += k;
	}
	distribution(runs: number): SeatDistribution {
		const at = (p: number) => {
			const rank = Math.max(1, Math.ceil((p / 100) * runs));
			let seen = 0;
			for (let k = 0; k < this.counts.length; k++) {
				seen += this.counts[k]!;
				if (seen >= rank) return k;
			}
			return this.counts.length - 1;
		};
		return {
			mean: runs > 0 ? this.sum / runs : 0,
			p5: at(5),
			p50: at(50),
			p95: at(95),
			histogram: this.counts.slice()
		};
	}
}

/** One simulated election, written into arrays the job reuses. */
export interface RunOutcome {
	/** Seats of every party, in scenario order. */
	readonly seats: Int32Array;
	/** 1 where the party's own list vote reached the threshold. */
	readonly passed: Uint8Array;
	independents: number;
	unfilled: number;
	house: number;
}

/** What every run shares: the scenario, who is on its ballot, and the Dirichlet's parameters. */
export interface SamplerSetup {
	readonly scenario: Scenario;
	readonly access: readonly PartyAccess[];
	readonly error: number;
	readonly seed: number;
	/** Categories: every party, then against-all. Support (never below 0) and its total. */
	readonly weights: readonly number[];
	readonly total: number;
	/** The Dirichlet's shape for each category (0: not drawn). */
	readonly shapes: readonly number[];
}

/** Runs election `run` (error above 0) and writes what it gave into `out`. */
export type RunSampler = (run: number, out: RunOutcome) => void;

/** The outcome of a chamber already seated (the scenario itself, or a run seated in full). */
export function outcomeOf(s: Scenario, chamber: ChamberSeats, out: RunOutcome): void {
	const { count } = chamber;
	const lists = s.parties.map((p) => ({ id: p.id, votes: count.votes[p.id] ?? 0 }));
	const passed = thresholdPasses(
		lists,
		s.list.threshold,
		s.list.thresholdBase,
		count.againstAll,
		count.invalid
	);
	s.parties.forEach((p, i) => {
		out.seats[i] = chamber.seats[p.id] ?? 0;
		out.passed[i] = passed[i] ? 1 : 0;
	});
	out.independents = chamber.independents;
	out.unfilled = chamber.unfilledSeats;
	out.house = chamber.houseSize;
}

/**
 * The runs without objects: the drawn support goes into arrays; the votes are counted as
 * `countVotes` counts them (by its own code when a party's voters move); the districts raced by
 * a `DistrictRacer`; the list seats by `allocateSeatList` (or `combineTiers` when compensatory).
 */
function fastSampler(setup: SamplerSetup): RunSampler {
	const { scenario: s, access, error, seed, weights, total, shapes } = setup;
	const parties = s.parties;
	const n = parties.length;
	const onBallot = new Set(access.filter((a) => a.onBallot).map((a) => a.id));
	const ballot = parties.flatMap((p, i) => (onBallot.has(p.id) ? [i] : []));
	const reference = parties.flatMap((p, i) => (p.onOfficialBallot ? [i] : []));
	// No voter moves when every party of the real ballot stands and no other party with support
	// does: then the count is the reference count alone (countVotes's first step).
	const plainCount = parties.every(
		(p) => onBallot.has(p.id) === p.onOfficialBallot || (!p.onOfficialBallot && p.support <= 0)
	);
	const { registeredVoters: registered, invalid: invalidPercent } = s.electorate;
	const rng = new ReseedableStream();
	const g = new Float64Array(shapes.length);
	const support = new Float64Array(n);
	const votes = new Float64Array(n);
	const referenceWeights = new Array<number>(reference.length + 1);
	const ballotVotes = new Float64Array(ballot.length);
	const wins = new Int32Array(ballot.length + 1);
	const ballotLists = ballot.map((i) => ({ id: parties[i]!.id, votes: 0 }));
	const allLists = parties.map((p) => ({ id: p.id, votes: 0 }));
	const racer = s.districtSeats > 0 ? new DistrictRacer(districtRulesFor(s, ballot.length)) : null;
	const listSeatCount = s.totalSeats - s.districtSeats;

	return (run, out) => {
		// The draws, in the order the first implementation made them.
		rng.reset(seed, run);
		for (let k = 0; k < shapes.length; k++) g[k] = shapes[k]! > 0 ? gamma(shapes[k]!, rng) : 0;
		let sum = 0;
		for (let k = 0; k < g.length; k++) sum += g[k]!;
		sum = sum || 1;
		const turnout = Math.min(100, Math.max(1, s.electorate.turnout + error * rng.normal()));
		const districtSeed = Math.floor(rng.uniform() * 2 ** 31);
		for (let i = 0; i < n; i++) {
			support[i] = weights[i]! > 0 ? (g[i]! / sum) * total : parties[i]!.support;
		}
		const againstAllSupport = (g[n]! / sum) * total;

		// The count.
		let againstAll: number;
		let invalid: number;
		let valid: number;
		let ballots: number;
		if (plainCount) {
			const ballots0 = Math.round((registered * turnout) / 100);
			const invalid0 = Math.round((ballots0 * invalidPercent) / 100);
			const valid0 = ballots0 - invalid0;
			for (let k = 0; k < reference.length; k++) referenceWeights[k] = support[reference[k]!]!;
			referenceWeights[reference.length] = againstAllSupport;
			const shares = apportion(valid0, referenceWeights);
			votes.fill(0);
			valid = 0;
			for (let k = 0; k < reference.length; k++) {
				votes[reference[k]!] = shares[k]!;
				valid += shares[k]!;
			}
			againstAll = shares[reference.length]!;
			valid += againstAll;
			const scaledInvalid =
				valid === valid0 || valid0 === 0 ? invalid0 : Math.round((valid * invalid0) / valid0);
			invalid = Math.max(0, Math.min(scaledInvalid, registered - valid));
			ballots = valid + invalid;
		} else {
			const drawn: Scenario = {
				...s,
				parties: parties.map((p, i) => (weights[i]! > 0 ? { ...p, support: support[i]! } : p)),
				electorate: { ...s.electorate, turnout, againstAll: againstAllSupport }
			};
			const count = countVotes(voteInputOf(drawn, onBallot));
			parties.forEach((p, i) => (votes[i] = count.votes[p.id] ?? 0));
			({ againstAll, invalid, valid, ballots } = count);
		}

		// The district races.
		wins.fill(0);
		if (racer) {
			for (let b = 0; b < ballot.length; b++) ballotVotes[b] = votes[ballot[b]!]!;
			racer.race(
				districtSeed,
				ballotVotes,
				valid > 0 ? againstAll / valid : 0,
				ballots > 0 ? valid / ballots : 1,
				registered > 0 ? (100 * ballots) / registered : 0,
				wins
			);
		}
		const independents = wins[ballot.length]!;

		// The seats.
		for (let b = 0; b < ballot.length; b++) ballotLists[b]!.votes = votes[ballot[b]!]!;
		const list = {
			lists: ballotLists,
			method: s.list.method,
			threshold: s.list.threshold,
			thresholdBase: s.list.thresholdBase,
			againstAll,
			invalid,
			secondParty: s.list.secondParty
		};
		out.seats.fill(0);
		let houseSize = s.totalSeats;
		if (s.mixed === 'parallel') {
			const listSeats =
				listSeatCount > 0 ? allocateSeatList({ ...list, seats: listSeatCount }) : null;
			for (let b = 0; b < ballot.length; b++) {
				out.seats[ballot[b]!] = (listSeats ? listSeats[b]! : 0) + wins[b]!;
			}
		} else {
			const districtWins: Record<string, number> = {};
			ballotLists.forEach((l, b) => {
				if (wins[b]! > 0) districtWins[l.id] = wins[b]!;
			});
			if (independents > 0) districtWins.independent = independents;
			const tiers = combineTiers(
				{
					totalSeats: s.totalSeats,
					districtSeats: s.districtSeats,
					mixed: s.mixed,
					overhang: s.overhang,
					districtWins,
					list
				},
				allocateSeatsOnly
			);
			houseSize = tiers.houseSize;
			parties.forEach((p, i) => {
				out.seats[i] = (tiers.listSeats[p.id] ?? 0) + (tiers.districtSeats[p.id] ?? 0);
			});
		}
		let filled = independents;
		for (let i = 0; i < n; i++) filled += out.seats[i]!;
		const elected = Math.max(houseSize, filled);
		out.independents = independents;
		out.unfilled = Math.max(0, elected - filled);
		out.house = elected + s.appointedSeats;

		for (let i = 0; i < n; i++) allLists[i]!.votes = votes[i]!;
		const passed = thresholdPasses(
			allLists,
			s.list.threshold,
			s.list.thresholdBase,
			againstAll,
			invalid
		);
		for (let i = 0; i < n; i++) out.passed[i] = passed[i] ? 1 : 0;
	};
}

export interface MonteCarloJob {
	/** Runs up to `count` more elections; returns the runs done so far. */
	step(count: number): number;
	readonly done: boolean;
	/** The summary of the runs done so far (all of them once `done`). */
	result(): MonteCarloResult;
}

/** A Monte-Carlo run that can be done in slices, so that a worker can report progress. */
export function startMonteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloJob {
	return startMonteCarloWith(s, options, fastSampler);
}

/** `startMonteCarlo` with another way of running each election (the tests compare two). */
export function startMonteCarloWith(
	s: Scenario,
	options: MonteCarloOptions,
	makeSampler: (setup: SamplerSetup) => RunSampler
): MonteCarloJob {
	const { runs, error, seed } = options;
	if (!Number.isSafeInteger(runs) || runs < 1) {
		throw new RangeError(`runs must be a whole number of at least 1, got ${runs}`);
	}
	if (!Number.isFinite(error) || error < 0 || error > MAX_ERROR) {
		throw new RangeError(`the error must be from 0 to ${MAX_ERROR} points, got ${error}`);
	}
	if (!Number.isSafeInteger(seed))
		throw new RangeError(`the seed must be a whole number, got ${seed}`);
	const official = options.official ?? null;
	const access = s.parties.map((p) => checkParty(p.id, p.capacity, s.access));
	const baseline = chamberSeats(s, access, official);

	// The Dirichlet's categories: parties with support, then against-all.
	const weights = [...s.parties.map((p) => Math.max(0, p.support)), s.electorate.againstAll];
	const total = weights.reduce((a, b) => a + b, 0);
	const e = error / 100;
	const alpha = e > 0 ? 0.25 / (e * e) - 1 : Infinity;
	const shapes = weights.map((w) => (total > 0 ? (alpha * w) / total : 0));

	const n = s.parties.length;
	const outcome = (): RunOutcome => ({
		seats: new Int32Array(n),
		passed: new Uint8Array(n),
		independents: 0,
		unfilled: 0,
		house: 0
	});
	const fixed = outcome();
	outcomeOf(s, baseline, fixed);
	const sample =
		error === 0 ? null : makeSampler({ scenario: s, access, error, seed, weights, total, shapes });
	const current = outcome();

	const counters = s.parties.map(() => new Counter());
	const passes = s.parties.map(() => 0);
	const independents = new Counter();
	let unfilled = 0;
	let house = 0;
	let largestIndex = -1;
	s.parties.forEach((p, i) => {
		if (fixed.seats[i]! > (largestIndex < 0 ? 0 : fixed.seats[largestIndex]!)) largestIndex = i;
	});
	const lines = { majority: 0, twoThirds: 0, threeQuarters: 0 };
	let done = 0;

	const record = (out: RunOutcome) => {
		for (let i = 0; i < n; i++) {
			counters[i]!.add(out.seats[i]!);
			if (out.passed[i]) passes[i]! += 1;
		}
		independents.add(out.independents);
		unfilled += out.unfilled;
		house += out.house;
		if (largestIndex >= 0) {
			const seats = out.seats[largestIndex]!;
			const needed = majorityThresholds(out.house);
			if (seats >= needed.majority) lines.majority += 1;
			if (seats >= needed['two-thirds']) lines.twoThirds += 1;
			if (seats >= needed['three-quarters']) lines.threeQuarters += 1;
		}
	};

	return {
		step(count: number): number {
			const end = Math.min(runs, done + Math.max(0, Math.floor(count)));
			for (; done < end; done++) {
				if (sample) sample(done, current);
				record(sample ? current : fixed);
			}
			return done;
		},
		get done() {
			return done >= runs;
		},
		result(): MonteCarloResult {
			const n = done;
			const chance = (k: number) => (n > 0 ? k / n : 0);
			return {
				runs: n,
				error,
				seed,
				parties: s.parties.map((p, i) => ({
					id: p.id,
					baseline: fixed.seats[i]!,
					seats: counters[i]!.distribution(n),
					thresholdChance: chance(passes[i]!)
				})),
				independents: independents.distribution(n),
				meanUnfilled: n > 0 ? unfilled / n : 0,
				appointed: s.appointedSeats,
				meanHouse: n > 0 ? house / n : 0,
				largest:
					largestIndex >= 0
						? {
								id: s.parties[largestIndex]!.id,
								majority: chance(lines.majority),
								twoThirds: chance(lines.twoThirds),
								threeQuarters: chance(lines.threeQuarters)
							}
						: null
			};
		}
	};
}

/** Runs the whole Monte-Carlo at once. */
export function monteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloResult {
	const job = startMonteCarlo(s, options);
	job.step(options.runs);
	return job.result();
}
