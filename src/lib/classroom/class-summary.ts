/**
 * The class on the collect page, as data: the codes of one student for one exercise merged (the
 * latest kept), then one group per exercise with who met its goal, the settings the students
 * chose, the seats of each party over their chambers beside the official result of the
 * exercise's election, and the answers to each question. Pure: no strings for people (the page
 * and the CSV label everything from the catalogue). Runs in the collect page's worker, so that
 * a class of thousands never blocks the page.
 */
import { officialElection } from '../data/elections';
import { csvCell } from '../export/csv';
import type { Chamber } from '../scenario/simulate';
import { runScenario } from '../scenario/run';
import { readSetKey } from '../scenario/set';
import { supportShare } from '../scenario/support';
import { urlKey, type UrlState } from '../scenario/url';
import { decodeUrl } from '../scenario/url-decode';
import type { Submission } from './submission';

/** The self-nominated winners' row, as in the rest of the app (i18n/format.ts INDEPENDENT). */
export const INDEPENDENTS = 'independent';

export interface Spread {
	readonly min: number;
	readonly median: number;
	readonly max: number;
}

export interface SettingSpread {
	/** `preset`, or a `--set` key such as `threshold`, `districtSeats`, `support.amanat`. */
	readonly key: string;
	/** Each value chosen, most chosen first; a student who kept the preset's value counts too. */
	readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** One party's seats over the students' chambers that have it, for the table and the chart. */
export interface PartySeats extends Spread {
	/** A party id, or INDEPENDENTS for the self-nominated winners. */
	readonly party: string;
	/** How many chambers gave it each number of seats, fewest seats first. */
	readonly counts: readonly { readonly seats: number; readonly students: number }[];
	/** Its seats in the official result of the group's election; null where it has none to compare. */
	readonly official: number | null;
}

/** The answers to one question (from 1), in the order the codes were added; empty ones left out. */
export interface QuestionAnswers {
	readonly question: number;
	readonly answers: readonly { readonly student: string; readonly text: string }[];
	/**
	 * Students who answered in words that are not here: their main code says so, but its
	 * written-answers code has not been pasted (or was never made: students make one only when
	 * the teacher's link asks for written answers).
	 */
	readonly waiting: readonly string[];
}

/** Whether the student's answer to question `n` (from 1) is in words that are not here. */
export function wordsNotHere(s: Submission, n: number): boolean {
	return s.writtenRead !== true && (s.writtenQuestions?.includes(n) ?? false);
}

/** The questions' words of an exercise by its id, where known (see ExerciseGroup.questionWords). */
export type QuestionWords = (exerciseId: string) => readonly string[] | undefined;

/** One student's kept submission with what their scenario produced. */
export interface StudentRow {
	readonly submission: Submission;
	/** Seats of each party in the student's chamber, in the chamber's order. */
	readonly seats: readonly { readonly party: string; readonly seats: number }[];
	readonly independents: number;
	/** The student's value of each setting of the group's `settings`, in the same order. */
	readonly settings: readonly { readonly key: string; readonly value: string }[];
}

/** The students of one exercise. */
export interface ExerciseGroup {
	readonly exerciseId: string;
	/** As the latest student saw it (a built-in exercise's title is in the catalogue). */
	readonly exerciseTitle: string;
	readonly total: number;
	readonly goalMet: number;
	/** The preset most students started from: the party names of the chart come from it. */
	readonly presetId: string;
	/** The real election every student's scenario compares with; null if none or they differ. */
	readonly officialYear: number | null;
	/** One entry per setting any student changed, in the order they first appear. */
	readonly settings: readonly SettingSpread[];
	/** Each party's seats in registration order, then the self-nominated winners if any won. */
	readonly seats: readonly PartySeats[];
	/** One entry per question any student answered, in order. */
	readonly questions: readonly QuestionAnswers[];
	/**
	 * A teacher's exercise: its questions' words, as remembered by the browser that made or opened
	 * it (codes carry only the answers); empty when unknown, and for a built-in exercise, whose
	 * questions are in the catalogue.
	 */
	readonly questionWords: readonly string[];
	readonly students: readonly StudentRow[];
}

/** A student whose earlier codes for an exercise were replaced by their latest one. */
export interface MergedStudent {
	readonly studentName: string;
	readonly exerciseId: string;
	readonly exerciseTitle: string;
	/** Earlier codes left out. */
	readonly replaced: number;
}

export interface ClassSummary {
	/** Codes after merging: one per student and exercise. */
	readonly total: number;
	/** Different students (by studentKey), whatever the exercises. */
	readonly students: number;
	readonly goalMet: number;
	readonly merged: readonly MergedStudent[];
	/** One group per exercise, in the order the exercises first appear. */
	readonly groups: readonly ExerciseGroup[];
}

/** The median of a non-empty list: the mean of the middle two for an even count. */
export function spreadOf(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

const byCountThenValue = (a: { value: string; count: number }, b: typeof a) =>
	b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true });

/**
 * Each distinct scenario read and simulated once, kept between summaries: the collect page's
 * reader fills it code by code (warmSummary), so a later paste only simulates what is new.
 */
export interface SummaryCache {
	readonly states: Map<string, UrlState>;
	readonly chambers: Map<string, Chamber>;
}

export const newSummaryCache = (): SummaryCache => ({ states: new Map(), chambers: new Map() });

/** Reads and simulates one submission's scenario into the cache; throws if it cannot be run. */
export function warmSummary(cache: SummaryCache, submission: Submission): void {
	const params = submission.scenario;
	let state = cache.states.get(params);
	if (!state) {
		state = decodeUrl(new URLSearchParams(params));
		cache.states.set(params, state);
	}
	if (!cache.chambers.has(params)) cache.chambers.set(params, runScenario(state.scenario).reported);
}

/**
 * The same student as a teacher reads a list: letters compared without case, spaces collapsed,
 * so "Aigerim  S." and "aigerim s." are one student.
 */
export const studentKey = (name: string): string =>
	name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');

/** Time a code was finished, for "the latest"; an unreadable time counts as the earliest. */
const finishedTime = (s: Submission): number => {
	const time = Date.parse(s.finishedAt);
	return Number.isNaN(time) ? -Infinity : time;
};

/**
 * One submission per student and exercise: the one finished latest (on a tie, the one added
 * later), in the place of the student's first code; and who was merged.
 */
export function mergeDuplicates(submissions: readonly Submission[]): {
	kept: Submission[];
	merged: MergedStudent[];
} {
	const slots = new Map<string, { at: number; submission: Submission; replaced: number }>();
	const kept: Submission[] = [];
	for (const submission of submissions) {
		const key = `${submission.exerciseId}\u0000${studentKey(submission.studentName)}`;
		const slot = slots.get(key);
		if (!slot) {
			slots.set(key, { at: kept.length, submission, replaced: 0 });
			kept.push(submission);
			continue;
		}
		slot.replaced++;
		if (finishedTime(submission) >= finishedTime(slot.submission)) {
			slot.submission = submission;
			kept[slot.at] = submission;
		}
	}
	const merged = [...slots.values()]
		.filter((slot) => slot.replaced > 0)
		.map(({ submission, replaced }) => ({
			studentName: submission.studentName,
			exerciseId: submission.exerciseId,
			exerciseTitle: submission.exerciseTitle,
			replaced
		}));
	return { kept, merged };
}

/** Official seats of each list (list + district) and of the self-nominated, for a year. */
export function officialSeats(year: number | null): ReadonlyMap<string, number> | null {
	const election = year === null ? undefined : officialElection(year);
	if (!election) return null;
	const seats = new Map<string, number>();
	for (const list of election.lists) seats.set(list.id, list.listSeats + (list.districtSeats ?? 0));
	seats.set(INDEPENDENTS, election.independentDistrictSeats);
	return seats;
}

/** The value most often seen (the first seen on a tie). */
function mostCommon<T>(values: readonly T[]): T | undefined {
	const counts = new Map<T, number>();
	let best: T | undefined;
	for (const value of values) {
		const count = (counts.get(value) ?? 0) + 1;
		counts.set(value, count);
		if (best === undefined || count > counts.get(best)!) best = value;
	}
	return best;
}

/** The settings any student changed (the preset first if any changed it), in order seen. */
function changedKeys(submissions: readonly Submission[]): string[] {
	const keys: string[] = [];
	for (const s of submissions) {
		for (const name of new URLSearchParams(s.scenario).keys()) {
			const key = name === 'preset' ? name : urlKey(name);
			if (key !== 'lang' && !keys.includes(key)) keys.push(key);
		}
	}
	return keys;
}

/**
 * Each student's value of each key: the preset's value for a student who kept it. A party's
 * support is given as its control shows it, a share (%) of the vote the sliders count on, to
 * two decimals; every other value as `--set` writes it.
 */
const valuesOf = (state: UrlState, keys: readonly string[]) =>
	keys.flatMap((key) => {
		const value =
			key === 'preset'
				? state.presetId
				: key.startsWith('support.')
					? String(Math.round(100 * supportShare(state.scenario, key.slice(8))) / 100)
					: readSetKey(state.scenario, key);
		return value === undefined ? [] : [{ key, value }];
	});

function spreadSettings(keys: readonly string[], students: readonly StudentRow[]) {
	return keys.map((key): SettingSpread => {
		const counts = new Map<string, number>();
		for (const student of students) {
			const value = student.settings.find((s) => s.key === key)?.value;
			if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		const values = [...counts].map(([value, count]) => ({ value, count }));
		return { key, values: values.sort(byCountThenValue) };
	});
}

function seatsOf(rows: readonly StudentRow[], official: ReadonlyMap<string, number> | null) {
	const byParty = new Map<string, number[]>();
	for (const row of rows) {
		for (const { party, seats } of row.seats) {
			const list = byParty.get(party) ?? [];
			list.push(seats);
			byParty.set(party, list);
		}
	}
	const independents = rows.map((row) => row.independents);
	if (independents.some((n) => n > 0) || (official?.get(INDEPENDENTS) ?? 0) > 0) {
		byParty.set(INDEPENDENTS, independents);
	}
	return [...byParty].map(([party, seats]): PartySeats => {
		const counts = new Map<number, number>();
		for (const n of seats) counts.set(n, (counts.get(n) ?? 0) + 1);
		return {
			party,
			...spreadOf(seats),
			counts: [...counts]
				.map(([seats, students]) => ({ seats, students }))
				.sort((a, b) => a.seats - b.seats),
			official: official?.get(party) ?? null
		};
	});
}

function questionsOf(submissions: readonly Submission[]): QuestionAnswers[] {
	const count = Math.max(0, ...submissions.map((s) => s.answers.length));
	return Array.from({ length: count }, (_, i) => ({
		question: i + 1,
		answers: submissions
			.map((s) => ({ student: s.studentName, text: s.answers[i] ?? '' }))
			.filter((a) => a.text.trim() !== ''),
		waiting: submissions.filter((s) => wordsNotHere(s, i + 1)).map((s) => s.studentName)
	})).filter((q) => q.answers.length > 0 || q.waiting.length > 0);
}

function groupOf(
	submissions: readonly Submission[],
	cache: SummaryCache,
	questionWords: QuestionWords
): ExerciseGroup {
	const states = submissions.map((s) => cache.states.get(s.scenario)!);
	const years = new Set(states.map((state) => state.scenario.officialYear));
	const officialYear = years.size === 1 ? [...years][0]! : null;
	const keys = changedKeys(submissions);
	const students = submissions.map((submission, i): StudentRow => {
		const chamber = cache.chambers.get(submission.scenario)!;
		return {
			submission,
			seats: chamber.parties.map((p) => ({ party: p.id, seats: p.seats })),
			independents: chamber.independents,
			settings: valuesOf(states[i]!, keys)
		};
	});
	const latest = submissions.reduce((a, b) => (finishedTime(b) >= finishedTime(a) ? b : a));
	return {
		exerciseId: latest.exerciseId,
		exerciseTitle: latest.exerciseTitle,
		total: submissions.length,
		goalMet: submissions.filter((s) => s.goalMet).length,
		presetId: mostCommon(states.map((state) => state.presetId)) ?? '2023',
		officialYear,
		settings: spreadSettings(keys, students),
		seats: seatsOf(students, officialSeats(officialYear)),
		questions: questionsOf(submissions),
		questionWords: questionWords(latest.exerciseId) ?? [],
		students
	};
}

/**
 * What the class did: duplicates merged, then for each exercise who met its goal, what the
 * students chose and what it produced. Each distinct scenario is simulated once.
 */
export function summariseClass(
	submissions: readonly Submission[],
	cache: SummaryCache = newSummaryCache(),
	questionWords: QuestionWords = () => undefined
): ClassSummary {
	for (const s of submissions) warmSummary(cache, s);
	const { kept, merged } = mergeDuplicates(submissions);
	const byExercise = new Map<string, Submission[]>();
	for (const s of kept) {
		const list = byExercise.get(s.exerciseId) ?? [];
		list.push(s);
		byExercise.set(s.exerciseId, list);
	}
	return {
		total: kept.length,
		students: new Set(kept.map((s) => studentKey(s.studentName))).size,
		goalMet: kept.filter((s) => s.goalMet).length,
		merged,
		groups: [...byExercise.values()].map((list) => groupOf(list, cache, questionWords))
	};
}

/** The words of the class CSV, from the page's catalogue; the functions label what varies. */
export interface ClassCsvLabels {
	readonly student: string;
	readonly exercise: string;
	readonly goalMet: string;
	readonly hintsUsed: string;
	readonly finishedAt: string;
	/** The final scenario as link parameters, to reopen it. */
	readonly scenario: string;
	readonly yes: string;
	readonly no: string;
	/** An answer in words whose written-answers code was not pasted. */
	readonly wordsNotHere: string;
	/** The title of an exercise, e.g. from the catalogue for a built-in one. */
	readonly exerciseTitle: (group: ExerciseGroup) => string;
	/** A setting's column, e.g. "Threshold". */
	readonly setting: (key: string) => string;
	/** A setting's value as the page shows it, e.g. "D'Hondt (1, 2, 3, …)", "7%". */
	readonly settingValue: (key: string, value: string) => string;
	/** A party's seats column, e.g. "Seats: Amanat". */
	readonly seats: (party: string, group: ExerciseGroup) => string;
	/** A question's column, e.g. "Why did Baytaq stay out? (The threshold, question 1)". */
	readonly question: (group: ExerciseGroup, question: number) => string;
}

/**
 * One row per student (after merging), one column per setting anyone changed, per party's seats
 * and per question of each exercise, each headed in the page's language. Every cell goes
 * through csvCell, so a name or answer that looks like a formula stays text.
 */
export function classCsv(summary: ClassSummary, labels: ClassCsvLabels): string {
	const settingKeys = [...new Set(summary.groups.flatMap((g) => g.settings.map((s) => s.key)))];
	const parties: string[] = [];
	for (const group of summary.groups) {
		for (const { party } of group.seats) if (!parties.includes(party)) parties.push(party);
	}
	const first = summary.groups[0];
	const questions = summary.groups.flatMap((group) =>
		group.questions.map((q) => ({ group, question: q.question }))
	);
	const header = [
		labels.student,
		labels.exercise,
		labels.goalMet,
		labels.hintsUsed,
		labels.finishedAt,
		...settingKeys.map(labels.setting),
		...(first ? parties.map((party) => labels.seats(party, first)) : []),
		...questions.map(({ group, question }) => labels.question(group, question)),
		labels.scenario
	];
	const rows = summary.groups.flatMap((group) =>
		group.students.map(({ submission: s, seats, independents, settings }) => [
			s.studentName,
			labels.exerciseTitle(group),
			s.goalMet ? labels.yes : labels.no,
			s.hintsUsed,
			s.finishedAt,
			...settingKeys.map((key) => {
				const value = settings.find((setting) => setting.key === key)?.value;
				return value === undefined ? '' : labels.settingValue(key, value);
			}),
			...parties.map((party) =>
				party === INDEPENDENTS ? independents : (seats.find((p) => p.party === party)?.seats ?? '')
			),
			...questions.map((q) =>
				q.group !== group
					? ''
					: wordsNotHere(s, q.question)
						? labels.wordsNotHere
						: (s.answers[q.question - 1] ?? '')
			),
			s.scenario
		])
	);
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
