/**
 * Hare quota with largest remainders (the law) against D'Hondt: which party pays for Amanat's
 * extra seat, and why.
 *
 * Solution: `--set method=dhondt`. List seats 41/8/6/6/5/3 instead of 40/8/6/6/5/4: Amanat 63 in
 * all, the Social Democrats 3. Droop, Imperiali and both Sainte-Laguë variants keep 40/8/6/6/5/4.
 */
import type { Exercise } from '../types';

export const exercise: Exercise = {
	id: 'dhondt-hare',
	level: 'school',
	topic: 'formula',
	minutes: 15,
	start: { preset: '2023', set: [] },
	unlocked: ['method'],
	goal: { kind: 'seats-at-least', party: 'amanat', seats: 63 },
	hintCount: 3,
	questionCount: 3,
	sources: ['astanatimes_2023_final', 'qazaqstan_press_method', 'ipu_parline']
};
