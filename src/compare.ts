/**
 * Orders strings by UTF-16 code units, the same on every machine. ISO dates and ids sort right
 * this way; localeCompare would depend on the machine's locale and cost ICU's start-up (~8 ms).
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
