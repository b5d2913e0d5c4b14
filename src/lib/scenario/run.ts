/** Runs a scenario with the official district result of its election when that still applies. */
import { simulate, type SimulationResult } from './simulate';
import { officialDistrictsFor } from './presets';
import type { Scenario } from './types';

export function runScenario(s: Scenario): SimulationResult {
	return simulate(s, officialDistrictsFor(s));
}
