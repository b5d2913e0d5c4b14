/**
 * From support and turnout to whole votes, and what the voters of parties off the ballot do.
 *
 * Support is given in votes at a reference electorate (for 2023, the official votes). The
 * scenario's electorate scales the reference to the valid votes it yields; parties on the real
 * ballot and against-all share those exactly. A party kept off the ballot that was on it in
 * reality hands its votes on as `offBallot` says; a party that was not on the real ballot but gets
 * on draws its votes from where its voters had gone — the same choice, run backwards.
 */
import { apportion } from './apportion';

export type OffBallot =
	| { readonly kind: 'stay-home' }
	| { readonly kind: 'against-all' }
	| { readonly kind: 'spread' }
	| { readonly kind: 'to-party'; readonly party: string };

export interface SupportEntry {
	readonly id: string;
	/** Votes at the reference electorate. */
	readonly support: number;
	/** Was on the real ballot: its support is part of the reference count. */
	readonly onOfficialBallot: boolean;
	/** Is on the ballot in this scenario. */
	readonly onBallot: boolean;
}

export interface VoteInput {
	readonly parties: readonly SupportEntry[];
	readonly againstAll: number;
	readonly registeredVoters: number;
	/** Percent. */
	readonly turnout: number;
	/** Percent of ballots. */
	readonly invalidPercent: number;
	readonly offBallot: OffBallot;
}

/** Votes that moved because a party was, or was not, on the ballot. */
export interface VoteTransfer {
	readonly from: string;
	/** A party id, 'against-all', or 'abstention'. */
	readonly to: string;
	readonly votes: number;
}

export interface VoteCount {
	/** Votes of every party, 0 for those off the ballot, in scenario order. */
	readonly votes: Readonly<Record<string, number>>;
	readonly againstAll: number;
	readonly invalid: number;
	readonly ballots: number;
	readonly valid: number;
	/** ballots ÷ registered voters, percent. */
	readonly turnout: number;
	readonly transfers: readonly VoteTransfer[];
}

export function countVotes(input: VoteInput): VoteCount {
	const ballots0 = Math.round((input.registeredVoters * input.turnout) / 100);
	const invalid0 = Math.round((ballots0 * input.invalidPercent) / 100);
	const valid0 = ballots0 - invalid0;

	// The reference count: real-ballot parties and against-all, scaled to this electorate.
	const reference = input.parties.filter((p) => p.onOfficialBallot);
	const shares = apportion(valid0, [...reference.map((p) => p.support), input.againstAll]);
	const votes: Record<string, number> = {};
	for (const p of input.parties) votes[p.id] = 0;
	reference.forEach((p, i) => (votes[p.id] = shares[i]!));
	let againstAll = shares[reference.length]!;
	const transfers: VoteTransfer[] = [];
	// Valid votes the people who did not vote could still cast: the registered voters without a
	// ballot, less the invalid share their ballots would have.
	let stayedHome =
		ballots0 > 0
			? Math.max(0, Math.floor(((input.registeredVoters - ballots0) * valid0) / ballots0))
			: 0;
	const referenceTotal = reference.reduce((a, p) => a + p.support, 0) + input.againstAll;
	const scale = referenceTotal > 0 ? valid0 / referenceTotal : 0;

	const recipients = (exclude: string) =>
		input.parties.filter((p) => p.onBallot && p.id !== exclude && votes[p.id]! > 0);

	// Real-ballot parties kept off: their voters go elsewhere.
	for (const p of reference) {
		if (p.onBallot) continue;
		const moving = votes[p.id]!;
		votes[p.id] = 0;
		if (moving === 0) continue;
		const off = input.offBallot;
		if (off.kind === 'to-party' && input.parties.some((q) => q.id === off.party && q.onBallot)) {
			votes[off.party]! += moving;
			transfers.push({ from: p.id, to: off.party, votes: moving });
		} else if (off.kind === 'spread' && recipients(p.id).length > 0) {
			const to = recipients(p.id);
			const parts = apportion(
				moving,
				to.map((q) => votes[q.id]!)
			);
			to.forEach((q, i) => {
				votes[q.id]! += parts[i]!;
				if (parts[i]! > 0) transfers.push({ from: p.id, to: q.id, votes: parts[i]! });
			});
		} else if (off.kind === 'against-all') {
			againstAll += moving;
			transfers.push({ from: p.id, to: 'against-all', votes: moving });
		} else {
			stayedHome += moving;
			transfers.push({ from: p.id, to: 'abstention', votes: moving });
		}
	}

	// Parties that were not on the real ballot but are now: their voters come back from where
	// the choice says they had gone; from abstention when that source is exhausted.
	for (const p of input.parties) {
		if (p.onOfficialBallot || !p.onBallot) continue;
		const wanted = Math.round(p.support * scale);
		if (wanted <= 0) continue;
		let taken = 0;
		const off = input.offBallot;
		if (off.kind === 'against-all') {
			taken = Math.min(wanted, againstAll);
			againstAll -= taken;
			if (taken > 0) transfers.push({ from: 'against-all', to: p.id, votes: taken });
		} else if (off.kind === 'to-party' && votes[off.party] !== undefined && off.party !== p.id) {
			taken = Math.min(wanted, votes[off.party]!);
			votes[off.party]! -= taken;
			if (taken > 0) transfers.push({ from: off.party, to: p.id, votes: taken });
		} else if (off.kind === 'spread') {
			const from = recipients(p.id).filter((q) => q.onOfficialBallot);
			const pool = from.reduce((a, q) => a + votes[q.id]!, 0);
			taken = Math.min(wanted, pool);
			const parts = apportion(
				taken,
				from.map((q) => votes[q.id]!)
			);
			from.forEach((q, i) => {
				votes[q.id]! -= parts[i]!;
				if (parts[i]! > 0) transfers.push({ from: q.id, to: p.id, votes: parts[i]! });
			});
		}
		// The rest come from people who did not vote, as long as there are any left.
		const fromHome = Math.min(wanted - taken, stayedHome);
		stayedHome -= fromHome;
		if (fromHome > 0) transfers.push({ from: 'abstention', to: p.id, votes: fromHome });
		votes[p.id]! += taken + fromHome;
	}

	const valid = Object.values(votes).reduce((a, b) => a + b, 0) + againstAll;
	// Voters who stay home or come out change the ballots; invalid ballots keep their share.
	const scaledInvalid =
		valid === valid0 || valid0 === 0 ? invalid0 : Math.round((valid * invalid0) / valid0);
	// Rounding must not put more ballots in the box than there are voters.
	const invalid = Math.max(0, Math.min(scaledInvalid, input.registeredVoters - valid));
	const ballots = valid + invalid;
	return {
		votes,
		againstAll,
		invalid,
		ballots,
		valid,
		turnout: input.registeredVoters > 0 ? (100 * ballots) / input.registeredVoters : 0,
		transfers
	};
}
