/**
 * The simulator's state: the scenario a person is shaping, the preset it started from, and what
 * they pinned to compare. Everything else — the chamber, the explanations — is derived from it.
 * Provided to the page's components through a typed context.
 */
import { createContext } from 'svelte';
import type { ControlId } from '../classroom/types';
import type { SimulationResult } from '../scenario/simulate';
import { SCENARIO_2023 } from '../scenario/defaults';
import { DEFAULT_PRESET, findPreset, type Preset } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { encodeUrl, withLang, type Lang, type UrlState } from '../scenario/url';

/** The real 2023 chamber: the default comparison. */
export const OFFICIAL_2023: SimulationResult = runScenario(SCENARIO_2023);

export interface Pinned {
	readonly presetId: string;
	readonly scenario: Scenario;
	readonly result: SimulationResult;
}

export class Simulation {
	presetId: string = $state(DEFAULT_PRESET.id);
	scenario: Scenario = $state.raw(DEFAULT_PRESET.scenario);
	/** A scenario pinned for comparison; null compares with the official 2023 chamber. */
	pinned: Pinned | null = $state.raw(null);
	/** URL parameters that could not be read, by name; shown once as a notice. */
	rejected: readonly string[] = $state.raw([]);
	/** In an exercise, the controls a student may move; null outside exercises (all of them). */
	unlocked: readonly ControlId[] | null = $state.raw(null);

	/** Whether a control may be moved now. */
	canMove(control: ControlId): boolean {
		return this.unlocked === null || this.unlocked.includes(control);
	}

	/** The chamber for the current scenario. */
	readonly result: SimulationResult = $derived(runScenario(this.scenario));
	/** The preset the scenario started from. */
	readonly preset: Preset = $derived(findPreset(this.presetId) ?? DEFAULT_PRESET);
	/**
	 * The chamber changes are counted against, with what to call it: the pinned scenario, or else
	 * the real chamber of the preset's election (the 2023 one for reform ideas built on 2023).
	 */
	readonly reference: {
		/** The scenario it comes from: what the rules are compared with. */
		readonly scenario: Scenario;
		readonly result: SimulationResult;
		readonly pinned: boolean;
		readonly year: number;
	} = $derived.by(() => {
		if (this.pinned) {
			const { scenario, result } = this.pinned;
			return { scenario, result, pinned: true, year: 2023 };
		}
		const year = this.preset.year;
		if (year === null || year === 2023) {
			return { scenario: SCENARIO_2023, result: OFFICIAL_2023, pinned: false, year: 2023 };
		}
		const scenario = this.preset.scenario;
		return { scenario, result: runScenario(scenario), pinned: false, year };
	});
	/**
	 * The scenario's URL parameters, without the language: what differs from the preset. Worked
	 * out once per change, for everything that asks (the reset button, the title, the print line).
	 */
	readonly query: string = $derived(encodeUrl(this.scenario, this.presetId).toString());
	/** Whether anything differs from the preset. */
	readonly changed: boolean = $derived(
		this.query.split('&').some((pair) => pair !== '' && !pair.startsWith('preset='))
	);

	/** Applies one `--set`-style change; bad values are ignored (controls cannot produce them). */
	set(key: string, value: string): void {
		try {
			this.scenario = applySet(this.scenario, `${key}=${value}`);
		} catch {
			// A native control only offers valid values; nothing to do.
		}
	}

	update(change: (s: Scenario) => Scenario): void {
		this.scenario = change(this.scenario);
	}

	loadPreset(id: string): void {
		const preset = findPreset(id);
		if (!preset) return;
		this.presetId = preset.id;
		this.scenario = preset.scenario;
	}

	/** Where "back to the start" goes: an exercise's starting scenario, or else the preset. */
	start: Scenario | null = $state.raw(null);

	/** Whether nothing may be moved (a finished exercise): then "back to the start" is locked too. */
	get locked(): boolean {
		return this.unlocked !== null && this.unlocked.length === 0;
	}

	/** Back to the start, undoing every change; nothing when every control is locked. */
	reset(): void {
		if (this.locked) return;
		this.scenario = this.start ?? this.preset.scenario;
	}

	pin(): void {
		this.pinned = { presetId: this.presetId, scenario: this.scenario, result: this.result };
	}

	unpin(): void {
		this.pinned = null;
	}

	/** Loads a scenario read from URL parameters, remembering which ones were rejected. */
	fromUrl(state: UrlState): Lang | null {
		this.presetId = state.presetId;
		this.scenario = state.scenario;
		this.rejected = state.rejected;
		return state.lang;
	}

	/** The scenario's URL parameters, `lang` last when given (as `encodeUrl` writes them). */
	toUrl(lang: Lang | null = null): URLSearchParams {
		return withLang(this.query, lang);
	}
}

export const [getSimulation, setSimulation] = createContext<Simulation>();
