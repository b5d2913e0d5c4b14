/**
 * A student's progress in one exercise, kept in the browser so it survives a reload. Storage
 * can be blocked (private modes, policies), full, or hold something this version cannot read:
 * every case is an outcome the page can explain, never a crash, and never lost work:
 * - each exercise has its own key: a built-in one by its id, a teacher's by a hash of its whole
 *   content (two teachers' exercises, or one that reuses a built-in id, never share answers);
 * - before each write the last readable entry is kept as `<key>:previous`;
 * - an entry that cannot be read is moved to `<key>:quarantine` (kept, not overwritten by the
 *   next save) and the previous copy is offered instead.
 */
import '../validation';
import * as z from 'zod/mini';

export interface Progress {
	readonly version: 1;
	readonly presetId: string;
	/** The scenario as URL parameters (see scenario/url.ts). */
	readonly scenario: string;
	readonly hintsShown: number;
	readonly answers: readonly string[];
	readonly finished: boolean;
	/**
	 * How many times the student reopened their answers after finishing ("I have finished"
	 * locks them). Absent in progress saved before it was counted, which means 0.
	 */
	readonly reopened?: number;
}

const ProgressSchema = z.object({
	version: z.literal(1),
	presetId: z.string().check(z.maxLength(40)),
	scenario: z.string().check(z.maxLength(4000)),
	hintsShown: z.number().check(z.int(), z.minimum(0), z.maximum(20)),
	answers: z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(20)),
	finished: z.boolean(),
	reopened: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10_000)))
});

/** The part of the Web Storage API this needs, so tests can hand in their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadOutcome =
	| { readonly kind: 'none' }
	| { readonly kind: 'loaded'; readonly progress: Progress }
	/** The entry could not be read; `previous` is the copy kept before the last write, if any. */
	| { readonly kind: 'corrupt'; readonly previous: Progress | null }
	| { readonly kind: 'blocked' };

export type SaveOutcome = 'saved' | 'full' | 'blocked';

const keyOf = (exerciseId: string) => `majilis-lab:exercise:${exerciseId}`;

/** 32-bit FNV-1a over UTF-16 units from a given basis; two bases make a 64-bit content hash. */
function fnv1a(text: string, basis: number): string {
	let hash = basis >>> 0;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The id progress is kept under: a built-in exercise's own id; for a teacher's exercise from a
 * link, `teacher-` and a 64-bit hash of its whole content (FNV-1a twice), so that a changed
 * exercise starts afresh and no two exercises share answers.
 * @see http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function progressId(exercise: unknown, fromLink: boolean): string {
	const json = JSON.stringify(exercise) ?? '';
	if (!fromLink && typeof exercise === 'object' && exercise && 'id' in exercise) {
		return String(exercise.id);
	}
	return `teacher-${fnv1a(json, 0x811c9dc5)}${fnv1a(json, 0x050c5d1f)}`;
}

/** The stored text as progress, or null if it is not readable progress. */
function parseProgress(text: string | null): Progress | null {
	if (text === null) return null;
	try {
		const parsed = ProgressSchema.safeParse(JSON.parse(text));
		return parsed.success ? (parsed.data as Progress) : null;
	} catch {
		return null;
	}
}

/** The browser's local storage, or null where reaching it throws (blocked). */
export function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export function loadProgress(store: KeyValueStore | null, exerciseId: string): LoadOutcome {
	if (!store) return { kind: 'blocked' };
	let text: string | null;
	try {
		text = store.getItem(keyOf(exerciseId));
	} catch {
		return { kind: 'blocked' };
	}
	if (text === null) return { kind: 'none' };
	const progress = parseProgress(text);
	if (progress) return { kind: 'loaded', progress };
	try {
		// Kept aside for whoever wants to look, and out of the way of the next save.
		store.setItem(`${keyOf(exerciseId)}:quarantine`, text);
		store.removeItem(keyOf(exerciseId));
		return {
			kind: 'corrupt',
			previous: parseProgress(store.getItem(`${keyOf(exerciseId)}:previous`))
		};
	} catch {
		return { kind: 'corrupt', previous: null };
	}
}

export function saveProgress(
	store: KeyValueStore | null,
	exerciseId: string,
	progress: Progress
): SaveOutcome {
	if (!store) return 'blocked';
	try {
		const key = keyOf(exerciseId);
		const current = store.getItem(key);
		if (parseProgress(current)) store.setItem(`${key}:previous`, current!);
		store.setItem(key, JSON.stringify(progress));
		return 'saved';
	} catch (error) {
		// Browsers report a full store as a QuotaExceededError DOMException.
		return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'blocked';
	}
}

export function clearProgress(store: KeyValueStore | null, exerciseId: string): void {
	try {
		store?.removeItem(keyOf(exerciseId));
		store?.removeItem(`${keyOf(exerciseId)}:previous`);
	} catch {
		// Nothing to clear where storage is blocked.
	}
}

const TITLES_KEY = 'majilis-lab:teacher-titles';
/** Titles kept at most: a teacher's recent exercises, the oldest forgotten first. */
export const MAX_TITLES = 50;

/**
 * The titles of teachers' exercises this browser made or opened as the teacher, by the id codes
 * give them (`teacher-…`), so that the collect page can name a teacher's exercise a short code
 * names only by its hash. Nothing is kept where storage is blocked.
 */
export function rememberTitle(store: KeyValueStore | null, id: string, title: string): void {
	try {
		const titles = rememberedTitles(store);
		delete titles[id];
		titles[id] = title;
		const kept = Object.entries(titles).slice(-MAX_TITLES);
		store?.setItem(TITLES_KEY, JSON.stringify(Object.fromEntries(kept)));
	} catch {
		// A full or blocked store only means the collect page shows the id instead.
	}
}

/** The remembered titles; {} when there are none or they cannot be read. */
export function rememberedTitles(store: KeyValueStore | null): Record<string, string> {
	try {
		const value: unknown = JSON.parse(store?.getItem(TITLES_KEY) ?? '{}');
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		return Object.fromEntries(
			Object.entries(value).filter(
				(entry): entry is [string, string] =>
					/^teacher-[0-9a-f]{8}$/.test(entry[0]) &&
					typeof entry[1] === 'string' &&
					entry[1].length <= 120
			)
		);
	} catch {
		return {};
	}
}

const QUESTIONS_KEY = 'majilis-lab:teacher-questions';
/** What a teacher's exercise may hold (exercise-link.ts's TEXT_LIMITS, not imported here). */
const QUESTIONS_LIMIT = { count: 10, length: 500 };

/**
 * A teacher's exercise this browser made or opened as the teacher: its title and its reflection
 * questions, by the id codes give it, so that the collect page can show the questions' words
 * (students' codes carry only their answers). Nothing is kept where storage is blocked.
 */
export function rememberExercise(
	store: KeyValueStore | null,
	id: string,
	title: string,
	questions: readonly string[]
): void {
	rememberTitle(store, id, title);
	try {
		const all = rememberedQuestions(store);
		delete all[id];
		if (questions.length > 0) all[id] = [...questions];
		const kept = Object.entries(all).slice(-MAX_TITLES);
		store?.setItem(QUESTIONS_KEY, JSON.stringify(Object.fromEntries(kept)));
	} catch {
		// A full or blocked store only means the collect page numbers the questions instead.
	}
}

/** The remembered questions by exercise id; {} when there are none or they cannot be read. */
export function rememberedQuestions(store: KeyValueStore | null): Record<string, string[]> {
	try {
		const value: unknown = JSON.parse(store?.getItem(QUESTIONS_KEY) ?? '{}');
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
		return Object.fromEntries(
			Object.entries(value).filter(
				(entry): entry is [string, string[]] =>
					/^teacher-[0-9a-f]{8}$/.test(entry[0]) &&
					Array.isArray(entry[1]) &&
					entry[1].length <= QUESTIONS_LIMIT.count &&
					entry[1].every((q) => typeof q === 'string' && q.length <= QUESTIONS_LIMIT.length)
			)
		);
	} catch {
		return {};
	}
}
