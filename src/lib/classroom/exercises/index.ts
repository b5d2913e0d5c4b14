/**
 * The built-in exercises, one file each, in the order a class might take them: thresholds first,
 * then formulas, barriers, history, turnout, mixed systems and the hypothetical integrity lens.
 * Their words are in the catalogue (en/exercises.json, keys `exercise.<id>.…`).
 */
import type { Exercise } from '../types';
import * as againstAllBase from './against-all-base';
import * as baytaqThreshold from './baytaq-threshold';
import * as dhondtHare from './dhondt-hare';
import * as integrityHypothetical from './integrity-hypothetical';
import * as listDistrictSplit from './list-district-split';
import * as membersBarrier from './members-barrier';
import * as onePartyTwoThousandSeven from './one-party-2007';
import * as parallelCompensatory from './parallel-compensatory';
import * as sevenPercent from './seven-percent-2023';
import * as socialDemocratsLine from './social-democrats-line';
import * as turnoutMandate from './turnout-mandate';
import * as unregisteredOpposition from './unregistered-opposition';

const MODULES = [
	baytaqThreshold,
	socialDemocratsLine,
	againstAllBase,
	dhondtHare,
	membersBarrier,
	unregisteredOpposition,
	onePartyTwoThousandSeven,
	sevenPercent,
	turnoutMandate,
	listDistrictSplit,
	parallelCompensatory,
	integrityHypothetical
] as const;

export const EXERCISES: readonly Exercise[] = MODULES.map((m) => m.exercise);

/** Each built-in exercise's recorded solution (`--set` changes to its start), by id. */
export const SOLUTIONS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	MODULES.map((m) => [m.exercise.id, m.solution])
);

export function findExercise(id: string): Exercise | undefined {
	return EXERCISES.find((e) => e.id === id);
}
