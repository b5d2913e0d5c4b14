import { describe, expect, it } from 'vitest';
import {
	applyProgressFile,
	collectProgress,
	PROGRESS_FILE_KIND,
	progressFileText,
	readProgressFile
} from './progress-file';
import { loadProgress, saveProgress, type KeyValueStore, type Progress } from './progress';

/** A store in memory with room for `maxKeys` keys; past that, setItem throws as a full one does. */
function memoryStore(maxKeys = Infinity): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (!data.has(k) && data.size >= maxKeys) {
				throw new DOMException('full', 'QuotaExceededError');
			}
			data.set(k, v);
		},
		removeItem: (k) => void data.delete(k)
	};
}

const progress = (answers: string[], finished = false, reopened?: number): Progress => ({
	version: 1,
	presetId: '2023',
	scenario: 'threshold=2.3',
	hintsShown: 1,
	answers,
	finished,
	...(reopened === undefined ? {} : { reopened })
});

describe('the progress file', () => {
	it('carries every built-in exercise’s progress from one browser to another', () => {
		const here = memoryStore();
		saveProgress(here, 'baytaq-threshold', progress(['Amanat'], true, 2));
		saveProgress(here, 'dhondt-hare', progress(['a', 'b']));
		// Progress of an exercise that is not built in (a teacher's) is not part of the file.
		saveProgress(here, 'teacher', progress(['x']));
		const text = progressFileText(collectProgress(here));
		const read = readProgressFile(text);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect([...read.entries.keys()].sort()).toEqual(['baytaq-threshold', 'dhondt-hare']);
		const there = memoryStore();
		saveProgress(there, 'seven-percent-2023', progress(['kept']));
		expect(applyProgressFile(there, read.entries)).toBe('saved');
		expect(loadProgress(there, 'baytaq-threshold')).toEqual({
			kind: 'loaded',
			progress: progress(['Amanat'], true, 2)
		});
		// An exercise the file does not mention keeps its progress.
		expect(loadProgress(there, 'seven-percent-2023')).toEqual({
			kind: 'loaded',
			progress: progress(['kept'])
		});
	});

	const file = (exercises: unknown, extra: object = {}) =>
		JSON.stringify({ kind: PROGRESS_FILE_KIND, version: 1, exercises, ...extra });

	// [what, text, error, the exercise named]
	it.each([
		['not JSON', '{"kind":', 'json', undefined],
		['a JSON array', '[]', 'kind', undefined],
		['another kind of file', JSON.stringify({ kind: 'scenario', version: 1 }), 'kind', undefined],
		['a newer version', file({}, { version: 2 }), 'version', undefined],
		['no exercises object', file([]), 'kind', undefined],
		['an unknown exercise', file({ 'no-such': progress([]) }), 'entry', 'no-such'],
		[
			'a bad entry',
			file({ 'dhondt-hare': { ...progress([]), hintsShown: -1 } }),
			'entry',
			'dhondt-hare'
		],
		['a huge file', ' '.repeat(1_000_001), 'size', undefined]
	] as const)('refuses %s, naming the problem', (_what, text, error, exercise) => {
		expect(readProgressFile(text)).toEqual({
			ok: false,
			error,
			...(exercise === undefined ? {} : { exercise })
		});
	});

	it('reads progress saved before reopening was counted', () => {
		const read = readProgressFile(file({ 'dhondt-hare': progress(['a']) }));
		expect(read.ok && read.entries.get('dhondt-hare')?.reopened).toBeUndefined();
	});

	it('puts back what it wrote when the store fills up half-way', () => {
		const store = memoryStore(1);
		saveProgress(store, 'baytaq-threshold', progress(['old']));
		const entries = new Map([
			['baytaq-threshold', progress(['new'])],
			['dhondt-hare', progress(['new'])]
		]);
		expect(applyProgressFile(store, entries)).toBe('full');
		expect(loadProgress(store, 'baytaq-threshold')).toEqual({
			kind: 'loaded',
			progress: progress(['old'])
		});
		expect(loadProgress(store, 'dhondt-hare')).toEqual({ kind: 'none' });
	});
});
