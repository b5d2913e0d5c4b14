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
 *
 * Nothing is allocated per call but the answer: the working numbers live in typed arrays that
 * every call reuses (the engine runs on one thread and these functions never call each other).
 */
import type { AllocationInput } from './list-tier';
import { compareFractions, percentToRatio } from './exact';
import type { DivisorRule, QuotaRule } from './methods';
import { applyThreshold, type ListVotes, type ThresholdBase } from './threshold';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Seats of every list in input order; `'none'` when no list is admitted; `'overflow'` when the
 * numbers are too large for plain arithmetic and the BigInt path must decide.
 */
export type FastOutcome = number[] | 'none' | 'overflow';

// The reused working space, indexed by admitted list (a) or input list (i); made and grown by
// `reserve` (not at load, so that a page that never calls it does not keep this module).
let capacity = 0;
/** Per input list: 1 passed, 2 below the threshold, 0 no votes. */
let state: Uint8Array;
/** Input index of each admitted list. */
let index: Int32Array;
/** Votes, and the weight as wNum / wDen: 1, or 7/10 for the corrected runner-up. */
let votes: Float64Array;
let wNum: Float64Array;
let wDen: Float64Array;
/** Seats won so far. */
let won: Float64Array;
/**
 * Largest remainders: each remainder as remNum / remDen. Divisor methods: each list's quotient
 * for its next seat as remNum / remDen.
 */
let remNum: Float64Array;
let remDen: Float64Array;
/** Marks of the remainder ranking. */
let mark: Uint8Array;

function reserve(n: number): void {
	if (n <= capacity) return;
	capacity = Math.max(n, 2 * capacity, 16);
	state = new Uint8Array(capacity);
	index = new Int32Array(capacity);
	votes = new Float64Array(capacity);
	wNum = new Float64Array(capacity);
	wDen = new Float64Array(capacity);
	won = new Float64Array(capacity);
	remNum = new Float64Array(capacity);
	remDen = new Float64Array(capacity);
	mark = new Uint8Array(capacity);
}

/** Threshold percentages read as exact decimals, as fractions of one: [num, den]. */
const fractions = new Map<number, readonly [number, number] | null>();
let tNum = 0;
let tDen = 1;

/**
 * Sets tNum / tDen to the threshold as a fraction of one; false when it needs BigInt. A
 * percentage with at most three decimals is k / 1000 with k = round(1000 × percent): `k / 1000`
 * is the double nearest that decimal, so when it equals `percent`, `percent` was written as it
 * (no other decimal of three places lies within a rounding step of it below 2^40), which is how
 * `percentToRatio` reads it. Anything else is read by `percentToRatio` once and kept.
 */
function readThreshold(percent: number): boolean {
	const k = Math.round(percent * 1000);
	if (k / 1000 === percent) {
		tNum = k;
		tDen = 100_000;
		return true;
	}
	let cached = fractions.get(percent);
	if (cached === undefined) {
		const r = percentToRatio(percent);
		const den = r.den * 100n;
		cached = r.num <= BigInt(SAFE) && den <= BigInt(SAFE) ? [Number(r.num), Number(den)] : null;
		if (fractions.size > 4096) fractions.clear();
		fractions.set(percent, cached);
	}
	if (cached === null) return false;
	[tNum, tDen] = cached;
	return true;
}

/** Fills `state` for the lists; false when the threshold needs BigInt. */
function admit(
	lists: readonly ListVotes[],
	threshold: number,
	thresholdBase: ThresholdBase,
	againstAll: number,
	invalid: number
): boolean {
	if (!readThreshold(threshold)) return false;
	const n = lists.length;
	reserve(n);
	let base =
		thresholdBase === 'parties' ? 0 : thresholdBase === 'valid' ? againstAll : againstAll + invalid;
	for (let i = 0; i < n; i++) base += lists[i]!.votes;
	for (let i = 0; i < n; i++) {
		const v = lists[i]!.votes;
		state[i] = v <= 0 ? 0 : compareFractions(v, base, tNum, tDen) >= 0 ? 1 : 2;
	}
	return true;
}

/** Whether each list's own vote reaches the threshold (a runner-up admitted by rule does not). */
export function thresholdPasses(
	lists: readonly ListVotes[],
	threshold: number,
	thresholdBase: ThresholdBase,
	againstAll: number,
	invalid: number
): boolean[] {
	if (admit(lists, threshold, thresholdBase, againstAll, invalid)) {
		return lists.map((_, i) => state[i] === 1);
	}
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
	if (!admit(lists, input.threshold, input.thresholdBase, input.againstAll, input.invalid)) {
		return 'overflow';
	}
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
	const corrected = input.secondParty === 'runner-up-corrected' ? runnerUp : -1;
	let m = 0;
	for (let i = 0; i < n; i++) {
		if (state[i] !== 1) continue;
		index[m] = i;
		votes[m] = lists[i]!.votes;
		wNum[m] = i === corrected ? 7 : 1;
		wDen[m] = i === corrected ? 10 : 1;
		won[m] = 0;
		m += 1;
	}
	if (m === 0) return 'none';

	const method = input.method;
	const ok =
		method === 'hare' || method === 'droop' || method === 'imperiali'
			? remainderSeats(m, input.seats, method)
			: divisorSeats(m, input.seats, method);
	if (!ok) return 'overflow';
	const seats = new Array<number>(n).fill(0);
	for (let a = 0; a < m; a++) seats[index[a]!] = won[a]!;
	return seats;
}

/** Whether the remainder (or bid) of a is larger than b's; false when equal. */
function larger(a: number, b: number): boolean {
	return remDen[a] === remDen[b]
		? remNum[a]! > remNum[b]!
		: compareFractions(remNum[a]!, remDen[a]!, remNum[b]!, remDen[b]!) > 0;
}

/**
 * The next list of the remainder ranking that is not yet marked, and marks it: the largest
 * remainder, the earlier list on equal ones; with `smallest`, the smallest remainder, the later
 * list on equal ones (the ranking read backwards).
 */
function nextInRanking(m: number, smallest: boolean): number {
	let best = -1;
	for (let a = 0; a < m; a++) {
		if (mark[a] === 1) continue;
		if (best === -1 || (smallest ? !larger(a, best) : larger(a, best))) best = a;
	}
	mark[best] = 1;
	return best;
}

/** Largest remainders, into `won`; false when the numbers need BigInt. */
function remainderSeats(m: number, seats: number, rule: QuotaRule): boolean {
	let total = 0;
	for (let a = 0; a < m; a++) total += votes[a]!;
	// The quota as qNum / qDen, as in quotaFor.
	const qNum = rule === 'droop' ? Math.floor(total / (seats + 1)) + 1 : total;
	const qDen = rule === 'hare' ? seats : rule === 'droop' ? 1 : seats + 2;
	let given = 0;
	for (let a = 0; a < m; a++) {
		const num = votes[a]! * wNum[a]! * qDen;
		const den = wDen[a]! * qNum;
		if (num > SAFE || den > SAFE) return false;
		// % is exact on whole numbers below 2^53, and so is (num − rest) ÷ den.
		const rest = num % den;
		won[a] = (num - rest) / den;
		remNum[a] = rest;
		remDen[a] = den;
		mark[a] = 0;
		given += won[a]!;
	}
	let left = seats - given;
	if (left > 0) {
		// The ranking from the top, round after round: every list gets the whole rounds, the
		// first (left mod m) of the ranking one more.
		const rounds = Math.floor(left / m);
		if (rounds > 0) for (let a = 0; a < m; a++) won[a]! += rounds;
		for (left -= rounds * m; left > 0; left--) won[nextInRanking(m, false)]! += 1;
	} else if (left < 0) {
		// Imperiali: seats given back from the smallest remainder up, round after round, by
		// lists that still have one.
		let marked = 0;
		while (left < 0) {
			if (marked === m) {
				for (let a = 0; a < m; a++) mark[a] = 0;
				marked = 0;
			}
			const a = nextInRanking(m, true);
			marked += 1;
			if (won[a]! > 0) {
				won[a]! -= 1;
				left += 1;
			}
		}
	}
	return true;
}

/** d(k) × scale as a whole number: 1, 2, 3 …; 1, 3, 5 …; 7, 15, 25 … (1.4, 3, 5 over 5). */
function scaledDivisor(rule: DivisorRule, k: number): number {
	return rule === 'dhondt' ? k + 1 : rule === 'sainte-lague' ? 2 * k + 1 : k === 0 ? 7 : 10 * k + 5;
}

/**
 * Sets `won` to a lower bound of each list's seats. Let e_i = votes × weight and E their sum.
 * Under a divisor λ, list i has c_i(λ) = #{k : e_i ÷ d(k) > λ} quotients above it, and those
 * quotients are the Σc_i largest of all: when Σc_i ≤ seats, the procedure gives every one of them
 * a seat.
 * - D'Hondt (d(k) = k + 1): c_i ≤ e_i ÷ λ, so λ = E ÷ S keeps Σc_i ≤ S.
 * - Sainte-Laguë (2k + 1): c_i ≤ (e_i ÷ λ + 1) ÷ 2, so λ = E ÷ (2S − m) keeps Σc_i ≤ S.
 * - Modified Sainte-Laguë: its first divisor is larger, so c_i is at most Sainte-Laguë's.
 * λ is raised by 10⁻⁹ and each x_i = e_i ÷ λ lowered by 10⁻⁹ of itself, far more than the
 * rounding of a few float operations, so the integers taken below are true lower bounds of c_i.
 */
function startingSeats(m: number, seats: number, rule: DivisorRule): void {
	let sum = 0;
	for (let a = 0; a < m; a++) sum += (votes[a]! * wNum[a]!) / wDen[a]!;
	const room = rule === 'dhondt' ? seats : 2 * seats - m;
	if (room <= 0 || sum <= 0) return;
	const lambda = (sum / room) * (1 + 1e-9);
	for (let a = 0; a < m; a++) {
		const x = ((votes[a]! * wNum[a]!) / wDen[a]! / lambda) * (1 - 1e-9);
		const y = (x - 1) / 2;
		won[a] =
			rule === 'dhondt'
				? // #{k ≥ 0 : k + 1 < x} ≥ floor(x') for x' < x.
					Math.max(0, Math.floor(x))
				: rule === 'sainte-lague'
					? // #{k ≥ 0 : 2k + 1 < x}: the integers 0 … floor(y') all qualify.
						y >= 0
						? Math.floor(y) + 1
						: 0
					: // [1.4 < x] + #{k ≥ 1 : 2k + 1 < x}.
						(x > 1.4 ? 1 : 0) + (y >= 0 ? Math.floor(y) : 0);
	}
}

/** Highest averages, into `won`; false when the numbers need BigInt. */
function divisorSeats(m: number, seats: number, rule: DivisorRule): boolean {
	const scale = rule === 'modified-sainte-lague' ? 5 : 1;
	// Quotient of list a at k seats: remNum[a] ÷ (wDen[a] × d(k)); compared by cross-multiplying.
	let largestNumer = 0;
	let largestDen = 1;
	for (let a = 0; a < m; a++) {
		remNum[a] = votes[a]! * wNum[a]! * scale;
		if (remNum[a]! > largestNumer) largestNumer = remNum[a]!;
		if (wDen[a]! > largestDen) largestDen = wDen[a]!;
	}
	// Every product below is at most largestNumer × largestDen × d(seats) × scale.
	if (largestNumer * largestDen * scaledDivisor(rule, seats) > SAFE) return false;

	startingSeats(m, seats, rule);
	let given = 0;
	for (let a = 0; a < m; a++) given += won[a]!;
	// Cannot happen (see startingSeats); if it ever did, starting from nothing is still right.
	if (given > seats) {
		won.fill(0, 0, m);
		given = 0;
	}
	for (let a = 0; a < m; a++) remDen[a] = wDen[a]! * scaledDivisor(rule, won[a]!);
	for (; given < seats; given++) {
		let best = 0;
		// Strictly larger only: on equal quotients the earlier list keeps the lead.
		for (let a = 1; a < m; a++)
			if (remNum[a]! * remDen[best]! > remNum[best]! * remDen[a]!) best = a;
		won[best]! += 1;
		remDen[best] = wDen[best]! * scaledDivisor(rule, won[best]!);
	}
	return true;
}
