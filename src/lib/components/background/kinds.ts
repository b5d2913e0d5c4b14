/**
 * How each kind of seat is drawn on the Background page: a colour from the Okabe–Ito
 * colour-blind-safe palette and, so that colour is never alone, a shape of its own.
 * @see https://jfly.uni-koeln.de/color/
 */
import type { SeatKind } from '$lib/data/background';

export const KIND_COLOURS: Readonly<Record<SeatKind, string>> = {
	district: '#D55E00',
	list: '#0072B2',
	apk: '#009E73',
	maslikhat: '#CC79A7',
	appointed: '#4A525C',
	'appointed-apk': '#009E73'
};

/** The kinds each chamber has, in the order the keys list them. */
export const MAJILIS_KINDS: readonly SeatKind[] = ['district', 'list', 'apk'];
export const SENATE_KINDS: readonly SeatKind[] = ['maslikhat', 'appointed', 'appointed-apk'];
