import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../src/identity/number.js';
import { columnWidths } from '../../src/output/report-docx.js';
import { agreementWith, runBin } from '../helpers.js';
import { validNumber } from '../identity-numbers.js';

function docxOf(args: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'samarbeid-docx-'));
  const run = runBin([
    'report',
    'data/buskerud-2024',
    '--year',
    '2025',
    '--format',
    'docx',
    '--out',
    out,
    ...args,
  ]);
  expect(run.status, run.stderr).toBe(0);
  return join(out, 'buskerud-2024-2025.docx');
}

const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version']).status === 0);
if (!soffice)
  console.warn(
    'tests/cli/report-docx: the LibreOffice test is skipped, neither `soffice` nor `libreoffice` is on PATH; ' +
      'install it with: apt-get install -y --no-install-recommends libreoffice-writer-nogui',
  );

describe('samarbeid report --format docx', () => {
  it('column widths: the A4 text width shared after content, a title wider than a count', () => {
    const widths = columnWidths(
      ['Tiltak', 'Åpne'],
      [['Felles flerpartsveiledning i alle videregående skoler', '0']],
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 2 * 1134);
    expect(widths[0]).toBeGreaterThan(2 * (widths[1] ?? 0));
  });

  it('has page numbers, the document language and the secretariat as author (issue 27)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(docxOf([])));
    const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
    expect(await part('word/styles.xml')).toContain('<w:lang w:val="nb-NO"/>');
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await part(footers[0]!);
    expect(footer).toMatch(/Side .*PAGE.* av .*NUMPAGES/s);
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:creator>Sekretariatet</dc:creator>');
    expect(core).toMatch(
      /<dc:title>Årsrapport 2025: Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune<\/dc:title>/,
    );
    const nn = await JSZip.loadAsync(readFileSync(docxOf(['--lang', 'nn'])));
    expect(await nn.file('word/styles.xml')?.async('string')).toContain('<w:lang w:val="nn-NO"/>');
  });

  it('reads back with real headings and tables, in the agreement language', async () => {
    const file = docxOf([]);
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: readFileSync(file) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain(
      '<h1>Årsrapport 2025: Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune</h1>',
    );
    expect(html).toContain('<h2>Årlig evaluering og resultater (jf. pkt. 6)</h2>');
    expect(html).toContain('<h3>Evaluering 10.12.2025: Årsrapport 2025</h3>');
    // The meetings table: a header row, then one row per body.
    expect(html).toMatch(/<table><thead><tr><th><p><strong>Organ<\/strong><\/p><\/th>/);
    expect(html).toContain(
      '<td><p>Mellomledernivå</p></td><td><p>minst én gang per tertial</p></td><td><p>3</p></td>',
    );
    expect((html.match(/<table>/g) ?? []).length).toBeGreaterThanOrEqual(8);
  });

  it('masks an identity number inside the document, where no later step can see it', async () => {
    const number = validNumber('010190123');
    const folder = agreementWith({
      'meetings/2025.yaml': [
        'schemaVersion: 1',
        'meetings:',
        '  - id: 2025-03-01-middle',
        '    body: middle',
        '    date: 2025-03-01',
        '    status: held',
        '    actions:',
        `      - { id: sjekk, text: Ring om ${number}, owner: part-a, due: 2025-04-01 }`,
        '',
      ].join('\n'),
    });
    const out = mkdtempSync(join(tmpdir(), 'samarbeid-docx-'));
    const run = runBin(['report', folder, '--year', '2025', '--format', 'docx', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const { value: text } = await mammoth.extractRawText({
      buffer: readFileSync(join(out, 'minimal-2025.docx')),
    });
    expect(text).toContain('Ring om ******');
    expect(findIdentityNumbers(text)).toEqual([]);
  });

  it.skipIf(!soffice)(
    'LibreOffice opens it and converts it to PDF',
    () => {
      const file = docxOf([]);
      const dir = mkdtempSync(join(tmpdir(), 'samarbeid-pdf-'));
      const run = spawnSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const pdf = join(dir, 'buskerud-2024-2025.pdf');
      expect(existsSync(pdf)).toBe(true);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A4 pages: 595 x 842 points.
      expect(bytes.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595(\.\d+)? 84[12](\.\d+)?\s*\]/);
      // Issue 27: no date, head or name is broken inside a word by a narrow column ("Påkre / vd",
      // "15.09.202 / 7"), and every page carries its number. pdftotext (poppler-utils) reads it.
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      // The widths are those of Calibri; without it LibreOffice takes Carlito (the same widths), else a wider font.
      const carlito = spawnSync('fc-list', [':family=Carlito'], { encoding: 'utf8' }).stdout?.trim();
      if (text.error || !carlito) {
        console.warn(
          'tests/cli/report-docx: pdftotext or the Carlito font is missing (apt-get install -y poppler-utils fonts-crosextra-carlito); the words are not checked',
        );
        return;
      }
      const words = text.stdout.split(/\s+/).map((w) => w.replace(/^\(+|[,.:)]+$/g, ''));
      for (const whole of [
        'Påkrevd',
        'Planlagt',
        'Referat',
        'oppfylt',
        'Mellomledernivå',
        'Samarbeidsutvalget',
        '30.06.2026',
        '10.12.2025',
        'Åpne',
      ])
        expect(words, whole).toContain(whole);
      expect(text.stdout).toMatch(/Side 1 av \d/);
    },
    150_000,
  );
});
