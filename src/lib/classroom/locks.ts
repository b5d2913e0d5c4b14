/**
 * Which control moves which `--set` key, so that progress restored from storage (which anyone
 * can edit in the browser's tools) cannot set a control the exercise keeps locked.
 */
import { readSetKey, applySet, PARTY_KEYS, SET_KEYS, SetError } from '../scenario/set';
import { checkScenario } from '../scenario/schema';
import type { Scenario } from '../scenario/types';
import type { ControlId } from './types';

const CONTROL_OF_KEY: ReadonlyMap<string, ControlId> = new Map<string, ControlId>([
	['totalSeats', 'totalSeats'],
	['districtSeats', 'districtSeats'],
	['mixed', 'mixed'],
	['overhang', 'overhang'],
	['method', 'method'],
	['threshold', 'threshold'],
	['thresholdBase', 'thresholdBase'],
	['secondParty', 'secondParty'],
	['turnout', 'turnout'],
	['againstAll', 'support'],
	['partyMembers', 'access'],
	['branchMembers', 'access'],
	['branchRegions', 'access'],
	['foundingGroup', 'access'],
	['inPersonCongress', 'access'],
	['administrativeRefusals', 'access'],
	['candidateDeposit', 'access'],
	['candidateRefusals', 'access'],
	['candidateSignatures', 'access'],
	['offBallotVoters', 'offBallotVoters'],
	['offBallotTarget', 'offBallotVoters'],
	['integrity', 'integrity'],
	['observerCoverage', 'integrity'],
	['inflation', 'integrity'],
	['integrityParty', 'integrity']
]);

/** Party keys: support.x by the support sliders, the capacities by the access controls. */
const CONTROL_OF_PARTY_KEY: ReadonlyMap<string, ControlId> = new Map<string, ControlId>([
	['support', 'support'],
	['members', 'access'],
	['regions', 'access'],
	['inPerson', 'access'],
	['refused', 'access']
]);

/** The control that moves a key, or null for keys no control moves (always locked). */
export function controlOf(key: string): ControlId | null {
	const direct = CONTROL_OF_KEY.get(key);
	if (direct) return direct;
	return CONTROL_OF_PARTY_KEY.get(key.split('.')[0] ?? '') ?? null;
}

/**
 * The restored scenario with every locked field put back to the start's value: only what an
 * unlocked control could have changed is taken. The house-size control may lower the district
 * seats with it (SeatControls keeps districts within the house). Returns the keys put back.
 */
export function enforceLocks(
	start: Scenario,
	restored: Scenario,
	unlocked: readonly ControlId[]
): { scenario: Scenario; reverted: string[] } {
	const open = new Set<ControlId>(unlocked);
	const keys = [
		...Object.keys(SET_KEYS),
		...start.parties.flatMap((p) => Object.keys(PARTY_KEYS).map((kind) => `${kind}.${p.id}`))
	];
	let scenario = start;
	const reverted: string[] = [];
	for (const key of keys) {
		const value = readSetKey(restored, key);
		if (value === undefined || value === readSetKey(start, key)) continue;
		const control = controlOf(key);
		const followsHouse =
			key === 'districtSeats' &&
			open.has('totalSeats') &&
			restored.districtSeats === Math.min(start.districtSeats, restored.totalSeats);
		if ((control && open.has(control)) || followsHouse) {
			try {
				scenario = applySet(scenario, `${key}=${value}`);
			} catch (error) {
				if (!(error instanceof SetError)) throw error;
				reverted.push(key);
			}
		} else reverted.push(key);
	}
	if (!checkScenario(scenario).ok) return { scenario: start, reverted: keys };
	return { scenario, reverted };
}
