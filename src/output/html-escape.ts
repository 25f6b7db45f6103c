import { blanksRunTogether, maskAsShown, showHidden } from './sanitize.js';

// Data text in an HTML document (status and reminders pasted into Outlook or opened in a browser)
// must read as text: no element, attribute, entity or comment from the data. Escaping the five
// characters that HTML gives meaning to is enough for text inside elements and inside quoted
// attribute values, which is everywhere samarbeid puts data (SPEC section 7, output safety).
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * One line of data text for HTML: blanks and line breaks run together into one space (as a browser
 * shows them), identity numbers masked, hidden and bidirectional control characters shown as
 * \u{…}, then the special characters escaped. Masking comes first, so that no character a later
 * step adds can split a number and hide it.
 */
export function htmlText(text: string): string {
  const shown = showHidden(maskAsShown(text, blanksRunTogether));
  return shown.replace(SPECIAL, (c) => ENTITY[c] ?? c);
}
