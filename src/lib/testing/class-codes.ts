/**
 * A class's submission codes for tests and screenshots of the collect page, made with the app's
 * own encoder: one place to follow if the code format changes. Thirty students did the Baytaq
 * exercise with thresholds between 2 % and 5 % (those at 2.3 % or below met its goal); a few did
 * the D'Hondt exercise too. Their reflection answers are in words, so a short code carries none
 * of them: they travel in each student's written-answers code (the teacher asked for them), which
 * classCodes pastes after the student's code, as a class would hand in both.
 */
import { SCENARIO_2023 } from '../scenario/defaults';
import { applySet } from '../scenario/set';
import {
	newSubmission,
	submissionToCode,
	writtenCodeOf,
	type Submission
} from '../classroom/submission';

export const CLASS_NAMES = [
	'Aigerim S.',
	'Bolat K.',
	'Dana M.',
	'Erlan T.',
	'Gulnara A.',
	'Daniyar O.',
	'Zhanna B.',
	'Yerlan N.',
	'Madina R.',
	'Nurlan Zh.',
	'Aruzhan T.',
	'Timur S.',
	'Kamila D.',
	'Askar U.',
	'Saule I.',
	'Arman Zh.',
	'Dilnaz K.',
	'Ruslan B.',
	'Ainur S.',
	'Olzhas M.',
	'Tomiris A.',
	'Sanzhar E.',
	'Assel N.',
	'Marat Y.',
	'Zarina O.',
	'Alikhan T.',
	'Inkar B.',
	'Dias K.',
	'Aliya M.',
	'Nursultan A.'
] as const;

/** Thresholds the students ended at, in turn: the goal (Baytaq sits) is met at 2.3 % or below. */
const THRESHOLDS = ['2.3', '2.3', '2.4', '2', '2.3', '5', '2.3', '1', '2.3', '3'] as const;

const ANSWERS = [
	[
		'Amanat gave up one list seat, because it had the largest remainder to lose.',
		'It keeps very small lists out; the cost is that 146,431 votes elected nobody.'
	],
	['Amanat. The quota went up and Amanat lost its last seat.', ''],
	['=HYPERLINK("http://example.com")', 'Stability, but some voters are not represented.']
] as const;

function baytaqSubmission(name: string, threshold: string, minute: number): Submission {
	const met = Number(threshold) <= 2.3;
	return newSubmission({
		exerciseId: 'baytaq-threshold',
		exerciseTitle: 'How low would the threshold have to go for Baytaq?',
		studentName: name,
		goalMet: met,
		hintsUsed: minute % 3,
		answers: [...ANSWERS[minute % ANSWERS.length]!],
		scenario: applySet(SCENARIO_2023, `threshold=${threshold}`),
		presetId: '2023',
		finishedAt: new Date(Date.UTC(2026, 10, 30, 9, minute))
	});
}

/** A student's short code for the Baytaq exercise: the settings and the goal, no words. */
export function baytaqCode(name: string, threshold: string, minute = 0): string {
	return submissionToCode(baytaqSubmission(name, threshold, minute));
}

/** A student's short code for the Baytaq exercise, then their written-answers code. */
export function baytaqCodes(name: string, threshold: string, minute = 0): string[] {
	const submission = baytaqSubmission(name, threshold, minute);
	return [submissionToCode(submission), writtenCodeOf(submission) ?? []].flat();
}

export function dhondtCode(name: string, method: string, minute = 0): string {
	return submissionToCode(
		newSubmission({
			exerciseId: 'dhondt-hare',
			exerciseTitle: 'D’Hondt against Hare',
			studentName: name,
			goalMet: method === 'dhondt',
			hintsUsed: 0,
			answers: ['Larger parties gain under D’Hondt.'],
			scenario: applySet(SCENARIO_2023, `method=${method}`),
			presetId: '2023',
			finishedAt: new Date(Date.UTC(2026, 10, 30, 10, minute))
		})
	);
}

/**
 * The class: each student's Baytaq code and written-answers code, in order; `students` of them
 * (at most 30).
 */
export function classCodes(students: number = CLASS_NAMES.length): string[] {
	return CLASS_NAMES.slice(0, students).flatMap((name, i) =>
		baytaqCodes(name, THRESHOLDS[i % THRESHOLDS.length]!, i)
	);
}
