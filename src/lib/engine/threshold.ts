/**
 * Who takes part in the distribution of list seats: the legal threshold, its base, and the rule
 * for when only one list passes.
 *
 * @see Constitutional Law "On Elections" of 28 Sep 1995 No. 2464, Art. 97-1 (list-seat formula);
 *      shared/domain/kazakhstan-majilis.md §3.1–3.3.
 */
import { ceilTimes, percentToRatio, type Ratio } from './exact';
import type { Tie } from './ties';

/**
 * What the threshold percentage is taken of.
 * - `valid`: votes for all lists + against-all. The official 2023 percentages use it
 *   (3,431,510 / 6,366,441 = 53.90 %); the default.
 * - `parties`: votes for lists only (the 2007–2021 percentages).
 * - `ballots`: every ballot cast, invalid ones included.
 * @see shared/domain/kazakhstan-majilis.md §1.1 and §3.1 (the base inferred from the arithmetic)
 */
export type ThresholdBase = 'valid' | 'parties' | 'ballots';
export const THRESHOLD_BASES = [
	'valid',
	'parties',
	'ballots'
] as const satisfies readonly ThresholdBase[];

/**
 * The "only one party passes" rule, adopted in 2009 and in force from the 2012 election, never
 * triggered. Two readings of it are recorded and both are offered:
 * - `runner-up`: the list with the next-largest vote is admitted too, and seats are distributed
 *   between the two by the chosen method as usual (the quota is their combined votes ÷ seats).
 *   This is the reading in the law's text as translated [tegobmx_art97]; it is what
 *   `--second-party` selects.
 * - `runner-up-corrected`: as above, but the runner-up's quotient is multiplied by a correction
 *   index of 0.7, a detail found only in one unofficial translation [tegobmx_art97].
 * IPU Parline adds that the second party "receives at least two seats" [ipu_parline]; under both
 * readings it does whenever its vote is not tiny, and no minimum is imposed here.
 * @see shared/domain/kazakhstan-majilis.md §3.3
 */
export type SecondPartyRule = 'off' | 'runner-up' | 'runner-up-corrected';
export const SECOND_PARTY_RULES = [
	'off',
	'runner-up',
	'runner-up-corrected'
] as const satisfies readonly SecondPartyRule[];

/** The correction index of the `runner-up-corrected` reading: 0.7 = 7/10. */
export const RUNNER_UP_CORRECTION: Ratio = { num: 7n, den: 10n };

export interface ListVotes {
	readonly id: string;
	readonly votes: number;
}

export interface ThresholdInput {
	/** In registration order: the list registered earliest comes first. */
	readonly lists: readonly ListVotes[];
	/** Percent, 0–100, read as the exact decimal written (5.2 means 52/1000). */
	readonly threshold: number;
	readonly base: ThresholdBase;
	readonly againstAll: number;
	readonly invalid: number;
	readonly secondParty: SecondPartyRule;
}

/** Why a list did or did not take part in the distribution. */
export type Admission = 'passed' | 'runner-up' | 'below-threshold' | 'no-votes';

export interface ThresholdRow {
	readonly id: string;
	readonly votes: number;
	/** votes ÷ base, exact. */
	readonly share: Ratio;
	readonly admission: Admission;
}

export interface ThresholdWorking {
	readonly threshold: Ratio;
	readonly base: ThresholdBase;
	readonly baseVotes: number;
	/** The fewest votes that reach the threshold: ceil(threshold × base). */
	readonly minimumVotes: number;
	readonly rows: readonly ThresholdRow[];
	/** Ids of the lists that take part, in registration order. */
	readonly admitted: readonly string[];
	/** Set when the only-one-passes rule admitted a runner-up. */
	readonly runnerUp: string | null;
	readonly ties: readonly Tie[];
}

export function thresholdBaseVotes(
	lists: readonly ListVotes[],
	base: ThresholdBase,
	againstAll: number,
	invalid: number
): number {
	const listVotes = lists.reduce((sum, list) => sum + list.votes, 0);
	if (base === 'parties') return listVotes;
	if (base === 'valid') return listVotes + againstAll;
	return listVotes + againstAll + invalid;
}

/** votes ≥ threshold × base, decided exactly. */
function reaches(votes: number, threshold: Ratio, baseVotes: number): boolean {
	return BigInt(votes) * threshold.den >= threshold.num * BigInt(baseVotes);
}

export function applyThreshold(input: ThresholdInput): ThresholdWorking {
	const threshold = percentToRatio(input.threshold);
	const fraction: Ratio = { num: threshold.num, den: threshold.den * 100n };
	const baseVotes = thresholdBaseVotes(input.lists, input.base, input.againstAll, input.invalid);
	const share = (votes: number): Ratio => ({ num: BigInt(votes), den: BigInt(baseVotes || 1) });

	const admission = input.lists.map((list): Admission => {
		if (list.votes <= 0) return 'no-votes';
		return reaches(list.votes, fraction, baseVotes) ? 'passed' : 'below-threshold';
	});

	let runnerUp: string | null = null;
	const ties: Tie[] = [];
	const passedCount = admission.filter((a) => a === 'passed').length;
	if (input.secondParty !== 'off' && passedCount === 1) {
		// The next-largest vote among the lists that missed the line; on equal votes the list
		// registered earlier comes first, as with equal remainders.
		let best = -1;
		for (let i = 0; i < input.lists.length; i++) {
			if (admission[i] !== 'below-threshold') continue;
			if (best === -1 || input.lists[i]!.votes > input.lists[best]!.votes) best = i;
		}
		if (best !== -1) {
			admission[best] = 'runner-up';
			runnerUp = input.lists[best]!.id;
			const rivals = input.lists.filter(
				(list, i) =>
					i !== best &&
					admission[i] === 'below-threshold' &&
					list.votes === input.lists[best]!.votes
			);
			if (rivals.length > 0) {
				ties.push({
					stage: 'runner-up',
					value: { num: BigInt(input.lists[best]!.votes), den: 1n },
					tied: [runnerUp, ...rivals.map((r) => r.id)],
					won: [runnerUp],
					lost: rivals.map((r) => r.id),
					rule: 'registration-order'
				});
			}
		}
	}

	return {
		threshold,
		base: input.base,
		baseVotes,
		minimumVotes: Number(ceilTimes(fraction, baseVotes)),
		rows: input.lists.map((list, i) => ({
			id: list.id,
			votes: list.votes,
			share: share(list.votes),
			admission: admission[i]!
		})),
		admitted: input.lists
			.filter((_, i) => admission[i] === 'passed' || admission[i] === 'runner-up')
			.map((list) => list.id),
		runnerUp,
		ties
	};
}
