/**
 * A value that follows another after the frame that shows the change. Heavy views the reader
 * looks at second (the district table, the list tier's steps, the charts) take it, so that moving a
 * control redraws the chamber, its tally and the seats table first, in the same frame, and these
 * views catch up once that frame is on screen. While a control keeps moving, a view is updated
 * at most once per rendered frame (or per `wait`), always to the newest value.
 */
import { untrack } from 'svelte';

/** Runs `task` after the next frame is rendered, and `wait` ms after that; returns its cancel. */
export function afterFrame(task: () => void, wait = 0): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	// A task posted from an animation-frame callback runs once that frame's style, layout and
	// paint are done.
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(task, wait);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** `read()`'s value: at first at once, then after the frame rendered after each change. */
export class Later<T> {
	current: T = $state.raw() as T;
	#next: T;
	#cancel: (() => void) | null = null;

	/**
	 * Create it while a component is being set up (it uses effects, removed with it). `same` says
	 * when a new value is the one already shown (by default, the same object); `wait` (ms) spaces
	 * the updates of a view too heavy to follow every frame of a drag.
	 */
	constructor(read: () => T, same: (a: T, b: T) => boolean = Object.is, wait = 0) {
		this.current = this.#next = read();
		$effect(() => {
			const next = read();
			this.#next = next;
			if (
				same(
					next,
					untrack(() => this.current)
				)
			) {
				this.#cancel?.();
				this.#cancel = null;
			} else {
				// An update already waiting takes the newest value when it runs.
				this.#cancel ??= afterFrame(() => {
					this.#cancel = null;
					this.current = this.#next;
				}, wait);
			}
		});
		$effect(() => () => this.#cancel?.());
	}
}
