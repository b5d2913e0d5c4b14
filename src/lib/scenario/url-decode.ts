/**
 * Reading a scenario back from URL parameters. Kept apart from url.ts because it needs the
 * scenario validator (zod), which the page loads only once it is showing.
 *
 * A link is one scenario, not a sequence of steps: every parameter is applied first and the
 * whole scenario is validated once, so `total=20&districts=10` reads the same in either order
 * (applied one by one, `total=20` would meet the preset's 29 districts and be refused). When the
 * whole is invalid, the parameters that wrote the offending fields are dropped, each named, and
 * the rest is checked again.
 */
import { DEFAULT_PRESET, findPreset } from './presets';
import { checkScenario, ScenarioSchema } from './schema';
import { applySet, SetError } from './set';
import type { Scenario } from './types';
import { encodeUrl, LANGS, urlKey, type Lang, type UrlState } from './url';

/** More parameters than any scenario has fields: the rest are refused unread. */
export const MAX_URL_PARAMS = 400;

interface Assignment {
	readonly name: string;
	readonly key: string;
	readonly assignment: string;
}

/** Paths (joined with '.') of the leaves where two JSON-like values differ. */
function changedPaths(a: unknown, b: unknown, path: string, out: string[]): void {
	if (Object.is(a, b)) return;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		out.push(path);
		return;
	}
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	for (const key of keys) {
		changedPaths(
			(a as Record<string, unknown>)[key],
			(b as Record<string, unknown>)[key],
			path ? `${path}.${key}` : key,
			out
		);
	}
}

/** The paths of the fields the validator refuses; none for a valid scenario. */
function badPaths(scenario: Scenario): string[] {
	const parsed = ScenarioSchema.safeParse(scenario);
	return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.path.join('.')))];
}

function applyAll(base: Scenario, assignments: readonly Assignment[]): Scenario {
	let scenario = base;
	for (const { assignment } of assignments) scenario = applySet(scenario, assignment);
	return scenario;
}

/** Reads URL parameters into a scenario; never throws, whatever the parameters. */
export function decodeUrl(params: URLSearchParams): UrlState {
	const rejected: string[] = [];
	const presetParam = params.get('preset');
	const preset = presetParam === null ? DEFAULT_PRESET : findPreset(presetParam);
	if (!preset) rejected.push('preset');
	const base = (preset ?? DEFAULT_PRESET).scenario;
	let lang: Lang | null = null;

	// Each parameter on its own: unknown keys and unreadable values are refused here.
	let accepted: Assignment[] = [];
	let seen = 0;
	for (const [name, value] of params) {
		if (name === 'preset') continue;
		if (++seen > MAX_URL_PARAMS) {
			rejected.push(name);
			continue;
		}
		if (name === 'lang') {
			if ((LANGS as readonly string[]).includes(value)) lang = value as Lang;
			else rejected.push(name);
			continue;
		}
		const key = urlKey(name);
		const assignment = `${key}=${value}`;
		try {
			applySet(base, assignment);
			// A key given twice: the last value counts, the earlier one is named as unused.
			const earlier = accepted.findIndex((a) => a.key === key);
			if (earlier >= 0) rejected.push(...accepted.splice(earlier, 1).map((a) => a.name));
			accepted.push({ name, key, assignment });
		} catch (error) {
			if (!(error instanceof SetError)) throw error;
			rejected.push(name);
		}
	}

	// Then the whole scenario at once; parameters behind an invalid field are dropped.
	let scenario = applyAll(base, accepted);
	for (;;) {
		const bad = badPaths(scenario);
		if (bad.length === 0 || accepted.length === 0) break;
		const blamed = accepted.filter(({ assignment }) => {
			const paths: string[] = [];
			changedPaths(base, applySet(base, assignment), '', paths);
			return paths.some((p) => bad.some((b) => p === b || p.startsWith(`${b}.`)));
		});
		// A rule across fields (districts within the house): the parameter whose removal clears
		// an issue goes; failing that, the last one.
		const dropped =
			blamed.length > 0
				? blamed
				: [
						accepted.find(
							(a) =>
								badPaths(
									applyAll(
										base,
										accepted.filter((b) => b !== a)
									)
								).length < bad.length
						) ?? accepted.at(-1)!
					];
		rejected.push(...dropped.map((d) => d.name));
		accepted = accepted.filter((a) => !dropped.includes(a));
		scenario = applyAll(base, accepted);
	}
	if (!checkScenario(scenario).ok) scenario = base;
	return { presetId: (preset ?? DEFAULT_PRESET).id, scenario, lang, rejected };
}

/** Structural equality of two JSON-like values, whatever the order of their keys. */
function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every(
		(k) =>
			Object.hasOwn(b, k) &&
			sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/**
 * Whether a link reproduces the scenario exactly. A link carries only the `--set` keys, so a
 * scenario whose parties differ from its preset's (renamed, recoloured or added by an imported
 * file) cannot travel in one: the page says so and offers the file instead.
 */
export function linkCarries(scenario: Scenario, presetId: string): boolean {
	const decoded = decodeUrl(encodeUrl(scenario, presetId));
	return decoded.rejected.length === 0 && sameValue(decoded.scenario, scenario);
}
