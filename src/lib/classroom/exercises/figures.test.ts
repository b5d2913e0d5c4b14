/**
 * Every figure the exercises state, in all three languages, against the model.
 *
 * For each exercise and each part of its text (title, learning goal, task, hints, questions,
 * answer) the table below lists the figures that part states, each computed by running the
 * simulator on the exercise's scenario (its preset and `--set` changes), or read from the inputs
 * of that scenario, or — when no model computes it (a date, a count from a report, a definition)
 * — listed with the source it comes from. The test reads the catalogues, extracts every number
 * written in each part (1,050,000 and 2.30 in English; 1 050 000 and 2,30 in Russian and Kazakh)
 * and requires exactly the listed figures, as a multiset: a changed, added or dropped number in
 * any language fails. Claims that carry no number (who enters, who stays out, which chamber is
 * unchanged) are asserted beside the figures they go with.
 */
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../data/regions';
import { METHOD_IDS } from '../../engine/methods';
import { SOURCES } from '../../data/sources';
import type { Chamber, PartyResult, SimulationResult } from '../../scenario/simulate';
import enKey from '../../i18n/en/exercises-key.json';
import en from '../../i18n/en/exercises.json';
import kkKey from '../../i18n/kk/exercises-key.json';
import kk from '../../i18n/kk/exercises.json';
import ruKey from '../../i18n/ru/exercises-key.json';
import ru from '../../i18n/ru/exercises.json';
import { OPPOSITION_SUPPORT_2023 } from '../../scenario/parties';
import { findPreset } from '../../scenario/presets';
import { runScenario } from '../../scenario/run';
import { applySet } from '../../scenario/set';
import type { Scenario } from '../../scenario/types';
import { startScenario } from '../goals';
import type { Exercise } from '../types';
import { EXERCISES } from './index';
import { SOLUTIONS } from './solutions';

type Lang = 'en' | 'ru' | 'kk';
const CATALOGUES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
	en: { ...en, ...enKey },
	ru: { ...ru, ...ruKey },
	kk: { ...kk, ...kkKey }
};
const LANGS = Object.keys(CATALOGUES) as Lang[];

/** Groups of three digits: a comma in English; a space, no-break or narrow no-break space in ru/kk. */
const NUMBER: Readonly<Record<Lang, RegExp>> = {
	en: /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)/gu,
	ru: /(?<![\d,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?!\d)/gu,
	kk: /(?<![\d,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?!\d)/gu
};

/** Every number written in a text, parsed as the language writes it. */
function figuresIn(lang: Lang, text: string): number[] {
	return (text.match(NUMBER[lang]) ?? []).map((token) =>
		lang === 'en'
			? Number(token.replaceAll(',', ''))
			: Number(token.replace(/[ \u00a0\u202f]/gu, '').replace(',', '.'))
	);
}

/** Where a figure comes from. */
type Origin =
	| { readonly kind: 'model'; readonly why: string }
	| { readonly kind: 'input'; readonly why: string }
	| { readonly kind: 'fact'; readonly source: string; readonly why: string }
	| { readonly kind: 'definition'; readonly why: string };
interface Figure {
	readonly value: number;
	readonly origin: Origin;
}

/** Computed by the simulator for the exercise's scenario. */
const model = (value: number, why: string): Figure => ({ value, origin: { kind: 'model', why } });
/** A setting of the scenario: the preset's rules, the exercise's start or solution, a probe. */
const input = (value: number, why: string): Figure => ({ value, origin: { kind: 'input', why } });
/** Not computed: a date or a count from a report, with its source in shared/domain. */
const fact = (value: number, source: keyof typeof SOURCES, why: string): Figure => ({
	value,
	origin: { kind: 'fact', source, why }
});
/** Part of a definition (a formula's constants), true whatever the votes. */
const definition = (value: number, why: string): Figure => ({
	value,
	origin: { kind: 'definition', why }
});

/** The figures each part of an exercise states; parts not listed state none. */
type Parts = Readonly<Record<string, readonly Figure[]>>;

const round = (x: number, digits: number) => Number(x.toFixed(digits));
/** Rounded up to the thousand: "about 336,000 votes" is the least that is enough. */
const upToThousand = (x: number) => Math.ceil(x / 1000) * 1000;

const run: (s: Scenario) => SimulationResult = runScenario;
const scenarioOf = (preset: string, set: readonly string[] = []): Scenario =>
	set.reduce(applySet, findPreset(preset)!.scenario);
const reported = (preset: string, set: readonly string[] = []): Chamber =>
	run(scenarioOf(preset, set)).reported;
const exerciseChamber = (e: Exercise, set: readonly string[] = []): Chamber =>
	run(set.reduce(applySet, startScenario(e))).reported;

function party(c: Chamber, id: string): PartyResult {
	const found = c.parties.find((p) => p.id === id);
	if (!found) throw new Error(`no party ${id}`);
	return found;
}
const pct = (c: Chamber, id: string, digits = 2) => round(party(c, id).votePercent, digits);
/** Seats by party, leaving out parties with none (a hypothetical list added with no seat). */
const seatsOf = (c: Chamber) =>
	Object.fromEntries(c.parties.filter((p) => p.seats > 0).map((p) => [p.id, p.seats]));
const listSeatsOf = (c: Chamber) => Object.fromEntries(c.parties.map((p) => [p.id, p.listSeats]));
const lines = (c: Chamber) => Object.fromEntries(c.majorities.map((m) => [m.name, m.seats]));
const gallagher = (c: Chamber) => round(c.metrics.gallagher, 2);

function allocated(c: Chamber) {
	if (c.allocation?.status !== 'allocated') throw new Error('no list seats were allocated');
	return c.allocation;
}
/** The Hare quota (votes of the admitted lists ÷ list seats), as a number. */
function hareQuota(c: Chamber): number {
	const working = allocated(c).working;
	if (working.family !== 'largest-remainder') throw new Error('not a quota method');
	return Number(working.quota.num) / Number(working.quota.den);
}
/** A list's votes ÷ the votes of all the lists that took part in the list seats, in percent. */
function shareOfAdmitted(c: Chamber, id: string): number {
	const admitted = allocated(c).threshold.admitted;
	const total = admitted.reduce((sum, a) => sum + party(c, a).votes, 0);
	return (100 * party(c, id).votes) / total;
}
/** The value of a `key=value` assignment in a list of them. */
function setting(set: readonly string[], key: string): number {
	const found = set.find((a) => a.startsWith(`${key}=`));
	if (!found) throw new Error(`no ${key} in ${set.join(' ')}`);
	return Number(found.slice(key.length + 1));
}
/** The largest integer in [lo, hi] where a monotone predicate holds (true below, false above). */
function lastTrue(lo: number, hi: number, holds: (n: number) => boolean): number {
	expect(holds(lo) && !holds(hi + 1)).toBe(true);
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (holds(mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

const solutionOf = (e: Exercise) => SOLUTIONS[e.id]!;

const preset2023 = findPreset('2023')!;
const YEAR = preset2023.year!;
const official = reported('2023');
const law = preset2023.scenario.list.threshold;
const count = official.count;
const listsOnly = count.valid - count.againstAll;
const registered = preset2023.scenario.electorate.registeredVoters;

/** The figures of each exercise, part by part. */
const FIGURES: Readonly<Record<string, (e: Exercise) => Parts>> = {
	'baytaq-threshold': (e) => {
		const votes = party(official, 'baytaq').votes;
		const share = pct(official, 'baytaq');
		const inAt = (hundredths: number) =>
			party(exerciseChamber(e, [`threshold=${hundredths / 100}`]), 'baytaq').seats > 0;
		const highest = lastTrue(1, law * 100, inAt) / 100;
		const outAt = round(highest + 0.01, 2);
		const tryFirst = round(highest + 0.1, 1);
		expect(inAt(tryFirst * 100)).toBe(false);
		const at = exerciseChamber(e, [`threshold=${highest}`]);
		// Only Amanat gives up a seat.
		const changed = official.parties.filter(
			(p) => p.id !== 'baytaq' && party(at, p.id).seats !== p.seats
		);
		expect(changed.map((p) => p.id)).toEqual(['amanat']);
		const y = model(YEAR, 'the election year of the preset');
		return {
			task: [model(share, "Baytaq's share"), input(law, 'the legal threshold'), y],
			'hint.1': [y],
			'hint.3': [
				model(share, "Baytaq's share"),
				input(tryFirst, 'a threshold just above the highest that admits Baytaq'),
				model(highest, 'the highest threshold that admits Baytaq')
			],
			'question.2': [model(votes, "Baytaq's votes"), y],
			answer: [
				model(highest, 'the highest threshold that admits Baytaq'),
				input(outAt, 'one hundredth above: Baytaq out'),
				model(party(at, 'baytaq').listSeats, "Baytaq's list seats"),
				model(Math.round(hareQuota(official)), 'the official Hare quota'),
				model(Math.round(hareQuota(at)), 'the Hare quota with Baytaq in'),
				model(party(at, 'amanat').listSeats, "Amanat's list seats with Baytaq in"),
				model(party(official, 'amanat').listSeats, "Amanat's official list seats"),
				model(party(at, 'amanat').seats, "Amanat's seats with Baytaq in"),
				model(gallagher(official), 'official Gallagher index'),
				model(gallagher(at), 'Gallagher index with Baytaq in'),
				model(votes, "Baytaq's votes"),
				y
			]
		};
	},

	'social-democrats-line': (e) => {
		const threshold = setting(solutionOf(e), 'threshold');
		const out = exerciseChamber(e, solutionOf(e));
		const jsdp = party(official, 'jsdp');
		const line = allocated(official).threshold.minimumVotes;
		const pJ = pct(official, 'jsdp');
		const pQ = pct(official, 'qhp');
		// Every threshold above the Social Democrats' share and up to the People's Party's leaves
		// exactly five lists in, the Social Democrats out.
		for (const t of [round(pJ + 0.01, 2), pQ]) {
			const c = exerciseChamber(e, [`threshold=${t}`]);
			expect(c.parties.filter((p) => p.seats > 0).length).toBe(5);
			expect(party(c, 'jsdp').seats).toBe(0);
		}
		expect(party(exerciseChamber(e, [`threshold=${round(pQ + 0.01, 2)}`]), 'qhp').seats).toBe(0);
		// Respublica and Ak Zhol both go from 6 to 7; Auyl and the People's Party keep theirs.
		const list = listSeatsOf(out);
		const before = listSeatsOf(official);
		expect([before.respublica, list.respublica]).toEqual([before.akzhol, list.akzhol]);
		expect([list.auyl, list.qhp]).toEqual([before.auyl, before.qhp]);
		const y = model(YEAR, 'the election year of the preset');
		const seats4 = model(jsdp.listSeats, "the Social Democrats' list seats");
		return {
			title: [input(law, 'the legal threshold')],
			task: [model(pJ, "the Social Democrats' share"), seats4, seats4, y],
			'hint.2': [model(pJ, "the Social Democrats' share"), model(pQ, "the People's Party's share")],
			'hint.3': [input(threshold, 'the solution'), y],
			'question.1': [model(jsdp.votes, "the Social Democrats' votes")],
			'question.2': [seats4],
			'question.3': [
				seats4,
				input(round(law - 0.01, 2), 'a share just under the line'),
				model(pJ, "the Social Democrats' share")
			],
			answer: [
				y,
				input(law, 'the legal threshold'),
				model(line, 'the fewest votes that reach 5 %'),
				input(law, 'the legal threshold'),
				model(count.valid, 'votes for lists and against all'),
				model(jsdp.votes, "the Social Democrats' votes"),
				model(jsdp.votes - line, 'votes above the line'),
				model(round(jsdp.votePercent - law, 1), 'percentage points above the line'),
				input(threshold, 'the solution'),
				model(pJ, "the Social Democrats' share"),
				model(pQ, "the People's Party's share"),
				seats4,
				model(before.amanat!, "Amanat's official list seats"),
				model(list.amanat!, "Amanat's list seats without them"),
				model(before.respublica!, "Respublica's and Ak Zhol's official list seats"),
				model(list.respublica!, "Respublica's and Ak Zhol's list seats without them"),
				model(list.auyl!, "Auyl's list seats"),
				model(list.qhp!, "the People's Party's list seats"),
				model(party(official, 'amanat').seats, "Amanat's official seats"),
				model(party(out, 'amanat').seats, "Amanat's seats without them"),
				model(gallagher(official), 'official Gallagher index'),
				model(gallagher(out), 'Gallagher index without them'),
				model(pJ, "the Social Democrats' share")
			]
		};
	},

	'against-all-base': (e) => {
		const threshold = setting(e.start.set, 'threshold');
		const votes = party(official, 'jsdp').votes;
		const back = exerciseChamber(e, solutionOf(e));
		expect(seatsOf(back)).toEqual(seatsOf(official));
		const onBallots = exerciseChamber(e, ['thresholdBase=ballots']);
		expect(party(onBallots, 'jsdp').seats).toBe(0);
		expect(allocated(onBallots).threshold.baseVotes).toBe(count.ballots);
		expect(allocated(back).threshold.baseVotes).toBe(listsOnly);
		// At the real threshold the base changes nothing.
		for (const base of ['parties', 'valid', 'ballots']) {
			expect(seatsOf(reported('2023', [`thresholdBase=${base}`]))).toEqual(seatsOf(official));
		}
		const y = model(YEAR, 'the election year of the preset');
		const start = input(threshold, 'the threshold the exercise starts from');
		const share = (base: number) => model(round((100 * votes) / base, 2), 'share on a base');
		return {
			task: [start, y],
			'hint.1': [y],
			'hint.2': [start],
			'hint.3': [model(count.againstAll, 'votes against all')],
			'question.1': [
				model(votes, "the Social Democrats' votes"),
				model(count.valid, 'votes for lists and against all'),
				model(listsOnly, 'votes for lists'),
				model(count.ballots, 'ballots cast')
			],
			'question.3': [input(law, 'the legal threshold'), y],
			answer: [
				model(listsOnly, 'votes for lists'),
				share(listsOnly),
				start,
				model(party(back, 'jsdp').seats, "the Social Democrats' seats back in"),
				model(count.valid, 'votes for lists and against all'),
				share(count.valid),
				model(count.ballots, 'ballots cast'),
				share(count.ballots),
				input(law, 'the legal threshold'),
				y,
				y,
				share(count.ballots)
			]
		};
	},

	'dhondt-hare': (e) => {
		const dhondt = exerciseChamber(e, solutionOf(e));
		const quota = hareQuota(official);
		const a = party(official, 'amanat');
		const j = party(official, 'jsdp');
		const d = listSeatsOf(dhondt);
		const o = listSeatsOf(official);
		// Only Amanat and the Social Democrats change.
		const changed = Object.keys(o).filter((id) => o[id] !== d[id]);
		expect(changed.sort()).toEqual(['amanat', 'jsdp']);
		// The two remainder seats go to the Social Democrats first, then Amanat.
		const working = allocated(official).working;
		expect(
			working.family === 'largest-remainder' && working.remainderOrder.map((r) => r.id)
		).toEqual(['jsdp', 'amanat']);
		// The last D'Hondt seat: Amanat's 41st quotient beats the Social Democrats' 4th.
		const lastAmanat = a.votes / d.amanat!;
		const nextJsdp = j.votes / (d.jsdp! + 1);
		expect(lastAmanat).toBeGreaterThan(nextJsdp);
		for (const method of METHOD_IDS.filter((m) => m !== 'hare' && m !== 'dhondt')) {
			expect(listSeatsOf(exerciseChamber(e, [`method=${method}`]))).toEqual(o);
		}
		const others = ['auyl', 'respublica', 'akzhol', 'qhp'].map((id) =>
			model(o[id]!, `${id}'s list seats, unchanged`)
		);
		const divisors = [1, 2, 3].map((n) => definition(n, "D'Hondt's first divisors"));
		return {
			task: [model(run(startScenario(e)).listSeats, 'list seats'), model(YEAR, 'election year')],
			'hint.2': divisors,
			answer: [
				model(d.amanat!, "Amanat's D'Hondt list seats"),
				model(o.amanat!, "Amanat's Hare list seats"),
				model(party(dhondt, 'amanat').seats, "Amanat's D'Hondt seats"),
				model(d.jsdp!, "the Social Democrats' D'Hondt list seats"),
				model(o.jsdp!, "the Social Democrats' Hare list seats"),
				...others,
				model(Math.round(quota), 'the Hare quota'),
				model(round(a.votes / quota, 2), "Amanat's quotas"),
				model(round(j.votes / quota, 2), "the Social Democrats' quotas"),
				model(round((j.votes / quota) % 1, 2), "the Social Democrats' remainder"),
				model(round((a.votes / quota) % 1, 2), "Amanat's remainder"),
				...divisors,
				model(a.votes, "Amanat's votes"),
				model(d.amanat!, "Amanat's D'Hondt list seats"),
				model(Math.round(lastAmanat), "Amanat's last quotient"),
				model(j.votes, "the Social Democrats' votes"),
				model(d.jsdp! + 1, "the Social Democrats' next divisor"),
				model(nextJsdp, "the Social Democrats' next quotient"),
				model(gallagher(official), 'official Gallagher index'),
				model(gallagher(dhondt), "D'Hondt Gallagher index"),
				...['amanat', 'auyl', 'respublica', 'akzhol', 'qhp', 'jsdp'].map((id) =>
					model(o[id]!, `${id}'s official list seats`)
				)
			]
		};
	},

	'members-barrier': (e) => {
		const rules2020 = findPreset(e.start.preset)!.scenario.access;
		const rules2022 = preset2023.scenario.access;
		const solution = solutionOf(e);
		const barrier = exerciseChamber(e);
		const eased = exerciseChamber(e, solution);
		const members = startScenario(e).parties.find((p) => p.id === 'respublica')!.capacity.members;
		const baytaqMembers = startScenario(e).parties.find((p) => p.id === 'baytaq')!.capacity;
		expect(baytaqMembers.members).toBe(members);
		expect([party(barrier, 'respublica').onBallot, party(barrier, 'baytaq').onBallot]).toEqual([
			false,
			false
		]);
		expect(party(barrier, 'amanat').seats).toBe(lines(barrier)['two-thirds']);
		// Members alone are not enough; with both, Respublica and Baytaq are back.
		expect(party(exerciseChamber(e, solution.slice(0, 1)), 'respublica').onBallot).toBe(false);
		expect(party(eased, 'baytaq').onBallot).toBe(true);
		expect(party(eased, 'baytaq').seats).toBe(0);
		expect([barrier.districtSource, eased.districtSource]).toEqual(['model', 'model']);
		expect(startScenario(e).access.offBallotVoters).toBe('stay-home');
		const with2022 = exerciseChamber(e, [
			`partyMembers=${rules2022.partyMembers}`,
			`branchMembers=${rules2022.branchMembers}`,
			`foundingGroup=${rules2022.foundingGroup}`
		]);
		expect(party(with2022, 'respublica').listSeats).toBe(party(eased, 'respublica').listSeats);
		const law2020 = fact(2020, 'qazaqtv_2020', 'the year of the 20,000-member law');
		const law2022 = fact(2022, 'adyrna_2022_parties', 'the year of the 5,000-member law');
		const assumed = input(members, "Respublica's and Baytaq's assumed members");
		const regions = input(rules2020.branchRegions, 'regions and cities with a branch');
		return {
			title: [
				input(rules2020.partyMembers, 'members, 2020 rules'),
				input(rules2022.partyMembers, 'members, 2022 rules')
			],
			task: [
				law2020,
				model(YEAR, 'election year'),
				input(rules2020.partyMembers, 'members, 2020 rules'),
				input(rules2020.branchMembers, 'branch members, 2020 rules'),
				regions,
				input(rules2020.foundingGroup, 'founding group, 2020 rules'),
				law2022
			],
			'hint.1': [assumed, law2022, law2020],
			'hint.2': [
				regions,
				regions,
				input(rules2020.branchMembers, 'branch members, 2020 rules'),
				input(rules2020.branchRegions * rules2020.branchMembers, 'members all branches need')
			],
			'hint.3': [
				input(setting(solution, 'partyMembers'), 'the solution'),
				input(setting(solution, 'branchMembers'), 'the solution')
			],
			'question.1': [law2020],
			answer: [
				law2020,
				model(party(barrier, 'amanat').seats, "Amanat's seats under the 2020 rules"),
				assumed,
				assumed,
				regions,
				assumed,
				input(members / rules2020.branchRegions, 'the largest branch size that fits'),
				input(setting(solution, 'partyMembers'), 'the solution'),
				input(setting(solution, 'branchMembers'), 'the solution'),
				model(party(eased, 'respublica').listSeats, "Respublica's list seats"),
				model(pct(eased, 'baytaq'), "Baytaq's share"),
				model(party(eased, 'amanat').seats, "Amanat's seats with the rules eased"),
				law2022,
				input(rules2022.partyMembers, 'members, 2022 rules'),
				input(rules2022.branchMembers, 'branch members, 2022 rules'),
				input(rules2022.foundingGroup, 'founding group, 2022 rules')
			]
		};
	},

	'unregistered-opposition': (e) => {
		const home = exerciseChamber(e, ['administrativeRefusals=false']);
		const spread = exerciseChamber(e, solutionOf(e));
		const against = exerciseChamber(e, [
			'administrativeRefusals=false',
			'offBallotVoters=against-all'
		]);
		expect(startScenario(e).access.offBallotVoters).toBe('stay-home');
		for (const c of [home, spread, against]) {
			expect(party(c, 'alga').votes).toBe(party(c, 'namys').votes);
			expect(party(c, 'jsdp').seats).toBe(0);
			expect(c.districtSource).toBe('model');
		}
		expect([party(home, 'alga').seats, party(home, 'namys').seats]).toEqual([0, 0]);
		expect(party(spread, 'amanat').seats).toBe(party(against, 'amanat').seats);
		expect(party(spread, 'alga').listSeats).toBe(party(against, 'alga').listSeats);
		const y = model(YEAR, 'election year');
		const support = model(round((100 * OPPOSITION_SUPPORT_2023) / count.valid, 1), 'assumed share');
		const demoscope = fact(4.2, 'demoscope_2023', 'all respondents: a party not on the list');
		const undecided = fact(61.2, 'demoscope_2023', 'respondents undecided');
		return {
			task: [fact(12, 'cabar_2023', 'refusals or returns before the vote'), y, y],
			'hint.2': [
				support,
				y,
				y,
				demoscope,
				undecided,
				model(round((100 * 4.2) / (100 - 61.2), 1), 'the simulator rescales the poll')
			],
			'hint.3': [y],
			'question.1': [input(law, 'the legal threshold'), support],
			answer: [
				y,
				model(party(home, 'alga').votes, 'votes each, supporters at home'),
				model(pct(home, 'alga'), 'share each, supporters at home'),
				input(law, 'the legal threshold'),
				model(pct(home, 'jsdp'), "the Social Democrats' share, supporters at home"),
				model(party(home, 'amanat').seats, "Amanat's seats, supporters at home"),
				model(party(official, 'amanat').seats, "Amanat's official seats"),
				model(pct(spread, 'alga'), 'share each, votes spread'),
				model(party(spread, 'alga').listSeats, 'list seats each'),
				model(pct(against, 'alga'), 'share each, votes against all'),
				model(party(against, 'alga').listSeats, 'list seats each'),
				input(law, 'the legal threshold'),
				model(pct(spread, 'jsdp'), "the Social Democrats' share, votes spread"),
				model(pct(against, 'jsdp'), "the Social Democrats' share, votes against all"),
				model(party(spread, 'amanat').seats, "Amanat's seats when they come in"),
				model(party(official, 'amanat').seats, "Amanat's official seats")
			]
		};
	},

	'one-party-2007': (e) => {
		const result = run(startScenario(e));
		const real = result.reported;
		const preset = findPreset(e.start.preset)!;
		const threshold = preset.scenario.list.threshold;
		const n = party(real, 'nurotan');
		const others = round(100 - n.votePercent, 2);
		const runnerUp = exerciseChamber(e, solutionOf(e));
		const corrected = exerciseChamber(e, ['secondParty=runner-up-corrected']);
		const low = exerciseChamber(e, ['threshold=4.5']);
		const three = exerciseChamber(e, ['threshold=3']);
		expect(n.listSeats).toBe(result.listSeats);
		expect(listSeatsOf(low)).toEqual(listSeatsOf(runnerUp));
		expect(party(three, 'akzhol').listSeats).toBeGreaterThan(0);
		// The runner-up is OSDP.
		const second = [...real.parties].sort((a, b) => b.votes - a.votes)[1]!;
		expect(second.id).toBe('osdp');
		// "Every election since has had at least three parties above the threshold."
		for (const year of ['2012', '2016', '2021']) {
			expect(reported(year).parties.filter((p) => p.listSeats > 0).length).toBeGreaterThanOrEqual(
				3
			);
		}
		const y = model(preset.year!, 'the election year of the preset');
		const rule = fact(2009, 'blog_2009_change', 'the year the second-party rule was adopted');
		const list = model(result.listSeats, 'list seats');
		return {
			title: [y],
			learningGoal: [rule],
			task: [
				y,
				list,
				model(result.listSeats + result.appointedSeats, 'the house: list seats and APK seats'),
				input(threshold, 'the 2007 threshold'),
				model(result.appointedSeats, 'seats chosen by the APK'),
				model(pct(real, 'nurotan'), "Nur Otan's share"),
				list,
				list
			],
			'hint.2': [y, model(pct(real, 'osdp'), "OSDP's share")],
			'hint.3': [rule],
			'question.1': [
				model(pct(real, 'nurotan'), "Nur Otan's share"),
				model((100 * n.listSeats) / result.listSeats, "Nur Otan's share of list seats"),
				model(others, 'votes for other lists')
			],
			'question.2': [fact(0.7, 'tegobmx_art97', 'the correction index'), rule],
			answer: [
				y,
				input(threshold, 'the 2007 threshold'),
				list,
				model(others, 'votes for other lists'),
				model(gallagher(real), 'Gallagher index'),
				rule,
				model(pct(real, 'osdp'), "OSDP's share"),
				model(party(runnerUp, 'nurotan').listSeats, 'Nur Otan, runner-up rule'),
				model(party(runnerUp, 'osdp').listSeats, 'OSDP, runner-up rule'),
				fact(0.7, 'tegobmx_art97', 'the correction index'),
				model(party(corrected, 'nurotan').listSeats, 'Nur Otan, corrected rule'),
				model(party(corrected, 'osdp').listSeats, 'OSDP, corrected rule'),
				input(4.5, 'a lower threshold'),
				model(party(low, 'nurotan').listSeats, 'Nur Otan at 4.5 %'),
				model(party(low, 'osdp').listSeats, 'OSDP at 4.5 %'),
				input(3, 'a lower threshold'),
				model(pct(real, 'akzhol'), "Ak Zhol's share"),
				rule,
				fact(2012, 'reuters_2012', 'the first election under the rule'),
				fact(2021, 'ani_2021_threshold', 'the 2021 amendments'),
				fact(2022, 'vlast_2023_law_changes', 'the 2022 amendments')
			]
		};
	},

	'seven-percent-2023': (e) => {
		const old = findPreset('2021')!.scenario.list.threshold;
		const seven = exerciseChamber(e, solutionOf(e));
		const onLists = exerciseChamber(e, [...solutionOf(e), 'thresholdBase=parties']);
		const o = listSeatsOf(official);
		const s = listSeatsOf(seven);
		expect(seven.parties.filter((p) => p.seats > 0).length).toBe(4);
		expect(party(seven, 'amanat').seats).toBeGreaterThanOrEqual(lines(seven)['two-thirds']!);
		expect([party(onLists, 'qhp').seats > 0, party(onLists, 'jsdp').seats]).toEqual([true, 0]);
		const y = model(YEAR, 'election year');
		const law2021 = fact(2021, 'ani_2021_threshold', 'the May 2021 law');
		const t7 = input(old, 'the threshold before 2021 (the 2021 preset)');
		const out = model(o.qhp! + o.jsdp!, 'list seats of the two lists below 7 %');
		return {
			title: [t7, y],
			learningGoal: [t7, input(law, 'the legal threshold'), law2021],
			task: [
				law2021,
				t7,
				y,
				model(lines(official)['two-thirds']!, 'the two-thirds line'),
				model(official.houseSize, 'seats')
			],
			'hint.1': [t7, y],
			'hint.3': [law2021, t7],
			'question.1': [model(pct(official, 'amanat'), "Amanat's share")],
			'question.2': [t7],
			answer: [
				t7,
				model(pct(official, 'qhp'), "the People's Party's share"),
				model(pct(official, 'jsdp'), "the Social Democrats' share"),
				out,
				model(s.amanat!, "Amanat's list seats"),
				model(s.auyl!, "Auyl's list seats"),
				model(s.respublica!, "Respublica's list seats"),
				model(s.akzhol!, "Ak Zhol's list seats"),
				model(party(seven, 'amanat').districtSeats, "Amanat's districts"),
				model(party(seven, 'amanat').seats, "Amanat's seats"),
				model(pct(official, 'amanat'), "Amanat's share"),
				model(gallagher(seven), 'Gallagher index'),
				model(round((100 * party(official, 'qhp').votes) / listsOnly, 2), 'share of list votes'),
				model(party(onLists, 'amanat').seats, "Amanat's seats on list votes"),
				input(law, 'the legal threshold'),
				input(law, 'the legal threshold'),
				t7,
				y,
				out
			]
		};
	},

	'turnout-mandate': (e) => {
		const newParty = (votes: number) => exerciseChamber(e, [`support.new-party=${votes}`]);
		for (const turnout of [20, 90]) {
			const moved = exerciseChamber(e, [`turnout=${turnout}`]);
			expect(seatsOf(moved)).toEqual(seatsOf(official));
			expect(moved.districtSource).toBe('model');
		}
		const enters = lastTrue(1, count.valid, (v) => party(newParty(v), 'new-party').seats === 0) + 1;
		const jsdpHolds = lastTrue(1, count.valid, (v) => party(newParty(v), 'jsdp').seats > 0) + 1;
		const atEntry = newParty(enters);
		expect(party(atEntry, 'jsdp').seats).toBe(0);
		expect(party(exerciseChamber(e, solutionOf(e)), 'new-party').seats).toBeGreaterThan(0);
		const amanat = party(official, 'amanat');
		const sorted = [...REGIONS].sort((a, b) => a.turnout2023 - b.turnout2023);
		expect([sorted[0]!.id, sorted.at(-1)!.id]).toEqual(['almaty-city', 'kyzylorda']);
		const y = model(YEAR, 'election year');
		const onRegistered = model(round((100 * amanat.votes) / registered, 1), 'of registered voters');
		return {
			task: [
				model(round(count.turnout, 2), 'turnout'),
				model(count.ballots, 'ballots'),
				model(registered, 'registered voters'),
				y
			],
			'hint.2': [y, y],
			'hint.3': [input(law, 'the legal threshold')],
			'question.1': [
				model(amanat.votes, "Amanat's votes"),
				model(pct(official, 'amanat'), "Amanat's share"),
				onRegistered,
				model(Math.round(count.turnout), 'turnout')
			],
			'question.3': [
				model(sorted[0]!.turnout2023, 'the lowest regional turnout'),
				model(sorted.at(-1)!.turnout2023, 'the highest regional turnout')
			],
			answer: [
				input(20, 'a low turnout'),
				input(90, 'a high turnout'),
				model(amanat.votes, "Amanat's votes"),
				onRegistered,
				model(round((registered - count.ballots) / 1e6, 1), 'millions who did not vote'),
				model(upToThousand(enters), 'the fewest new votes that enter'),
				model(round((100 * enters) / count.valid, 1), 'as a share of the 2023 valid vote'),
				input(law, 'the legal threshold'),
				model(party(atEntry, 'new-party').listSeats, "the new list's seats"),
				model(Math.round(atEntry.count.turnout), 'turnout then'),
				model(upToThousand(jsdpHolds), 'new votes that push the Social Democrats out'),
				input(law, 'the legal threshold'),
				model(party(official, 'jsdp').votes, "the Social Democrats' votes"),
				y
			]
		};
	},

	'list-district-split': (e) => {
		const at = (districts: number) => exerciseChamber(e, [`districtSeats=${districts}`]);
		const house = official.houseSize;
		const totals = Array.from({ length: house + 1 }, (_, d) => party(at(d), 'amanat').seats);
		const majority = lines(official).majority!;
		const twoThirds = lines(official)['two-thirds']!;
		expect(Math.min(...totals)).toBeGreaterThanOrEqual(majority);
		expect(totals[house]!).toBeGreaterThan(totals[0]!);
		const first = totals.findIndex((t) => t >= twoThirds);
		const split = at(first);
		expect(split.districtSource).toBe('model');
		// "the six lists that passed the threshold"
		expect(allocated(official).threshold.admitted).toHaveLength(6);
		const y = model(YEAR, 'election year');
		const a = party(official, 'amanat');
		const districts = model(run(startScenario(e)).districtSeats, 'district seats');
		return {
			task: [
				model(house, 'seats'),
				model(run(startScenario(e)).listSeats, 'list seats'),
				districts,
				model(majority, 'the majority line'),
				model(twoThirds, 'the two-thirds line'),
				y
			],
			'hint.1': [y],
			'hint.2': [input(0, 'no districts')],
			'hint.3': [model(a.districtSeats, "Amanat's districts"), districts, y],
			'question.1': [model(house, 'seats')],
			answer: [
				model(house, 'seats'),
				model(totals[0]!, "Amanat's seats with no districts"),
				model(pct(official, 'amanat'), "Amanat's share"),
				model(round(shareOfAdmitted(official, 'amanat'), 1), 'of the lists that passed'),
				model(majority, 'the majority line'),
				model(a.districtSeats, "Amanat's districts"),
				districts,
				y,
				model(first, 'the fewest districts for two-thirds'),
				model(party(split, 'amanat').listSeats, "Amanat's list seats there"),
				model(party(split, 'amanat').districtSeats, "Amanat's districts there"),
				model(totals[first]!, "Amanat's seats there"),
				model(totals[house]!, "Amanat's seats with all districts"),
				model(house, 'seats')
			]
		};
	},

	'parallel-compensatory': (e) => {
		const comp = exerciseChamber(e, solutionOf(e));
		const extra = exerciseChamber(e, [...solutionOf(e), 'overhang=extra-seats']);
		expect(seatsOf(extra)).toEqual(seatsOf(comp));
		expect(Object.values(comp.overhang).every((n) => n === 0)).toBe(true);
		expect(comp.houseSize).toBe(official.houseSize);
		const a = party(comp, 'amanat');
		expect(a.seats).toBeGreaterThanOrEqual(lines(comp).majority!);
		const s = seatsOf(comp);
		const result = run(startScenario(e));
		const zero = definition(0, 'a perfectly proportional Gallagher index');
		return {
			task: [
				model(result.listSeats, 'list seats'),
				model(result.districtSeats, 'district seats'),
				model(YEAR, 'election year')
			],
			'hint.2': [model(party(official, 'amanat').districtSeats, "Amanat's districts")],
			'hint.3': [zero],
			'question.2': [zero],
			answer: [
				model(comp.houseSize - comp.independents, 'seats not won by self-nominated'),
				model(a.seats, "Amanat's seats"),
				model(a.districtSeats, "Amanat's districts"),
				model(a.listSeats, "Amanat's list seats"),
				model(s.auyl!, "Auyl's seats"),
				model(s.respublica!, "Respublica's seats"),
				model(s.akzhol!, "Ak Zhol's seats"),
				model(s.qhp!, "the People's Party's seats"),
				model(s.jsdp!, "the Social Democrats' seats"),
				model(gallagher(official), 'official Gallagher index'),
				model(gallagher(comp), 'compensatory Gallagher index'),
				model(round(shareOfAdmitted(official, 'amanat'), 1), 'of the lists that passed'),
				zero,
				model(round((100 * count.againstAll) / count.valid, 2), 'against all'),
				model(pct(official, 'baytaq'), "Baytaq's share"),
				model(comp.independents, 'self-nominated winners'),
				model(a.districtSeats, "Amanat's districts")
			]
		};
	},

	'integrity-hypothetical': (e) => {
		const lens = startScenario(e).integrity;
		const adjusted = (set: readonly string[]) => {
			const chamber = run(set.reduce(applySet, startScenario(e))).adjusted!;
			expect(chamber.districtSource).toBe('model');
			return party(chamber, 'amanat').seats;
		};
		const majority = lines(official).majority!;
		const below = (set: readonly string[]) => adjusted(set) < majority;
		const inflation = 1 + lastTrue(0, 1000, (i) => !below([`inflation=${i}`]));
		const factor = round(1 + (inflation / 100) * (1 - lens.observerCoverage / 100), 2);
		const coverage = lastTrue(0, 100, (c) => below([`observerCoverage=${c}`, 'inflation=100']));
		// Hint 1's formula: the reported count is the adjusted one times the factor.
		const atLeast = run([`inflation=${inflation}`].reduce(applySet, startScenario(e)));
		const ratio =
			party(atLeast.reported, 'amanat').votes / party(atLeast.adjusted!, 'amanat').votes;
		expect(ratio).toBeCloseTo(factor, 2);
		const y = model(YEAR, 'election year');
		return {
			task: [y],
			'hint.1': [definition(1, 'the adjustment formula')],
			'hint.2': [
				input(lens.observerCoverage, 'default coverage'),
				input(lens.inflation, 'default inflation')
			],
			'question.3': [
				fact(44.7, 'cabar_2021_sandzh', 'an independent turnout estimate, 2021'),
				fact(63.3, 'cabar_2021_sandzh', 'the official turnout, 2021'),
				fact(2021, 'cabar_2021_sandzh', 'the election year of that estimate')
			],
			answer: [
				input(lens.observerCoverage, 'default coverage'),
				input(lens.inflation, 'default inflation'),
				model(adjusted([]), "Amanat's adjusted seats with the defaults"),
				model(majority, 'the majority line'),
				model(factor, 'reported ÷ adjusted at that inflation'),
				model(inflation, 'the least inflation at half coverage'),
				input(100, 'an inflation of 100 %'),
				model(coverage, 'the most coverage at 100 % inflation'),
				input(100, 'an inflation of 100 %'),
				model(adjusted(['observerCoverage=0', 'inflation=100']), "Amanat's adjusted seats"),
				y
			]
		};
	}
};

function partsOf(e: Exercise): string[] {
	return [
		'title',
		'learningGoal',
		'task',
		...Array.from({ length: e.hintCount }, (_, i) => `hint.${i + 1}`),
		...Array.from({ length: e.questionCount }, (_, i) => `question.${i + 1}`),
		'answer'
	];
}

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** Each table is computed once, inside a test, the first time a test asks for it. */
const tables = new Map<string, Parts>();
function figuresOf(e: Exercise): Parts {
	if (!tables.has(e.id)) tables.set(e.id, FIGURES[e.id]!(e));
	return tables.get(e.id)!;
}

describe('the figures in the exercises', () => {
	it.each([
		['en', 'from 1,050,000 to 2.30 % and 40, 8, 6 and 5', [1_050_000, 2.3, 40, 8, 6, 5]],
		['en', 'in 2023, 6,521,860 of 12,035,578 (54.19 %).', [2023, 6_521_860, 12_035_578, 54.19]],
		[
			'ru',
			'1 050 000 и 1\u00a0050\u00a0000 и 1\u202f050\u202f000',
			[1_050_000, 1_050_000, 1_050_000]
		],
		['ru', 'с 9,54 до 8,96; 40, 8, 6 и 5; 2,3 %', [9.54, 8.96, 40, 8, 6, 5, 2.3]],
		['ru', '5-процентная черта, в 2023 году 146 431 голос', [5, 2023, 146_431]],
		['kk', '9,54-тен 8,96-ға дейін, 5 %-ы, 2023 жылы', [9.54, 8.96, 5, 2023]],
		['kk', '3 431 510 ÷ 41 = 83 695', [3_431_510, 41, 83_695]]
	] as const)('reads numbers as %s writes them: %s', (lang, text, expected) => {
		expect(figuresIn(lang, text)).toEqual(expected);
	});

	it('has a table for every exercise, naming only its parts and known sources', () => {
		expect(Object.keys(FIGURES).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
		for (const e of EXERCISES) {
			const parts = figuresOf(e);
			for (const part of Object.keys(parts)) expect(partsOf(e), e.id).toContain(part);
			for (const figure of Object.values(parts).flat()) {
				expect(Number.isFinite(figure.value)).toBe(true);
				// A fact's source is a known source, and one the exercise lists for the student.
				if (figure.origin.kind !== 'fact') continue;
				expect(SOURCES).toHaveProperty(figure.origin.source);
				expect(e.sources, `${e.id}: ${figure.origin.why}`).toContain(figure.origin.source);
			}
		}
	});

	/** The word for the simulator's district model in each language. */
	const MODEL_WORD: Readonly<Record<Lang, RegExp>> = {
		en: /model/iu,
		ru: /модел/iu,
		kk: /модел/iu
	};

	it.each(EXERCISES.map((e) => [e.id, e] as const))(
		'%s: an answer whose district seats come from the model says so',
		(id, e) => {
			const result = run(solutionOf(e).reduce(applySet, startScenario(e)));
			const chamber = result.adjusted ?? result.reported;
			const modelled = chamber.districtSource === 'model' && result.districtSeats > 0;
			for (const lang of LANGS) {
				const answer = CATALOGUES[lang][`exercise.${id}.answer`]!;
				expect(MODEL_WORD[lang].test(answer) || !modelled, `${id} (${lang})`).toBe(true);
			}
		}
	);

	describe.each(EXERCISES.map((e) => [e.id, e] as const))('%s', (id, e) => {
		it.each(partsOf(e).flatMap((part) => LANGS.map((lang) => [part, lang] as const)))(
			'%s (%s) states exactly the figures of the model',
			(part, lang) => {
				const text = CATALOGUES[lang][`exercise.${id}.${part}`]!;
				const expected = (figuresOf(e)[part] ?? []).map((f) => f.value);
				expect(sorted(figuresIn(lang, text)), text).toEqual(sorted(expected));
			}
		);
	});
});
