import { error } from '@sveltejs/kit';
import { EXERCISES, findExercise } from '$lib/classroom/exercises';
import { CLASSROOM_SECTIONS, i18n } from '$lib/i18n';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in exercise is prerendered to its own page. */
export const entries: EntryGenerator = () => EXERCISES.map((exercise) => ({ id: exercise.id }));

/** The exercise, and the classroom's messages (never the answer key) before it is drawn. */
export const load: PageLoad = async ({ params }) => {
	const exercise = findExercise(params.id);
	if (!exercise) error(404, 'No such exercise');
	await i18n.need(...CLASSROOM_SECTIONS);
	return { exercise };
};
