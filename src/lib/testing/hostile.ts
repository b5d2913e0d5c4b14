/**
 * Inputs a mischievous user tries, shared by the hardening tests (issue 13): names that are
 * properties of every plain JavaScript object. Each must be an ordinary name or refused with a
 * clear message, never a way into Object.prototype.
 */
export const PROTOTYPE_NAMES = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'isPrototypeOf',
	'__defineGetter__',
	'__defineSetter__',
	'propertyIsEnumerable',
	'toLocaleString'
] as const;
