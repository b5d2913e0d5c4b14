/**
 * The caps on what `majilis allocate` accepts, the same for arguments and `--batch`, checked
 * before any work is done so that no input can make the command run for minutes or exhaust
 * memory. Each is far above any real election: the Majilis has 98 seats and 7 lists stood in 2023.
 */
export const LIMITS = {
	/** Seats to distribute. */
	seats: 100_000,
	/** Lists in one case. */
	lists: 10_000,
	/** Characters in one `--batch` line. */
	lineLength: 1_000_000,
	/** How deep arrays and objects may nest in one `--batch` line (a case needs 2). */
	depth: 8,
	/** Lines in one `--batch` input. */
	lines: 100_000
} as const;

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing it (so a line
 * nested 5,000 deep is refused before JSON.parse and zod recurse into it). Brackets inside
 * strings are skipped.
 */
export function jsonDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
		else if (c === 0x5d || c === 0x7d) depth--;
	}
	return deepest;
}
