/**
 * Class results without accounts: a student who finishes gets a code (and a QR code) carrying
 * their answers and final scenario; the teacher collects the codes and sees the class together.
 * Everything in a code is validated on the way in, and student words stay plain text: the page
 * renders them as text and the CSV guards them against spreadsheet formulas.
 */
import '../validation';
import * as z from 'zod';
import type { Scenario } from '../scenario/types';
import { encodeUrl } from '../scenario/url';
import { decodeUrl } from '../scenario/url-decode';
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
