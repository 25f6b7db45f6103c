import { blanksRunTogether, maskAsShown, showHidden } from './sanitize.js';

// Data text in Markdown (e-mail, Teams, wikis) must read as text: no links, images, emphasis, code,
// table breaks or HTML from the data. The text never starts a line (it follows a table pipe, a
// heading mark or a list mark), so block syntax such as "1." or "- " cannot take effect, and the
// characters that act inside a line are enough to escape: a pasted report stays readable.
const SPECIAL = /[\\`*_[\]|~]/g;

// HTML needs `<` before a tag name, `/`, `!` or `?` (tags, comments, declarations, processing
// instructions; an autolink `<https://…>` starts with a letter too), and an entity needs `&` before
// `#` or a name and `;`. Only those get a backslash, and a `<` that would open an e-mail autolink
// (`<1ola@nav.no>`, whose brackets a renderer drops): `<`, `>` and `&` elsewhere are ordinary text
// and stay as written, so a plain e-mail shows "a < b" and "R&D", not "&lt;" and "&amp;". A `>` is
// harmless once no `<` can open a tag (and the text never starts a line, so it is no quote mark).
const EMAIL_AUTOLINK =
  /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*>/
    .source;
const HTML_OPENER = new RegExp(`<(?=[A-Za-z/!?]|${EMAIL_AUTOLINK})|&(?=#|[A-Za-z][A-Za-z0-9]*;)`, 'g');

// GitHub-flavoured Markdown makes links of bare web addresses (its "autolinks" extension: http://,
// https://, ftp://, www., mailto: and xmpp:), which no backslash escape stops: data text writes them
// as code spans, never links. A bare e-mail address stays text (Teams shows a code span as code, and
// an address is what a reminder is for): GitHub may make it a mailto link, whose text is the address
// as written, so the reader sees the data and nothing else.
const AUTOLINK = /(?<![\w.+-])(?:(?:https?|ftp|mailto|xmpp):[^\s<>`|]+|www\.[^\s<>`|]+)/gi;

const ENTITY = /&(?=#|[A-Za-z][A-Za-z0-9]*;)/g;

const escapeText = (text: string, brackets: boolean) => {
  const special = text.replace(SPECIAL, (c) => `\\${c}`);
  if (!brackets) return special.replace(HTML_OPENER, (c) => `\\${c}`);
  return special.replace(/[<>]/g, (c) => `\\${c}`).replace(ENTITY, '\\&');
};

/**
 * One line of data text: blanks and line breaks run together into one space (as a renderer shows
 * them), identity numbers masked, hidden characters shown.
 */
const oneLine = (text: string) => showHidden(maskAsShown(text, blanksRunTogether));

function escaped(text: string, brackets: boolean): string {
  // Masking comes first, so that no escape this step adds can split a number and hide it.
  const shown = oneLine(text);
  let out = '';
  let at = 0;
  for (const link of shown.matchAll(AUTOLINK)) {
    const start = link.index ?? 0;
    out += `${escapeText(shown.slice(at, start), brackets)}\`${link[0]}\``;
    at = start + link[0].length;
  }
  return out + escapeText(shown.slice(at), brackets);
}

/** Data text on one line, to be read as text: nothing in it acts as Markdown or HTML. */
export function markdownText(text: string): string {
  return escaped(text, false);
}

/**
 * The To list (`Name <address>; …`) as text, not a code span (Teams shows a code span as code):
 * every `<` and `>` gets a backslash, so the brackets show in a renderer (no tag, no autolink that
 * drops them) and read plainly in an e-mail as `Name \<address\>`; the address itself is text.
 */
export function markdownAddresses(text: string): string {
  return escaped(text, true);
}
