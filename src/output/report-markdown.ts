import { markdownText } from './markdown-escape.js';
import { type ReportView, reportDocument } from './report-view.js';

/** The report as Markdown: GitHub tables, for a wiki, Teams or a first draft in any editor. */
export function reportMarkdown(view: ReportView): string {
  const out: string[] = [];
  for (const block of reportDocument(view).blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${markdownText(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(block.note ? `_${markdownText(block.text)}_` : markdownText(block.text), '');
        break;
      case 'table': {
        if (block.caption) out.push(`**${markdownText(block.caption)}**`, '');
        const row = (cells: readonly string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
        out.push(row(block.head), `|${block.head.map(() => ' --- |').join('')}`);
        for (const r of block.rows) out.push(row(r));
        out.push('');
        break;
      }
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
