/**
 * The scenario in the URL: short, defaults left out, every field validated on the way in. One
 * pure codec, used by the page and tested on its own. A bad value falls back for that field
 * alone and is reported by name, so the page can say which part of a link it could not read.
 *
 * Parameters are the `--set` keys of the CLI (`threshold=7`, `support.amanat=3000000`), with
 * short aliases for the common ones, plus `preset` and `lang`. Reading them back is in
 * url-decode.ts, which needs the validator and so loads after the page.
 */
import { NEW_PARTY, withNewParty } from './parties';
import { DEFAULT_PRESET, findPreset } from './presets';
import { PARTY_KEYS, readSetKey, SET_KEYS } from './set';
import type { Scenario } from './types';

/** Short URL names for long keys; each key is written with its short name when it has one. */
export const URL_ALIASES: Readonly<Record<string, string>> = {
	districts: 'districtSeats',
	total: 'totalSeats',
	base: 'thresholdBase',
	second: 'secondParty',
	members: 'partyMembers',
	deposit: 'candidateDeposit',
	offballot: 'offBallotVoters'
};

const SHORT_NAME: ReadonlyMap<string, string> = new Map(
	Object.entries(URL_ALIASES).map(([short, key]) => [key, short])
);

/** The `--set` key a URL parameter names: its alias resolved, never a prototype property. */
export function urlKey(name: string): string {
	return Object.hasOwn(URL_ALIASES, name) ? URL_ALIASES[name]! : name;
}

export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export interface UrlState {
	readonly presetId: string;
	readonly scenario: Scenario;
	readonly lang: Lang | null;
	/** Parameters that could not be used, by name, in the order they appeared. */
	readonly rejected: readonly string[];
}

const hasParty = (s: Scenario, id: string) => s.parties.some((p) => p.id === id);

/**
 * A preset's values, read once: every link compares the scenario with them, and the page
 * writes its link at every change. Scenarios are never changed in place, so an object's values
 * stay its values.
 */
const presetValues = new WeakMap<Scenario, Map<string, string | undefined>>();

function presetValue(preset: Scenario, key: string): string | undefined {
	let values = presetValues.get(preset);
	if (!values) {
		values = new Map();
		presetValues.set(preset, values);
	}
	if (!values.has(key)) values.set(key, readSetKey(preset, key));
	return values.get(key);
}

/** The preset with the hypothetical new party added, made once per preset. */
const withNew = new WeakMap<Scenario, Scenario>();

function presetWithNewParty(preset: Scenario): Scenario {
	let s = withNew.get(preset);
	if (!s) {
		s = withNewParty(preset);
		withNew.set(preset, s);
	}
	return s;
}

/** The URL parameters for a scenario started from a preset: only what differs from it. */
export function encodeUrl(
	scenario: Scenario,
	presetId: string,
	lang: Lang | null = null
): URLSearchParams {
	const params = new URLSearchParams();
	const preset = findPreset(presetId) ?? DEFAULT_PRESET;
	if (preset.id !== DEFAULT_PRESET.id) params.set('preset', preset.id);
	for (const key of Object.keys(SET_KEYS)) {
		const value = readSetKey(scenario, key);
		if (value !== undefined && value !== presetValue(preset.scenario, key)) {
			params.set(SHORT_NAME.get(key) ?? key, value);
		}
	}
	// A party the preset lacks (the hypothetical new party) is compared with its template, and
	// its support is always written, which is what adds it back when the link is read.
	const reference = presetWithNewParty(preset.scenario);
	for (const party of scenario.parties) {
		for (const kind of Object.keys(PARTY_KEYS)) {
			const key = `${kind}.${party.id}`;
			const value = readSetKey(scenario, key);
			const added = key === `support.${NEW_PARTY.id}` && !hasParty(preset.scenario, NEW_PARTY.id);
			if (value !== undefined && (added || value !== presetValue(reference, key))) {
				params.set(key, value);
			}
		}
	}
	// Written for English too: without it, the link would open in the reader's browser language.
	if (lang) params.set('lang', lang);
	return params;
}

/** Parameters written by `encodeUrl` (as text) with `lang` added last, as `encodeUrl` adds it. */
export function withLang(query: string, lang: Lang | null): URLSearchParams {
	const params = new URLSearchParams(query);
	if (lang) params.set('lang', lang);
	return params;
}
