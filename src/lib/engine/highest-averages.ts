/**
 * Highest-averages (divisor) methods: seats go one at a time to the list with the largest
 * quotient votes ÷ divisor, where the divisor grows with the seats the list already has.
 *
 * - D'Hondt: 1, 2, 3, … @see V. D'Hondt, "Système pratique et raisonné de représentation
 *   proportionnelle" (1882); https://en.wikipedia.org/wiki/D%27Hondt_method
 * - Sainte-Laguë: 1, 3, 5, … @see A. Sainte-Laguë, "La représentation proportionnelle et la
 *   méthode des moindres carrés", Annales scientifiques de l'ENS 27 (1910)
 * - Modified Sainte-Laguë: 1.4, 3, 5, … (Norway, Sweden).
 *   @see https://en.wikipedia.org/wiki/Sainte-Lagu%C3%AB_method#Modified_Sainte-Lagu%C3%AB_method
 *
 * Divisors are kept as integers over a common scale (1.4 = 7/5), so every comparison is between
 * integer fractions and exact.
 */
import { compareFractions, type Ratio } from './exact';
import type { WeightedList } from './largest-remainder';
import type { DivisorRule } from './methods';
import type { Tie } from './ties';

/** The k-th divisor (k = seats already won, from 0) as scaledDivisor / scale. */
export function divisor(rule: DivisorRule, k: number): Ratio {
	switch (rule) {
		case 'dhondt':
			return { num: BigInt(k + 1), den: 1n };
		case 'sainte-lague':
			return { num: BigInt(2 * k + 1), den: 1n };
		case 'modified-sainte-lague':
			return k === 0 ? { num: 7n, den: 5n } : { num: BigInt(2 * k + 1), den: 1n };
	}
}

/** Integer divisors on a common scale, cheap to compare: d(k) × scale. */
function scaledDivisor(rule: DivisorRule, k: number): number {
	switch (rule) {
		case 'dhondt':
			return k + 1;
		case 'sainte-lague':
			return 2 * k + 1;
		case 'modified-sainte-lague':
			return k === 0 ? 7 : 5 * (2 * k + 1);
	}
}

const SCALE: Record<DivisorRule, number> = {
	dhondt: 1,
	'sainte-lague': 1,
	'modified-sainte-lague': 5
};

export interface DivisorSeat {
	/** 1-based seat number in the order seats were won. */
	readonly seat: number;
	readonly id: string;
	readonly divisor: Ratio;
	/** votes × weight ÷ divisor, exact: the average that won the seat. */
	readonly quotient: Ratio;
}

export interface DivisorRow {
	readonly id: string;
	readonly votes: number;
	readonly seats: number;
	/** The quotient this list would have bid for the next seat. */
	readonly nextQuotient: Ratio;
}

export interface HighestAveragesWorking {
	readonly family: 'highest-averages';
	readonly divisorRule: DivisorRule;
	readonly totalVotes: number;
	readonly seats: number;
	readonly rows: readonly DivisorRow[];
	readonly seatOrder: readonly DivisorSeat[];
	readonly ties: readonly Tie[];
}

/** The exact quotient votes × weight ÷ divisor(k). */
export function quotientAt(list: WeightedList, rule: DivisorRule, k: number): Ratio {
	const d = divisor(rule, k);
	return { num: BigInt(list.votes) * list.weight.num * d.den, den: list.weight.den * d.num };
}

/** Is list i's quotient at its k-th divisor larger than list j's at its l-th? */
type Comparer = (i: number, k: number, j: number, l: number) => boolean;

function numberComparer(lists: readonly WeightedList[], rule: DivisorRule): Comparer {
	const numer = lists.map((list) => list.votes * Number(list.weight.num) * SCALE[rule]);
	const weightDen = lists.map((list) => Number(list.weight.den));
	return (i, k, j, l) =>
		compareFractions(
			numer[i]!,
			weightDen[i]! * scaledDivisor(rule, k),
			numer[j]!,
			weightDen[j]! * scaledDivisor(rule, l)
		) > 0;
}

function bigintComparer(lists: readonly WeightedList[], rule: DivisorRule): Comparer {
	const numer = lists.map((list) => BigInt(list.votes) * list.weight.num * BigInt(SCALE[rule]));
	const weightDen = lists.map((list) => list.weight.den);
	return (i, k, j, l) =>
		numer[i]! * weightDen[j]! * BigInt(scaledDivisor(rule, l)) >
		numer[j]! * weightDen[i]! * BigInt(scaledDivisor(rule, k));
}

/**
 * Distributes `seats` among `lists` (registration order, all admitted, total votes > 0), one seat
 * at a time to the largest quotient; equal quotients go to the list registered earlier.
 */
export function highestAverages(
	lists: readonly WeightedList[],
	seats: number,
	rule: DivisorRule
): HighestAveragesWorking {
	const n = lists.length;
	const won = new Array<number>(n).fill(0);
	const seatOrder: DivisorSeat[] = [];
	// Quotient i as an integer fraction numer[i] / denom[i], the divisor scaled to an integer.
	// Plain numbers are exact only while every numerator stays below 2^53; otherwise BigInt.
	const fitsNumber = lists.every(
		(list) => list.votes * Number(list.weight.num) * SCALE[rule] <= Number.MAX_SAFE_INTEGER
	);
	const better = fitsNumber ? numberComparer(lists, rule) : bigintComparer(lists, rule);

	for (let seat = 1; seat <= seats; seat++) {
		let best = 0;
		for (let i = 1; i < n; i++) {
			// Strictly greater only: on equal quotients the earlier list keeps the lead.
			if (better(i, won[i]!, best, won[best]!)) best = i;
		}
		seatOrder.push({
			seat,
			id: lists[best]!.id,
			divisor: divisor(rule, won[best]!),
			quotient: quotientAt(lists[best]!, rule, won[best]!)
		});
		won[best]! += 1;
	}

	const ties: Tie[] = [];
	const last = seatOrder[seatOrder.length - 1];
	if (last) {
		// A tie decided a seat when a list's next quotient equals the quotient that won the last
		// seat: it lost that seat only by registration order.
		const lastValue = last.quotient;
		const equalsLast = (q: Ratio) => q.num * lastValue.den === lastValue.num * q.den;
		const lost = lists
			.map((_, i) => i)
			.filter((i) => equalsLast(quotientAt(lists[i]!, rule, won[i]!)));
		if (lost.length > 0) {
			const winners = lists
				.map((_, i) => i)
				.filter((i) => seatOrder.some((s) => s.id === lists[i]!.id && equalsLast(s.quotient)));
			const group = [...new Set([...winners, ...lost])].sort((a, b) => a - b);
			ties.push({
				stage: 'quotient',
				value: lastValue,
				tied: group.map((i) => lists[i]!.id),
				won: winners.map((i) => lists[i]!.id),
				lost: lost.map((i) => lists[i]!.id),
				rule: 'registration-order'
			});
		}
	}

	return {
		family: 'highest-averages',
		divisorRule: rule,
		totalVotes: lists.reduce((sum, list) => sum + list.votes, 0),
		seats,
		rows: lists.map((list, i) => ({
			id: list.id,
			votes: list.votes,
			seats: won[i]!,
			nextQuotient: quotientAt(list, rule, won[i]!)
		})),
		seatOrder,
		ties
	};
}
