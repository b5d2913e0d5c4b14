/**
 * The English catalogue, one JSON file per area of the app (a section, see ../sections.ts) so
 * that work on one area does not touch another's file. Kazakh and Russian follow the same
 * layout. The app does not load this whole: the header's and the simulator's sections come with
 * the first page (./core.ts) and every other section when the page or panel that shows it
 * loads. Tests and the command line read it whole.
 */
import about from './about.json';
import app from './app.json';
import background from './background.json';
import charts from './charts.json';
import classroom from './classroom.json';
import controls from './controls.json';
import exercisesKey from './exercises-key.json';
import exercises from './exercises.json';
import explain from './explain.json';
import simMore from './sim-more.json';
import presets from './presets.json';
import resultsPanels from './results-panels.json';
import results from './results.json';
import share from './share.json';
import shortcuts from './shortcuts.json';
import teacher from './teacher.json';
import uncertainty from './uncertainty.json';

export const en = {
	...app,
	...presets,
	...simMore,
	...controls,
	...results,
	...resultsPanels,
	...charts,
	...explain,
	...share,
	...shortcuts,
	...classroom,
	...teacher,
	...exercises,
	...exercisesKey,
	...about,
	...background,
	...uncertainty
};

/** Every English message: what message keys are checked against. */
export type EnglishMessages = typeof en;
