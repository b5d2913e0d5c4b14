/**
 * The collect page's reader, off the page's main thread: it splits a paste into codes, reads
 * each (a damaged, poisoned or oversized code is named with its reason, the rest go on), counts
 * a code pasted twice once, and summarises the class. The page only shows the answers, so even a
 * paste of thousands of codes, or of decompression bombs, never freezes it.
 */
import { submissionFromCode, type Submission } from './submission';
import { newSummaryCache, summariseClass, warmSummary, type ClassSummary } from './class-summary';
import { MAX_CODES } from './collect-limits';

export interface CollectRequest {
	readonly text: string;
}

export interface CollectAnswer {
	readonly submissions: readonly Submission[];
	readonly problems: readonly { line: number; error: string }[];
	readonly duplicates: number;
	readonly summary: ClassSummary | null;
}

const known = new Set<string>();
const submissions: Submission[] = [];
const cache = newSummaryCache();

/** Reads one paste into the class; pure apart from the class kept between pastes. */
export function readPaste(text: string): CollectAnswer {
	const problems: { line: number; error: string }[] = [];
	let duplicates = 0;
	let codes = 0;
	for (const [i, line] of text.split(/\r\n|\n|\r/).entries()) {
		const code = line.replace(/\s+/g, '');
		if (!code) continue;
		if (++codes > MAX_CODES) {
			problems.push({ line: i + 1, error: 'limit' });
			break;
		}
		if (known.has(code)) {
			duplicates++;
			continue;
		}
		known.add(code);
		try {
			const read = submissionFromCode(code);
			if (!read.ok) {
				problems.push({ line: i + 1, error: read.error });
				continue;
			}
			warmSummary(cache, read.submission);
			submissions.push(read.submission);
		} catch {
			// Whatever goes wrong with one code stays with that code.
			problems.push({ line: i + 1, error: 'corrupt' });
		}
	}
	let summary: ClassSummary | null;
	try {
		summary = submissions.length > 0 ? summariseClass(submissions, cache) : null;
	} catch {
		summary = null;
	}
	return { submissions, problems, duplicates, summary };
}

if (typeof self !== 'undefined' && 'postMessage' in self && typeof window === 'undefined') {
	self.onmessage = (event: MessageEvent<CollectRequest>) => {
		self.postMessage(readPaste(event.data.text));
	};
}
