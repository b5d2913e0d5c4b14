/**
 * Each built-in exercise's recorded solution (`--set` changes to its start), by id; each
 * exercise's file says why it is right. Apart from the exercises (./index.ts), in a module of
 * its own, so that only the teacher's pages, which import this, carry them (a test scans the
 * build for them).
 */
export const SOLUTIONS: Readonly<Record<string, readonly string[]>> = {
	'baytaq-threshold': ['threshold=2.3'],
	'social-democrats-line': ['threshold=5.3'],
	'against-all-base': ['thresholdBase=parties'],
	'dhondt-hare': ['method=dhondt'],
	'members-barrier': ['partyMembers=10000', 'branchMembers=500'],
	'unregistered-opposition': ['administrativeRefusals=false', 'offBallotVoters=spread'],
	'one-party-2007': ['secondParty=runner-up'],
	'seven-percent-2023': ['threshold=7'],
	'turnout-mandate': ['support.new-party=337421'],
	'list-district-split': ['districtSeats=40'],
	'parallel-compensatory': ['mixed=compensatory'],
	'integrity-hypothetical': ['observerCoverage=0', 'inflation=100']
};
