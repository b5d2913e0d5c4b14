import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateSide } from '../engine/districts';
import { simulate } from '../scenario/simulate';
import { SCENARIO_2023 } from '../scenario/defaults';
import { DISTRICT_AGREEMENT_2023 as A } from './district-agreement';
import { KNOWN_DISTRICT_WINNERS_2023 } from './regions';

/** The model's chamber for the 2023 inputs under one seed. */
function chamberAt(seed: number) {
	return simulate({ ...SCENARIO_2023, districtModel: { ...SCENARIO_2023.districtModel, seed } })
		.reported;
}

/** How many named winners the chamber's districts give to the same side. */
function agreement(chamber: ReturnType<typeof chamberAt>): number {
	return KNOWN_DISTRICT_WINNERS_2023.filter((known) => {
		const district = chamber.districts.find((d) => d.number === known.number)!;
		return candidateSide(district.candidates[district.winner]!) === known.party;
	}).length;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the district model’s agreement with 2023, across seeds', () => {
	const chambers = Array.from({ length: A.seeds }, (_, i) => chamberAt(i + 1));
	const agree = chambers.map(agreement);
	const independents = chambers.map((c) => c.independents);

	it('runs the 2023 inputs through the model, not the official result', () => {
		expect(chambers.every((c) => c.districtSource === 'model')).toBe(true);
	});

	it('counts the named winners it compares with', () => {
		expect(KNOWN_DISTRICT_WINNERS_2023).toHaveLength(A.named);
	});

	it.each([
		['mean agreement with the named winners', round1(mean(agree)), A.agreeMean],
		['least agreement', Math.min(...agree), A.agreeMin],
		['most agreement', Math.max(...agree), A.agreeMax],
		['mean self-nominated winners', round1(mean(independents)), A.independentsMean],
		['fewest self-nominated winners', Math.min(...independents), A.independentsMin],
		['most self-nominated winners', Math.max(...independents), A.independentsMax]
	])('gives the %s the texts quote', (_what, computed, quoted) => {
		expect(computed).toBe(quoted);
	});

	it('gives the official 22 + 7 at the default seed, and its agreement', () => {
		expect(SCENARIO_2023.districtModel.seed).toBe(A.defaultSeed);
		const chamber = chamberAt(A.defaultSeed);
		expect(chamber.parties.find((p) => p.id === 'amanat')?.districtSeats).toBe(22);
		expect(chamber.independents).toBe(7);
		expect(agreement(chamber)).toBe(A.defaultAgree);
	});

	it('names the agreement of giving every district to Amanat', () => {
		expect(KNOWN_DISTRICT_WINNERS_2023.filter((w) => w.party === 'amanat')).toHaveLength(
			A.allToRulingAgree
		);
	});

	it('quotes the same figures in docs/model.md', () => {
		const doc = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8').replace(
			/\s+/g,
			' '
		);
		for (const phrase of [
			`agrees with ${A.agreeMean} of the ${A.named} named winners on average (from ${A.agreeMin} to ${A.agreeMax})`,
			`${A.independentsMean} self-nominated winners on average (from ${A.independentsMin} to ${A.independentsMax})`,
			`seeds 1–${A.seeds}`,
			`seed ${A.defaultSeed}`
		]) {
			expect(doc.includes(phrase), `docs/model.md should say “${phrase}”`).toBe(true);
		}
	});
});
