import { blanksRunTogether, maskAsShown, showHidden } from './sanitize.js';

// Data text in Markdown (e-mail, Teams, wikis) must read as text: no links, images, emphasis, code,
// table breaks or HTML from the data. The text never starts a line (it follows a table pipe, a
// heading mark or a list mark), so block syntax such as "1." or "- " cannot take effect, and the
// characters that act inside a line are enough to escape: a pasted report stays readable.
const SPECIAL = /[\\`*_[\]|~]/g;

// HTML needs `<` before a tag name, `/`, `!` or `?` (tags, comments, declarations, processing
// instructions; an autolink `<https://…>` starts with a letter too), and an entity needs `&` before
// `#` or a name and `;`. Only those get a backslash: `<`, `>` and `&` elsewhere are ordinary text
// and stay as written, so a plain e-mail shows "a < b" and "R&D", not "&lt;" and "&amp;". A `>` is
// harmless once no `<` can open a tag (and the text never starts a line, so it is no quote mark).
const HTML_OPENER = /<(?=[A-Za-z/!?])|&(?=#|[A-Za-z][A-Za-z0-9]*;)/g;

// GitHub-flavoured Markdown makes links of bare addresses (its "autolinks" extension: http://,
// https://, ftp://, www., mailto:, xmpp: and e-mail addresses), which no backslash escape stops:
// e-mail addresses are found after escapes are resolved. A code span is never made a link, and the
// address still reads as written.
const AUTOLINK =
  /(?<![\w.+-])(?:(?:https?|ftp|mailto|xmpp):[^\s<>`|]+|www\.[^\s<>`|]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

const escapeText = (text: string) =>
  text.replace(SPECIAL, (c) => `\\${c}`).replace(HTML_OPENER, (c) => `\\${c}`);

/**
 * One line of data text: blanks and line breaks run together into one space (as a renderer shows
 * them), identity numbers masked, hidden characters shown.
 */
const oneLine = (text: string) => showHidden(maskAsShown(text, blanksRunTogether));

export function markdownText(text: string): string {
  // Masking comes first, so that no escape this step adds can split a number and hide it.
  const shown = oneLine(text);
  let out = '';
  let at = 0;
  for (const link of shown.matchAll(AUTOLINK)) {
    const start = link.index ?? 0;
    out += `${escapeText(shown.slice(at, start))}\`${link[0]}\``;
    at = start + link[0].length;
  }
  return out + escapeText(shown.slice(at));
}

/**
 * Text to be copied verbatim (the To list, `Name <address>; …`): one code span, which a renderer
 * shows as written (no tag, link or emphasis) and a plain e-mail shows between backticks. The fence
 * is one backtick longer than any run of backticks inside (CommonMark), padded with a space when
 * the text starts or ends with a backtick or with spaces at both ends.
 */
export function markdownCode(text: string): string {
  const shown = oneLine(text);
  let longest = 0;
  for (const m of shown.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  // A renderer strips one space from each end when both ends have one: the padding it strips.
  const spaced = shown.startsWith(' ') && shown.endsWith(' ') && shown.trim() !== '';
  const pad = shown.startsWith('`') || shown.endsWith('`') || spaced ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}
