import { maskIdentityNumbers } from '../identity/number.js';

// JSON output: every string masked before JSON escaping could split a number (`\t` between digit
// groups); then the characters that a terminal obeys or that hide text are written as \u escapes,
// which every JSON reader turns back into the same values.
const mask = (_key: string, value: unknown) =>
  typeof value === 'string' ? maskIdentityNumbers(value) : value;

// C1 controls, soft hyphen, bidi controls, zero-width characters, line and paragraph separators,
// BOM, interlinear annotations, and the tag characters (as surrogate pairs).
const UNSAFE =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

const escapeUnits = (s: string) =>
  Array.from({ length: s.length }, (_, i) => `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, mask, 2).replace(UNSAFE, escapeUnits)}\n`;
}
