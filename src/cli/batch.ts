/**
 * `majilis allocate --batch`: one JSON case per input line, one JSON answer per output line, in
 * order. A bad line answers with an error and the rest go on — whatever the line holds.
 */
import '../lib/validation';
import * as z from 'zod';
import { allocate, LAW_2023, METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../lib/engine';
import { jsonDepth, LIMITS } from './limits';
import { nameProblem } from './parse-allocate';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const BatchCase = z.strictObject({
	id: z.union([z.string().max(200), z.number(), z.null()]).optional(),
	method: z.enum(METHOD_IDS).default(LAW_2023.method),
	seats: z.number().int().min(1).max(LIMITS.seats).default(LAW_2023.seats),
	threshold: z.number().min(0).max(100).default(LAW_2023.threshold),
	thresholdBase: z.enum(THRESHOLD_BASES).default(LAW_2023.thresholdBase),
	againstAll: count.default(0),
	invalid: count.default(0),
	secondParty: z.enum(SECOND_PARTY_RULES).default(LAW_2023.secondParty),
	// Checked here for the messages; the lists themselves are read from the raw JSON below, whose
	// own keys keep a list called "__proto__" (a parsed record would drop it).
	votes: z.record(z.string(), count)
});

type BatchAnswer =
	| { id: unknown; seats: Record<string, number>; status?: string; reason?: string }
	| { id: unknown; error: string };

/** The first problem zod found, as one line: "seats: Too small: expected number to be >=1". */
function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid case';
	const path = issue.path.join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}

/** The line's id to echo: only a plain value (a nested one is not copied into the answer). */
function idOf(raw: unknown): unknown {
	if (typeof raw !== 'object' || raw === null || !Object.hasOwn(raw, 'id')) return null;
	const id = (raw as { id: unknown }).id;
	return typeof id === 'number' || (typeof id === 'string' && id.length <= 200) ? id : null;
}

export function answerBatchLine(line: string): BatchAnswer {
	if (line.length > LIMITS.lineLength) {
		return { id: null, error: `line longer than ${LIMITS.lineLength} characters` };
	}
	if (jsonDepth(line) > LIMITS.depth) {
		return { id: null, error: `nested deeper than ${LIMITS.depth} levels` };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(line);
	} catch {
		return { id: null, error: 'not valid JSON' };
	}
	const id = idOf(raw);
	try {
		const parsed = BatchCase.safeParse(raw);
		if (!parsed.success) return { id, error: firstIssue(parsed.error) };
		const c = parsed.data;
		const entries = Object.entries((raw as { votes: Record<string, number> }).votes);
		if (entries.length > LIMITS.lists) {
			return { id, error: `votes: too many lists (at most ${LIMITS.lists})` };
		}
		for (const [name] of entries) {
			const problem = nameProblem(name);
			if (problem) return { id, error: `votes: the list name ${JSON.stringify(name)} ${problem}` };
		}
		const allocation = allocate({
			lists: entries.map(([name, votes]) => ({ id: name, votes })),
			seats: c.seats,
			method: c.method,
			threshold: c.threshold,
			thresholdBase: c.thresholdBase,
			againstAll: c.againstAll,
			invalid: c.invalid,
			secondParty: c.secondParty
		});
		const seats = { ...allocation.seats };
		return allocation.status === 'allocated'
			? { id, seats }
			: { id, seats, status: allocation.status, reason: allocation.reason };
	} catch (error) {
		// Whatever goes wrong stays on this line's answer.
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}

/** Answers every non-blank line of `text`. */
export function answerBatch(text: string): string {
	const out: string[] = [];
	let lines = 0;
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		out.push(
			++lines > LIMITS.lines
				? JSON.stringify({ id: null, error: `more than ${LIMITS.lines} lines; not read` })
				: JSON.stringify(answerBatchLine(line))
		);
		if (lines > LIMITS.lines) break;
	}
	return out.length > 0 ? out.join('\n') + '\n' : '';
}
