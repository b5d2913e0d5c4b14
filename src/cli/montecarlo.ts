/**
 * `majilis montecarlo [--preset NAME] [--set KEY=VALUE ...] [scenario.json] [--runs N]
 * [--error PTS] [--seed S]`: many simulated elections around a scenario, as JSON.
 * The model is in src/lib/scenario/montecarlo.ts and docs/model.md.
 */
import { MAX_ERROR, monteCarlo, type SeatDistribution } from '../lib/scenario/montecarlo';
import { officialDistrictsFor } from '../lib/scenario/presets';
import { UsageError } from './errors';
import { parseSimulateArgs } from './simulate';

export const MONTECARLO_DEFAULTS = { runs: 10_000, error: 2, seed: 1 } as const;
const MAX_RUNS = 1_000_000;

export interface MonteCarloArgs {
	readonly runs: number;
	readonly error: number;
	readonly seed: number;
	/** Everything else, for the scenario (as `simulate` reads it). */
	readonly rest: readonly string[];
}

const OPTIONS = ['runs', 'error', 'seed'] as const;

/** Takes --runs, --error and --seed (also as --runs=N) out of the arguments and checks them. */
export function parseMonteCarloArgs(argv: readonly string[]): MonteCarloArgs {
	const values: Record<string, string> = {};
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const name = OPTIONS.find((o) => arg === `--${o}` || arg.startsWith(`--${o}=`));
		if (!name) {
			rest.push(arg);
			continue;
		}
		const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		values[name] = value;
	}
	const number = (name: string, fallback: number, ok: (x: number) => boolean, rule: string) => {
		const text = values[name];
		if (text === undefined) return fallback;
		const x = /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : NaN;
		if (!ok(x)) throw new UsageError(`--${name} must be ${rule}, got "${text}"`);
		return x;
	};
	return {
		runs: number(
			'runs',
			MONTECARLO_DEFAULTS.runs,
			(x) => Number.isInteger(x) && x >= 1 && x <= MAX_RUNS,
			`a whole number from 1 to ${MAX_RUNS}`
		),
		error: number(
			'error',
			MONTECARLO_DEFAULTS.error,
			(x) => x >= 0 && x <= MAX_ERROR,
			`a number of points from 0 to ${MAX_ERROR}`
		),
		seed: number(
			'seed',
			MONTECARLO_DEFAULTS.seed,
			(x) => Number.isSafeInteger(x),
			'a whole number'
		),
		rest
	};
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function distributionJson(d: SeatDistribution) {
	return { mean: round(d.mean, 3), p5: d.p5, p50: d.p50, p95: d.p95, histogram: d.histogram };
}

/** The JSON answer; `now` is a clock in milliseconds (performance.now in the CLI). */
export function monteCarloCommand(
	argv: readonly string[],
	readFile: (path: string) => string,
	now: () => number = () => performance.now()
): string {
	const args = parseMonteCarloArgs(argv);
	const scenario = parseSimulateArgs(args.rest, readFile);
	const start = now();
	const result = monteCarlo(scenario, {
		runs: args.runs,
		error: args.error,
		seed: args.seed,
		official: officialDistrictsFor(scenario)
	});
	const elapsedMs = now() - start;
	const json = {
		runs: result.runs,
		seed: result.seed,
		error: result.error,
		elapsedMs: round(elapsedMs, 1),
		model:
			'list and against-all shares ~ Dirichlet with concentration 0.25/e^2 - 1 (a 50 % share has standard deviation e); turnout + Normal(0, e points); a new district-model seed per run; see docs/model.md',
		houseSize: round(result.meanHouse, 3),
		appointed: result.appointed,
		meanUnfilled: round(result.meanUnfilled, 3),
		parties: result.parties.map((p) => ({
			id: p.id,
			baselineSeats: p.baseline,
			seats: distributionJson(p.seats),
			thresholdChance: round(p.thresholdChance, 4)
		})),
		independents: distributionJson(result.independents),
		largestParty: result.largest && {
			id: result.largest.id,
			majority: round(result.largest.majority, 4),
			twoThirds: round(result.largest.twoThirds, 4),
			threeQuarters: round(result.largest.threeQuarters, 4)
		}
	};
	return JSON.stringify(json, null, 2) + '\n';
}
