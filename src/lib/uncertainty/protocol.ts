/** Messages between the uncertainty panel and its worker. */
import type { MonteCarloResult } from '../scenario/montecarlo';
import type { Scenario } from '../scenario/types';

/** The panel's fixed seed: the same settings always give the same picture. */
export const PANEL_SEED = 1;

export type ToWorker =
	| {
			readonly type: 'start';
			/** Grows with every start; a newer job replaces an older one. */
			readonly job: number;
			readonly scenario: Scenario;
			readonly runs: number;
			readonly error: number;
			readonly seed: number;
	  }
	| { readonly type: 'cancel' };

export type FromWorker =
	| {
			readonly type: 'progress';
			readonly job: number;
			readonly done: number;
			readonly runs: number;
	  }
	| { readonly type: 'result'; readonly job: number; readonly result: MonteCarloResult }
	| { readonly type: 'failed'; readonly job: number; readonly message: string };
