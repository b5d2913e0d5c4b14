/**
 * The collect page's reader, off the page's main thread: it splits a paste into codes, reads
 * each (a mistyped, damaged, poisoned or oversized code is named with its reason, the rest go
 * on), counts a code pasted twice once, attaches each written-answers code to its main code in
 * whichever order they come, and summarises the class. The page only shows the answers, so even
 * a paste of thousands of codes, or of decompression bombs, never freezes it.
 */
import { attachWritten, submissionFromCode, submissionOfMain, type Submission } from './submission';
import { newSummaryCache, summariseClass, warmSummary, type ClassSummary } from './class-summary';
import { MAX_MAIN_SYMBOLS, readCode } from './submission-code';
import { normalizeCode } from './short-code';
import { MAX_CODES } from './collect-limits';

export interface CollectRequest {
	readonly text: string;
	/** Exercise titles by id, in the page's language, for the codes that carry only an id. */
	readonly titles?: Readonly<Record<string, string>>;
	/** The questions' words of teachers' exercises by id, which codes do not carry. */
	readonly questions?: Readonly<Record<string, readonly string[]>>;
}

export interface CollectProblem {
	/** The line of the paste the code is on. */
	readonly line: number;
	/** Why it was left out: a `collect.code.*` message. */
	readonly error: string;
	/** The code's first symbols, so that the teacher can find it in a line of several. */
	readonly start: string;
}

export interface CollectAnswer {
	readonly submissions: readonly Submission[];
	readonly problems: readonly CollectProblem[];
	readonly duplicates: number;
	readonly summary: ClassSummary | null;
}

/** A format 1 code (`MLS1.…`): base64url, whose dashes are part of it. */
const FORMAT_1 = /^MLS\d+\./i;

/**
 * Whether a piece of text is a whole code: a format 1 one, a code that reads (its checks match
 * and what it holds is well formed: pieces joined by chance almost never are), or too long to be
 * a main code typed in groups (so that joining groups costs little, whatever the paste: each
 * test reads at most MAX_MAIN_SYMBOLS).
 */
const whole = (text: string) =>
	FORMAT_1.test(text) || text.length > MAX_MAIN_SYMBOLS || readCode(text).ok;

/** Lines a code typed by hand may be broken over (the student's screen shows it in three). */
const MAX_CODE_LINES = 4;

/**
 * The codes in a paste, with their lines. Codes may be separated by line breaks, commas,
 * semicolons or spaces; a code typed in groups ("7QKX M3BZ …") is joined again: the groups of a
 * line are added up until they make a whole code. Two long pieces next to each other that do
 * not make one are taken as two codes (the first then named as unreadable). A short code typed
 * over up to four lines, as the student's screen shows it, is joined when the lines, each alone
 * not a code, make one together.
 */
export function splitCodes(text: string): { line: number; code: string }[] {
	const pieces: { line: number; code: string; alone: boolean }[] = [];
	for (const [i, row] of text.split(/\r\n|\n|\r/).entries()) {
		const start = pieces.length;
		for (const piece of row.split(/[,;]+/)) {
			let acc = '';
			for (const token of piece.split(/\s+/).filter(Boolean)) {
				const long = token.length >= 20 && acc.length >= 20;
				if (acc && (whole(acc) || long || FORMAT_1.test(token))) {
					pieces.push({ line: i + 1, code: acc, alone: false });
					acc = '';
				}
				acc += token;
			}
			if (acc) pieces.push({ line: i + 1, code: acc, alone: false });
		}
		if (pieces.length === start + 1) pieces[start]!.alone = true;
	}
	const codes: { line: number; code: string }[] = [];
	for (let i = 0; i < pieces.length; i++) {
		const first = pieces[i]!;
		let joined = 0;
		if (first.alone && !whole(first.code)) {
			let acc = first.code;
			for (let k = 1; k < MAX_CODE_LINES && i + k < pieces.length; k++) {
				const next = pieces[i + k]!;
				if (!next.alone || next.line !== first.line + k || whole(next.code)) break;
				acc += next.code;
				if (acc.length > MAX_MAIN_SYMBOLS) break;
				if (whole(acc)) {
					joined = k;
					break;
				}
			}
			if (joined > 0) codes.push({ line: first.line, code: acc });
		}
		if (joined === 0) codes.push({ line: first.line, code: first.code });
		i += joined;
	}
	return codes;
}

const known = new Set<string>();
const submissions: Submission[] = [];
/** Main codes by the tie a written-answers code names, as places in `submissions`. */
const byTie = new Map<number, number[]>();
/** Written-answers codes whose main code has not come yet, by tie. */
const waiting = new Map<number, { answers: readonly string[]; line: number; start: string }>();
const cache = newSummaryCache();

const startOf = (code: string) => (code.length > 10 ? `${code.slice(0, 8)}…` : code);

/** Reads one paste into the class; pure apart from the class kept between pastes. */
export function readPaste(
	text: string,
	titles: Readonly<Record<string, string>> = {},
	questions: Readonly<Record<string, readonly string[]>> = {}
): CollectAnswer {
	const problems: CollectProblem[] = [];
	const title = (id: string) => (Object.hasOwn(titles, id) ? titles[id] : undefined);
	let duplicates = 0;
	let count = 0;
	for (const { line, code: raw } of splitCodes(text)) {
		const start = startOf(raw);
		if (++count > MAX_CODES) {
			problems.push({ line, error: 'limit', start });
			break;
		}
		const code = FORMAT_1.test(raw) ? raw : normalizeCode(raw);
		if (known.has(code)) {
			duplicates++;
			continue;
		}
		known.add(code);
		try {
			const error = FORMAT_1.test(code) ? addFormat1(code, title) : addCode(code, line, title);
			if (error) problems.push({ line, error, start });
		} catch {
			// Whatever goes wrong with one code stays with that code.
			problems.push({ line, error: 'corrupt', start });
		}
	}
	for (const w of waiting.values())
		problems.push({ line: w.line, error: 'waiting', start: w.start });
	let summary: ClassSummary | null;
	try {
		const words = (id: string) => (Object.hasOwn(questions, id) ? questions[id] : undefined);
		summary = submissions.length > 0 ? summariseClass(submissions, cache, words) : null;
	} catch {
		summary = null;
	}
	return { submissions, problems, duplicates, summary };
}

function addFormat1(code: string, title: (id: string) => string | undefined): string | null {
	const read = submissionFromCode(code, title);
	if (!read.ok) return read.error;
	warmSummary(cache, read.submission);
	submissions.push(read.submission);
	return null;
}

function addCode(code: string, line: number, title: (id: string) => string | undefined) {
	const read = readCode(code);
	if (!read.ok) return read.error;
	if (read.kind === 'written') {
		const places = byTie.get(read.tie) ?? [];
		// Tied to a main code already here: attached to the first that takes it.
		for (const at of places) {
			const attached = attachWritten(submissions[at]!, read.answers);
			if (attached.ok && !submissions[at]!.writtenRead) {
				submissions[at] = attached.submission;
				return null;
			}
		}
		if (places.length > 0) return 'mismatch';
		waiting.set(read.tie, { answers: read.answers, line, start: startOf(code) });
		return null;
	}
	const made = submissionOfMain(read.main, title);
	if (!made.ok) return made.error;
	let submission = made.submission;
	const pending = waiting.get(read.tie);
	// A written code that came first: attached now, or named if it does not fit (the main stays).
	const attached = pending && attachWritten(submission, pending.answers);
	if (attached?.ok) submission = attached.submission;
	waiting.delete(read.tie);
	warmSummary(cache, submission);
	byTie.set(read.tie, [...(byTie.get(read.tie) ?? []), submissions.length]);
	submissions.push(submission);
	return attached && !attached.ok ? 'mismatch' : null;
}

if (typeof self !== 'undefined' && 'postMessage' in self && typeof window === 'undefined') {
	self.onmessage = (event: MessageEvent<CollectRequest>) => {
		self.postMessage(readPaste(event.data.text, event.data.titles, event.data.questions));
	};
}
