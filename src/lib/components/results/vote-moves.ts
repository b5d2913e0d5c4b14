/**
 * The vote transfers of a count, grouped by the party whose place on the ballot caused them: a
 * party kept off hands its votes out; a party that was not on the real ballot draws them in.
 */
import type { Chamber } from '$lib/scenario/simulate';

export interface VoteMovePart {
	/** A party id, 'against-all' or 'abstention'. */
	readonly other: string;
	readonly votes: number;
}

export interface VoteMove {
	readonly party: string;
	/** `out`: the party is kept off and its votes go elsewhere; `in`: its votes come from elsewhere. */
	readonly direction: 'out' | 'in';
	readonly votes: number;
	readonly parts: readonly VoteMovePart[];
}

/** One entry per party that moved votes, in the order the count first moved them. */
export function groupVoteMoves(chamber: Chamber): VoteMove[] {
	const keptOff = new Set(chamber.parties.filter((p) => !p.onBallot).map((p) => p.id));
	const groups = new Map<
		string,
		{ party: string; direction: 'out' | 'in'; parts: VoteMovePart[] }
	>();
	for (const transfer of chamber.count.transfers) {
		const direction = keptOff.has(transfer.from) ? 'out' : 'in';
		const party = direction === 'out' ? transfer.from : transfer.to;
		const other = direction === 'out' ? transfer.to : transfer.from;
		const key = `${direction}:${party}`;
		let group = groups.get(key);
		if (!group) {
			group = { party, direction, parts: [] };
			groups.set(key, group);
		}
		group.parts.push({ other, votes: transfer.votes });
	}
	return [...groups.values()].map((g) => ({
		...g,
		votes: g.parts.reduce((a, p) => a + p.votes, 0)
	}));
}
