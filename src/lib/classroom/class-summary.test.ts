import { describe, expect, it } from 'vitest';
import { officialElection } from '../data/elections';
import { SCENARIO_2023 } from '../scenario/defaults';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import {
	classCsv,
	INDEPENDENTS,
	mergeDuplicates,
	officialSeats,
	spreadOf,
	studentKey,
	summariseClass,
	type ClassCsvLabels
} from './class-summary';
import { newSubmission, type Submission, type SubmissionInput } from './submission';

const withSets = (base: Scenario, ...sets: string[]) => sets.reduce(applySet, base);

const INPUT: SubmissionInput = {
	exerciseId: 'threshold-majority',
	exerciseTitle: 'Who gets in at 3 %?',
	studentName: 'Aigerim S.',
	goalMet: true,
	hintsUsed: 1,
	answers: [],
	scenario: SCENARIO_2023,
	presetId: '2023',
	finishedAt: new Date('2026-03-02T09:45:00Z')
};

const student = (
	name: string,
	goalMet: boolean,
	scenario: Scenario,
	more: Partial<SubmissionInput> = {}
): Submission =>
	newSubmission({ ...INPUT, presetId: '2023', ...more, studentName: name, goalMet, scenario });

const seatsOf = (s: Scenario, party: string) =>
	runScenario(s).reported.parties.find((p) => p.id === party)!.seats;

describe('spreadOf', () => {
	it.each([
		[[5], { min: 5, median: 5, max: 5 }],
		[[3, 1, 2], { min: 1, median: 2, max: 3 }],
		// An even count: the mean of the middle two.
		[[4, 1, 2, 9], { min: 1, median: 3, max: 9 }],
		[[1, 2], { min: 1, median: 1.5, max: 2 }]
	])('spreads %j as %j', (values, spread) => {
		expect(spreadOf(values)).toEqual(spread);
	});
});

describe('studentKey', () => {
	it.each([
		['Aigerim S.', 'aigerim s.'],
		['  Aigerim   S. ', 'aigerim s.'],
		['АЙГЕРИМ', 'айгерим'],
		['Ä', 'ä']
	])('reads %j as the same student as %j', (name, key) => {
		expect(studentKey(name)).toBe(key);
	});
});

describe('mergeDuplicates', () => {
	const at = (iso: string) => ({ finishedAt: new Date(iso) });
	const early = student('Aigerim', false, SCENARIO_2023, at('2026-03-02T09:00:00Z'));
	const late = student(' aigerim ', true, SCENARIO_2023, at('2026-03-02T10:00:00Z'));
	const other = student('Bolat', true, SCENARIO_2023);
	const otherExercise = student('Aigerim', true, SCENARIO_2023, { exerciseId: 'dhondt-hare' });

	it('keeps the latest code of a student in the place of their first', () => {
		const { kept, merged } = mergeDuplicates([early, other, late]);
		expect(kept).toEqual([late, other]);
		expect(merged).toEqual([
			{
				// The name as the code has it (cleaned when the code was made).
				studentName: 'aigerim',
				exerciseId: INPUT.exerciseId,
				exerciseTitle: INPUT.exerciseTitle,
				replaced: 1
			}
		]);
	});

	it('keeps the latest even when it was added first', () => {
		expect(mergeDuplicates([late, early]).kept).toEqual([late]);
	});

	it('keeps the one added later when both were finished at the same moment', () => {
		const again = { ...early, goalMet: true };
		expect(mergeDuplicates([early, again]).kept).toEqual([again]);
	});

	it('keeps one code per exercise for the same student', () => {
		const { kept, merged } = mergeDuplicates([early, otherExercise]);
		expect(kept).toEqual([early, otherExercise]);
		expect(merged).toEqual([]);
	});

	it('counts every code it left out', () => {
		expect(mergeDuplicates([early, early, late]).merged[0]?.replaced).toBe(2);
	});
});

describe('officialSeats', () => {
	it('gives each 2023 list its list and district seats, and the 7 self-nominated', () => {
		const seats = officialSeats(2023)!;
		// The official 2023 chamber (data/elections.ts): Amanat 40 + 22, Auyl 8, 7 self-nominated.
		expect(seats.get('amanat')).toBe(62);
		expect(seats.get('auyl')).toBe(8);
		expect(seats.get(INDEPENDENTS)).toBe(7);
		const total = [...seats.values()].reduce((a, b) => a + b, 0);
		const election = officialElection(2023)!;
		expect(total).toBe(election.listSeats + election.districtSeats);
	});

	it.each([null, 1999])('has nothing to compare with for %s', (year) => {
		expect(officialSeats(year)).toBeNull();
	});
});

describe('summariseClass', () => {
	const class3 = [
		student('A', true, withSets(SCENARIO_2023, 'threshold=3'), { answers: ['More parties.'] }),
		student('B', true, withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=0'), {
			answers: ['', 'Amanat lost seats.']
		}),
		student('C', false, SCENARIO_2023)
	];
	const summary = summariseClass(class3);
	const group = summary.groups[0]!;

	it('counts the class and those who met the goal, in one group per exercise', () => {
		expect(summary).toMatchObject({ total: 3, students: 3, goalMet: 2, merged: [] });
		expect(summary.groups).toHaveLength(1);
		expect(group).toMatchObject({
			exerciseId: INPUT.exerciseId,
			exerciseTitle: INPUT.exerciseTitle,
			total: 3,
			goalMet: 2,
			presetId: '2023',
			officialYear: 2023
		});
	});

	it('spreads each changed setting over every student, the preset’s value included', () => {
		expect(group.settings).toEqual([
			{
				key: 'threshold',
				values: [
					{ value: '3', count: 2 },
					{ value: '5', count: 1 }
				]
			},
			{
				key: 'districtSeats',
				values: [
					{ value: '29', count: 2 },
					{ value: '0', count: 1 }
				]
			}
		]);
		expect(group.students.map((s) => s.settings)).toEqual([
			[
				{ key: 'threshold', value: '3' },
				{ key: 'districtSeats', value: '29' }
			],
			[
				{ key: 'threshold', value: '3' },
				{ key: 'districtSeats', value: '0' }
			],
			[
				{ key: 'threshold', value: '5' },
				{ key: 'districtSeats', value: '29' }
			]
		]);
	});

	it('gives each party’s seats over the class’s chambers beside the official result', () => {
		const amanat = class3
			.map((s, i) =>
				seatsOf(
					[
						withSets(SCENARIO_2023, 'threshold=3'),
						withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=0'),
						SCENARIO_2023
					][i]!,
					'amanat'
				)
			)
			.sort((a, b) => a - b);
		const row = group.seats.find((s) => s.party === 'amanat')!;
		expect(row).toMatchObject({
			min: amanat[0],
			median: amanat[1],
			max: amanat[2],
			official: 62
		});
		// One dot per distinct number of seats, with how many chambers gave it.
		expect(row.counts.reduce((n, c) => n + c.students, 0)).toBe(3);
		expect(row.counts.map((c) => c.seats)).toEqual([...new Set(amanat)]);
		expect(group.seats.map((s) => s.party)).toEqual([
			...SCENARIO_2023.parties.map((p) => p.id),
			INDEPENDENTS
		]);
	});

	it('spreads the self-nominated winners, who win no district when there are none', () => {
		expect(group.seats.at(-1)).toMatchObject({
			party: INDEPENDENTS,
			min: 0,
			median: 7,
			max: 7,
			official: 7
		});
	});

	it('puts each answer under its question and leaves out empty ones', () => {
		expect(group.questions).toEqual([
			{ question: 1, answers: [{ student: 'A', text: 'More parties.' }], waiting: [] },
			{ question: 2, answers: [{ student: 'B', text: 'Amanat lost seats.' }], waiting: [] }
		]);
	});

	it('carries the questions’ words of an exercise where they are known, by its id', () => {
		const known = summariseClass(class3, undefined, (id) =>
			id === 'threshold-majority' ? ['Who got in?', 'Who lost?'] : undefined
		);
		expect(known.groups[0]!.questionWords).toEqual(['Who got in?', 'Who lost?']);
		expect(group.questionWords).toEqual([]);
	});

	it('names the students whose answers in words are not here yet, question by question', () => {
		// As read from short codes: D answered questions 1 and 3 in words, E question 3; E's
		// written-answers code has been attached, D's has not.
		const fromCode = (name: string, answers: string[], words: number[], read: boolean) => ({
			...student(name, true, SCENARIO_2023, { answers }),
			writtenQuestions: words,
			writtenRead: read
		});
		const withWords = summariseClass([
			fromCode('D', ['', '12', ''], [1, 3], false),
			fromCode('E', ['', '', 'Fewer wasted votes.'], [3], true)
		]);
		expect(withWords.groups[0]!.questions).toEqual([
			{ question: 1, answers: [], waiting: ['D'] },
			{ question: 2, answers: [{ student: 'D', text: '12' }], waiting: [] },
			{ question: 3, answers: [{ student: 'E', text: 'Fewer wasted votes.' }], waiting: ['D'] }
		]);
		const csv = classCsv(withWords, { ...CSV_LABELS, wordsNotHere: '(not pasted)' });
		expect(csv.split('\r\n')[1]).toContain(',(not pasted),12,(not pasted),');
	});

	it('merges a student’s codes for one exercise and says whose', () => {
		// C did not meet the goal at first; their later code did.
		const again = student('c', true, SCENARIO_2023, {
			finishedAt: new Date('2026-03-02T11:00:00Z')
		});
		const merged = summariseClass([...class3, again]);
		expect(merged).toMatchObject({ total: 3, goalMet: 3 });
		expect(merged.merged.map((m) => [m.studentName, m.replaced])).toEqual([['c', 1]]);
	});

	it('groups exercises apart, each with the goal share of its own students', () => {
		const mixed = summariseClass([
			class3[0]!,
			student('C', false, SCENARIO_2023, { exerciseId: 'dhondt-hare', exerciseTitle: 'Formula' }),
			class3[2]!
		]);
		// C did both exercises: three codes, two students.
		expect(mixed).toMatchObject({ total: 3, students: 2 });
		expect(mixed.groups.map((g) => [g.exerciseId, g.total, g.goalMet])).toEqual([
			[INPUT.exerciseId, 2, 1],
			['dhondt-hare', 1, 0]
		]);
	});

	it('compares with no election when the students started from different years', () => {
		const mixed = summariseClass([
			class3[0]!,
			student('D', false, findPreset('2021')!.scenario, { presetId: '2021' })
		]);
		const only = mixed.groups[0]!;
		expect(only.officialYear).toBeNull();
		expect(only.seats.every((s) => s.official === null)).toBe(true);
		expect(only.settings.map((s) => s.key)).toEqual(['threshold', 'preset']);
		expect(only.seats.map((s) => s.party)).toContain('nurotan');
	});

	it('compares a historic class with its own election', () => {
		const past = summariseClass([
			student('D', true, findPreset('2021')!.scenario, { presetId: '2021' })
		]);
		const nurotan = past.groups[0]!.seats.find((s) => s.party === 'nurotan')!;
		const official = officialElection(2021)!.lists.find((l) => l.id === 'nurotan')!;
		expect(past.groups[0]!.officialYear).toBe(2021);
		expect(nurotan.official).toBe(official.listSeats);
	});

	it('summarises an empty class as nothing', () => {
		expect(summariseClass([])).toEqual({
			total: 0,
			students: 0,
			goalMet: 0,
			merged: [],
			groups: []
		});
	});
});

const CSV_LABELS: ClassCsvLabels = {
	student: 'Student',
	exercise: 'Exercise',
	goalMet: 'Goal met',
	hintsUsed: 'Hints',
	finishedAt: 'Finished',
	scenario: 'Link',
	yes: 'yes',
	no: 'no',
	wordsNotHere: '(words not here)',
	exerciseTitle: (group) => `T:${group.exerciseTitle}`,
	setting: (key) => `S:${key}`,
	settingValue: (key, value) => `${value}${key === 'threshold' ? '%' : ''}`,
	seats: (party) => `Seats ${party}`,
	question: (group, n) => `Q${n} of ${group.exerciseId}`
};

describe('classCsv', () => {
	const LABELS = CSV_LABELS;
	const summary = summariseClass([
		student('Aigerim', true, withSets(SCENARIO_2023, 'threshold=3'), {
			answers: ['Two more parties got in.']
		}),
		student('Bolat, "B."', false, withSets(SCENARIO_2023, 'districtSeats=0'), {
			hintsUsed: 2,
			answers: ['First line, "quoted"\nsecond line', '=HYPERLINK("http://x")']
		})
	]);
	const csv = classCsv(summary, LABELS);
	const lines = csv.split('\r\n');
	const parties = [...SCENARIO_2023.parties.map((p) => p.id), INDEPENDENTS];

	it('heads every column in the labels’ words', () => {
		expect(lines[0]).toBe(
			[
				'Student',
				'Exercise',
				'Goal met',
				'Hints',
				'Finished',
				'S:threshold',
				'S:districtSeats',
				...parties.map((p) => `Seats ${p}`),
				'Q1 of threshold-majority',
				'Q2 of threshold-majority',
				'Link'
			].join(',')
		);
	});

	it('writes one row per student with their settings, seats and answers', () => {
		const threshold3 = runScenario(withSets(SCENARIO_2023, 'threshold=3')).reported;
		expect(lines[1]).toBe(
			[
				'Aigerim',
				'T:Who gets in at 3 %?',
				'yes',
				1,
				'2026-03-02T09:45:00.000Z',
				'3%',
				'29',
				...threshold3.parties.map((p) => p.seats),
				threshold3.independents,
				'Two more parties got in.',
				'',
				'threshold=3'
			].join(',')
		);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(lines).toHaveLength(4);
	});

	it.each([
		['an answer with a comma and quotes, over two lines', '"First line, ""quoted""\nsecond line"'],
		['an answer that looks like a formula, as text', `"'=HYPERLINK(""http://x"")"`]
	])('quotes %s', (_, expected) => {
		expect(csv).toContain(expected);
	});

	it('writes a name as the label its code carries (no comma or quotes)', () => {
		expect(lines[2]!.startsWith('Bolat B.,')).toBe(true);
	});
});
