/** Codes read from one paste at most; the rest are named and left for another paste. */
export const MAX_CODES = 5_000;
