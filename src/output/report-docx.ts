import type { Block } from './report-doc.js';
import { type ReportView, reportDocument } from './report-view.js';
import { breaksAsSpaces, maskAsShown, showHidden } from './sanitize.js';

// One line of data text for Word: identity numbers masked (SPEC section 7; a .docx is a zip, so the
// last masking step on stdout cannot see into it), as written and as the line shows them with its
// breaks as spaces; hidden characters shown. The docx package escapes XML itself.
const docText = (text: string) => showHidden(maskAsShown(text, breaksAsSpaces));

/** The text of the document's first main heading. */
function firstHeading(blocks: readonly Block[]): string | null {
  for (const b of blocks) if (b.kind === 'heading' && b.level === 1) return b.text;
  return null;
}

/** The language of the text, as Word names it. */
const DOCUMENT_LANGUAGE = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** A4 with 2 cm margins: the width tables share, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1134;

/**
 * Twentieths of a point a character of 9 pt Calibri can take (Carlito in LibreOffice has the same
 * widths), with room to spare: about 0.53 em, bold 0.58.
 */
const CHAR = 95;
const BOLD_CHAR = 105;
/** Word's cell margins, left and right, with a little to spare. */
const PADDING = 240;

/**
 * Column widths: first every column as wide as its longest word (of the head in bold, of the
 * cells), so that no word, date or head is ever broken inside (issue 27); then what is left of the
 * A4 text width shared in proportion to how much the columns hold beyond that. Only a table whose
 * words alone are wider than the page is scaled down.
 */
export function columnWidths(head: readonly string[], rows: readonly string[][]): number[] {
  // Folds, not spreads: a table can have as many rows as the data has items (issue 24).
  const longestWord = (text: string) => text.split(/\s+/).reduce((n, w) => Math.max(n, w.length), 0);
  const least = head.map((h, i) =>
    rows.reduce(
      (n, r) => Math.max(n, longestWord(r[i] ?? '') * CHAR + PADDING),
      longestWord(h) * BOLD_CHAR + PADDING,
    ),
  );
  const floor = least.reduce((a, b) => a + b, 0);
  if (floor >= TEXT_WIDTH) return least.map((w) => Math.floor((TEXT_WIDTH * w) / floor));
  // Beyond its longest word, a column wants room for its longest text, up to a line of ~24 characters.
  const wants = head.map((h, i) => {
    const longest = rows.reduce(
      (n, r) => Math.max(n, Math.min((r[i] ?? '').length, 24)),
      Math.min(h.length, 24),
    );
    return Math.max(0, longest * CHAR + PADDING - (least[i] ?? 0));
  });
  const wanted = wants.reduce((a, b) => a + b, 0);
  const spare = TEXT_WIDTH - floor;
  return least.map((w, i) =>
    Math.floor(w + (wanted > 0 ? (spare * (wants[i] ?? 0)) / wanted : spare / least.length)),
  );
}

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
    Footer,
    HeadingLevel,
    Packer,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableLayoutType,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const cell = (text: string, header: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      // Tables in 9 pt, as reports set them: eight columns fit across A4.
      children: [new Paragraph({ children: [new TextRun({ text: docText(text), bold: header, size: 18 })] })],
      ...(header ? { shading: { fill: 'E8ECF1' } } : {}),
    });
  const render = (block: Block): Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> => {
    switch (block.kind) {
      case 'heading':
        // A heading stays with what follows it on the page.
        return [new Paragraph({ text: docText(block.text), heading: LEVEL[block.level], keepNext: true })];
      case 'paragraph':
        return [
          new Paragraph({
            children: [new TextRun({ text: docText(block.text), italics: block.note })],
            alignment: AlignmentType.LEFT,
          }),
        ];
      case 'table': {
        const caption = block.caption
          ? [
              new Paragraph({
                keepNext: true,
                children: [new TextRun({ text: docText(block.caption), bold: true })],
              }),
            ]
          : [];
        const widths = columnWidths(block.head, block.rows);
        const table = new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.head.map((c, i) => cell(c, true, widths[i] ?? 0)),
            }),
            ...block.rows.map(
              (r) =>
                new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, widths[i] ?? 0)) }),
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
  const author = view.t('report.docx.author');
  // Page numbers at the foot of every page: «Side 2 av 5».
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: [
              `${view.t('report.docx.page')} `,
              PageNumber.CURRENT,
              ` ${view.t('report.docx.page-of')} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
  const document = new Document({
    // The first heading names the agreement too («Årsrapport 2025: Samarbeidsavtale …»).
    title: docText(firstHeading(doc.blocks) ?? doc.title),
    // The report is the secretariat's (clause 4); Word shows it as the author.
    creator: author,
    lastModifiedBy: author,
    styles: {
      // The document's language, so that Word's spelling and hyphenation know it is Norwegian.
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: DOCUMENT_LANGUAGE[view.lang] } } },
      },
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
        footers: { default: footer },
        children: doc.blocks.flatMap(render),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
