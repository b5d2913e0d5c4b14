/**
 * The words of an exercise: a built-in one's from the message catalogue, a teacher's own from
 * the exercise itself. Pages show them as text, never as HTML.
 */
import type { MessageKey, Translate } from '../i18n/translate';
import type { Exercise, ExerciseText, Goal } from './types';

export function exerciseWords(exercise: Exercise, t: Translate): ExerciseText {
	if (exercise.text) return exercise.text;
	const key = (part: string) => `exercise.${exercise.id}.${part}` as MessageKey;
	return {
		title: t(key('title')),
		learningGoal: t(key('learningGoal')),
		task: t(key('task')),
		hints: Array.from({ length: exercise.hintCount }, (_, i) => t(key(`hint.${i + 1}`))),
		questions: Array.from({ length: exercise.questionCount }, (_, i) =>
			t(key(`question.${i + 1}`))
		),
		// Read only on the teacher's pages, which alone load the answer key (exercises-key.json).
		get answer() {
			return t(key('answer'));
		}
	};
}

/** The label of a setting a goal ranges over, as its control names it. */
export function settingLabel(
	setting: string,
	t: Translate,
	partyName: (id: string) => string
): string {
	if (setting.startsWith('support.')) {
		return t('classroom.goal.support', { party: partyName(setting.slice('support.'.length)) });
	}
	const key = CONTROL_KEYS[setting];
	return key ? t(key) : setting;
}

const CONTROL_KEYS: Readonly<Record<string, MessageKey>> = {
	threshold: 'controls.threshold',
	districtSeats: 'controls.districtSeats',
	totalSeats: 'controls.totalSeats',
	turnout: 'controls.turnout',
	partyMembers: 'controls.partyMembers',
	branchMembers: 'controls.branchMembers',
	foundingGroup: 'controls.foundingGroup',
	observerCoverage: 'controls.integrity.coverage',
	inflation: 'controls.integrity.inflation'
};

/**
 * One simple goal condition in words, e.g. "Amanat has at least 66 seats". For a student
 * (`view` 'student'), a condition about the student's own choice is named without its range,
 * which would be the answer.
 */
export function goalWords(
	goal: Goal,
	t: Translate,
	partyName: (id: string) => string,
	view: 'student' | 'teacher' = 'teacher'
): string {
	switch (goal.kind) {
		case 'setting-range': {
			const setting = settingLabel(goal.setting, t, partyName);
			return view === 'student'
				? t('classroom.goal.setting-hidden', { setting })
				: t('classroom.goal.setting-range', { setting, min: goal.min, max: goal.max });
		}
		case 'answer-range':
			return view === 'student'
				? t('classroom.goal.answer-hidden', { question: goal.question })
				: t('classroom.goal.answer-range', {
						question: goal.question,
						min: goal.min,
						max: goal.max
					});
		case 'seats-at-least':
		case 'seats-at-most':
			return t(`classroom.goal.${goal.kind}`, { party: partyName(goal.party), seats: goal.seats });
		case 'in-chamber':
		case 'not-in-chamber':
		case 'below-majority':
			return t(`classroom.goal.${goal.kind}`, { party: partyName(goal.party) });
		case 'reaches-line':
			return t('classroom.goal.reaches-line', {
				party: partyName(goal.party),
				line: {
					majority: 'majority',
					'two-thirds': 'twoThirds',
					'three-quarters': 'threeQuarters'
				}[goal.line]
			});
		case 'parties-in-chamber':
			return t('classroom.goal.parties-in-chamber', { count: goal.count });
		case 'gallagher-below':
			return t('classroom.goal.gallagher-below', { value: goal.value });
		case 'all':
			return t('classroom.goal.all');
		case 'any':
			return t('classroom.goal.any');
	}
}
