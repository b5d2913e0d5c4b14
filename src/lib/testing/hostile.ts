/**
 * Inputs a mischievous user tries, shared by the hardening tests (issue 13): names that are
 * properties of every plain JavaScript object. Each must be an ordinary name or refused with a
 * clear message, never a way into Object.prototype.
 */
export const PROTOTYPE_NAMES = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'isPrototypeOf',
	'__defineGetter__',
	'__defineSetter__',
	'propertyIsEnumerable',
	'toLocaleString'
] as const;

/** A small valid teacher's exercise; tests change one field of it to make it hostile. */
export const TEACHER_EXERCISE = {
	id: 'teacher',
	level: 'school',
	topic: 'threshold',
	minutes: 10,
	start: { preset: '2023', set: ['threshold=7'] },
	unlocked: ['threshold'],
	goal: { kind: 'in-chamber', party: 'amanat' },
	hintCount: 0,
	questionCount: 0,
	sources: [],
	text: {
		title: 'A test',
		learningGoal: 'L',
		task: 'Move it',
		hints: [],
		questions: [],
		answer: 'A'
	}
} as const;
