import { classOf, DIGIT, OTHER } from './chars.js';
import type { Found } from './scan.js';

// An address shows its blanks and separators percent-encoded: `referat%2001019010046.pdf` is
// `referat 01019010046.pdf` to whoever opens it, while to a reader of the text `%20` runs into the
// digits (thirteen of them). The detector reads such text both ways; this is the second way:
// escapes that decode to blanks, separators or invisible characters decoded, all else as written.
// Escapes that decode to digits or letters stay: nobody reads `%30` as a zero.

const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;
let decoder: TextDecoder | null = null;

/** What a run of escapes decodes to, when every character of it is a blank, separator or invisible; else null. */
function separatorsOf(run: string): string | null {
  const bytes = new Uint8Array(run.length / 3);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16);
  let text: string;
  try {
    decoder ??= new TextDecoder('utf-8', { fatal: true });
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  for (const c of text) {
    const kind = classOf(c.codePointAt(0) ?? 0) >> 4;
    if (kind === OTHER || kind === DIGIT) return null;
  }
  return text;
}

export interface PercentView {
  /** The text with those escapes decoded. */
  text: string;
  /** A number found in the view, placed in the text as written. */
  place: (found: Found) => Found;
}

/** The text as it reads with its percent-encoded separators decoded; null when it has none. */
export function percentView(text: string): PercentView | null {
  if (!text.includes('%')) return null;
  let view = '';
  // For each code unit of the view: where it starts and ends in the text.
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  let at = 0;
  const copy = (to: number) => {
    for (let i = at; i < to; i++) {
      starts[view.length + i - at] = i;
      ends[view.length + i - at] = i + 1;
    }
    view += text.slice(at, to);
    at = to;
  };
  for (const m of text.matchAll(ESCAPES)) {
    const decoded = separatorsOf(m[0]);
    if (decoded === null) continue;
    const from = m.index ?? 0;
    copy(from);
    for (let k = 0; k < decoded.length; k++) {
      starts[view.length + k] = from;
      ends[view.length + k] = from + m[0].length;
    }
    view += decoded;
    at = from + m[0].length;
  }
  if (at === 0) return null;
  copy(text.length);
  return {
    text: view,
    place: (f) => ({ offset: starts[f.offset] ?? 0, end: ends[f.end - 1] ?? 0, kept: f.kept }),
  };
}
