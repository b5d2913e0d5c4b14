/**
 * The seat formulas the simulator knows, as data. A method id names one formula; `methodSpec`
 * turns it into a discriminated union that the allocator switches on.
 */

/** Largest-remainder quotas. @see https://en.wikipedia.org/wiki/Largest_remainders_method */
export type QuotaRule = 'hare' | 'droop' | 'imperiali';

/** Highest-averages divisor sequences. @see https://en.wikipedia.org/wiki/Highest_averages_method */
export type DivisorRule = 'dhondt' | 'sainte-lague' | 'modified-sainte-lague';

export type MethodId = QuotaRule | DivisorRule;

export type MethodSpec =
	| { readonly family: 'largest-remainder'; readonly quota: QuotaRule }
	| { readonly family: 'highest-averages'; readonly divisors: DivisorRule };

/** Every method, in the order a picker shows them; Hare first because it is the law's. */
export const METHOD_IDS = [
	'hare',
	'droop',
	'imperiali',
	'dhondt',
	'sainte-lague',
	'modified-sainte-lague'
] as const satisfies readonly MethodId[];

const QUOTA_RULES: readonly string[] = ['hare', 'droop', 'imperiali'];

export function isMethodId(value: unknown): value is MethodId {
	return typeof value === 'string' && (METHOD_IDS as readonly string[]).includes(value);
}

export function methodSpec(id: MethodId): MethodSpec {
	return QUOTA_RULES.includes(id)
		? { family: 'largest-remainder', quota: id as QuotaRule }
		: { family: 'highest-averages', divisors: id as DivisorRule };
}
