/**
 * What the page should show, computed in the test process by the model itself, so that end-to-end
 * tests compare the page with the rules it was given instead of with figures pinned by hand.
 */
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { DEFAULT_PRESET } from '../src/lib/scenario/presets';
import { runScenario } from '../src/lib/scenario/run';
import { applySet } from '../src/lib/scenario/set';

/** Every message of a language, by key. */
const catalogue = (lang: 'en' | 'kk' | 'ru'): Readonly<Record<string, string>> =>
	Object.assign(
		{},
		...readdirSync(`src/lib/i18n/${lang}`)
			.filter((file) => file.endsWith('.json'))
			.map((file) => JSON.parse(readFileSync(`src/lib/i18n/${lang}/${file}`, 'utf8')))
	);
const catalogues = { en: catalogue('en'), kk: catalogue('kk'), ru: catalogue('ru') };

/** A message without arguments in a language. */
export function message(lang: 'en' | 'kk' | 'ru', key: string): string {
	const text = catalogues[lang][key];
	if (text === undefined) throw new Error(`no ${lang} message ${key}`);
	return text;
}

/** An English message without arguments. */
export function en(key: string): string {
	return message('en', key);
}

export interface ModelChamber {
	readonly house: number;
	/** Seats by English name, self-nominated winners included; every party, zero or not. */
	readonly seats: Readonly<Record<string, number>>;
	/** The names that have a row with numbers in the seats table: on the ballot, with votes. */
	readonly inTable: readonly string[];
	/** The full name the seats table gives each short name of the chamber. */
	readonly full: Readonly<Record<string, string>>;
}

/** The chamber the model gives for the default scenario after `--set` changes. */
export function modelChamber(...changes: string[]): ModelChamber {
	const scenario = changes.reduce(applySet, DEFAULT_PRESET.scenario);
	const chamber = runScenario(scenario).reported;
	// The chamber names parties by their short names, the seats table by their full names.
	const partyOf = (id: string) => scenario.parties.find((p) => p.id === id)!;
	const nameOf = (id: string) => (partyOf(id).shortName ?? partyOf(id).name).en;
	const seats: Record<string, number> = { [en('party.independent')]: chamber.independents };
	const full: Record<string, string> = {};
	const inTable: string[] = [];
	for (const party of chamber.parties) {
		seats[nameOf(party.id)] = party.seats;
		full[nameOf(party.id)] = partyOf(party.id).name.en;
		if (party.onBallot && (party.votes > 0 || party.seats > 0)) inTable.push(nameOf(party.id));
	}
	return { house: chamber.houseSize, seats, inTable, full };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Checks that the page's chamber draws each party's seats and that the seats table gives the same
 * totals, as a person reads them: seat buttons named "Amanat, list seat 3 of 40", table rows.
 */
export async function expectChamberShows(page: Page, model: ModelChamber): Promise<void> {
	const chamber = page.getByRole('group', { name: new RegExp(`^Chamber of ${model.house} seats`) });
	await expect(chamber).toBeVisible();
	const table = page.getByRole('table', { name: /^Seats by party/ });
	for (const [name, seats] of Object.entries(model.seats)) {
		const drawn = chamber.getByRole('button', {
			name: new RegExp(`^${escape(name)}, (list|district) seat \\d+ of \\d+$`)
		});
		await expect(drawn, `${name}'s seats in the chamber`).toHaveCount(seats);
		const rowName =
			name === en('party.independent') ? en('results.row.independent') : model.full[name];
		if (name !== en('party.independent') && !model.inTable.includes(name)) continue;
		const row = table.getByRole('row', { name: new RegExp(`^${escape(rowName ?? name)}(\\s|$)`) });
		await expect(row.getByRole('cell').nth(3), `${name}'s seats in the table`).toHaveText(
			String(seats)
		);
	}
}
