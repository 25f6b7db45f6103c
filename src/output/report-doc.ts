// A report as a document: headings, paragraphs and tables of plain text. The words are chosen once
// (report-view.ts), and each format (Markdown, HTML, DOCX) only lays the same blocks out and
// escapes their text on the way out, so the formats cannot tell different stories.
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'table'; head: string[]; rows: string[][]; caption?: string };

export interface ReportDocument {
  title: string;
  blocks: Block[];
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const paragraph = (text: string, note = false): Block => ({ kind: 'paragraph', text, note });
export const table = (head: string[], rows: string[][], caption?: string): Block => ({
  kind: 'table',
  head,
  rows,
  ...(caption ? { caption } : {}),
});
