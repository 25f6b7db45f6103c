import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCalendarDate } from '../../src/dates.js';
import { formatDate } from '../../src/i18n/format-date.js';
import { angleOf } from '../../src/output/calendar-svg.js';
import { runBin } from '../helpers.js';
import { findChromium } from './chromium.js';

// The årshjul drawn by a real browser (Debian's Chromium, as .ci/run installs it): rendered to a
// PNG, every mark where its date puts it on the wheel, every text inside the picture.

const chromium = findChromium('tests/browser/calendar-svg');

interface Mark {
  date: string;
  ring: number;
  x: number;
  y: number;
  title: string;
}

describe.skipIf(!chromium)('the årshjul in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: chromium ?? undefined,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--proxy-server=127.0.0.1:9', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['nb', 'en'])(
    'marks sit at the angle of their date, texts inside the picture (%s)',
    async (lang) => {
      const run = runBin([
        'calendar',
        'data/buskerud-2024',
        '--year',
        '2026',
        '--as-of',
        '2026-11-22',
        '--format',
        'svg',
        '--lang',
        lang,
      ]);
      expect(run.status, run.stderr).toBe(0);
      const dir = mkdtempSync(join(tmpdir(), 'samarbeid-aarshjul-'));
      const file = join(dir, 'aarshjul.svg');
      writeFileSync(file, run.stdout);
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(run.stdout)!.map(Number) as [
        number,
        number,
        number,
      ];
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const png = await page.screenshot({ type: 'png' });
      expect(Buffer.from(png).readUInt32BE(16)).toBe(width);
      const found = await page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return {
            x: r.x + r.width / 2,
            y: r.y + r.height / 2,
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          };
        };
        const hub = box(document.querySelector('.hub')!);
        const marks = [...document.querySelectorAll('.mark')].map((g) => ({
          date: g.getAttribute('data-date') ?? '',
          ring: Number(g.getAttribute('data-ring')),
          title: g.querySelector('title')?.textContent ?? '',
          ...box(g.lastElementChild!),
        }));
        const texts = [...document.querySelectorAll('text')].map((t) => ({ text: t.textContent, ...box(t) }));
        return { hub, marks, texts };
      });
      await page.close();
      const marks = found.marks as Mark[];
      expect(marks.length).toBeGreaterThan(15);
      const from = asCalendarDate('2026-01-01');
      const to = asCalendarDate('2026-12-31');
      for (const mark of marks) {
        const angle = (Math.atan2(mark.x - found.hub.x, found.hub.y - mark.y) + 2 * Math.PI) % (2 * Math.PI);
        const expected = angleOf(asCalendarDate(mark.date), from, to);
        const diff = Math.abs(angle - expected);
        expect(Math.min(diff, 2 * Math.PI - diff), `${mark.date}: ${mark.title}`).toBeLessThan(0.02);
        expect(mark.title.startsWith(`${formatDate(mark.date, lang as 'nb' | 'en')}: `), mark.title).toBe(
          true,
        );
        expect(mark.title).toMatch(/ \(.+\)$/);
      }
      // Rings from the outside in: the top meeting (ring 1) further out than the middle (ring 2).
      const radius = (m: Mark) => Math.hypot(m.x - found.hub.x, m.y - found.hub.y);
      const top = marks.find((m) => m.ring === 1)!;
      const middle = marks.find((m) => m.ring === 2)!;
      expect(radius(top)).toBeGreaterThan(radius(middle));
      for (const t of found.texts) {
        expect(t.left, t.text ?? '').toBeGreaterThanOrEqual(0);
        expect(t.right, t.text ?? '').toBeLessThanOrEqual(width);
        expect(t.bottom, t.text ?? '').toBeLessThanOrEqual(height);
      }
    },
    60_000,
  );
});
