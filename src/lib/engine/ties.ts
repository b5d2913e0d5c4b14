/**
 * Ties that decided a seat. The law settles equal remainders in favour of the list registered
 * earlier; the simulator applies the same order to every other tie (equal quotients, the
 * runner-up, seats taken back) and reports each one, never breaking a tie silently.
 * @see shared/domain/kazakhstan-majilis.md §3.1 step 5 [ipu_parline]
 */
import type { Ratio } from './exact';

export type TieStage = 'remainder' | 'take-back' | 'quotient' | 'runner-up';

export interface Tie {
	readonly stage: TieStage;
	/** The equal value: a remainder, a quotient or a vote count. */
	readonly value: Ratio;
	/** Every list that had that value at the decisive point, in registration order. */
	readonly tied: readonly string[];
	/** Those that came out ahead (got the seat, kept the seat, or were admitted). */
	readonly won: readonly string[];
	readonly lost: readonly string[];
	readonly rule: 'registration-order';
}
