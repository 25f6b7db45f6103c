import { maskIdentityNumbers } from '../identity-number.js';
import type { Block } from './report-doc.js';
import { type ReportView, reportDocument } from './report-view.js';
import { showHidden } from './sanitize.js';

// One line of data text for Word: identity numbers masked (SPEC section 7; a .docx is a zip, so the
// last masking step on stdout cannot see into it), hidden characters shown, breaks as spaces. The
// docx package escapes XML itself.
const docText = (text: string) => showHidden(maskIdentityNumbers(text).replace(/[\r\n\t]+/g, ' '));

/**
 * The report as a Word document (DOCX) with real headings (Heading 1-3, so Word's navigation pane
 * and table of contents see them) and tables with a header row repeated on every page: a draft
 * the secretariat edits and sends. The docx package is loaded here, only when DOCX is asked for.
 */
export async function reportDocx(view: ReportView): Promise<Uint8Array> {
  const docx = await import('docx');
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const cell = (text: string, header: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: docText(text), bold: header })] })],
      ...(header ? { shading: { fill: 'E8ECF1' } } : {}),
    });
  const render = (block: Block): Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ text: docText(block.text), heading: LEVEL[block.level] })];
      case 'paragraph':
        return [
          new Paragraph({
            children: [new TextRun({ text: docText(block.text), italics: block.note })],
            alignment: AlignmentType.LEFT,
          }),
        ];
      case 'table': {
        const caption = block.caption
          ? [new Paragraph({ children: [new TextRun({ text: docText(block.caption), bold: true })] })]
          : [];
        const table = new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.head.map((c) => cell(c, true)) }),
            ...block.rows.map(
              (r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) }),
            ),
          ],
        });
        // Word joins two tables that touch; an empty paragraph keeps them apart.
        return [...caption, table, new Paragraph({})];
      }
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  };
  const doc = reportDocument(view);
  const document = new Document({
    title: docText(doc.title),
    creator: 'samarbeid',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
    },
    sections: [
      {
        properties: {
          // A4 in twentieths of a point, with 2 cm margins.
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
