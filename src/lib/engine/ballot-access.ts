/**
 * Who may stand at all: party registration and district candidacies, decided before any vote.
 * @see shared/domain/kazakhstan-majilis.md §4 (registration history, refusals, deposits)
 */

export interface PartyStanding {
	readonly members: number;
	readonly regions: number;
	readonly canMeetInPerson: boolean;
	readonly refusedIn2023: boolean;
}

export interface PartyBarriers {
	readonly partyMembers: number;
	readonly branchMembers: number;
	readonly branchRegions: number;
	readonly foundingGroup: number;
	readonly inPersonCongress: boolean;
	readonly administrativeRefusals: boolean;
}

/** One rule a party failed, with what it needed and what it had. */
export type AccessFailure =
	| { readonly rule: 'members'; readonly needed: number; readonly has: number }
	| { readonly rule: 'branches'; readonly needed: number; readonly has: number }
	/** Members needed to staff every required branch, and the members the party has. */
	| { readonly rule: 'branch-size'; readonly needed: number; readonly has: number }
	| { readonly rule: 'founding-group'; readonly needed: number; readonly has: number }
	| { readonly rule: 'in-person-congress' }
	| { readonly rule: 'administrative-refusal' };

export interface PartyAccess {
	readonly id: string;
	readonly onBallot: boolean;
	/** Every rule the party failed, in the order the law checks them; empty when on the ballot. */
	readonly failures: readonly AccessFailure[];
}

/**
 * A party is registered when it has the members, a branch of enough members in every required
 * region, its founding group, a congress it can hold as the law demands, and no refusal. The
 * branch rule needs branches in enough regions (`branches`) and enough members to staff them all
 * (`branch-size`: branchRegions × branchMembers).
 */
export function checkParty(id: string, party: PartyStanding, rules: PartyBarriers): PartyAccess {
	const failures: AccessFailure[] = [];
	if (party.members < rules.partyMembers) {
		failures.push({ rule: 'members', needed: rules.partyMembers, has: party.members });
	}
	if (party.regions < rules.branchRegions) {
		failures.push({ rule: 'branches', needed: rules.branchRegions, has: party.regions });
	}
	// Every required branch needs its members: branchRegions × branchMembers in all.
	const branchTotal = rules.branchRegions * rules.branchMembers;
	if (party.members < branchTotal) {
		failures.push({ rule: 'branch-size', needed: branchTotal, has: party.members });
	}
	if (party.members < rules.foundingGroup) {
		failures.push({ rule: 'founding-group', needed: rules.foundingGroup, has: party.members });
	}
	if (rules.inPersonCongress && !party.canMeetInPerson)
		failures.push({ rule: 'in-person-congress' });
	if (rules.administrativeRefusals && party.refusedIn2023) {
		failures.push({ rule: 'administrative-refusal' });
	}
	return { id, onBallot: failures.length === 0, failures };
}

export interface CandidateBarriers {
	/** Tenge. */
	readonly candidateDeposit: number;
	/** Percent of nominees refused. */
	readonly candidateRefusals: number;
	readonly candidateSignatures: number;
}

/**
 * 2023 reference points for the self-nominated field: 359 self-nominated candidates registered in
 * 29 districts, with a deposit of 1,050,000 tenge, 125 of 609 nominees refused, no signatures.
 * @see shared/domain/kazakhstan-majilis.md §1.1 [sailaunews_smd_registration], §4.3 [aqmolanews_deposit]
 */
export const SELF_NOMINATED_2023 = {
	registeredPerDistrict: 359 / 29,
	deposit: 1_050_000,
	refusalPercent: (100 * 125) / 609,
	/** 525 self-nominated of 609 nominees: the field before any refusal. */
	nominatedPerDistrict: 525 / 29
} as const;

/**
 * How many self-nominated candidates stand in an average district. Assumptions (docs/model.md):
 * nominations scale with (2023 deposit ÷ deposit)^0.5, so halving the deposit brings about 41 %
 * more; every 1,000 required signatures halves them again; refusals remove their share. Never more
 * than twice the 2023 nominations, never fewer than one.
 */
export function selfNominatedPerDistrict(rules: CandidateBarriers): number {
	const depositFactor = Math.sqrt(
		SELF_NOMINATED_2023.deposit / Math.max(rules.candidateDeposit, 50_000)
	);
	const signatureFactor = 1 / (1 + rules.candidateSignatures / 1000);
	const kept = (100 - rules.candidateRefusals) / (100 - SELF_NOMINATED_2023.refusalPercent);
	const field = SELF_NOMINATED_2023.registeredPerDistrict * depositFactor * signatureFactor * kept;
	return Math.max(1, Math.min(2 * SELF_NOMINATED_2023.nominatedPerDistrict, field));
}
