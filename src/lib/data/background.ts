/**
 * The Background page's facts as data: how the Majilis has been made up since 1995, the Senate,
 * which majorities the Constitution asks for, and the 2023 ballot order. Each item names its
 * sources; the words for people are in the catalogue (`background.*`).
 * @see shared/domain/kazakhstan-majilis.md §2 "Earlier history", §3.4, §3.5
 */
import type { Citation } from './background-sources';

/** Who fills a seat: how a deputy got there, not which party they belong to. */
export const SEAT_KINDS = [
	'district',
	'list',
	'apk',
	'maslikhat',
	'appointed',
	'appointed-apk'
] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export interface SeatBlock {
	readonly kind: SeatKind;
	readonly count: number;
}

export interface ChamberMakeup {
	readonly house: number;
	/** In drawing order, left to right. */
	readonly blocks: readonly SeatBlock[];
}

export interface TimelineStep {
	readonly id: '1995' | '1999-2004' | '2007-2021' | '2022' | '2023';
	/** The chamber elected under this step's rules; null for a change of law with no election. */
	readonly chamber: ChamberMakeup | null;
	readonly sources: readonly Citation[];
}

/** The Majilis's electoral system, step by step. */
export const MAJILIS_TIMELINE: readonly TimelineStep[] = [
	{
		id: '1995',
		chamber: { house: 67, blocks: [{ kind: 'district', count: 67 }] },
		sources: ['sailaunews_history']
	},
	{
		id: '1999-2004',
		chamber: {
			house: 77,
			blocks: [
				{ kind: 'district', count: 67 },
				{ kind: 'list', count: 10 }
			]
		},
		sources: ['sailaunews_history', 'prg_2004_cec']
	},
	{
		id: '2007-2021',
		chamber: {
			house: 107,
			blocks: [
				{ kind: 'list', count: 98 },
				{ kind: 'apk', count: 9 }
			]
		},
		sources: ['ipu_2007', 'astanatimes_apk_2021', 'sailaunews_history']
	},
	{
		id: '2022',
		chamber: null,
		sources: [
			'loc_2022_referendum',
			'astanatimes_senate_2023',
			{ id: 'constitution_kz', article: 50 }
		]
	},
	{
		id: '2023',
		chamber: {
			house: 98,
			blocks: [
				{ kind: 'list', count: 69 },
				{ kind: 'district', count: 29 }
			]
		},
		sources: [{ id: 'constitution_kz', article: 50 }, 'vlast_2023_law_changes', 'interfax_2023']
	}
];

/**
 * The Senate as the 2022 amendments made it, first filled so in January 2023: two deputies
 * from each of the 20 regions and cities, elected by the maslikhats' deputies, and ten appointed
 * by the President, five of them on the proposal of the Assembly of People of Kazakhstan.
 */
export const SENATE: ChamberMakeup & { readonly sources: readonly Citation[] } = {
	house: 50,
	blocks: [
		{ kind: 'maslikhat', count: 40 },
		{ kind: 'appointed', count: 5 },
		{ kind: 'appointed-apk', count: 5 }
	],
	sources: [{ id: 'constitution_kz', article: 50 }, 'cec_senate_2023', 'astanatimes_senate_2023']
};

/** Senate deputies each region, city of republican significance and the capital elects. */
export const SENATORS_PER_UNIT = 2;

/** What a share of the deputies decides, and where the Constitution says so. */
export interface MajorityRule {
	readonly id: 'laws' | 'constitutional-laws' | 'amendments';
	/** The same share of the total number of deputies in each chamber. */
	readonly share: 'majority' | 'two-thirds' | 'three-quarters';
	/**
	 * Derived: the fewest seats that reach the share in the 98-seat Majilis and the 50-seat
	 * Senate (more than ½, at least ⅔, at least ¾), as the engine's majorityThresholds gives them;
	 * a test holds the two together. Written out so the page needs no engine code.
	 */
	readonly seats: { readonly majilis: number; readonly senate: number };
	readonly sources: readonly Citation[];
}

export const MAJORITY_RULES: readonly MajorityRule[] = [
	{
		id: 'laws',
		share: 'majority',
		seats: { majilis: 50, senate: 26 },
		sources: [{ id: 'constitution_kz', article: 62 }]
	},
	{
		id: 'constitutional-laws',
		share: 'two-thirds',
		seats: { majilis: 66, senate: 34 },
		sources: [{ id: 'constitution_kz', article: 62 }]
	},
	{
		id: 'amendments',
		share: 'three-quarters',
		seats: { majilis: 74, senate: 38 },
		sources: [{ id: 'constitution_kz', article: 62 }]
	}
];

/** Rules a voter met in 2023, each told in a few sentences (`background.<id>.p`). */
export const RULES_2023: readonly {
	id: 'maslikhat' | 'againstAll' | 'recall';
	sources: readonly Citation[];
}[] = [
	{ id: 'maslikhat', sources: ['sailaunews_2023_ballots', 'karin_10_innovations'] },
	{
		id: 'againstAll',
		sources: [
			'ani_2021_threshold',
			'karin_10_innovations',
			'astanatimes_2023_final',
			'sailaunews_2023_ballots'
		]
	},
	{ id: 'recall', sources: ['adilet_law_en'] }
];

/**
 * The 2023 party-list ballot from top to bottom, as the CEC's draw of lots set it, beside the
 * order the simulator lists the parties in: that of the official results table (data/elections.ts;
 * a test holds the two together).
 */
export const BALLOT_ORDER_2023 = {
	parties: ['amanat', 'auyl', 'respublica', 'qhp', 'baytaq', 'akzhol', 'jsdp'],
	appOrder: ['amanat', 'auyl', 'respublica', 'akzhol', 'qhp', 'jsdp', 'baytaq'],
	sources: ['ulysmedia_2023_ballot_order']
} as const satisfies {
	parties: readonly string[];
	appOrder: readonly string[];
	sources: readonly Citation[];
};

/** The sum of a chamber's blocks: what a step's drawing shows. */
export const seatsDrawn = (chamber: ChamberMakeup): number =>
	chamber.blocks.reduce((sum, block) => sum + block.count, 0);
