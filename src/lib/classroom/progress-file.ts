/**
 * A student's progress as a file they keep: saved from one browser, loaded into another. The
 * file is read in full and every exercise's progress validated (by the same rules as stored
 * progress) before anything is written, so a bad file changes nothing.
 */
import { EXERCISES } from './exercises';
import {
	clearProgress,
	loadProgress,
	saveProgress,
	type KeyValueStore,
	type Progress
} from './progress';

export const PROGRESS_FILE_KIND = 'majilis-lab-progress';
export const PROGRESS_FILE_VERSION = 1;
/** Twelve exercises' answers fit in far less; anything larger is not a progress file. */
export const PROGRESS_FILE_MAX_BYTES = 1_000_000;

export type ProgressFileError = 'json' | 'kind' | 'version' | 'entry' | 'size';

export type ProgressFileRead =
	| { readonly ok: true; readonly entries: ReadonlyMap<string, Progress> }
	| { readonly ok: false; readonly error: ProgressFileError; readonly exercise?: string };

/** The progress of every built-in exercise this browser has, by exercise id. */
export function collectProgress(store: KeyValueStore | null): Map<string, Progress> {
	const found = new Map<string, Progress>();
	for (const { id } of EXERCISES) {
		const outcome = loadProgress(store, id);
		if (outcome.kind === 'loaded') found.set(id, outcome.progress);
	}
	return found;
}

/** The file's text: the kind, a version, and each exercise's progress as stored. */
export function progressFileText(entries: ReadonlyMap<string, Progress>): string {
	return `${JSON.stringify(
		{
			kind: PROGRESS_FILE_KIND,
			version: PROGRESS_FILE_VERSION,
			exercises: Object.fromEntries(entries)
		},
		null,
		1
	)}\n`;
}

/** One stored value, checked by loadProgress itself through a store that holds only it. */
function validEntry(id: string, value: unknown): Progress | undefined {
	const store: KeyValueStore = {
		getItem: () => JSON.stringify(value),
		setItem: () => undefined,
		removeItem: () => undefined
	};
	const outcome = loadProgress(store, id);
	return outcome.kind === 'loaded' ? outcome.progress : undefined;
}

/** Reads a progress file; never throws. Exercises this version does not have are refused. */
export function readProgressFile(text: string): ProgressFileRead {
	if (text.length > PROGRESS_FILE_MAX_BYTES) return { ok: false, error: 'size' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, error: 'json' };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { ok: false, error: 'kind' };
	}
	const file = value as Record<string, unknown>;
	if (file.kind !== PROGRESS_FILE_KIND) return { ok: false, error: 'kind' };
	if (file.version !== PROGRESS_FILE_VERSION) return { ok: false, error: 'version' };
	const exercises = file.exercises;
	if (typeof exercises !== 'object' || exercises === null || Array.isArray(exercises)) {
		return { ok: false, error: 'kind' };
	}
	const known = new Set(EXERCISES.map((e) => e.id));
	const entries = new Map<string, Progress>();
	for (const [id, stored] of Object.entries(exercises)) {
		const progress = known.has(id) ? validEntry(id, stored) : undefined;
		if (!progress) return { ok: false, error: 'entry', exercise: id.slice(0, 60) };
		entries.set(id, progress);
	}
	return { ok: true, entries };
}

/**
 * Writes a file's progress into the store, exercise by exercise; exercises the file does not
 * mention keep theirs. If a write fails, the ones already written are put back as they were.
 */
export function applyProgressFile(
	store: KeyValueStore | null,
	entries: ReadonlyMap<string, Progress>
): 'saved' | 'full' | 'blocked' {
	const before = new Map([...entries.keys()].map((id) => [id, loadProgress(store, id)]));
	const written: string[] = [];
	for (const [id, progress] of entries) {
		const outcome = saveProgress(store, id, progress);
		if (outcome !== 'saved') {
			for (const done of written) {
				const old = before.get(done);
				if (old?.kind === 'loaded') saveProgress(store, done, old.progress);
				else clearProgress(store, done);
			}
			return outcome;
		}
		written.push(id);
	}
	return 'saved';
}
