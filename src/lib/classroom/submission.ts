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
import { cleanText, decodePayload, encodePayload, plainText, type CodecError } from './codec';
import { exerciseId, TEXT_LIMITS } from './exercise-link';

export const SUBMISSION_VERSION = 1;

export const SUBMISSION_LIMITS = {
	studentName: 60,
	answer: 2_000,
	answers: 10,
	scenario: 2_000
} as const;

export interface Submission {
	readonly version: typeof SUBMISSION_VERSION;
	readonly exerciseId: string;
	/** As the student saw it, so the teacher can tell exercises apart without the catalogue. */
	readonly exerciseTitle: string;
	readonly studentName: string;
	readonly goalMet: boolean;
	readonly hintsUsed: number;
	/** One per reflection question, in order. */
	readonly answers: readonly string[];
	/** The final scenario as URL parameters (encodeUrl against its preset): `preset=…&threshold=7`. */
	readonly scenario: string;
	/** ISO 8601, UTC. */
	readonly finishedAt: string;
}

/** Why a code was not accepted; the UI shows `classroom.code.<error>`. */
export type SubmissionCodeError = CodecError | 'schema';

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

export const SubmissionSchema = z.strictObject({
	version: z.literal(SUBMISSION_VERSION),
	exerciseId,
	exerciseTitle: plainText(TEXT_LIMITS.title, 'line'),
	studentName: plainText(SUBMISSION_LIMITS.studentName, 'line'),
	goalMet: z.boolean(),
	hintsUsed: z.number().int().min(0).max(TEXT_LIMITS.hints),
	answers: z.array(plainText(SUBMISSION_LIMITS.answer)).max(SUBMISSION_LIMITS.answers),
	scenario: scenarioParams,
	finishedAt: z.iso.datetime({ offset: true })
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
}

/**
 * A submission from what the student's page holds: typed text cleaned and cut to the limits
 * (the inputs have maxlength too), the scenario written as URL parameters.
 */
export function newSubmission(input: SubmissionInput): Submission {
	return {
		version: SUBMISSION_VERSION,
		exerciseId: input.exerciseId,
		exerciseTitle: cleanText(input.exerciseTitle, TEXT_LIMITS.title, 'line'),
		studentName: cleanText(input.studentName, SUBMISSION_LIMITS.studentName, 'line'),
		goalMet: input.goalMet,
		hintsUsed: input.hintsUsed,
		answers: input.answers
			.slice(0, SUBMISSION_LIMITS.answers)
			.map((answer) => cleanText(answer, SUBMISSION_LIMITS.answer)),
		scenario: encodeUrl(input.scenario, input.presetId).toString(),
		finishedAt: input.finishedAt.toISOString()
	};
}

/** The submission as a code. Throws if it is not valid (an empty name, say): check the form first. */
export function submissionToCode(submission: Submission): string {
	const parsed = SubmissionSchema.safeParse(submission);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new Error(`submissionToCode: ${issue?.path.join('.')}: ${issue?.message}`);
	}
	return encodePayload('submission', parsed.data);
}

/** Reads a submission code; never throws. */
export function submissionFromCode(code: string): SubmissionFromCode {
	const decoded = decodePayload('submission', code);
	if (!decoded.ok) return decoded;
	const parsed = SubmissionSchema.safeParse(decoded.value);
	return parsed.success ? { ok: true, submission: parsed.data } : { ok: false, error: 'schema' };
}
