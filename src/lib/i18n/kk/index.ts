/** The kk catalogue: the same areas and keys as English (see ../en/index.ts). */
import type { Catalogue } from '../translate';
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

export const catalogue: Catalogue = {
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
