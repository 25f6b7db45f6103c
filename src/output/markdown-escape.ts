import { maskIdentityNumbers } from '../identity-number.js';
import { showHidden } from './sanitize.js';

// Data text in Markdown (e-mail, Teams, wikis) must read as text: no links, images, emphasis, code,
// table breaks or HTML from the data. The text never starts a line (it follows a table pipe, a
// heading mark or a list mark), so block syntax such as "1." or "- " cannot take effect, and the
// characters that act inside a line are enough to escape: a pasted report stays readable.
const SPECIAL = /[\\`*_[\]|~]/g;

// GitHub-flavoured Markdown makes links of bare addresses (its "autolinks" extension: http://,
// https://, ftp://, www., mailto:, xmpp: and e-mail addresses), which no backslash escape stops:
// e-mail addresses are found after escapes are resolved. A code span is never made a link, and the
// address still reads as written.
const AUTOLINK =
  /(?<![\w.+-])(?:(?:https?|ftp|mailto|xmpp):[^\s<>`|]+|www\.[^\s<>`|]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

const escapeText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`);

export function markdownText(text: string): string {
  // Masking comes first, so that no escape this step adds can split a number and hide it.
  const shown = showHidden(maskIdentityNumbers(text).replace(/[\r\n\t]+/g, ' '));
  let out = '';
  let at = 0;
  for (const link of shown.matchAll(AUTOLINK)) {
    const start = link.index ?? 0;
    out += `${escapeText(shown.slice(at, start))}\`${link[0]}\``;
    at = start + link[0].length;
  }
  return out + escapeText(shown.slice(at));
}
