// Data text in Markdown (e-mail, Teams, wikis) must read as text: no links, images, emphasis, code,
// table breaks or HTML from the data. The text never starts a line (it follows a table pipe, a
// heading mark or a list mark), so block syntax such as "1." or "- " cannot take effect, and the
// characters that act inside a line are enough to escape: a pasted report stays readable.
const SPECIAL = /[\\`*_[\]|~]/g;

export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`);
}
