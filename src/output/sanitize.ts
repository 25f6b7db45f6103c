import { maskIdentityNumbers } from '../identity/number.js';

// Data text reaches terminals, CI logs and documents. These functions make sure it is shown, never
// obeyed or hidden: no escape sequences, no bidirectional reordering, no invisible characters that
// hide or split text, no line breaks inside a line (SPEC section 7, output safety).

// The whole class: control characters (Cc: C0, DEL, C1), format characters (Cf: bidi controls,
// zero-width characters, BOM, soft hyphen, tag characters, invisible operators), line and
// paragraph separators (Zl, Zp), lone surrogates, and the Hangul fillers that show as blanks.
const HIDDEN = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\u115f\\u1160\\u3164\\uffa0';
// Emoji keep what makes them: a zero-width joiner between two pictographs (👨‍👩‍👧) and the tag
// characters of a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
const EMOJI_PARTS =
  '\\u{1f3f4}[\\u{e0020}-\\u{e007e}]{1,8}\\u{e007f}|(?<=[\\p{Extended_Pictographic}\\u{1f3fb}-\\u{1f3ff}]\\ufe0f?)\\u200d(?=\\p{Extended_Pictographic})';

let hiddenPattern: RegExp | null = null;
/** Built at first use: compiling the Unicode classes would otherwise cost every start-up. */
export function hiddenCharacters(): RegExp {
  hiddenPattern ??= new RegExp(`(${EMOJI_PARTS})|[${HIDDEN}]`, 'gu');
  return hiddenPattern;
}

const visible = (c: string) => `\\u{${c.codePointAt(0)?.toString(16)}}`;

/** Hidden characters shown as \u{…}; the parts of emoji kept. Line breaks are the caller's. */
export function showHidden(text: string): string {
  return text.replace(hiddenCharacters(), (c, emoji: string | undefined) => emoji ?? visible(c));
}

/**
 * Data text masked as it is written and again as it will be shown, `shown` being what the output
 * makes of it (line breaks as spaces, blanks run together as a browser does): a number that either
 * form shows is masked (docs/decisions.md, "Privacy"). The escapes that come after this step
 * (`\u{…}`, entities, backslashes, percent-encoding) cannot make a number: what they add is
 * not digits, or digits that a brace, a letter or a `%` keeps apart.
 */
export function maskAsShown(text: string, shown: (text: string) => string): string {
  const masked = maskIdentityNumbers(text);
  const shownText = shown(masked);
  return shownText === masked ? masked : maskIdentityNumbers(shownText);
}

/** Line breaks and tabs as single spaces, as on a terminal line or in a table cell. */
export const breaksAsSpaces = (text: string) => text.replace(/[\r\n\t]+/g, ' ');
/** Every run of blanks and line breaks as one space, as HTML and rendered Markdown show it. */
export const blanksRunTogether = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/**
 * For one line of terminal text: identity numbers masked (as written, and as the line shows
 * them), then control and invisible characters shown as \u{…}, tabs and newlines as spaces.
 * Masking comes first, so that no character this step adds can split a number and hide it.
 */
export function terminalSafe(text: string): string {
  return showHidden(maskAsShown(text, (t) => t.replace(/[\t\n]/g, ' ')));
}

/** Terminal text of several lines (commander's help and errors): each line made safe. */
export function terminalLines(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalSafe(line.replace(/\r$/, '')))
    .join('\n');
}
