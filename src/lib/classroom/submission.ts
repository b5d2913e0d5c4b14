/**
 * Class results without accounts: a student who finishes gets a code (and a QR code) carrying
 * their answers and final scenario; the teacher collects the codes and sees the class together.
 * Everything in a code is validated on the way in, and student words stay plain text: the page
 * renders them as text and the CSV guards them against spreadsheet formulas.
 */
import '../validation';
import * as z from 'zod';
import type { Chamber } from '../scenario/simulate';
import { runScenario } from '../scenario/run';
import { readSetKey } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { encodeUrl, urlKey, type UrlState } from '../scenario/url';
import { decodeUrl } from '../scenario/url-decode';
import { csvCell } from '../export/csv';
import { cleanText, decodePayload, plainText, type CodecError } from './codec';
import { exerciseId, TEXT_LIMITS } from './exercise-link';
import {
	cleanLabel,
	encodeMainCode,
	encodeWrittenCode,
	numericAnswer,
	readCode,
	type MainCode,
	type ShortCodeProblem
} from './submission-code';

export const SUBMISSION_VERSION = 1;

export const SUBMISSION_LIMITS = {
	studentName: 60,
	answer: 2_000,
	answers: 10,
	scenario: 2_000
} as const;

/**
 * What a student handed in, as the collect page reads it from a code. Format 2 codes (short
 * codes, submission-code.ts) fill the optional fields; format 1 codes (`MLS1.…`) are still read.
 */
export interface Submission {
	readonly version: typeof SUBMISSION_VERSION;
	/** A built-in exercise's id, or `teacher-` and 8 hex digits of a teacher's exercise's hash. */
	readonly exerciseId: string;
	/**
	 * The exercise's title: as the student saw it (format 1), or from the titles the collect page
	 * knows (format 2: the built-ins' in the page's language); the id when it knows none.
	 */
	readonly exerciseTitle: string;
	/** The student's label: at most 12 letters, digits, spaces, hyphens and dots in format 2. */
	readonly studentName: string;
	readonly goalMet: boolean;
	readonly hintsUsed: number;
	/**
	 * One per reflection question, in order: a number as plain decimal text (`2.3`), words, or ''.
	 * Words travel in the written-answers code: until it is read they are '' here, and their
	 * questions are in `writtenQuestions`.
	 */
	readonly answers: readonly string[];
	/** The final scenario as URL parameters (encodeUrl against its preset): `preset=…&threshold=7`. */
	readonly scenario: string;
	/** ISO 8601, UTC; to 5 minutes in format 2. */
	readonly finishedAt: string;
	/** Times the student undid "I have finished" (format 2). */
	readonly reopened?: number;
	/** Questions (from 1) answered in words, whose words are in the written-answers code. */
	readonly writtenQuestions?: readonly number[];
	/** Whether the written-answers code was read and its words are in `answers`. */
	readonly writtenRead?: boolean;
}

/** Why a code was not accepted; the collect page shows `collect.code.<error>`. */
export type SubmissionCodeError = CodecError | ShortCodeProblem | 'schema';

export type SubmissionFromCode =
	{ ok: true; submission: Submission } | { ok: false; error: SubmissionCodeError };

/** Parameters whose every name and value the scenario codec accepts. */
const scenarioParams = z
	.string()
	.max(SUBMISSION_LIMITS.scenario)
	.refine(
		(text) => decodeUrl(new URLSearchParams(text)).rejected.length === 0,
		'must be scenario URL parameters'
	);

const V1_FIELDS = {
	version: z.literal(SUBMISSION_VERSION),
	exerciseId,
	exerciseTitle: plainText(TEXT_LIMITS.title, 'line'),
	studentName: plainText(SUBMISSION_LIMITS.studentName, 'line'),
	goalMet: z.boolean(),
	hintsUsed: z.number().int().min(0).max(TEXT_LIMITS.hints),
	answers: z.array(plainText(SUBMISSION_LIMITS.answer)).max(SUBMISSION_LIMITS.answers),
	scenario: scenarioParams,
	finishedAt: z.iso.datetime({ offset: true })
};

/** A format 1 code's JSON, exactly. */
export const SubmissionSchema = z.strictObject(V1_FIELDS);

/** A submission read from a format 2 code (and its written answers, once attached). */
const ShortSubmissionSchema = z.strictObject({
	...V1_FIELDS,
	exerciseTitle: plainText(TEXT_LIMITS.title),
	reopened: z.number().int().min(0).max(100_000),
	writtenQuestions: z.array(z.number().int().min(1).max(SUBMISSION_LIMITS.answers)),
	writtenRead: z.boolean()
});

export interface SubmissionInput {
	readonly exerciseId: string;
	readonly exerciseTitle: string;
	readonly studentName: string;
	readonly goalMet: boolean;
	readonly hintsUsed: number;
	readonly answers: readonly string[];
	readonly scenario: Scenario;
	readonly presetId: string;
	readonly finishedAt: Date;
	readonly reopened?: number;
}

/**
 * A submission from what the student's page holds: the name as the label a code carries
 * (cleanLabel), typed answers cleaned and cut to the limits, the scenario as URL parameters.
 */
export function newSubmission(input: SubmissionInput): Submission {
	return {
		version: SUBMISSION_VERSION,
		exerciseId: input.exerciseId,
		exerciseTitle: cleanText(input.exerciseTitle, TEXT_LIMITS.title, 'line'),
		studentName: cleanLabel(input.studentName),
		goalMet: input.goalMet,
		hintsUsed: input.hintsUsed,
		// Array.from, not map: a question left unanswered is a hole in the page's array.
		answers: Array.from(input.answers.slice(0, SUBMISSION_LIMITS.answers), (answer) =>
			cleanText(answer ?? '', SUBMISSION_LIMITS.answer)
		),
		scenario: encodeUrl(input.scenario, input.presetId).toString(),
		finishedAt: input.finishedAt.toISOString(),
		reopened: input.reopened ?? 0
	};
}

/**
 * What a code carries of a submission: each answer '' (blank), a number, or null (words, for
 * the written-answers code); the name as its label.
 */
export function mainCodeOf(submission: Submission): MainCode {
	return {
		exerciseId: submission.exerciseId,
		scenario: submission.scenario,
		goalMet: submission.goalMet,
		hintsUsed: submission.hintsUsed,
		reopened: submission.reopened ?? 0,
		finishedAt: new Date(submission.finishedAt),
		answers: submission.answers.map((a, i) =>
			// Words read from a code whose written answers are not here yet stay words.
			submission.writtenQuestions?.includes(i + 1) && !submission.writtenRead
				? null
				: a.trim() === ''
					? ''
					: (numericAnswer(a) ?? null)
		),
		label: cleanLabel(submission.studentName)
	};
}

/**
 * The submission as its short code (format 2). Throws if it cannot be written (an exercise
 * with no code number, a blank label): the student's page checks the form first.
 */
export function submissionToCode(submission: Submission): string {
	const main = mainCodeOf(submission);
	if (!main.label) throw new Error('submissionToCode: the name has no letter a code can carry');
	return encodeMainCode(main);
}

/** The written-answers code for a submission, or null when no answer is in words. */
export function writtenCodeOf(submission: Submission): string | null {
	const main = mainCodeOf(submission);
	const words = submission.answers.filter((_, i) => main.answers[i] === null);
	return words.length > 0 ? encodeWrittenCode(main, words) : null;
}

/** Turns a format 2 main code into a submission; `title` names the exercise for the page. */
export function submissionOfMain(
	main: MainCode,
	title: (exerciseId: string) => string | undefined = () => undefined
): SubmissionFromCode {
	const state = decodeUrl(new URLSearchParams(main.scenario));
	if (state.rejected.length > 0) return { ok: false, error: 'schema' };
	const submission: Submission = {
		version: SUBMISSION_VERSION,
		exerciseId: main.exerciseId,
		exerciseTitle: title(main.exerciseId) ?? main.exerciseId,
		studentName: main.label,
		goalMet: main.goalMet,
		hintsUsed: main.hintsUsed,
		answers: main.answers.map((a) => a ?? ''),
		scenario: encodeUrl(state.scenario, state.presetId).toString(),
		finishedAt: main.finishedAt.toISOString(),
		reopened: main.reopened,
		writtenQuestions: main.answers.flatMap((a, i) => (a === null ? [i + 1] : [])),
		writtenRead: false
	};
	const parsed = ShortSubmissionSchema.safeParse(submission);
	return parsed.success && submission.studentName !== ''
		? { ok: true, submission: parsed.data }
		: { ok: false, error: 'schema' };
}

/**
 * A submission with the words of its written-answers code put in; 'mismatch' when the code
 * does not hold one text per question answered in words, or a text is not plain.
 */
export function attachWritten(
	submission: Submission,
	words: readonly string[]
): { ok: true; submission: Submission } | { ok: false; error: 'mismatch' } {
	const questions = submission.writtenQuestions ?? [];
	const text = plainText(SUBMISSION_LIMITS.answer);
	if (words.length !== questions.length || !words.every((w) => text.safeParse(w).success)) {
		return { ok: false, error: 'mismatch' };
	}
	const answers = [...submission.answers];
	for (const [i, question] of questions.entries()) answers[question - 1] = words[i]!;
	return { ok: true, submission: { ...submission, answers, writtenRead: true } };
}

/**
 * Reads a main submission code of either format; never throws. A written-answers code is
 * 'unpaired' here: the collect page reads those with readCode and attaches them.
 */
export function submissionFromCode(
	code: string,
	title?: (exerciseId: string) => string | undefined
): SubmissionFromCode {
	if (typeof code !== 'string') return { ok: false, error: 'format' };
	if (/^\s*MLS\d+\./.test(code)) {
		const decoded = decodePayload('submission', code);
		if (!decoded.ok) return decoded;
		const parsed = SubmissionSchema.safeParse(decoded.value);
		return parsed.success ? { ok: true, submission: parsed.data } : { ok: false, error: 'schema' };
	}
	const read = readCode(code);
	if (!read.ok) return read;
	if (read.kind === 'written') return { ok: false, error: 'unpaired' };
	return submissionOfMain(read.main, title);
}

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

export interface ClassSummary {
	readonly total: number;
	readonly goalMet: number;
	/** One entry per setting any student changed, in the order they first appear. */
	readonly settings: readonly SettingSpread[];
	/** Seats of each party over the students' chambers that have it, in registration order. */
	readonly seats: readonly ({ readonly party: string } & Spread)[];
	/** Self-nominated winners over all chambers; null for an empty class. */
	readonly independents: Spread | null;
}

/** The median of a non-empty list: the mean of the middle two for an even count. */
function spreadOf(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { min: sorted[0]!, median, max: sorted.at(-1)! };
}

const byCountThenValue = (a: { value: string; count: number }, b: typeof a) =>
	b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true });

/**
 * Each distinct scenario read and simulated once, kept between summaries: the collect page fills
 * it a few codes at a time (warmSummary), so that summarising a large class never blocks the page.
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
 * What the class chose and what it produced: how many met the goal, the spread of each changed
 * setting and of each party's seats. Each distinct scenario is simulated once.
 */
export function summariseClass(
	submissions: readonly Submission[],
	cache: SummaryCache = newSummaryCache()
): ClassSummary {
	for (const s of submissions) warmSummary(cache, s);
	const states = submissions.map((s) => cache.states.get(s.scenario)!);

	const keys: string[] = [];
	for (const s of submissions) {
		for (const name of new URLSearchParams(s.scenario).keys()) {
			const key = name === 'preset' ? name : urlKey(name);
			if (key !== 'lang' && !keys.includes(key)) keys.push(key);
		}
	}
	const settings = keys.map((key): SettingSpread => {
		const counts = new Map<string, number>();
		for (const state of states) {
			const value = key === 'preset' ? state.presetId : readSetKey(state.scenario, key);
			if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		const values = [...counts].map(([value, count]) => ({ value, count }));
		return { key, values: values.sort(byCountThenValue) };
	});

	const seatsByParty = new Map<string, number[]>();
	const independents: number[] = [];
	for (const s of submissions) {
		const chamber = cache.chambers.get(s.scenario)!;
		for (const party of chamber.parties) {
			const list = seatsByParty.get(party.id) ?? [];
			list.push(party.seats);
			seatsByParty.set(party.id, list);
		}
		independents.push(chamber.independents);
	}

	return {
		total: submissions.length,
		goalMet: submissions.filter((s) => s.goalMet).length,
		settings,
		seats: [...seatsByParty].map(([party, seats]) => ({ party, ...spreadOf(seats) })),
		independents: independents.length > 0 ? spreadOf(independents) : null
	};
}

export interface ClassCsvHeadings {
	readonly student: string;
	readonly exercise: string;
	readonly goalMet: string;
	readonly hintsUsed: string;
	readonly finishedAt: string;
	readonly scenario: string;
	/** Numbered for each question: "Answer 1", "Answer 2"… */
	readonly answer: string;
	readonly yes: string;
	readonly no: string;
}

/** One row per submission, one column per answer; the headings come from the catalogue. */
export function classCsv(submissions: readonly Submission[], headings: ClassCsvHeadings): string {
	const answerColumns = Math.max(0, ...submissions.map((s) => s.answers.length));
	const header = [
		headings.student,
		headings.exercise,
		headings.goalMet,
		headings.hintsUsed,
		headings.finishedAt,
		headings.scenario,
		...Array.from({ length: answerColumns }, (_, i) => `${headings.answer} ${i + 1}`)
	].map((h) => csvCell(h));
	const rows = submissions.map((s) => [
		csvCell(s.studentName),
		csvCell(s.exerciseTitle),
		csvCell(s.goalMet ? headings.yes : headings.no),
		csvCell(s.hintsUsed),
		csvCell(s.finishedAt),
		csvCell(s.scenario),
		...Array.from({ length: answerColumns }, (_, i) => csvCell(s.answers[i] ?? ''))
	]);
	return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}
