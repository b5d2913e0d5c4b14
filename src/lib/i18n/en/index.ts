/**
 * The English catalogue, one JSON file per area of the app so that work on one area does not
 * touch another's file. Kazakh and Russian follow the same layout.
 */
import about from './about.json';
import app from './app.json';
import charts from './charts.json';
import controls from './controls.json';
import explain from './explain.json';
import presets from './presets.json';
import results from './results.json';
import share from './share.json';

export const en = {
	...app,
	...presets,
	...controls,
	...results,
	...charts,
	...explain,
	...share,
	...about
};
