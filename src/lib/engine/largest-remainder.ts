/**
 * Largest-remainder methods: a quota, whole seats for every full quota, then the seats left over
 * to the largest remainders.
 *
 * - Hare: quota = V / S. In the Kazakh law this is the "first electoral quotient" (первое
 *   избирательное частное). @see Art. 97-1 of the election law; shared/domain/kazakhstan-majilis.md §3.1
 * - Droop: quota = floor(V / (S + 1)) + 1. @see H. R. Droop, "On methods of electing
 *   representatives", J. Statistical Society of London 44 (1881)
 * - Imperiali: quota = V / (S + 2). It can award more whole seats than exist; the extra seats are
 *   then taken back one at a time from the lists with the smallest remainders.
 *   @see https://en.wikipedia.org/wiki/Imperiali_quota
 */
import { compareRatios, type Ratio } from './exact';
import type { QuotaRule } from './methods';
import type { Tie } from './ties';

export interface WeightedList {
	readonly id: string;
	readonly votes: number;
	/** Multiplies the list's quotient; 1 except under the corrected runner-up rule. */
	readonly weight: Ratio;
}

export interface RemainderRow {
	readonly id: string;
	readonly votes: number;
	/** votes × weight ÷ quota, exact. */
	readonly quotient: Ratio;
	/** floor(quotient): the whole quotas the list filled. */
	readonly whole: number;
	/** quotient − whole, exact, in [0, 1). */
	readonly remainder: Ratio;
	/** Seats added for a large remainder (Hare, Droop). */
	readonly remainderSeats: number;
	/** Seats taken back for a small remainder (Imperiali only). */
	readonly takenBack: number;
	readonly seats: number;
}

export interface RemainderStep {
	readonly id: string;
	readonly remainder: Ratio;
	/** 1 for the first pass down the ranking; 2 or more only when seats outnumber lists. */
	readonly round: number;
}

export interface LargestRemainderWorking {
	readonly family: 'largest-remainder';
	readonly quotaRule: QuotaRule;
	/** Sum of the admitted lists' votes: the V of the quota. */
	readonly totalVotes: number;
	readonly seats: number;
	readonly quota: Ratio;
	readonly rows: readonly RemainderRow[];
	/** Sum of whole seats before remainders. */
	readonly wholeSeats: number;
	/** Remainder seats in the order they were given. */
	readonly remainderOrder: readonly RemainderStep[];
	/** Seats taken back in the order they were taken (Imperiali over-allocation). */
	readonly takeBackOrder: readonly RemainderStep[];
	readonly ties: readonly Tie[];
}

export function quotaFor(rule: QuotaRule, totalVotes: number, seats: number): Ratio {
	const v = BigInt(totalVotes);
	const s = BigInt(seats);
	switch (rule) {
		case 'hare':
			return { num: v, den: s };
		case 'droop':
			return { num: v / (s + 1n) + 1n, den: 1n };
		case 'imperiali':
			return { num: v, den: s + 2n };
	}
}

/**
 * Order for handing out remainder seats: larger remainder first; on equal remainders the list
 * registered earlier (lower index) first.
 */
function byLargestRemainder(rows: readonly { remainder: Ratio }[]): number[] {
	return rows
		.map((_, i) => i)
		.sort((a, b) => compareRatios(rows[b]!.remainder, rows[a]!.remainder) || a - b);
}

/**
 * The tie at the cut of a ranking, if there is one: when the last index that was served and the
 * first that was not have equal values, registration order decided between them.
 */
function tieAtCut(
	stage: Tie['stage'],
	ranking: readonly number[],
	served: number,
	values: readonly Ratio[],
	ids: readonly string[]
): Tie | null {
	if (served <= 0 || served >= ranking.length) return null;
	const cutValue = values[ranking[served - 1]!]!;
	if (compareRatios(cutValue, values[ranking[served]!]!) !== 0) return null;
	const group = ranking.filter((i) => compareRatios(values[i]!, cutValue) === 0);
	const won = group.filter((i) => ranking.indexOf(i) < served);
	const lost = group.filter((i) => ranking.indexOf(i) >= served);
	const sortIds = (list: number[]) => [...list].sort((a, b) => a - b).map((i) => ids[i]!);
	return {
		stage,
		value: cutValue,
		tied: sortIds(group),
		won: sortIds(won),
		lost: sortIds(lost),
		rule: 'registration-order'
	};
}

/**
 * Distributes `seats` among `lists` (given in registration order, all admitted, total votes > 0).
 */
export function largestRemainder(
	lists: readonly WeightedList[],
	seats: number,
	rule: QuotaRule
): LargestRemainderWorking {
	const totalVotes = lists.reduce((sum, list) => sum + list.votes, 0);
	const quota = quotaFor(rule, totalVotes, seats);
	const ids = lists.map((list) => list.id);

	const base = lists.map((list) => {
		// quotient = votes × weight ÷ (quota.num / quota.den)
		const num = BigInt(list.votes) * list.weight.num * quota.den;
		const den = list.weight.den * quota.num;
		const whole = num / den;
		return {
			whole: Number(whole),
			remainder: { num: num - whole * den, den },
			quotient: { num, den }
		};
	});
	const remainders = base.map((row) => row.remainder);
	const seatsOf = base.map((row) => row.whole);
	const wholeSeats = seatsOf.reduce((a, b) => a + b, 0);
	const added = lists.map(() => 0);
	const removed = lists.map(() => 0);
	const remainderOrder: RemainderStep[] = [];
	const takeBackOrder: RemainderStep[] = [];
	const ties: Tie[] = [];

	const left = seats - wholeSeats;
	if (left > 0) {
		const ranking = byLargestRemainder(base);
		for (let k = 0; k < left; k++) {
			const i = ranking[k % ranking.length]!;
			added[i]! += 1;
			remainderOrder.push({
				id: ids[i]!,
				remainder: remainders[i]!,
				round: Math.floor(k / ranking.length) + 1
			});
		}
		const tie = tieAtCut('remainder', ranking, left % ranking.length, remainders, ids);
		if (tie) ties.push(tie);
	} else if (left < 0) {
		// Smallest remainder gives a seat back first; on equal remainders the list registered later
		// gives it back, so that the earlier one keeps it.
		// Reversing the ranking also turns "earlier first" into "later first" on equal remainders.
		const lowest = byLargestRemainder(base).reverse();
		let taken = 0;
		let round = 1;
		while (taken < -left) {
			let progressed = false;
			for (const i of lowest) {
				if (taken >= -left) break;
				if (seatsOf[i]! - removed[i]! <= 0) continue;
				removed[i]! += 1;
				taken += 1;
				progressed = true;
				takeBackOrder.push({ id: ids[i]!, remainder: remainders[i]!, round });
			}
			if (!progressed) throw new Error('largestRemainder: no seat left to take back');
			round += 1;
		}
		const eligible = lowest.filter((i) => seatsOf[i]! > 0);
		const tie = tieAtCut('take-back', eligible, -left % eligible.length, remainders, ids);
		if (tie) {
			// Here "won" means kept the seat: the served side of the ranking lost it.
			ties.push({ ...tie, won: tie.lost, lost: tie.won });
		}
	}

	const rows: RemainderRow[] = lists.map((list, i) => ({
		id: list.id,
		votes: list.votes,
		quotient: base[i]!.quotient,
		whole: seatsOf[i]!,
		remainder: remainders[i]!,
		remainderSeats: added[i]!,
		takenBack: removed[i]!,
		seats: seatsOf[i]! + added[i]! - removed[i]!
	}));

	return {
		family: 'largest-remainder',
		quotaRule: rule,
		totalVotes,
		seats,
		quota,
		rows,
		wholeSeats,
		remainderOrder,
		takeBackOrder,
		ties
	};
}
