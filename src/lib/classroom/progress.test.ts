import { describe, expect, it } from 'vitest';
import {
	clearProgress,
	loadProgress,
	MAX_TITLES,
	progressId,
	rememberedQuestions,
	rememberedTitles,
	rememberExercise,
	rememberTitle,
	saveProgress,
	type KeyValueStore,
	type Progress
} from './progress';

class MemoryStore implements KeyValueStore {
	readonly items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

const PROGRESS: Progress = {
	version: 1,
	presetId: '2023',
	scenario: 'threshold=7',
	hintsShown: 1,
	answers: ['Because the quota is shared by fewer lists.'],
	finished: false
};

describe('exercise progress in the browser', () => {
	it('survives a save and a load', () => {
		const store = new MemoryStore();
		expect(saveProgress(store, 'baytaq-threshold', PROGRESS)).toBe('saved');
		expect(loadProgress(store, 'baytaq-threshold')).toEqual({ kind: 'loaded', progress: PROGRESS });
	});

	it('finds nothing for an exercise never started', () => {
		expect(loadProgress(new MemoryStore(), 'x')).toEqual({ kind: 'none' });
	});

	it.each([
		['not JSON', '{oops'],
		['the wrong shape', JSON.stringify({ version: 1, hintsShown: 'many' })],
		['a future version', JSON.stringify({ ...PROGRESS, version: 2 })]
	])('reports stored data that is %s as corrupt', (_, text) => {
		const store = new MemoryStore();
		store.setItem('majilis-lab:exercise:x', text);
		expect(loadProgress(store, 'x')).toEqual({ kind: 'corrupt', previous: null });
	});

	it('reports blocked storage instead of throwing', () => {
		const blocked: KeyValueStore = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			removeItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(loadProgress(blocked, 'x')).toEqual({ kind: 'blocked' });
		expect(saveProgress(blocked, 'x', PROGRESS)).toBe('blocked');
		expect(() => clearProgress(blocked, 'x')).not.toThrow();
		expect(loadProgress(null, 'x')).toEqual({ kind: 'blocked' });
	});

	it('reports a full store', () => {
		const full: KeyValueStore = {
			...new MemoryStore(),
			getItem: () => null,
			removeItem: () => undefined,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(saveProgress(full, 'x', PROGRESS)).toBe('full');
	});

	it('forgets an exercise when asked', () => {
		const store = new MemoryStore();
		saveProgress(store, 'x', PROGRESS);
		clearProgress(store, 'x');
		expect(loadProgress(store, 'x')).toEqual({ kind: 'none' });
	});
});

describe('progress that is never lost (issue 13 §4)', () => {
	it('keeps the last readable entry before each write, and offers it when the entry is corrupt', () => {
		const store = new MemoryStore();
		saveProgress(store, 'a', PROGRESS);
		saveProgress(store, 'a', { ...PROGRESS, hintsShown: 2 });
		store.setItem('majilis-lab:exercise:a', '{"version":1,"scenario":{"__proto__":{"x":1}}}');
		expect(loadProgress(store, 'a')).toEqual({ kind: 'corrupt', previous: PROGRESS });
		// The corrupt entry is kept aside and out of the way of the next save.
		expect(store.items.get('majilis-lab:exercise:a:quarantine')).toContain('__proto__');
		expect(store.items.has('majilis-lab:exercise:a')).toBe(false);
	});

	it('does not keep an unreadable entry as the previous copy', () => {
		const store = new MemoryStore();
		saveProgress(store, 'a', PROGRESS);
		saveProgress(store, 'a', { ...PROGRESS, hintsShown: 2 });
		store.setItem('majilis-lab:exercise:a', 'garbage');
		saveProgress(store, 'a', { ...PROGRESS, hintsShown: 3 });
		expect(JSON.parse(store.items.get('majilis-lab:exercise:a:previous')!)).toEqual(PROGRESS);
	});

	it('gives two teachers’ exercises, and one reusing a built-in id, keys of their own', () => {
		const a = { id: 'teacher', text: { title: 'A' } };
		const b = { id: 'teacher', text: { title: 'B' } };
		const builtIn = { id: 'baytaq-threshold', text: { title: 'Mine' } };
		const ids = [progressId(a, true), progressId(b, true), progressId(builtIn, true)];
		expect(new Set(ids).size).toBe(3);
		expect(ids.every((id) => /^teacher-[0-9a-f]{16}$/.test(id))).toBe(true);
		expect(progressId(builtIn, false)).toBe('baytaq-threshold');
		expect(progressId(a, true)).toBe(progressId({ ...a }, true));
	});
});

describe('rememberTitle and rememberedTitles', () => {
	const memory = () => new MemoryStore();

	it('keeps the latest titles by id, at most MAX_TITLES', () => {
		const store = memory();
		for (let i = 0; i < MAX_TITLES + 5; i++) {
			rememberTitle(store, `teacher-${i.toString(16).padStart(8, '0')}`, `Lesson ${i}`);
		}
		const titles = rememberedTitles(store);
		expect(Object.keys(titles)).toHaveLength(MAX_TITLES);
		expect(titles[`teacher-${(MAX_TITLES + 4).toString(16).padStart(8, '0')}`]).toBe(
			`Lesson ${MAX_TITLES + 4}`
		);
		expect(titles['teacher-00000000']).toBeUndefined();
	});

	it.each([
		['not JSON', '{'],
		['a list', '["a"]'],
		['a prototype key', '{"__proto__":{"x":1},"constructor":"y"}'],
		['a title that is not text', '{"teacher-0000000a":5}']
	])('reads %s as no titles', (_, text) => {
		const store = memory();
		store.setItem('majilis-lab:teacher-titles', text);
		expect(rememberedTitles(store)).toEqual({});
		expect(rememberedTitles(null)).toEqual({});
	});
});

describe('rememberExercise and rememberedQuestions', () => {
	const id = (i: number) => `teacher-${i.toString(16).padStart(8, '0')}`;

	it('keeps the title and the questions, the latest last, at most MAX_TITLES', () => {
		const store = new MemoryStore();
		for (let i = 0; i < MAX_TITLES + 3; i++) {
			rememberExercise(store, id(i), `Lesson ${i}`, [`Why ${i}?`, `How ${i}?`]);
		}
		const questions = rememberedQuestions(store);
		expect(Object.keys(questions)).toHaveLength(MAX_TITLES);
		expect(questions[id(MAX_TITLES + 2)]).toEqual([
			`Why ${MAX_TITLES + 2}?`,
			`How ${MAX_TITLES + 2}?`
		]);
		expect(questions[id(0)]).toBeUndefined();
		expect(rememberedTitles(store)[id(MAX_TITLES + 2)]).toBe(`Lesson ${MAX_TITLES + 2}`);
	});

	it('replaces an exercise’s questions when it is made again, and forgets them when it has none', () => {
		const store = new MemoryStore();
		rememberExercise(store, id(1), 'One', ['First?']);
		rememberExercise(store, id(1), 'One', ['Second?']);
		expect(rememberedQuestions(store)).toEqual({ [id(1)]: ['Second?'] });
		rememberExercise(store, id(1), 'One', []);
		expect(rememberedQuestions(store)).toEqual({});
	});

	it.each([
		['not JSON', '{'],
		['a list', '[["a"]]'],
		['a prototype key', '{"__proto__":["x"],"constructor":["y"]}'],
		['questions that are not text', '{"teacher-0000000a":[5]}'],
		['more than ten questions', `{"teacher-0000000a":${JSON.stringify(Array(11).fill('q'))}}`],
		['a question longer than 500 characters', `{"teacher-0000000a":["${'q'.repeat(501)}"]}`]
	])('reads %s as no questions', (_, text) => {
		const store = new MemoryStore();
		store.setItem('majilis-lab:teacher-questions', text);
		expect(rememberedQuestions(store)).toEqual({});
		expect(rememberedQuestions(null)).toEqual({});
	});
});
