/**
 * Hatched fills for bars, so a bar's meaning is carried by its texture as well as its colour.
 * Browser only (needs a canvas); config builders take the fill as a function so they stay pure.
 */

const cache = new Map<string, CanvasPattern | string>();

/** Diagonal stripes of `colour` on white; the plain colour if no canvas is available. */
export function hatch(colour: string): CanvasPattern | string {
	// While prerendering there is no document; the chart is drawn only in the browser anyway.
	if (typeof document === 'undefined') return colour;
	const cached = cache.get(colour);
	if (cached) return cached;
	const size = 8;
	const tile = document.createElement('canvas');
	tile.width = size;
	tile.height = size;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = colour;
	ctx.lineWidth = 3;
	ctx.lineCap = 'square';
	ctx.beginPath();
	// One stripe across the tile and the two corner pieces that make it seamless when repeated.
	ctx.moveTo(0, size);
	ctx.lineTo(size, 0);
	ctx.moveTo(-1, 1);
	ctx.lineTo(1, -1);
	ctx.moveTo(size - 1, size + 1);
	ctx.lineTo(size + 1, size - 1);
	ctx.stroke();
	const pattern = ctx.createPattern(tile, 'repeat') ?? colour;
	cache.set(colour, pattern);
	return pattern;
}
