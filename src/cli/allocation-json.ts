/**
 * An allocation as JSON for the CLI: exact values as text ("1990573/23"), with rounded decimals
 * beside them for reading.
 */
import {
	ratioToDecimal,
	ratioToString,
	type Allocation,
	type MethodWorking,
	type Ratio,
	type Tie
} from '../lib/engine';

const exact = (r: Ratio) => ratioToString(r);
const decimal = (r: Ratio) => ratioToDecimal(r, 6);

function tieJson(tie: Tie) {
	return { ...tie, value: exact(tie.value) };
}

function workingJson(working: MethodWorking) {
	if (working.family === 'largest-remainder') {
		return {
			family: working.family,
			quotaRule: working.quotaRule,
			totalVotes: working.totalVotes,
			wholeSeats: working.wholeSeats,
			rows: working.rows.map((row) => ({
				id: row.id,
				votes: row.votes,
				quotient: exact(row.quotient),
				quotientDecimal: decimal(row.quotient),
				whole: row.whole,
				remainder: exact(row.remainder),
				remainderDecimal: decimal(row.remainder),
				remainderSeats: row.remainderSeats,
				takenBack: row.takenBack,
				seats: row.seats
			})),
			remainderOrder: working.remainderOrder.map((step) => ({
				...step,
				remainder: exact(step.remainder)
			})),
			takeBackOrder: working.takeBackOrder.map((step) => ({
				...step,
				remainder: exact(step.remainder)
			}))
		};
	}
	return {
		family: working.family,
		divisorRule: working.divisorRule,
		totalVotes: working.totalVotes,
		rows: working.rows.map((row) => ({
			id: row.id,
			votes: row.votes,
			seats: row.seats,
			nextQuotient: exact(row.nextQuotient)
		})),
		seatOrder: working.seatOrder.map((seat) => ({
			seat: seat.seat,
			id: seat.id,
			divisor: exact(seat.divisor),
			quotient: exact(seat.quotient),
			quotientDecimal: decimal(seat.quotient)
		}))
	};
}

export function allocationJson(allocation: Allocation) {
	const { threshold, working, input } = allocation;
	const quota = working?.family === 'largest-remainder' ? working.quota : null;
	return {
		status: allocation.status,
		...(allocation.status === 'not-allocated' ? { reason: allocation.reason } : {}),
		method: input.method,
		seatsTotal: input.seats,
		seats: allocation.seats,
		admitted: threshold.admitted,
		// Divisor methods have no quota; their working lists the quotient that won each seat.
		// Unreduced, so a Hare quota reads as its definition: admitted votes / seats.
		quota: quota ? (quota.den === 1n ? `${quota.num}` : `${quota.num}/${quota.den}`) : null,
		quotaDecimal: quota ? decimal(quota) : null,
		ties: allocation.ties.map(tieJson),
		threshold: {
			percent: exact(threshold.threshold),
			base: threshold.base,
			baseVotes: threshold.baseVotes,
			minimumVotes: threshold.minimumVotes,
			runnerUp: threshold.runnerUp,
			lists: threshold.rows.map((row) => ({
				id: row.id,
				votes: row.votes,
				percent: ratioToDecimal({ num: row.share.num * 100n, den: row.share.den }, 4),
				admission: row.admission
			}))
		},
		working: working ? workingJson(working) : null
	};
}
