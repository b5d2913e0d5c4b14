/**
 * Issue 13 §1 and §3: URL parameters are data (a name like "constructor" is never a key into
 * Object.prototype), and a link is one scenario — decoding does not depend on parameter order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine';
import { checkExercise } from '../classroom/exercise-link';
import { SCENARIO_2023 } from './defaults';
import { PRESETS } from './presets';
import { checkScenario } from './schema';
import { applySet, readSetKey, SetError, valueText } from './set';
import type { Scenario } from './types';
import { encodeUrl, urlKey } from './url';
import { decodeUrl, linkCarries } from './url-decode';
import { PROTOTYPE_NAMES, TEACHER_EXERCISE } from '../testing/hostile';

const decode = (query: string) => decodeUrl(new URLSearchParams(query));

describe('prototype names in a link', () => {
	it('/?threshold=7&constructor.amanat=1 keeps the threshold and names the bad parameter', () => {
		const { scenario, rejected } = decode('threshold=7&constructor.amanat=1');
		expect(scenario.list.threshold).toBe(7);
		expect(rejected).toEqual(['constructor.amanat']);
	});

	const queries = PROTOTYPE_NAMES.flatMap((name) => [
		`${name}=1`,
		`${name}.amanat=1`,
		`support.${name}=1`,
		`${name}.${name}=1`
	]);
	it.each(queries)('%s is refused by name; the rest of the link is read', (query) => {
		const { scenario, rejected } = decode(`districts=49&${query}`);
		expect(scenario.districtSeats).toBe(49);
		expect(rejected).toEqual([new URLSearchParams(query).keys().next().value]);
	});

	it.each(PROTOTYPE_NAMES)('urlKey(%s) is the name itself, never a prototype value', (name) => {
		expect(urlKey(name)).toBe(name);
	});

	it.each(PROTOTYPE_NAMES)('applySet with %s throws a SetError, nothing else', (name) => {
		expect(() => applySet(SCENARIO_2023, `${name}=1`)).toThrow(SetError);
		expect(() => applySet(SCENARIO_2023, `${name}.amanat=1`)).toThrow(SetError);
		expect(readSetKey(SCENARIO_2023, name)).toBeUndefined();
	});

	it('a custom exercise starting from "constructor=1" is refused with a reason, not a hang', () => {
		const checked = checkExercise({
			...TEACHER_EXERCISE,
			start: { preset: '2023', set: ['constructor=1'] }
		});
		expect(checked).toEqual({
			ok: false,
			error: expect.stringMatching(/^start\.set\.0: unknown key/)
		});
	});
});

describe('a link is read as one scenario', () => {
	it.each(['total=20&districts=10', 'districts=10&total=20'])(
		'%s reads back 20 seats with 10 districts',
		(query) => {
			const { scenario, rejected } = decode(query);
			expect(rejected).toEqual([]);
			expect(scenario.totalSeats).toBe(20);
			expect(scenario.districtSeats).toBe(10);
		}
	);

	it('total=20 alone (the preset has 29 districts) is refused and named', () => {
		const { scenario, rejected } = decode('threshold=7&total=20');
		expect(rejected).toEqual(['total']);
		expect(scenario.totalSeats).toBe(SCENARIO_2023.totalSeats);
		expect(scenario.list.threshold).toBe(7);
	});

	it('a key given twice: the last value counts, the earlier one is named', () => {
		const { scenario, rejected } = decode('districts=120&districts=49');
		expect(scenario.districtSeats).toBe(49);
		expect(rejected).toEqual(['districts']);
	});
});

const percent = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0);
const count = fc.nat({ max: Number.MAX_SAFE_INTEGER });

/** A random valid scenario from a random preset: every field a link carries drawn afresh. */
const scenarioArb = fc.constantFrom(...PRESETS).chain((preset) => {
	const base = preset.scenario;
	const ids = base.parties.map((p) => p.id);
	return fc
		.record({
			totalSeats: fc.integer({ min: 1, max: 500 }),
			districtShare: fc.double({ min: 0, max: 1, noNaN: true }),
			mixed: fc.constantFrom('parallel', 'compensatory' as const),
			overhang: fc.constantFrom('fixed-house', 'extra-seats' as const),
			list: fc.record({
				method: fc.constantFrom(...METHOD_IDS),
				threshold: percent,
				thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
				secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
			}),
			electorate: fc.record({
				registeredVoters: fc.integer({ min: 1, max: 1e9 }),
				turnout: percent,
				invalid: fc.double({ min: 0, max: 99, noNaN: true }).map((x) => x + 0),
				againstAll: fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => x + 0)
			}),
			access: fc.record({
				partyMembers: count,
				branchMembers: count,
				branchRegions: fc.integer({ min: 0, max: 20 }),
				foundingGroup: count,
				inPersonCongress: fc.boolean(),
				administrativeRefusals: fc.boolean(),
				candidateDeposit: count,
				candidateRefusals: percent,
				candidateSignatures: count,
				offBallotVoters: fc.constantFrom('stay-home', 'against-all', 'spread', 'to-party' as const),
				offBallotTarget: fc.option(fc.constantFrom(...ids), { nil: null })
			}),
			integrity: fc.record({
				enabled: fc.boolean(),
				observerCoverage: percent,
				inflation: fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x + 0),
				party: fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 12 }))
			}),
			districtModel: fc.record({
				seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				independentShare: percent,
				lowTurnoutEffect: fc.double({ min: 0, max: 5, noNaN: true }).map((x) => x + 0),
				districtSpread: fc.double({ min: 0, max: 200, noNaN: true }).map((x) => x + 0),
				regionalSpread: fc.double({ min: 0, max: 200, noNaN: true }).map((x) => x + 0)
			}),
			parties: fc.tuple(
				...base.parties.map(() =>
					fc.record({
						support: fc.double({ min: 0, max: 1e9, noNaN: true }).map((x) => x + 0),
						members: count,
						regions: fc.integer({ min: 0, max: 20 }),
						canMeetInPerson: fc.boolean(),
						refusedIn2023: fc.boolean()
					})
				)
			),
			order: fc.nat()
		})
		.map((r) => {
			const access = {
				...r.access,
				offBallotTarget:
					r.access.offBallotVoters === 'to-party'
						? (r.access.offBallotTarget ?? ids[0]!)
						: r.access.offBallotTarget
			};
			const integrity =
				r.integrity.enabled && !ids.includes(r.integrity.party)
					? { ...r.integrity, party: ids[0]! }
					: r.integrity;
			const scenario: Scenario = {
				...base,
				totalSeats: r.totalSeats,
				districtSeats: Math.floor(r.districtShare * r.totalSeats),
				mixed: r.mixed,
				overhang: r.overhang,
				list: r.list,
				electorate: r.electorate,
				access,
				integrity,
				districtModel: r.districtModel,
				parties: base.parties.map((p, i) => {
					const { support, ...capacity } = r.parties[i]!;
					return { ...p, support, capacity };
				})
			};
			return { presetId: preset.id, scenario, order: r.order };
		});
});

/** A seeded Fisher–Yates shuffle (a small linear congruential generator is random enough). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seed >>> 0;
	for (let i = out.length - 1; i > 0; i--) {
		state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

describe('the link round trip', () => {
	it('10,000 random valid scenarios survive encode → decode exactly, in any parameter order', () => {
		fc.assert(
			fc.property(scenarioArb, ({ presetId, scenario, order }) => {
				expect(checkScenario(scenario)).toMatchObject({ ok: true });
				const written = [...encodeUrl(scenario, presetId, 'kk')];
				for (const params of [shuffle(written, order), [...written].reverse()]) {
					const decoded = decodeUrl(new URLSearchParams(params));
					expect(decoded.rejected).toEqual([]);
					expect(decoded.presetId).toBe(presetId);
					expect(decoded.lang).toBe('kk');
					expect(decoded.scenario).toEqual(scenario);
				}
			}),
			{ numRuns: 10_000 }
		);
	}, 120_000);
});

describe('valueText', () => {
	it.each([
		[5e-324, '0.' + '0'.repeat(323) + '5'],
		[1e-7, '0.0000001'],
		[1.5e-7, '0.00000015'],
		[1e21, '1000000000000000000000'],
		[1.25e22, '12500000000000000000000'],
		[4.999, '4.999'],
		[0, '0'],
		[true, 'true'],
		[null, '']
	])('writes %s as %s, which reads back exactly', (value, text) => {
		expect(valueText(value)).toBe(text);
		if (typeof value === 'number') expect(Number(text)).toBe(value);
	});
});

describe('linkCarries (issue 13 §3: a link that cannot carry a scenario says so)', () => {
	it('is true for a preset with any --set changes', () => {
		expect(linkCarries(applySet(SCENARIO_2023, 'threshold=7'), '2023')).toBe(true);
		expect(linkCarries(SCENARIO_2023, '2023')).toBe(true);
	});

	it.each([
		['a renamed party', { name: { en: 'Renamed', ru: 'R', kk: 'R' } }],
		['a recoloured party', { colour: '#000000' }],
		['a party with another id', { id: 'imported' }]
	])('is false for %s from an imported file', (_, change) => {
		const [first, ...rest] = SCENARIO_2023.parties;
		const imported = { ...SCENARIO_2023, parties: [{ ...first!, ...change }, ...rest] };
		expect(checkScenario(imported).ok).toBe(true);
		expect(linkCarries(imported, '2023')).toBe(false);
	});
});
