/**
 * Reading a scenario back from URL parameters: each field validated, a bad one falling back
 * alone and named. Kept apart from url.ts because it needs the scenario validator (zod), which the
 * page loads only once it is showing.
 */
import { DEFAULT_PRESET, findPreset } from './presets';
import { checkScenario } from './schema';
import { applySet, SetError } from './set';
import { LANGS, URL_ALIASES, type Lang, type UrlState } from './url';

/** Reads URL parameters into a scenario; never throws. */
export function decodeUrl(params: URLSearchParams): UrlState {
	const rejected: string[] = [];
	const presetParam = params.get('preset');
	const preset = presetParam === null ? DEFAULT_PRESET : findPreset(presetParam);
	if (!preset) rejected.push('preset');
	let scenario = (preset ?? DEFAULT_PRESET).scenario;
	let lang: Lang | null = null;

	for (const [name, value] of params) {
		if (name === 'preset') continue;
		if (name === 'lang') {
			if ((LANGS as readonly string[]).includes(value)) lang = value as Lang;
			else rejected.push(name);
			continue;
		}
		const key = URL_ALIASES[name] ?? name;
		try {
			const next = applySet(scenario, `${key}=${value}`);
			if (checkScenario(next).ok) scenario = next;
			else rejected.push(name);
		} catch (error) {
			if (!(error instanceof SetError)) throw error;
			rejected.push(name);
		}
	}
	return { presetId: (preset ?? DEFAULT_PRESET).id, scenario, lang, rejected };
}
