/**
 * Parties of every preset by id, for naming a party that the scenario on screen does not have:
 * the successor in "Nur Otan (now Amanat)", or the party compared with in a pinned scenario.
 */
import type { AppLocale } from '../i18n/format';
import { PRESETS } from './presets';
import type { ScenarioParty } from './types';

const KNOWN = new Map<string, ScenarioParty>();
for (const preset of PRESETS) {
	for (const party of preset.scenario.parties) {
		if (!KNOWN.has(party.id)) KNOWN.set(party.id, party);
	}
}

/** The party's short name in any preset (the latest election first), or its id if none has it. */
export function knownPartyName(id: string, locale: AppLocale): string {
	const party = KNOWN.get(id);
	return (party?.shortName ?? party?.name)?.[locale] ?? id;
}
