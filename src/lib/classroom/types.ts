/**
 * Exercises for the classroom: typed data, one file per built-in exercise (exercises/*.ts), the
 * same shape for exercises a teacher makes and shares as a link. Built-in exercises keep their
 * words in the message catalogue (en/exercises.json, keys `exercise.<id>.…`); a teacher's own
 * exercise carries its words in the data (`text`), as a teacher writes them.
 */

export type Level = 'school' | 'university';
/** Every topic, in the order exercise links number them (exercise-link.ts): append, never reorder. */
export const TOPIC_IDS = [
	'threshold',
	'formula',
	'mixed',
	'barriers',
	'turnout',
	'history',
	'integrity'
] as const;
export type Topic = (typeof TOPIC_IDS)[number];

/** Controls a student may move in an exercise; the rest are locked. Names are `--set` keys. */
export type ControlId =
	| 'preset'
	| 'threshold'
	| 'thresholdBase'
	| 'method'
	| 'secondParty'
	| 'totalSeats'
	| 'districtSeats'
	| 'mixed'
	| 'overhang'
	| 'turnout'
	| 'support'
	| 'access'
	| 'offBallotVoters'
	| 'integrity';

/** Every control, in the order the simulator shows them. */
export const CONTROL_IDS = [
	'preset',
	'threshold',
	'thresholdBase',
	'method',
	'secondParty',
	'totalSeats',
	'districtSeats',
	'mixed',
	'overhang',
	'turnout',
	'support',
	'access',
	'offBallotVoters',
	'integrity'
] as const satisfies readonly ControlId[];

/** What a goal can ask of the chamber; combine with and / or. */
export type Goal =
	| { readonly kind: 'seats-at-least'; readonly party: string; readonly seats: number }
	| { readonly kind: 'seats-at-most'; readonly party: string; readonly seats: number }
	| { readonly kind: 'in-chamber'; readonly party: string }
	| { readonly kind: 'not-in-chamber'; readonly party: string }
	| { readonly kind: 'below-majority'; readonly party: string }
	| {
			readonly kind: 'reaches-line';
			readonly party: string;
			readonly line: 'majority' | 'two-thirds' | 'three-quarters';
	  }
	| { readonly kind: 'parties-in-chamber'; readonly count: number }
	| { readonly kind: 'gallagher-below'; readonly value: number }
	/**
	 * A setting the student leaves the scenario at, as its control shows it (a threshold in %,
	 * a party's support as a share of the 2023 valid vote, seats, members), between min and max
	 * inclusive, counted in the control's steps so that 2.3 and 2.29999 are the same step.
	 */
	| {
			readonly kind: 'setting-range';
			readonly setting: string;
			readonly min: number;
			readonly max: number;
			readonly step: number;
	  }
	/** The student's answer to question `question` (from 1), read as a number, in [min, max]. */
	| {
			readonly kind: 'answer-range';
			readonly question: number;
			readonly min: number;
			readonly max: number;
	  }
	| { readonly kind: 'all'; readonly goals: readonly Goal[] }
	| { readonly kind: 'any'; readonly goals: readonly Goal[] };

/** The words of a teacher-made exercise; built-in exercises use the catalogue instead. */
export interface ExerciseText {
	readonly title: string;
	readonly learningGoal: string;
	readonly task: string;
	readonly hints: readonly string[];
	readonly questions: readonly string[];
	readonly answer: string;
}

export interface Exercise {
	readonly id: string;
	readonly level: Level;
	readonly topic: Topic;
	readonly minutes: number;
	/** Where the student starts: a preset and `--set` changes to it. */
	readonly start: { readonly preset: string; readonly set: readonly string[] };
	readonly unlocked: readonly ControlId[];
	readonly goal: Goal;
	/** Number of hints and reflection questions (their words are in the catalogue or `text`). */
	readonly hintCount: number;
	readonly questionCount: number;
	/** Source ids behind the exercise's figures (src/lib/data/sources.ts). */
	readonly sources: readonly string[];
	/** Present for a teacher's own exercise; absent for a built-in one. */
	readonly text?: ExerciseText;
	/**
	 * `--set` changes to the start that meet the goal, for the teacher's page (the expected
	 * chamber). A built-in exercise keeps it in its file (exercises/index.ts SOLUTIONS); a
	 * teacher's link carries it, the students' link does not.
	 */
	readonly solution?: readonly string[];
}

/** How far a chamber is from a goal. */
export interface GoalCheck {
	readonly met: boolean;
	/** One entry per simple condition, in order, for a checklist. */
	readonly parts: readonly GoalPart[];
}

export interface GoalPart {
	readonly goal: Goal;
	readonly met: boolean;
	/** The number the condition looks at (seats, parties, index) in the current chamber. */
	readonly actual: number;
	/** The number it needs (the least, for a range). */
	readonly target: number;
	/** The most a range accepts. */
	readonly upTo?: number;
	/**
	 * A condition about the student's own choice (a setting range or a numeric answer): the
	 * student's page does not check it live or state its range, which would give the answer away;
	 * it is checked when the student finishes, and the teacher's view shows it in full.
	 */
	readonly atTheEnd: boolean;
}
