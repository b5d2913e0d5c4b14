/**
 * A student's progress in one exercise, kept in the browser so it survives a reload. Storage
 * can be blocked (private modes, policies), full, or hold something this version cannot read:
 * every case is an outcome the page can explain, never a crash.
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
}

const ProgressSchema = z.object({
	version: z.literal(1),
	presetId: z.string().check(z.maxLength(40)),
	scenario: z.string().check(z.maxLength(4000)),
	hintsShown: z.number().check(z.int(), z.minimum(0), z.maximum(20)),
	answers: z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(20)),
	finished: z.boolean()
});

/** The part of the Web Storage API this needs, so tests can hand in their own. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadOutcome =
	| { readonly kind: 'none' }
	| { readonly kind: 'loaded'; readonly progress: Progress }
	| { readonly kind: 'corrupt' }
	| { readonly kind: 'blocked' };

export type SaveOutcome = 'saved' | 'full' | 'blocked';

const keyOf = (exerciseId: string) => `majilis-lab:exercise:${exerciseId}`;

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
	try {
		const parsed = ProgressSchema.safeParse(JSON.parse(text));
		return parsed.success
			? { kind: 'loaded', progress: parsed.data as Progress }
			: { kind: 'corrupt' };
	} catch {
		return { kind: 'corrupt' };
	}
}

export function saveProgress(
	store: KeyValueStore | null,
	exerciseId: string,
	progress: Progress
): SaveOutcome {
	if (!store) return 'blocked';
	try {
		store.setItem(keyOf(exerciseId), JSON.stringify(progress));
		return 'saved';
	} catch (error) {
		// Browsers report a full store as a QuotaExceededError DOMException.
		return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'blocked';
	}
}

export function clearProgress(store: KeyValueStore | null, exerciseId: string): void {
	try {
		store?.removeItem(keyOf(exerciseId));
	} catch {
		// Nothing to clear where storage is blocked.
	}
}
