/**
 * Support as shares that always add up: the parties on the real ballot and against-all share
 * 100 % of the valid vote. Setting one share rescales the others in proportion, so the total
 * stays 100 %. Parties that were not on the real ballot have a share of the same total, added
 * only if they get on (see engine/votes.ts).
 */
import type { Scenario } from './types';

export const AGAINST_ALL = 'against-all';

/** Votes of the real-ballot parties and against-all: the 100 % that shares are taken of. */
export function referenceTotal(s: Scenario): number {
	return (
		s.parties.filter((p) => p.onOfficialBallot).reduce((a, p) => a + p.support, 0) +
		s.electorate.againstAll
	);
}

/** A party's (or against-all's) support as a percentage of the reference total. */
export function supportShare(s: Scenario, id: string): number {
	const total = referenceTotal(s);
	if (total <= 0) return 0;
	const weight =
		id === AGAINST_ALL
			? s.electorate.againstAll
			: (s.parties.find((p) => p.id === id)?.support ?? 0);
	return (100 * weight) / total;
}

/**
 * Sets one share to `percent` (0–100). For a real-ballot party or against-all the others are
 * rescaled in proportion so the shares still add up to 100 %; if all the others are zero they
 * share the rest equally. For a party not on the real ballot only its own support changes.
 */
export function setSupportShare(s: Scenario, id: string, percent: number): Scenario {
	const share = Math.min(100, Math.max(0, percent)) / 100;
	const total = referenceTotal(s) || 1;
	const target = s.parties.find((p) => p.id === id);
	if (target && !target.onOfficialBallot) {
		return {
			...s,
			parties: s.parties.map((p) => (p.id === id ? { ...p, support: share * total } : p))
		};
	}
	const current = id === AGAINST_ALL ? s.electorate.againstAll : (target?.support ?? 0);
	const othersBefore = total - current;
	const othersAfter = total * (1 - share);
	const others =
		s.parties.filter((p) => p.onOfficialBallot && p.id !== id).length +
		(id === AGAINST_ALL ? 0 : 1);
	const rescale = (w: number) =>
		othersBefore > 0 ? (w * othersAfter) / othersBefore : othersAfter / others;
	return {
		...s,
		parties: s.parties.map((p) =>
			!p.onOfficialBallot ? p : { ...p, support: p.id === id ? share * total : rescale(p.support) }
		),
		electorate: {
			...s.electorate,
			againstAll: id === AGAINST_ALL ? share * total : rescale(s.electorate.againstAll)
		}
	};
}
