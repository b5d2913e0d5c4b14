/**
 * Checking an exercise's goal against a chamber, and the scenario an exercise starts from. Pure:
 * the page calls `checkGoal` on every result, so it does no more than read the chamber.
 */
import type { Chamber, SimulationResult } from '../scenario/simulate';
import { findPreset } from '../scenario/presets';
import { applySet, readSetKey } from '../scenario/set';
import { supportShare } from '../scenario/support';
import type { Scenario } from '../scenario/types';
import type { Exercise, Goal, GoalCheck, GoalPart } from './types';

/**
 * The id a goal may use for the self-nominated winners, as a group; it is not a party, so
 * 'parties-in-chamber' never counts it.
 */
export const SELF_NOMINATED = 'independent';

type SimpleGoal = Exclude<Goal, { kind: 'all' } | { kind: 'any' }>;

/**
 * What a goal is checked against besides the chamber: the scenario the student left (for a
 * setting range) and the student's answers (for a numeric answer). Without them, such a
 * condition is not met.
 */
export interface GoalSituation {
	readonly scenario?: Scenario;
	readonly answers?: readonly string[];
	/**
	 * Count the conditions checked at the end as met: the student's page uses this for its
	 * live status before the student finishes, so that it neither gives away nor denies them.
	 */
	readonly endPartsAsMet?: boolean;
}

/** Whether a condition is about the student's own choice, checked only when they finish. */
export const checkedAtTheEnd = (goal: Goal): boolean =>
	goal.kind === 'setting-range' || goal.kind === 'answer-range';

/**
 * The settings a teacher's goal may range over, with the step of the control that moves each
 * (components/controls/*), so that the range is counted in the same steps as the slider.
 */
export const SETTING_STEPS: Readonly<Record<string, number>> = {
	threshold: 0.1,
	districtSeats: 1,
	totalSeats: 1,
	turnout: 0.1,
	partyMembers: 500,
	branchMembers: 50,
	foundingGroup: 50,
	observerCoverage: 1,
	inflation: 1
};

/**
 * A setting as its control shows it: `support.<party>` as a share (%) of the vote the support
 * sliders are counted on; any other `--set` key as its number. Undefined for a key that is not a
 * number (a choice such as `method`) or a party the scenario lacks; an absent hypothetical
 * list has no support (0 %).
 */
export function settingValue(scenario: Scenario, setting: string): number | undefined {
	if (setting.startsWith('support.')) {
		const id = setting.slice('support.'.length);
		return supportShare(scenario, id);
	}
	const text = readSetKey(scenario, setting);
	if (text === undefined || text.trim() === '') return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value : undefined;
}

/**
 * A typed answer read as a number, or undefined. Spaces, a trailing % and the unit-free forms
 * people write are accepted: "2.3", "2,3", "2.3 %", "146 431", "146,431". A comma is a decimal
 * comma unless it groups thousands ("146,431", "1,000,000"), as in Russian and Kazakh.
 */
export function answerNumber(text: string): number | undefined {
	let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
	if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replaceAll(',', '');
	else if (!t.includes('.')) t = t.replace(',', '.');
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

function seatsOf(chamber: Chamber, party: string): number {
	if (party === SELF_NOMINATED) return chamber.independents;
	return chamber.parties.find((p) => p.id === party)?.seats ?? 0;
}

/** Seats needed for a line, from the chamber's own majorities (they follow the house size). */
function lineSeats(chamber: Chamber, line: 'majority' | 'two-thirds' | 'three-quarters'): number {
	const found = chamber.majorities.find((m) => m.name === line);
	// Every chamber lists all three lines; the fallback only keeps the function total.
	return found ? found.seats : Math.floor(chamber.houseSize / 2) + 1;
}

/**
 * One simple condition. `actual` is what the chamber has and `target` what the condition needs:
 * - seats-at-least: seats ≥ target; seats-at-most: seats ≤ target;
 * - in-chamber: seats ≥ 1; not-in-chamber: seats ≤ 0;
 * - below-majority: seats ≤ target, the majority line less one;
 * - reaches-line: seats ≥ the line;
 * - parties-in-chamber: parties with a seat = target (self-nominated winners are not a party);
 * - gallagher-below: index < target (strictly);
 * - setting-range: min ≤ setting ≤ max, counted in whole steps of the control;
 * - answer-range: min ≤ the answer read as a number ≤ max (NaN when it is not a number).
 */
function checkSimple(goal: SimpleGoal, chamber: Chamber, situation: GoalSituation): GoalPart {
	const part = (actual: number, target: number, met: boolean): GoalPart => ({
		goal,
		met,
		actual,
		target,
		atTheEnd: false
	});
	switch (goal.kind) {
		case 'seats-at-least': {
			const seats = seatsOf(chamber, goal.party);
			return part(seats, goal.seats, seats >= goal.seats);
		}
		case 'seats-at-most': {
			const seats = seatsOf(chamber, goal.party);
			return part(seats, goal.seats, seats <= goal.seats);
		}
		case 'in-chamber': {
			const seats = seatsOf(chamber, goal.party);
			return part(seats, 1, seats >= 1);
		}
		case 'not-in-chamber': {
			const seats = seatsOf(chamber, goal.party);
			return part(seats, 0, seats === 0);
		}
		case 'below-majority': {
			const seats = seatsOf(chamber, goal.party);
			const most = lineSeats(chamber, 'majority') - 1;
			return part(seats, most, seats <= most);
		}
		case 'reaches-line': {
			const seats = seatsOf(chamber, goal.party);
			const line = lineSeats(chamber, goal.line);
			return part(seats, line, seats >= line);
		}
		case 'parties-in-chamber': {
			const count = chamber.parties.filter((p) => p.seats > 0).length;
			return part(count, goal.count, count === goal.count);
		}
		case 'gallagher-below': {
			const index = chamber.metrics.gallagher;
			return part(index, goal.value, index < goal.value);
		}
		case 'setting-range': {
			const value = situation.scenario && settingValue(situation.scenario, goal.setting);
			const steps = (x: number) => Math.round(x / goal.step);
			const met =
				situation.endPartsAsMet === true ||
				(value !== undefined && steps(value) >= steps(goal.min) && steps(value) <= steps(goal.max));
			return { ...part(value ?? NaN, goal.min, met), upTo: goal.max, atTheEnd: true };
		}
		case 'answer-range': {
			const value = answerNumber(situation.answers?.[goal.question - 1] ?? '');
			const met =
				situation.endPartsAsMet === true ||
				(value !== undefined && value >= goal.min && value <= goal.max);
			return { ...part(value ?? NaN, goal.min, met), upTo: goal.max, atTheEnd: true };
		}
	}
}

/**
 * Whether a chamber meets a goal, with every simple condition in order (depth first) for a
 * checklist. 'all' of nothing is met; 'any' of nothing is not.
 */
export function checkGoal(goal: Goal, chamber: Chamber, situation: GoalSituation = {}): GoalCheck {
	if (goal.kind === 'all' || goal.kind === 'any') {
		const checks = goal.goals.map((g) => checkGoal(g, chamber, situation));
		const met = goal.kind === 'all' ? checks.every((c) => c.met) : checks.some((c) => c.met);
		return { met, parts: checks.flatMap((c) => c.parts) };
	}
	const part = checkSimple(goal, chamber, situation);
	return { met: part.met, parts: [part] };
}

/**
 * The chamber a goal is checked against: with the hypothetical integrity lens on, the adjusted
 * chamber (the one its controls move); otherwise the chamber the votes give.
 */
export function goalChamber(result: SimulationResult): Chamber {
	return result.adjusted ?? result.reported;
}

/** The scenario an exercise starts from: its preset with each `start.set` applied in order. */
export function startScenario(exercise: Pick<Exercise, 'id' | 'start'>): Scenario {
	const preset = findPreset(exercise.start.preset);
	if (!preset) {
		throw new Error(`exercise ${exercise.id}: no preset "${exercise.start.preset}"`);
	}
	return exercise.start.set.reduce(applySet, preset.scenario);
}
