import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';
import { findChromium } from './chromium.js';

// The HTML documents in a real browser (Debian's Chromium, as .ci/run installs it): laid out at a
// desktop and a phone width without a page that scrolls sideways, the table readable, nothing
// fetched from anywhere, and no serious or critical accessibility problem that axe-core finds.

const chromium = findChromium('tests/browser');

const AS_OF = ['--as-of', '2026-11-23', '--lang', 'nb'];
const WIDTHS = [1280, 400] as const;
const COLUMNS = ['Status', 'Hva', 'Frist', 'Når', 'Ansvarlig', 'Merknad'];
const axeSource = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  nodes: unknown[];
}

/** The document written to a temporary file, so that the page's only request is the document. */
function documentOf(command: 'status' | 'remind', dir: string): string {
  const run = runBin([command, 'data', ...AS_OF, '--format', 'html']);
  expect(run.status, run.stderr).toBe(0);
  const path = join(dir, `${command}.html`);
  writeFileSync(path, run.stdout);
  return pathToFileURL(path).href;
}

/** The width a PNG says it has (the IHDR chunk follows the 8-byte signature). */
function pngWidth(png: Uint8Array): number {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...png.subarray(0, 8)]).toEqual(signature);
  return Buffer.from(png).readUInt32BE(16);
}

describe.skipIf(!chromium)('HTML documents in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  /** Every request the page made besides the document itself. */
  const requests: string[] = [];
  let documentUrl = '';
  const axeFound: Array<{ document: string; width: number; id: string; impact: string; nodes: number }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samarbeid-browser-'));
    browser = await puppeteer.launch({
      executablePath: chromium ?? undefined,
      headless: true,
      // Root in a container has no user namespaces for the sandbox; a dead proxy keeps any
      // request that slipped past the interception from reaching a network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--proxy-server=127.0.0.1:9',
        '--proxy-bypass-list=<-loopback>',
        '--no-first-run',
      ],
    });
    page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === documentUrl) return void request.continue();
      requests.push(request.url());
      void request.abort();
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (axeFound.length > 0) console.info('axe-core, minor and moderate:', axeFound);
  });

  async function open(url: string, width: number): Promise<void> {
    documentUrl = url;
    requests.length = 0;
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
  }

  async function checkPage(name: string, width: number): Promise<void> {
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      scripts: document.scripts.length,
      lang: document.documentElement.lang,
      title: document.title,
    }));
    expect(layout.scrollWidth, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(
      layout.innerWidth,
    );
    expect(layout.scripts).toBe(0);
    expect(layout.lang).toBe('nb');
    expect(layout.title).toMatch(/23\.11\.2026/);

    const shot = join(dir, `${name}-${width}.png`);
    await page.screenshot({ path: shot });
    expect(pngWidth(readFileSync(shot))).toBe(width);

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } }).axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: AxeViolation[];
      };
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe, `${name} at ${width}px`).toEqual([]);
    for (const v of violations) axeFound.push({ document: name, width, ...v, impact: v.impact ?? 'none' });
    expect(requests, 'requests besides the document').toEqual([]);
  }

  for (const width of WIDTHS) {
    it(`status at ${width}px: the table is shown with its columns, the page fits, nothing fetched`, async () => {
      await open(documentOf('status', dir), width);
      const table = await page.$('table');
      const box = await table?.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
      // The first agreement's table (data/ has two agreements with obligations).
      const heads = await table!.$$eval('thead th', (ths) =>
        ths.map((th) => [th.textContent?.trim(), th.getAttribute('scope')]),
      );
      expect(heads).toEqual(COLUMNS.map((c) => [c, 'col']));
      const rows = await table!.$$eval('tbody tr', (trs) =>
        trs.map((tr) => [...tr.cells].map((td) => td.textContent?.trim())),
      );
      expect(rows[0]?.[0]).toBe('✗ forfalt');
      expect(rows.map((r) => r[4])).toContain('Buskerud fylkeskommune');
      await checkPage('status', width);
    }, 30_000);

    it(`remind at ${width}px: sections with recipients and agendas, the page fits, nothing fetched`, async () => {
      await open(documentOf('remind', dir), width);
      const headings = await page.$$eval('h3', (hs) => hs.map((h) => h.textContent));
      expect(headings).toContain('Møte: Toppledernivå');
      const agenda = await page.$('ol');
      const box = await agenda?.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('Buskerud fylkeskommune');
      expect(text).not.toContain('buskerud-fk');
      await checkPage('remind', width);
    }, 30_000);
  }
});
