import type { Lang } from '../i18n/catalogue.js';
import { htmlText } from './html-escape.js';

// One self-contained document: no scripts, no links, no fonts or images to fetch, so that it
// opens offline and pastes into Outlook, whose Word renderer knows tables, borders, colours and
// simple fonts but not flex or grid. Wide tables scroll inside their wrapper on a narrow screen,
// never the page; long words in headings and text break.
const CSS = `
body { margin: 0; padding: 12px; background: #ffffff; color: #1a1a1a;
  font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; }
main { max-width: 72em; }
h1 { font-size: 18pt; margin: 0 0 10pt; }
h2 { font-size: 14pt; margin: 18pt 0 4pt; }
h3 { font-size: 12pt; margin: 14pt 0 4pt; }
h4 { font-size: 11pt; margin: 8pt 0 2pt; }
h1, h2, h3, h4, p, li, td, caption { overflow-wrap: break-word; word-wrap: break-word; }
p { margin: 4pt 0; }
ul, ol { margin: 2pt 0 6pt; padding-left: 22pt; }
.meta { color: #4d4d4d; }
.wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; margin: 6pt 0; }
caption { text-align: left; font-weight: bold; padding: 2pt 0; }
th, td { border: 1px solid #b3b3b3; padding: 3pt 6pt; text-align: left; vertical-align: top; }
th { background: #e8ecf1; }
td.state { white-space: nowrap; font-weight: bold; }
.overdue { color: #9b1c1c; background: #fde2e2; }
.unrecorded { color: #5b1f7a; background: #f1e4fa; }
.due-soon { color: #6b3a00; background: #fff1cc; }
.planned { color: #0b4f8a; background: #e0eefb; }
.ok { color: #1d6b34; background: #e3f4e8; }
.done { color: #4d4d4d; background: #f0f0f0; }
.summary { margin-top: 14pt; font-weight: bold; }
`;

/** The page around a body of our own markup; `title` is text and is escaped here; `css` is ours too. */
export function htmlDocument(lang: Lang, title: string, body: readonly string[], css = ''): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(title)}</title>`,
    `<style>${CSS}${css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
