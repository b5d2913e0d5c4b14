/**
 * The English catalogue, one JSON file per area of the app so that work on one area does not
 * touch another's file. Kazakh and Russian follow the same layout. The About and Background
 * pages' long texts are not part of it: each page registers its own (see translate.ts), so the
 * simulator does not load them. The uncertainty panel registers its own (uncertainty.json) the
 * same way.
 */
import type about from './about.json';
import type background from './background.json';
import app from './app.json';
import charts from './charts.json';
import classroom from './classroom.json';
import controls from './controls.json';
import exercises from './exercises.json';
import explain from './explain.json';
import presets from './presets.json';
import results from './results.json';
import share from './share.json';
import teacher from './teacher.json';
import type uncertainty from './uncertainty.json';

export const en = {
	...app,
	...presets,
	...controls,
	...results,
	...charts,
	...explain,
	...share,
	...classroom,
	...teacher,
	...exercises
};

/**
 * Every English message, the About and Background pages' and the uncertainty panel's included:
 * what message keys are checked against.
 */
export type EnglishMessages = typeof en & typeof about & typeof background & typeof uncertainty;
