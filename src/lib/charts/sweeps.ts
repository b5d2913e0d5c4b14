/**
 * The data behind the sensitivity charts: the chamber at many values of one setting, as plain
 * arrays. Kept cheap enough to recompute on every change of a control within one animation frame:
 * the threshold sweep polls once (sweepThreshold, 151 points); the district sweep reruns the
 * scenario at about 25 values.
 */
import {
	simulate,
	sweepThreshold,
	type Chamber,
	type ChamberSeats,
	type SimulationResult
} from '../scenario/simulate';
import { INDEPENDENT } from '../i18n/format';
import { officialDistrictsFor } from '../scenario/presets';
import type { Scenario } from '../scenario/types';
import { drawingOrder } from './style';

/** The chamber at one value of the swept setting. */
export interface SweepPoint {
	/** The setting: a threshold in percent, or a number of district seats. */
	readonly value: number;
	/** Total seats (list + district) by id; self-nominated winners under INDEPENDENT. */
	readonly seats: Readonly<Record<string, number>>;
	readonly houseSize: number;
}

export interface Sweep {
	/** Sorted by value; one of them is the scenario's own setting. */
	readonly points: readonly SweepPoint[];
	/** The scenario's own setting. */
	readonly current: number;
	/** Ids that hold a seat at some point, parties in scenario order, self-nominated last. */
	readonly ids: readonly string[];
}

/** Thresholds from 0 % to 15 % in tenths. */
export const THRESHOLD_RANGE = { from: 0, to: 15, step: 0.1 } as const;

/** About this many intervals between 0 and the whole house in the district sweep. */
export const DISTRICT_INTERVALS = 24;

function pointOf(value: number, chamber: Chamber): SweepPoint {
	const seats: Record<string, number> = {};
	for (const party of chamber.parties) seats[party.id] = party.seats;
	seats[INDEPENDENT] = chamber.independents;
	return { value, seats, houseSize: chamber.houseSize };
}

/** The same from a chamber's seats alone (simulate without the working). */
function pointOfSeats(value: number, chamber: ChamberSeats): SweepPoint {
	return {
		value,
		seats: { ...chamber.seats, [INDEPENDENT]: chamber.independents },
		houseSize: chamber.houseSize
	};
}

function sweepOf(scenario: Scenario, points: SweepPoint[], current: number): Sweep {
	const held = new Set<string>();
	for (const point of points) {
		for (const [id, seats] of Object.entries(point.seats)) if (seats > 0) held.add(id);
	}
	return { points, current, ids: drawingOrder(scenario, held) };
}

/** Sorted distinct values, with `extra` added. */
function withValue(values: readonly number[], extra: number): number[] {
	return [...new Set([...values, extra])].sort((a, b) => a - b);
}

/** The threshold grid: 0, 0.1, … 15 (exact tenths, not accumulated floats) plus `current`. */
export function thresholdGrid(current: number): number[] {
	const { from, to, step } = THRESHOLD_RANGE;
	const count = Math.round((to - from) / step);
	const grid = Array.from({ length: count + 1 }, (_, i) => (from * 10 + i) / 10);
	return withValue(grid, current);
}

/** District seat counts 0, step, 2·step, … plus the whole house and `current`. */
export function districtGrid(totalSeats: number, current: number): number[] {
	const step = Math.max(1, Math.ceil(totalSeats / DISTRICT_INTERVALS));
	const grid = Array.from({ length: Math.floor(totalSeats / step) + 1 }, (_, i) => i * step);
	return withValue([...grid, totalSeats], current);
}

/**
 * Total seats of each party as the list threshold goes from 0 % to 15 %, the scenario's own
 * threshold included. Votes and district winners do not depend on the threshold, so the official
 * district result stays in place wherever the scenario had it.
 */
export function thresholdSweep(scenario: Scenario): Sweep {
	// Dragging the threshold changes nothing but the marker: reuse the last sweep's points when
	// everything else, and the grid, are the same.
	const grid = thresholdGrid(scenario.list.threshold);
	const key = JSON.stringify([{ ...scenario, list: { ...scenario.list, threshold: null } }, grid]);
	let points = lastThresholdSweep?.key === key ? lastThresholdSweep.points : null;
	if (!points) {
		const chambers = sweepThreshold(scenario, grid, officialDistrictsFor(scenario));
		points = chambers.map((chamber, i) => pointOf(grid[i]!, chamber));
		lastThresholdSweep = { key, points };
	}
	return sweepOf(scenario, points, scenario.list.threshold);
}

let lastThresholdSweep: { key: string; points: SweepPoint[] } | null = null;

/**
 * Total seats of each party, and of self-nominated winners, as the district seats go from 0 to the
 * whole house (list seats are the rest). Away from the scenario's own value the district races are
 * the model's; `current`, if given, is reused for the scenario's own value.
 */
export function districtSweep(scenario: Scenario, current?: SimulationResult): Sweep {
	const grid = districtGrid(scenario.totalSeats, scenario.districtSeats);
	const points = grid.map((districtSeats) => {
		if (districtSeats === scenario.districtSeats && current) {
			return pointOf(districtSeats, current.reported);
		}
		// Only the seats are drawn: the fast exact path, without each district's working.
		const s = { ...scenario, districtSeats };
		return pointOfSeats(
			districtSeats,
			simulate(s, officialDistrictsFor(s), { working: false }).reported
		);
	});
	return sweepOf(scenario, points, scenario.districtSeats);
}
