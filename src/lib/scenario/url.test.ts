import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { findPreset, PRESETS } from './presets';
import { applySet } from './set';
import { encodeUrl } from './url';
import { decodeUrl } from './url-decode';

const decode = (query: string) => decodeUrl(new URLSearchParams(query));

describe('encodeUrl', () => {
	it('writes nothing for the default scenario', () => {
		expect(encodeUrl(SCENARIO_2023, '2023').toString()).toBe('');
	});

	it('writes only what differs from the preset, with short names', () => {
		const s = applySet(applySet(SCENARIO_2023, 'threshold=7'), 'districtSeats=49');
		expect(encodeUrl(s, '2023').toString()).toBe('districts=49&threshold=7');
	});

	it('names the language, English too, so a link opens in the language it was made in', () => {
		const s = SCENARIO_2023;
		expect(encodeUrl(s, '2023', 'en').toString()).toBe('lang=en');
		expect(encodeUrl(s, '2023', 'ru').toString()).toBe('lang=ru');
		expect(encodeUrl(s, '2023').toString()).toBe('');
	});

	it('names a preset other than the default, and the language', () => {
		const s = applySet(findPreset('2021')!.scenario, 'thresholdBase=valid');
		expect(encodeUrl(s, '2021', 'kk').toString()).toBe('preset=2021&base=valid&lang=kk');
	});

	it('writes a changed party support by party', () => {
		const s = applySet(SCENARIO_2023, 'support.alga=500000');
		expect(encodeUrl(s, '2023').toString()).toBe('support.alga=500000');
	});
});

describe('decodeUrl', () => {
	it('reads the issue’s parameters', () => {
		const { scenario, presetId, lang, rejected } = decode(
			'preset=2023&threshold=7&districts=0&method=dhondt&base=parties&mixed=compensatory&lang=ru'
		);
		expect(presetId).toBe('2023');
		expect(scenario.list).toMatchObject({
			threshold: 7,
			method: 'dhondt',
			thresholdBase: 'parties'
		});
		expect(scenario.districtSeats).toBe(0);
		expect(scenario.mixed).toBe('compensatory');
		expect(lang).toBe('ru');
		expect(rejected).toEqual([]);
	});

	it.each([
		['threshold=abc', 'threshold'],
		['threshold=150', 'threshold'],
		['method=borda', 'method'],
		['districts=120', 'districts'],
		['lang=fr', 'lang'],
		['nonsense=1', 'nonsense'],
		['support.nobody=5', 'support.nobody']
	])('falls back for %s alone and names it', (query, name) => {
		const { scenario, rejected } = decode(`${query}&districts=49`);
		expect(rejected).toEqual([name]);
		if (name !== 'districts') expect(scenario.districtSeats).toBe(49);
	});

	it('falls back to the default preset for an unknown one and says so', () => {
		const { presetId, scenario, rejected } = decode('preset=utopia&threshold=3');
		expect(presetId).toBe('2023');
		expect(rejected).toEqual(['preset']);
		expect(scenario.list.threshold).toBe(3);
	});

	it('round-trips every preset and random changes to it', () => {
		const changes = fc.record({
			threshold: fc.integer({ min: 0, max: 150 }).map((t) => t / 10),
			districtSeats: fc.integer({ min: 0, max: 98 }),
			method: fc.constantFrom('hare', 'dhondt', 'sainte-lague'),
			mixed: fc.constantFrom('parallel', 'compensatory'),
			partyMembers: fc.integer({ min: 0, max: 60_000 })
		});
		fc.assert(
			fc.property(fc.constantFrom(...PRESETS), changes, (preset, change) => {
				let s = preset.scenario;
				for (const [key, value] of Object.entries(change)) s = applySet(s, `${key}=${value}`);
				const decoded = decodeUrl(encodeUrl(s, preset.id));
				expect(decoded.rejected).toEqual([]);
				expect(decoded.presetId).toBe(preset.id);
				expect(decoded.scenario).toEqual(s);
			}),
			{ numRuns: 200 }
		);
	});
});
