/**
 * The district races of `runDistrictWins`, for many runs of one scenario's rules (Monte-Carlo).
 * What does not change between runs is worked out once (districts per region, their electorates,
 * each region's low-turnout pull); the races reuse typed arrays and two re-seeded random streams
 * and build no objects; and a district's votes are split only as far as its winner needs: when
 * the candidate with the largest weight is two whole votes clear of the next, it wins; otherwise
 * the whole parts of every candidate, then the remainder vote of those few who could still lead.
 * Every draw and every rounding is the one `runDistrictWins` makes, in the same order, so the
 * winners are the same, seat for seat (district-batch.test.ts compares them on random inputs).
 */
import { apportion } from './apportion';
import {
	districtCounts,
	FIELD_MIN,
	FIELD_SPREAD,
	NOMINATION_BREADTH,
	type DistrictModelKnobs,
	type DistrictRegion
} from './districts';
import { ReseedableStream } from './random';

/** The parts of a `DistrictInput` that stay the same from run to run. */
export interface DistrictRules {
	readonly regions: readonly DistrictRegion[];
	readonly seats: number;
	/** How many parties are on the ballot (the length of every run's votes). */
	readonly parties: number;
	readonly turnout2023: number;
	readonly selfNominated: number;
	readonly selfNominated2023: number;
	/** The model's knobs; each run brings its own seed. */
	readonly model: Omit<DistrictModelKnobs, 'seed'>;
}

interface RegionPlan {
	/** Index in the rules' regions: the key of its regional stream. */
	readonly index: number;
	readonly turnout2023: number;
	/** (independent share ÷ 100) × low-turnout pull × field effect: the first three factors. */
	readonly independentBase: number;
	readonly electorates: readonly number[];
}

/**
 * ⌊numerator ÷ sum⌋ exactly, for whole numbers whose products here stay below 2^53: float
 * division may round across an integer, so step back to the exact floor (as splitExactly does).
 */
function wholePart(numerator: number, sum: number): number {
	let part = Math.floor(numerator / sum);
	if (part * sum > numerator) part -= 1;
	else if ((part + 1) * sum <= numerator) part += 1;
	return part;
}

export class DistrictRacer {
	private readonly plans: RegionPlan[] = [];
	private readonly tau: number;
	private readonly tauHalfSquare: number;
	private readonly sigma: number;
	private readonly sigmaHalfSquare: number;
	private readonly regional = new ReseedableStream();
	private readonly local = new ReseedableStream();
	// Per party on the ballot.
	private readonly standing: Int32Array;
	private readonly chance: Float64Array;
	private readonly factor: Float64Array;
	private readonly strength: Float64Array;
	// Per candidate of one district, against-all last; grown when a field is larger.
	private nominee: Int32Array;
	private weight: Float64Array;
	private whole: Float64Array;
	private remainder: Float64Array;

	constructor(private readonly rules: DistrictRules) {
		const { model } = rules;
		this.tau = model.regionalSpread / 100;
		this.tauHalfSquare = (this.tau * this.tau) / 2;
		this.sigma = model.districtSpread / 100;
		this.sigmaHalfSquare = (this.sigma * this.sigma) / 2;
		const fieldEffect = Math.sqrt(rules.selfNominated / Math.max(rules.selfNominated2023, 1e-9));
		const counts = districtCounts(rules.regions, rules.seats);
		rules.regions.forEach((region, index) => {
			const n = counts[index]!;
			if (n === 0) return;
			const lowTurnout = Math.pow(
				rules.turnout2023 / Math.max(region.turnout2023, 1),
				model.lowTurnoutEffect
			);
			this.plans.push({
				index,
				turnout2023: region.turnout2023,
				independentBase: (model.independentShare / 100) * lowTurnout * fieldEffect,
				electorates: apportion(region.electorate, new Array<number>(n).fill(1))
			});
		});
		const p = rules.parties;
		this.standing = new Int32Array(p);
		this.chance = new Float64Array(p);
		this.factor = new Float64Array(p);
		this.strength = new Float64Array(p);
		const room = p + Math.ceil(2 * rules.selfNominated) + 2;
		this.nominee = new Int32Array(room);
		this.weight = new Float64Array(room);
		this.whole = new Float64Array(room);
		this.remainder = new Float64Array(room);
	}

	private grow(size: number): void {
		if (size <= this.weight.length) return;
		const room = 2 * size;
		const nominee = new Int32Array(room);
		nominee.set(this.nominee);
		const weight = new Float64Array(room);
		weight.set(this.weight);
		this.nominee = nominee;
		this.weight = weight;
		this.whole = new Float64Array(room);
		this.remainder = new Float64Array(room);
	}

	/**
	 * Runs every race and adds the winners to `wins`: `wins[i]` for the i-th party on the ballot,
	 * `wins[parties]` for self-nominated winners. The arguments are those of a `DistrictInput`.
	 */
	race(
		seed: number,
		votes: ArrayLike<number>,
		againstAllShare: number,
		validShare: number,
		turnout: number,
		wins: Int32Array
	): void {
		const { rules, standing, chance, factor, strength, local, regional } = this;
		const parties = rules.parties;
		let standingCount = 0;
		let largest = 0;
		for (let j = 0; j < parties; j++) {
			const v = votes[j]!;
			if (v > 0) standing[standingCount++] = j;
			if (v > largest) largest = v;
		}
		for (let i = 0; i < standingCount; i++) {
			chance[i] = Math.min(1, (NOMINATION_BREADTH * votes[standing[i]!]!) / largest);
		}
		const againstAllWeight = Math.round(1e9 * againstAllShare);
		let number = 0;

		for (const plan of this.plans) {
			// Each party's regional strength: log-normal with mean 1, drawn in the party's fixed order.
			regional.reset(seed, 1000 + plan.index);
			for (let j = 0; j < parties; j++) {
				factor[j] = Math.exp(this.tau * regional.normal() - this.tauHalfSquare);
			}
			for (let i = 0; i < standingCount; i++) {
				const j = standing[i]!;
				strength[i] = votes[j]! * factor[j]!;
			}
			const regionTurnout = Math.min(100, (plan.turnout2023 * turnout) / rules.turnout2023);
			for (const electorate of plan.electorates) {
				number += 1;
				local.reset(seed, number);
				const valid = Math.round(((electorate * regionTurnout) / 100) * validShare);
				const field = Math.max(
					1,
					Math.round(rules.selfNominated * (FIELD_MIN + FIELD_SPREAD * local.uniform()))
				);
				const independent = Math.min(
					0.85,
					plan.independentBase * Math.exp(this.sigma * local.normal() - this.sigmaHalfSquare)
				);
				const partyShare = Math.max(0, 1 - againstAllShare - independent);
				this.grow(standingCount + field + 1);
				const { nominee, weight } = this;
				let m = 0;
				let strengthSum = 0;
				for (let i = 0; i < standingCount; i++) {
					if (local.uniform() >= chance[i]!) continue;
					nominee[m] = standing[i]!;
					weight[m++] = strength[i]!;
					strengthSum += strength[i]!;
				}
				const perStrength = (1e9 * partyShare) / (strengthSum || 1);
				for (let i = 0; i < m; i++) weight[i] = Math.round(weight[i]! * perStrength);
				let splitSum = 0;
				for (let i = m; i < m + field; i++) {
					const u = local.uniform();
					const w = u * u * u * u;
					weight[i] = w;
					splitSum += w;
				}
				const perWeight = (1e9 * independent) / (splitSum || 1);
				for (let i = m; i < m + field; i++) weight[i] = Math.round(weight[i]! * perWeight);
				// The weights are whole numbers: their sum is exact in any order. Also kept: the
				// largest weight of all, and the two largest of the candidates (the first of them).
				let sum = againstAllWeight;
				let largestWeight = againstAllWeight;
				let first = 0;
				let firstWeight = -1;
				let secondWeight = -1;
				for (let i = 0; i < m + field; i++) {
					const w = weight[i]!;
					sum += w;
					if (w > largestWeight) largestWeight = w;
					if (w > firstWeight) {
						secondWeight = firstWeight;
						firstWeight = w;
						first = i;
					} else if (w > secondWeight) secondWeight = w;
				}
				const size = m + field + 1;
				weight[size - 1] = againstAllWeight;
				let winner: number;
				if (!(sum > 0 && valid * largestWeight + sum <= Number.MAX_SAFE_INTEGER)) {
					winner = this.apportionWinner(valid, size);
				} else if (
					secondWeight < 0 ||
					wholePart(valid * firstWeight, sum) - wholePart(valid * secondWeight, sum) >= 2
				) {
					// Whole parts grow with the weight, and the remainders add at most one vote: a
					// candidate two votes clear of the next before them wins, whatever they are.
					winner = first;
				} else {
					winner = this.splitWinner(valid, size, sum);
				}
				wins[winner < m ? nominee[winner]! : parties]! += 1;
			}
		}
	}

	/** The first candidate with most votes when `apportion` splits `valid` by the weights. */
	private apportionWinner(valid: number, size: number): number {
		const votes = apportion(valid, Array.from(this.weight.subarray(0, size)));
		let best = 0;
		for (let i = 1; i < size - 1; i++) if (votes[i]! > votes[best]!) best = i;
		return best;
	}

	/**
	 * The index of the candidate with most votes (the first of equals) when `valid` votes are
	 * split among the first `size` weights (against-all the last, which wins nothing) as
	 * `splitExactly` splits them; `sum` is the weights' total, with valid × weight + sum ≤ 2^53.
	 */
	private splitWinner(valid: number, size: number, sum: number): number {
		const { weight, whole, remainder } = this;
		// As in splitExactly: whole parts and remainders over the common denominator `sum`.
		let given = 0;
		let top = 0;
		for (let i = 0; i < size; i++) {
			const numerator = valid * weight[i]!;
			const part = wholePart(numerator, sum);
			whole[i] = part;
			remainder[i] = numerator - part * sum;
			given += part;
			if (i < size - 1 && part > top) top = part;
		}
		const left = valid - given;
		// The `left` largest remainders get one vote more (the earlier on equal ones): only a
		// candidate within one vote of the top can finish first.
		let best = -1;
		let bestVotes = -1;
		for (let i = 0; i < size - 1; i++) {
			const part = whole[i]!;
			if (part < top - 1) continue;
			let votes = part;
			if (left > 0) {
				const r = remainder[i]!;
				let ahead = 0;
				for (let j = 0; j < size && ahead < left; j++) {
					const q = remainder[j]!;
					if (q > r || (q === r && j < i)) ahead += 1;
				}
				if (ahead < left) votes += 1;
			}
			if (votes > bestVotes) {
				best = i;
				bestVotes = votes;
			}
		}
		return best;
	}
}
