/**
 * An independent reference implementation of the list tier, for tests only. It is written to
 * differ from the engine on purpose, so that a mistake in one is unlikely to be repeated in the
 * other:
 *
 * - the threshold percentage is scaled to an integer number of 10^-d percent, never parsed as text;
 * - largest-remainder quotients are put over one common BigInt denominator, so that remainders are
 *   plain BigInt numerators (v·w·S mod V for Hare) compared directly;
 * - divisor methods do not hand out seats one at a time: every quotient v/d_k for k < S is written
 *   down, the whole table is sorted exactly, and the first S entries win.
 *
 * Only types come from the engine.
 */
import type { MethodId } from './methods';
import type { ListVotes, SecondPartyRule, ThresholdBase } from './threshold';

export interface ReferenceInput {
	readonly lists: readonly ListVotes[];
	readonly seats: number;
	readonly method: MethodId;
	readonly threshold: number;
	readonly thresholdBase: ThresholdBase;
	readonly againstAll: number;
	readonly invalid: number;
	readonly secondParty: SecondPartyRule;
}

export interface ReferenceResult {
	/** Ids of the lists that take part, in input order. */
	readonly admitted: readonly string[];
	readonly runnerUp: string | null;
	readonly seats: Readonly<Record<string, number>>;
}

/**
 * A percentage as an exact integer count of 10^-digits percent: 4.9 becomes { units: 49n,
 * digits: 1 }. The shortest decimal whose nearest double is the given number is the one that was
 * written, so the first scale at which a whole number divides back to it exactly is taken.
 */
export function scalePercent(percent: number): { units: bigint; digits: number } {
	for (let digits = 0; digits <= 20; digits++) {
		const power = 10 ** digits;
		const units = Math.round(percent * power);
		if (Number.isSafeInteger(units) && units / power === percent) {
			return { units: BigInt(units), digits };
		}
	}
	throw new RangeError(`scalePercent: ${percent} has too many decimals`);
}

/** votes · 100 ≥ T · base, with T = units / 10^digits, in integers. */
function passes(votes: number, percent: number, base: number): boolean {
	const { units, digits } = scalePercent(percent);
	return BigInt(votes) * 100n * 10n ** BigInt(digits) >= units * BigInt(base);
}

export function referenceAdmission(input: ReferenceInput): {
	admitted: boolean[];
	runnerUp: number;
} {
	let parties = 0;
	for (const list of input.lists) parties += list.votes;
	const base =
		input.thresholdBase === 'parties'
			? parties
			: input.thresholdBase === 'valid'
				? parties + input.againstAll
				: parties + input.againstAll + input.invalid;
	const admitted = input.lists.map(
		(list) => list.votes > 0 && passes(list.votes, input.threshold, base)
	);
	let runnerUp = -1;
	const passedCount = admitted.reduce((n, a) => n + (a ? 1 : 0), 0);
	if (input.secondParty !== 'off' && passedCount === 1) {
		// Walk from the last list to the first so that, on equal votes, the earlier list overwrites.
		for (let i = input.lists.length - 1; i >= 0; i--) {
			const votes = input.lists[i]!.votes;
			if (admitted[i] || votes === 0) continue;
			if (runnerUp === -1 || votes >= input.lists[runnerUp]!.votes) runnerUp = i;
		}
		if (runnerUp !== -1) admitted[runnerUp] = true;
	}
	return { admitted, runnerUp };
}

/** Weights in tenths: 10 for an ordinary list, 7 for a corrected runner-up. */
function weightsInTenths(input: ReferenceInput, runnerUp: number): bigint[] {
	return input.lists.map((_, i) =>
		input.secondParty === 'runner-up-corrected' && i === runnerUp ? 7n : 10n
	);
}

/**
 * Largest remainder over one common denominator. The quotient of list i is
 * v_i · (w_i/10) / (Qn/Qd) = (v_i · w_i · Qd) / (10 · Qn), so every list's quotient has the same
 * denominator 10·Qn and whole seats and remainders are a BigInt division and modulus.
 */
function referenceLargestRemainder(
	votes: readonly bigint[],
	tenths: readonly bigint[],
	seats: number,
	quota: 'hare' | 'droop' | 'imperiali'
): number[] {
	const total = votes.reduce((a, b) => a + b, 0n);
	const s = BigInt(seats);
	let qn: bigint;
	let qd: bigint;
	if (quota === 'hare') [qn, qd] = [total, s];
	else if (quota === 'imperiali') [qn, qd] = [total, s + 2n];
	else [qn, qd] = [total / (s + 1n) + 1n, 1n];
	const den = 10n * qn;
	const numerators = votes.map((v, i) => v * tenths[i]! * qd);
	const result = numerators.map((n) => Number(n / den));
	const rest = numerators.map((n) => n % den);
	const given = result.reduce((a, b) => a + b, 0);

	// Best remainder first; equal remainders: lower index first.
	const best = votes.map((_, i) => i);
	best.sort((a, b) => (rest[a]! === rest[b]! ? a - b : rest[a]! > rest[b]! ? -1 : 1));

	if (given < seats) {
		for (let k = 0; k < seats - given; k++) result[best[k % best.length]!]! += 1;
	} else if (given > seats) {
		// Smallest remainder gives back first; equal remainders: the higher index gives back.
		let excess = given - seats;
		while (excess > 0) {
			let moved = false;
			for (let r = best.length - 1; r >= 0 && excess > 0; r--) {
				const i = best[r]!;
				if (result[i]! === 0) continue;
				result[i]! -= 1;
				excess -= 1;
				moved = true;
			}
			if (!moved) throw new Error('reference: nothing left to take back');
		}
	}
	return result;
}

/** Divisor d_k as an integer fraction: [numerator, denominator]. */
function divisorAt(rule: 'dhondt' | 'sainte-lague' | 'modified-sainte-lague', k: number) {
	if (rule === 'dhondt') return [BigInt(k + 1), 1n] as const;
	if (rule === 'modified-sainte-lague' && k === 0) return [14n, 10n] as const;
	return [BigInt(2 * k + 1), 1n] as const;
}

interface Entry {
	readonly list: number;
	readonly k: number;
	readonly num: bigint;
	readonly den: bigint;
	/** An approximation used only to skip the exact comparison when two values are far apart. */
	readonly approx: number;
}

function compareEntries(a: Entry, b: Entry): number {
	const gap = a.approx - b.approx;
	if (Math.abs(gap) > 1e-9 * Math.max(a.approx, b.approx)) return gap > 0 ? -1 : 1;
	const left = a.num * b.den;
	const right = b.num * a.den;
	if (left !== right) return left > right ? -1 : 1;
	return a.list - b.list || a.k - b.k;
}

/** Every quotient v_i · w_i / d_k for k < S, sorted exactly from largest; the first S win. */
function referenceDivisor(
	votes: readonly bigint[],
	tenths: readonly bigint[],
	seats: number,
	rule: 'dhondt' | 'sainte-lague' | 'modified-sainte-lague'
): number[] {
	const entries: Entry[] = [];
	for (let i = 0; i < votes.length; i++) {
		for (let k = 0; k < seats; k++) {
			const [dn, dd] = divisorAt(rule, k);
			const num = votes[i]! * tenths[i]! * dd;
			const den = 10n * dn;
			entries.push({ list: i, k, num, den, approx: Number(num) / Number(den) });
		}
	}
	entries.sort(compareEntries);
	const result = votes.map(() => 0);
	for (const entry of entries.slice(0, seats)) result[entry.list]! += 1;
	return result;
}

export function referenceAllocate(input: ReferenceInput): ReferenceResult {
	const { admitted, runnerUp } = referenceAdmission(input);
	const seats: Record<string, number> = {};
	for (const list of input.lists) seats[list.id] = 0;
	const chosen = input.lists.map((_, i) => i).filter((i) => admitted[i]);
	const result: ReferenceResult = {
		admitted: chosen.map((i) => input.lists[i]!.id),
		runnerUp: runnerUp === -1 ? null : input.lists[runnerUp]!.id,
		seats
	};
	if (chosen.length === 0) return result;

	const tenths = weightsInTenths(input, runnerUp);
	const votes = chosen.map((i) => BigInt(input.lists[i]!.votes));
	const weights = chosen.map((i) => tenths[i]!);
	const m = input.method;
	const won =
		m === 'hare' || m === 'droop' || m === 'imperiali'
			? referenceLargestRemainder(votes, weights, input.seats, m)
			: referenceDivisor(votes, weights, input.seats, m);
	chosen.forEach((i, j) => (seats[input.lists[i]!.id] = won[j]!));
	return result;
}
