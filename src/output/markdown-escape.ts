// Data text in Markdown (e-mail, Teams, wikis) must read as text: no links, emphasis, headings,
// table breaks or HTML from the data.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;

export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => (c === '>' ? c : `\\${c}`));
}
