/**
 * The fast exact path of the list tier: the same seats as `allocate`, without the working.
 *
 * Still exact: every comparison that decides a seat or an admission is a cross-multiplication of
 * whole numbers. They are done in plain numbers when every product is known to stay at or below
 * 2^53 − 1 (checked before the work starts); past that bound the caller falls back to the BigInt
 * path (`'overflow'`), and single comparisons that might pass it use `compareFractions`, which
 * switches to BigInt by itself.
 *
 * Divisor methods do not hand out seats one at a time from zero. Each list starts at a guaranteed
 * lower bound of its seats, found from a divisor λ for which the count of quotients above λ cannot
 * exceed the house (see `startingSeats`); those quotients are the largest ones, so the
 * seat-by-seat procedure would have given them first anyway. The few seats left are then handed
 * out one at a time exactly as in `highestAverages`, equal quotients to the list registered
 * earlier, so results and ties are identical.
 */
import type { AllocationInput } from './allocate';
import { compareFractions, percentToRatio } from './exact';
import { methodSpec, type DivisorRule, type QuotaRule } from './methods';
import {
	applyThreshold,
	thresholdBaseVotes,
	type ListVotes,
	type ThresholdBase
} from './threshold';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Seats of every list in input order; `'none'` when no list is admitted; `'overflow'` when the
 * numbers are too large for plain arithmetic and the BigInt path must decide.
 */
export type FastOutcome = number[] | 'none' | 'overflow';

/** Threshold percentages read as exact decimals, as fractions of one: [num, den]. */
const fractions = new Map<number, readonly [number, number] | null>();

function thresholdFraction(percent: number): readonly [number, number] | null {
	let cached = fractions.get(percent);
	if (cached === undefined) {
		const r = percentToRatio(percent);
		const den = r.den * 100n;
		cached = r.num <= BigInt(SAFE) && den <= BigInt(SAFE) ? [Number(r.num), Number(den)] : null;
		if (fractions.size > 4096) fractions.clear();
		fractions.set(percent, cached);
	}
	return cached;
}

/** 1 passed, 2 below the threshold, 0 no votes; null when the threshold needs BigInt. */
function admissionStates(
	lists: readonly ListVotes[],
	threshold: number,
	thresholdBase: ThresholdBase,
	againstAll: number,
	invalid: number
): number[] | null {
	const fraction = thresholdFraction(threshold);
	if (fraction === null) return null;
	const [tNum, tDen] = fraction;
	const base = thresholdBaseVotes(lists, thresholdBase, againstAll, invalid);
	const state = new Array<number>(lists.length);
	for (let i = 0; i < lists.length; i++) {
		const v = lists[i]!.votes;
		state[i] = v <= 0 ? 0 : compareFractions(v, base, tNum, tDen) >= 0 ? 1 : 2;
	}
	return state;
}

/** Whether each list's own vote reaches the threshold (a runner-up admitted by rule does not). */
export function thresholdPasses(
	lists: readonly ListVotes[],
	threshold: number,
	thresholdBase: ThresholdBase,
	againstAll: number,
	invalid: number
): boolean[] {
	const state = admissionStates(lists, threshold, thresholdBase, againstAll, invalid);
	if (state !== null) return state.map((x) => x === 1);
	const working = applyThreshold({
		lists,
		threshold,
		base: thresholdBase,
		againstAll,
		invalid,
		secondParty: 'off'
	});
	return working.rows.map((row) => row.admission === 'passed');
}

/** The seats `allocate` would give, for input that has passed `validateAllocationInput`. */
export function fastSeats(input: AllocationInput): FastOutcome {
	const lists = input.lists;
	const n = lists.length;
	const state = admissionStates(
		lists,
		input.threshold,
		input.thresholdBase,
		input.againstAll,
		input.invalid
	);
	if (state === null) return 'overflow';
	let passed = 0;
	for (let i = 0; i < n; i++) if (state[i] === 1) passed += 1;
	let runnerUp = -1;
	if (input.secondParty !== 'off' && passed === 1) {
		for (let i = 0; i < n; i++) {
			if (state[i] === 2 && (runnerUp === -1 || lists[i]!.votes > lists[runnerUp]!.votes)) {
				runnerUp = i;
			}
		}
		if (runnerUp !== -1) state[runnerUp] = 1;
	}
	const admitted: number[] = [];
	for (let i = 0; i < n; i++) if (state[i] === 1) admitted.push(i);
	if (admitted.length === 0) return 'none';

	const m = admitted.length;
	const votes = new Array<number>(m);
	// Weights as wNum / wDen: 1, or 7/10 for the corrected runner-up.
	const wNum = new Array<number>(m);
	const wDen = new Array<number>(m);
	const corrected = input.secondParty === 'runner-up-corrected';
	for (let a = 0; a < m; a++) {
		const i = admitted[a]!;
		votes[a] = lists[i]!.votes;
		const weighted = corrected && i === runnerUp;
		wNum[a] = weighted ? 7 : 1;
		wDen[a] = weighted ? 10 : 1;
	}

	const spec = methodSpec(input.method);
	const won =
		spec.family === 'largest-remainder'
			? remainderSeats(votes, wNum, wDen, input.seats, spec.quota)
			: divisorSeats(votes, wNum, wDen, input.seats, spec.divisors);
	if (won === null) return 'overflow';
	const seats = new Array<number>(n).fill(0);
	for (let a = 0; a < m; a++) seats[admitted[a]!] = won[a]!;
	return seats;
}

function remainderSeats(
	votes: readonly number[],
	wNum: readonly number[],
	wDen: readonly number[],
	seats: number,
	rule: QuotaRule
): number[] | null {
	const m = votes.length;
	let total = 0;
	for (let a = 0; a < m; a++) total += votes[a]!;
	// The quota as qNum / qDen, as in quotaFor.
	const qNum = rule === 'droop' ? Math.floor(total / (seats + 1)) + 1 : total;
	const qDen = rule === 'hare' ? seats : rule === 'droop' ? 1 : seats + 2;

	const whole = new Array<number>(m);
	const remNum = new Array<number>(m);
	const remDen = new Array<number>(m);
	let wholeSeats = 0;
	for (let a = 0; a < m; a++) {
		const num = votes[a]! * wNum[a]! * qDen;
		const den = wDen[a]! * qNum;
		if (num > SAFE || den > SAFE) return null;
		// % is exact on whole numbers below 2^53, and so is (num − rest) ÷ den.
		const rest = num % den;
		whole[a] = (num - rest) / den;
		remNum[a] = rest;
		remDen[a] = den;
		wholeSeats += whole[a]!;
	}
	const result = whole.slice();
	const left = seats - wholeSeats;
	// Without a weighted list every remainder has the same denominator: compare numerators.
	let sameDen = true;
	for (let a = 1; a < m; a++) if (wDen[a] !== wDen[0]) sameDen = false;
	if (left > 0 && left < m && sameDen) {
		// Fewer seats left than lists: the largest remainders, one each, the earlier list first on
		// equal remainders; a remainder that has had its seat is marked −1.
		for (let k = 0; k < left; k++) {
			let best = 0;
			for (let a = 1; a < m; a++) if (remNum[a]! > remNum[best]!) best = a;
			remNum[best] = -1;
			result[best]! += 1;
		}
		return result;
	}
	// Larger remainder first; equal remainders by registration order.
	const ranking = new Array<number>(m);
	for (let a = 0; a < m; a++) ranking[a] = a;
	ranking.sort((a, b) => compareFractions(remNum[b]!, remDen[b]!, remNum[a]!, remDen[a]!) || a - b);

	if (left > 0) {
		for (let k = 0; k < left; k++) result[ranking[k % m]!]! += 1;
	} else if (left < 0) {
		// Imperiali: smallest remainder gives a seat back first, the later list on equal ones.
		ranking.reverse();
		let taken = 0;
		while (taken < -left) {
			let progressed = false;
			for (let r = 0; r < m && taken < -left; r++) {
				const a = ranking[r]!;
				if (result[a]! <= 0) continue;
				result[a]! -= 1;
				taken += 1;
				progressed = true;
			}
			if (!progressed) throw new Error('fastSeats: no seat left to take back');
		}
	}
	return result;
}

/** d(k) × scale as a whole number: 1, 2, 3 …; 1, 3, 5 …; 7, 15, 25 … (1.4, 3, 5 over 5). */
function scaledDivisor(rule: DivisorRule, k: number): number {
	return rule === 'dhondt' ? k + 1 : rule === 'sainte-lague' ? 2 * k + 1 : k === 0 ? 7 : 10 * k + 5;
}

/**
 * A lower bound of each list's seats. Let e_i = votes × weight and E their sum. Under a divisor
 * λ, list i has c_i(λ) = #{k : e_i ÷ d(k) > λ} quotients above it, and those quotients are the
 * Σc_i largest of all: when Σc_i ≤ seats, the procedure gives every one of them a seat.
 * - D'Hondt (d(k) = k + 1): c_i ≤ e_i ÷ λ, so λ = E ÷ S keeps Σc_i ≤ S.
 * - Sainte-Laguë (2k + 1): c_i ≤ (e_i ÷ λ + 1) ÷ 2, so λ = E ÷ (2S − m) keeps Σc_i ≤ S.
 * - Modified Sainte-Laguë: its first divisor is larger, so c_i is at most Sainte-Laguë's.
 * λ is raised by 10⁻⁹ and each x_i = e_i ÷ λ lowered by 10⁻⁹ of itself, far more than the
 * rounding of a few float operations, so the integers taken below are true lower bounds of c_i.
 */
function startingSeats(
	votes: readonly number[],
	wNum: readonly number[],
	wDen: readonly number[],
	seats: number,
	rule: DivisorRule
): number[] {
	const m = votes.length;
	const start = new Array<number>(m).fill(0);
	const e = new Array<number>(m);
	let sum = 0;
	for (let a = 0; a < m; a++) {
		e[a] = (votes[a]! * wNum[a]!) / wDen[a]!;
		sum += e[a]!;
	}
	const room = rule === 'dhondt' ? seats : 2 * seats - m;
	if (room <= 0 || sum <= 0) return start;
	const lambda = (sum / room) * (1 + 1e-9);
	for (let a = 0; a < m; a++) {
		const x = (e[a]! / lambda) * (1 - 1e-9);
		if (rule === 'dhondt') {
			// #{k ≥ 0 : k + 1 < x} ≥ floor(x') for x' < x.
			start[a] = Math.max(0, Math.floor(x));
		} else {
			const y = (x - 1) / 2;
			if (rule === 'sainte-lague') {
				// #{k ≥ 0 : 2k + 1 < x}: the integers 0 … floor(y') all qualify.
				start[a] = y >= 0 ? Math.floor(y) + 1 : 0;
			} else {
				// [1.4 < x] + #{k ≥ 1 : 2k + 1 < x}.
				start[a] = (x > 1.4 ? 1 : 0) + (y >= 0 ? Math.floor(y) : 0);
			}
		}
	}
	return start;
}

function divisorSeats(
	votes: readonly number[],
	wNum: readonly number[],
	wDen: readonly number[],
	seats: number,
	rule: DivisorRule
): number[] | null {
	const m = votes.length;
	const scale = rule === 'modified-sainte-lague' ? 5 : 1;
	// Quotient of list a at k seats: numer[a] ÷ (wDen[a] × d(k)); compared by cross-multiplying.
	const numer = new Array<number>(m);
	let largestNumer = 0;
	let largestDen = 1;
	for (let a = 0; a < m; a++) {
		numer[a] = votes[a]! * wNum[a]! * scale;
		if (numer[a]! > largestNumer) largestNumer = numer[a]!;
		if (wDen[a]! > largestDen) largestDen = wDen[a]!;
	}
	// Every product below is at most largestNumer × largestDen × d(seats) × scale.
	if (largestNumer * largestDen * scaledDivisor(rule, seats) > SAFE) return null;

	let won = startingSeats(votes, wNum, wDen, seats, rule);
	let given = 0;
	for (let a = 0; a < m; a++) given += won[a]!;
	// Cannot happen (see startingSeats); if it ever did, starting from nothing is still right.
	if (given > seats) {
		won = new Array<number>(m).fill(0);
		given = 0;
	}
	// Each list's bid for its next seat, as numer / den.
	const bidDen = new Array<number>(m);
	for (let a = 0; a < m; a++) bidDen[a] = wDen[a]! * scaledDivisor(rule, won[a]!);
	for (; given < seats; given++) {
		let best = 0;
		for (let a = 1; a < m; a++) {
			// Strictly greater only: on equal quotients the earlier list keeps the lead.
			if (numer[a]! * bidDen[best]! > numer[best]! * bidDen[a]!) best = a;
		}
		won[best]! += 1;
		bidDen[best] = wDen[best]! * scaledDivisor(rule, won[best]!);
	}
	return won;
}
