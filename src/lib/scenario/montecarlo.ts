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
 * With an error of 0 nothing is drawn: every run is the scenario itself, seated exactly as
 * `simulate` seats it (with the official district result where that applies).
 * Deterministic: the same scenario, runs, error and seed always give the same result.
 */
import type { Scenario } from './types';
import { checkParty } from '../engine/ballot-access';
import { thresholdPasses } from '../engine/fast';
import { stream, type Stream } from '../engine/random';
import {
	chamberSeats,
	majorityThresholds,
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
function gamma(shape: number, rng: Stream): number {
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

export interface MonteCarloJob {
	/** Runs up to `count` more elections; returns the runs done so far. */
	step(count: number): number;
	readonly done: boolean;
	/** The summary of the runs done so far (all of them once `done`). */
	result(): MonteCarloResult;
}

/** A Monte-Carlo run that can be done in slices, so that a worker can report progress. */
export function startMonteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloJob {
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

	const counters = s.parties.map(() => new Counter());
	const passes = s.parties.map(() => 0);
	const independents = new Counter();
	let unfilled = 0;
	let house = 0;
	let largestIndex = -1;
	s.parties.forEach((p, i) => {
		const seats = baseline.seats[p.id] ?? 0;
		const best = largestIndex < 0 ? 0 : baseline.seats[s.parties[largestIndex]!.id]!;
		if (seats > best) largestIndex = i;
	});
	const lines = { majority: 0, twoThirds: 0, threeQuarters: 0 };
	let done = 0;

	const draw = (run: number): Scenario => {
		const rng = stream(seed, run);
		const g = shapes.map((shape) => (shape > 0 ? gamma(shape, rng) : 0));
		const sum = g.reduce((a, b) => a + b, 0) || 1;
		const turnout = Math.min(100, Math.max(1, s.electorate.turnout + error * rng.normal()));
		const districtSeed = Math.floor(rng.uniform() * 2 ** 31);
		return {
			...s,
			parties: s.parties.map((p, i) =>
				weights[i]! > 0 ? { ...p, support: (g[i]! / sum) * total } : p
			),
			electorate: {
				...s.electorate,
				turnout,
				againstAll: (g[g.length - 1]! / sum) * total
			},
			districtModel: { ...s.districtModel, seed: districtSeed }
		};
	};

	const record = (scenario: Scenario, chamber: ChamberSeats) => {
		const { count } = chamber;
		const lists = s.parties.map((p) => ({ id: p.id, votes: count.votes[p.id] ?? 0 }));
		const passed = thresholdPasses(
			lists,
			scenario.list.threshold,
			scenario.list.thresholdBase,
			count.againstAll,
			count.invalid
		);
		s.parties.forEach((p, i) => {
			counters[i]!.add(chamber.seats[p.id] ?? 0);
			if (passed[i]) passes[i]! += 1;
		});
		independents.add(chamber.independents);
		unfilled += chamber.unfilledSeats;
		house += chamber.houseSize;
		if (largestIndex >= 0) {
			const seats = chamber.seats[s.parties[largestIndex]!.id] ?? 0;
			const needed = majorityThresholds(chamber.houseSize);
			if (seats >= needed.majority) lines.majority += 1;
			if (seats >= needed['two-thirds']) lines.twoThirds += 1;
			if (seats >= needed['three-quarters']) lines.threeQuarters += 1;
		}
	};

	return {
		step(count: number): number {
			const end = Math.min(runs, done + Math.max(0, Math.floor(count)));
			for (; done < end; done++) {
				if (error === 0) {
					record(s, baseline);
				} else {
					const scenario = draw(done);
					record(scenario, chamberSeats(scenario, access, null));
				}
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
					baseline: baseline.seats[p.id] ?? 0,
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
