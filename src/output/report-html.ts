import { htmlDocument } from './html-document.js';
import { htmlText as h } from './html-escape.js';
import { type ReportView, reportDocument } from './report-view.js';

// Printed on A4 and filed: page margins, headings kept with what follows, table rows unbroken and
// table heads repeated on every page; the wrappers that scroll wide tables on a screen show them
// whole on paper.
const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm; }
@media print {
  body { padding: 0; font-size: 10pt; }
  main { max-width: none; }
  h1 { break-before: page; }
  h1:first-child { break-before: auto; }
  h1, h2, h3 { break-after: avoid; }
  tr, td, th { break-inside: avoid; }
  thead { display: table-header-group; }
  .wrap { overflow: visible; }
}
`;

/** The report as one self-contained HTML document, the look of status and reminders, ready to print. */
export function reportHtml(view: ReportView): string {
  const doc = reportDocument(view);
  const out: string[] = [];
  let tables = 0;
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`<h${block.level}>${h(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        out.push(block.note ? `<p class="meta">${h(block.text)}</p>` : `<p>${h(block.text)}</p>`);
        break;
      case 'table': {
        tables += 1;
        const head = block.head.map((c) => `<th scope="col">${h(c)}</th>`).join('');
        const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`);
        out.push(
          `<div class="wrap" role="region" aria-label="${h(block.caption ?? block.head.join(', '))}" tabindex="0" id="table-${tables}">`,
          '<table>',
          ...(block.caption ? [`<caption>${h(block.caption)}</caption>`] : []),
          `<thead><tr>${head}</tr></thead>`,
          `<tbody>${rows.join('')}</tbody>`,
          '</table>',
          '</div>',
        );
        break;
      }
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return htmlDocument(view.lang, doc.title, out, PRINT_CSS);
}
