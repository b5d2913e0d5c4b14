/**
 * `majilis simulate [--preset NAME] [--set KEY=VALUE ...] [scenario.json]` and `majilis presets`.
 */
import { parseArgs } from 'node:util';
import type { Chamber, SimulationResult } from '../lib/scenario/simulate';
import { createTranslator, type MessageKey } from '../lib/i18n/translate';
import { DEFAULT_PRESET, findPreset, PRESETS } from '../lib/scenario/presets';
import { runScenario } from '../lib/scenario/run';
import { checkScenario } from '../lib/scenario/schema';
import { applySet, SetError } from '../lib/scenario/set';
import type { Scenario } from '../lib/scenario/types';
import { allocationJson } from './allocation-json';
import { UsageError } from './errors';

const t = createTranslator('en');

export function presetsText(): string {
	const width = Math.max(...PRESETS.map((p) => p.id.length));
	return (
		PRESETS.map(
			(p) =>
				`${p.id.padEnd(width)}  ${t(`preset.${p.id}.name` as MessageKey)}: ${t(`preset.${p.id}.description` as MessageKey)}`
		).join('\n') + '\n'
	);
}

/** Reads the simulate arguments into a validated scenario. */
export function parseSimulateArgs(
	argv: readonly string[],
	readFile: (path: string) => string
): Scenario {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			options: { preset: { type: 'string' }, set: { type: 'string', multiple: true } },
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		throw new UsageError(message.replace(/^Unknown option '([^']+)'.*/, 'unknown option $1'));
	}
	const { values, positionals } = parsed;
	if (positionals.length > 1) throw new UsageError('give at most one scenario file');
	if (positionals.length === 1 && values.preset !== undefined) {
		throw new UsageError('give either --preset or a scenario file, not both');
	}

	let scenario: Scenario;
	if (positionals.length === 1) {
		const path = positionals[0]!;
		let text: string;
		try {
			text = readFile(path);
		} catch {
			throw new UsageError(`cannot read the scenario file "${path}"`);
		}
		let json: unknown;
		try {
			// A byte-order mark, as some editors write, is not part of the JSON (the web import
			// accepts it too).
			json = JSON.parse(text.replace(/^\uFEFF/, ''));
		} catch {
			throw new UsageError(`${path} is not valid JSON`);
		}
		const checked = checkScenario(json);
		if (!checked.ok) throw new UsageError(`${path}: ${checked.error}`);
		scenario = checked.scenario;
	} else if (values.preset !== undefined) {
		const preset = findPreset(values.preset);
		if (!preset) {
			throw new UsageError(
				`unknown preset "${values.preset}"; presets are ${PRESETS.map((p) => p.id).join(', ')}`
			);
		}
		scenario = preset.scenario;
	} else {
		scenario = DEFAULT_PRESET.scenario;
	}

	for (const assignment of values.set ?? []) {
		try {
			scenario = applySet(scenario, assignment);
		} catch (error) {
			if (error instanceof SetError) throw new UsageError(`--set ${error.message}`);
			throw error;
		}
	}
	const checked = checkScenario(scenario);
	if (!checked.ok) throw new UsageError(`--set: ${checked.error}`);
	return checked.scenario;
}

function chamberJson(chamber: Chamber) {
	return {
		source: chamber.districtSource,
		houseSize: chamber.houseSize,
		appointed: chamber.appointed,
		unfilledSeats: chamber.unfilledSeats,
		parties: chamber.parties.map((p) => ({
			id: p.id,
			onBallot: p.onBallot,
			votes: p.votes,
			votePercent: round(p.votePercent, 2),
			listSeats: p.listSeats,
			districtSeats: p.districtSeats,
			seats: p.seats,
			seatPercent: round(p.seatPercent, 2)
		})),
		independents: chamber.independents,
		majorities: chamber.majorities,
		metrics: Object.fromEntries(Object.entries(chamber.metrics).map(([k, v]) => [k, round(v, 3)])),
		votes: {
			valid: chamber.count.valid,
			againstAll: chamber.count.againstAll,
			invalid: chamber.count.invalid,
			ballots: chamber.count.ballots,
			turnout: round(chamber.count.turnout, 2),
			transfers: chamber.count.transfers
		},
		entitlement: chamber.entitlement,
		overhang: chamber.overhang,
		listTier: chamber.allocation ? allocationJson(chamber.allocation) : null,
		districts: chamber.districts.map((d) => ({
			number: d.number,
			region: d.region,
			winner: d.candidates[d.winner],
			winnerVotes: d.votes[d.winner],
			runnerUp: d.runnerUp === null ? null : d.candidates[d.runnerUp],
			margin: d.margin,
			valid: d.valid,
			tied: d.tied
		}))
	};
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function simulationJson(result: SimulationResult) {
	const { reported } = result;
	return {
		totalSeats: result.totalSeats,
		listSeats: result.listSeats,
		districtSeats: result.districtSeats,
		appointedSeats: result.appointedSeats,
		...chamberJson(reported),
		ballotAccess: {
			parties: result.access,
			selfNominatedPerDistrict: round(result.selfNominatedPerDistrict, 2)
		},
		adjusted: result.adjusted ? { hypothetical: true, ...chamberJson(result.adjusted) } : null
	};
}

export function simulateCommand(
	argv: readonly string[],
	readFile: (path: string) => string
): string {
	return (
		JSON.stringify(simulationJson(runScenario(parseSimulateArgs(argv, readFile))), null, 2) + '\n'
	);
}
