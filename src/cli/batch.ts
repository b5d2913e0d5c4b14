/**
 * `majilis allocate --batch`: one JSON case per input line, one JSON answer per output line, in
 * order. A bad line answers with an error and the rest go on.
 */
import * as z from 'zod';
import { allocate, LAW_2023, METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../lib/engine';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const BatchCase = z.strictObject({
	id: z.union([z.string(), z.number(), z.null()]).optional(),
	method: z.enum(METHOD_IDS).default(LAW_2023.method),
	seats: z.number().int().min(1).max(100_000).default(LAW_2023.seats),
	threshold: z.number().min(0).max(100).default(LAW_2023.threshold),
	thresholdBase: z.enum(THRESHOLD_BASES).default(LAW_2023.thresholdBase),
	againstAll: count.default(0),
	invalid: count.default(0),
	secondParty: z.enum(SECOND_PARTY_RULES).default(LAW_2023.secondParty),
	votes: z.record(z.string(), count)
});

type BatchAnswer = { id: unknown; seats: Record<string, number> } | { id: unknown; error: string };

/** The first problem zod found, as one line: "seats: Too small: expected number to be >=1". */
function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid case';
	const path = issue.path.join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}

export function answerBatchLine(line: string): BatchAnswer {
	let raw: unknown;
	try {
		raw = JSON.parse(line);
	} catch {
		return { id: null, error: 'not valid JSON' };
	}
	const id =
		typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : null;
	const parsed = BatchCase.safeParse(raw);
	if (!parsed.success) return { id, error: firstIssue(parsed.error) };
	const c = parsed.data;
	try {
		const allocation = allocate({
			lists: Object.entries(c.votes).map(([name, votes]) => ({ id: name, votes })),
			seats: c.seats,
			method: c.method,
			threshold: c.threshold,
			thresholdBase: c.thresholdBase,
			againstAll: c.againstAll,
			invalid: c.invalid,
			secondParty: c.secondParty
		});
		return { id, seats: { ...allocation.seats } };
	} catch (error) {
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}

/** Answers every non-blank line of `text`. */
export function answerBatch(text: string): string {
	const out: string[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '') continue;
		out.push(JSON.stringify(answerBatchLine(line)));
	}
	return out.length > 0 ? out.join('\n') + '\n' : '';
}
