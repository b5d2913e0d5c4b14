/**
 * The built-in exercises, one file each, in the order a class might take them: thresholds first,
 * then formulas, barriers, history, turnout, mixed systems and the hypothetical integrity lens.
 * Their words are in the catalogue (en/exercises.json, keys `exercise.<id>.…`), their answer keys
 * apart (en/exercises-key.json) and their solutions apart (./solutions.ts): a student's pages
 * load neither, only the teacher's do (a test scans the build for them).
 */
import type { Exercise } from '../types';
import { exercise as againstAllBase } from './against-all-base';
import { exercise as baytaqThreshold } from './baytaq-threshold';
import { exercise as dhondtHare } from './dhondt-hare';
import { exercise as integrityHypothetical } from './integrity-hypothetical';
import { exercise as listDistrictSplit } from './list-district-split';
import { exercise as membersBarrier } from './members-barrier';
import { exercise as onePartyTwoThousandSeven } from './one-party-2007';
import { exercise as parallelCompensatory } from './parallel-compensatory';
import { exercise as sevenPercent } from './seven-percent-2023';
import { exercise as socialDemocratsLine } from './social-democrats-line';
import { exercise as turnoutMandate } from './turnout-mandate';
import { exercise as unregisteredOpposition } from './unregistered-opposition';

export const EXERCISES: readonly Exercise[] = [
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
];

export function findExercise(id: string): Exercise | undefined {
	return EXERCISES.find((e) => e.id === id);
}
