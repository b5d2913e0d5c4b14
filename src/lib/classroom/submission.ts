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
