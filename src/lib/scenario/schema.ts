/**
 * Validation of a scenario from outside (an imported file, a CLI argument, stored data): every
 * field typed and in range, cross-field rules checked. A bad scenario gets one clear message.
 */
import '../validation';
import * as z from 'zod';
import { METHOD_IDS } from '../engine/methods';
import { SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine/threshold';
import { SCENARIO_VERSION, type Scenario } from './types';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const percent = z.number().min(0).max(100);
/**
 * Control, direction (override, embedding, isolate), zero-width and other invisible format
 * characters, and line separators: a name holding one could display as another name (Unicode
 * TR #9; CVE-2021-42574). Refused in names from files as in codes and on the command line.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const text = z
	.string()
	.min(1)
	.max(200)
	.refine((s) => !INVISIBLE.test(s), 'must not hold control, direction or invisible characters');

const PartySchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
	name: z.strictObject({ en: text, ru: text, kk: text }),
	shortName: z.strictObject({ en: text, ru: text, kk: text }).optional(),
	colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #0072B2'),
	support: z.number().min(0).max(1e9),
	onOfficialBallot: z.boolean(),
	capacity: z.strictObject({
		members: count,
		regions: z.number().int().min(0).max(20),
		canMeetInPerson: z.boolean(),
		refusedIn2023: z.boolean()
	}),
	supportSource: z.array(text).max(20),
	capacitySource: z.array(text).max(20)
});

export const ScenarioSchema = z
	.strictObject({
		version: z.literal(SCENARIO_VERSION),
		totalSeats: z.number().int().min(1).max(500),
		districtSeats: z.number().int().min(0).max(500),
		mixed: z.enum(['parallel', 'compensatory']),
		overhang: z.enum(['fixed-house', 'extra-seats']),
		list: z.strictObject({
			method: z.enum(METHOD_IDS),
			threshold: percent,
			thresholdBase: z.enum(THRESHOLD_BASES),
			secondParty: z.enum(SECOND_PARTY_RULES)
		}),
		electorate: z.strictObject({
			registeredVoters: z.number().int().min(1).max(1e9),
			turnout: percent,
			invalid: z.number().min(0).max(99),
			againstAll: z.number().min(0).max(1e9)
		}),
		parties: z.array(PartySchema).min(1).max(30),
		access: z.strictObject({
			partyMembers: count,
			branchMembers: count,
			branchRegions: z.number().int().min(0).max(20),
			foundingGroup: count,
			inPersonCongress: z.boolean(),
			administrativeRefusals: z.boolean(),
			candidateDeposit: count,
			candidateRefusals: percent,
			candidateSignatures: count,
			offBallotVoters: z.enum(['stay-home', 'against-all', 'spread', 'to-party']),
			offBallotTarget: z.string().nullable()
		}),
		integrity: z.strictObject({
			enabled: z.boolean(),
			observerCoverage: percent,
			inflation: z.number().min(0).max(1000),
			party: z.string()
		}),
		districtModel: z.strictObject({
			seed: z
				.number()
				.int()
				.min(0)
				.max(2 ** 31 - 1),
			independentShare: percent,
			lowTurnoutEffect: z.number().min(0).max(5),
			districtSpread: z.number().min(0).max(200),
			regionalSpread: z.number().min(0).max(200)
		}),
		appointedSeats: z.number().int().min(0).max(500),
		officialYear: z.number().int().min(1990).max(2100).nullable()
	})
	.superRefine((s, ctx) => {
		if (s.districtSeats > s.totalSeats) {
			ctx.addIssue({
				code: 'custom',
				path: ['districtSeats'],
				message: `cannot exceed totalSeats (${s.totalSeats})`
			});
		}
		const ids = s.parties.map((p) => p.id);
		const twice = ids.find((id, i) => ids.indexOf(id) !== i);
		if (twice)
			ctx.addIssue({
				code: 'custom',
				path: ['parties'],
				message: `the party "${twice}" appears twice`
			});
		if (s.access.offBallotVoters === 'to-party' && !ids.includes(s.access.offBallotTarget ?? '')) {
			ctx.addIssue({
				code: 'custom',
				path: ['access', 'offBallotTarget'],
				message: 'must name one of the parties'
			});
		}
		if (s.integrity.enabled && s.integrity.party !== '' && !ids.includes(s.integrity.party)) {
			ctx.addIssue({
				code: 'custom',
				path: ['integrity', 'party'],
				message: 'must name one of the parties'
			});
		}
	});

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** One line naming the first problem: "list.threshold: Too big: expected number to be <=100". */
export function describeIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'invalid scenario';
	const path = issue.path.join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}

export function checkScenario(value: unknown): ScenarioCheck {
	const parsed = ScenarioSchema.safeParse(value);
	return parsed.success
		? { ok: true, scenario: parsed.data as Scenario }
		: { ok: false, error: describeIssue(parsed.error) };
}
