import { error } from '@sveltejs/kit';
import { EXERCISES, findExercise } from '$lib/classroom/exercises';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in exercise is prerendered to its own page. */
export const entries: EntryGenerator = () => EXERCISES.map((exercise) => ({ id: exercise.id }));

export const load: PageLoad = ({ params }) => {
	const exercise = findExercise(params.id);
	if (!exercise) error(404, 'No such exercise');
	return { exercise };
};
