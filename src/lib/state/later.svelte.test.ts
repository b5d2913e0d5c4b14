import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Later } from './later.svelte';

/** Resolves after the next frame is rendered and `ms` more. */
const afterNextFrame = (ms = 0) =>
	new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, ms + 5)));

/** A Later over a state it owns, in an effect root (as inside a component). */
function setup(wait = 0) {
	const source = $state({ value: 1 });
	let later!: Later<number>;
	const destroy = $effect.root(() => {
		later = new Later(() => source.value, Object.is, wait);
	});
	flushSync();
	return { source, later, destroy };
}

describe('Later', () => {
	it('holds the first value at once, then each new one only after the frame', async () => {
		const { source, later, destroy } = setup();
		expect(later.current).toBe(1);
		source.value = 2;
		flushSync();
		// The change is not shown in the same task: the frame with the chamber comes first.
		expect(later.current).toBe(1);
		await afterNextFrame();
		expect(later.current).toBe(2);
		destroy();
	});

	it('ends on the newest value of several changes made before it caught up', async () => {
		const { source, later, destroy } = setup();
		for (const value of [2, 3, 4, 5]) {
			source.value = value;
			flushSync();
		}
		await afterNextFrame();
		expect(later.current).toBe(5);
		destroy();
	});

	it('drops a waiting update when the value goes back to the one shown', async () => {
		const { source, later, destroy } = setup();
		source.value = 2;
		flushSync();
		source.value = 1;
		flushSync();
		await afterNextFrame();
		expect(later.current).toBe(1);
		destroy();
	});

	it('waits `wait` ms after the frame before it follows', async () => {
		const { source, later, destroy } = setup(100);
		source.value = 2;
		flushSync();
		await afterNextFrame();
		expect(later.current).toBe(1);
		await afterNextFrame(100);
		expect(later.current).toBe(2);
		destroy();
	});

	it('updates nothing once destroyed', async () => {
		const { source, later, destroy } = setup();
		source.value = 2;
		flushSync();
		destroy();
		await afterNextFrame();
		expect(later.current).toBe(1);
	});
});
