/** Runs a scenario with the official district result of its election when that still applies. */
import { simulateExplained, type SimulationResult } from './model';
import { officialDistrictsFor } from './presets';
import type { Scenario } from './types';

export function runScenario(s: Scenario): SimulationResult {
	return simulateExplained(s, officialDistrictsFor(s));
}
