/**
 * The kk catalogue whole: the same sections and keys as English (see ../en/index.ts). Tests read
 * it; the app loads one section at a time (../sections.ts).
 */
import type { Catalogue } from '../translate';
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

export const catalogue: Catalogue = {
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
