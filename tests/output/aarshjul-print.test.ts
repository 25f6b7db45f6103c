import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// Issue 27: the årshjul read on paper or a wall, without hovering: every mark numbered in date
// order, the numbers listed under the wheel with what and when, and each ring named on the wheel.
const svg = (lang: string) =>
  runBin([
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
  ]).stdout;
const fromXml = (t: string) =>
  t
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'");

describe('the årshjul on paper', () => {
  it('numbers every mark, and lists each number with the date, what and its status', () => {
    const out = svg('nb');
    const titles = [...out.matchAll(/<g class="mark" data-date="([^"]+)"[^>]*><title>([^<]*)<\/title>/g)].map(
      (m) => ({
        date: m[1]!,
        title: fromXml(m[2]!),
      }),
    );
    const numbers = [...out.matchAll(/<text class="mark-number"[^>]*>(\d+)<\/text>/g)].map((m) =>
      Number(m[1]),
    );
    expect(titles.length).toBeGreaterThan(15);
    expect(numbers).toEqual(titles.map((_, i) => i + 1));
    // Numbered in date order.
    expect(titles.map((t) => t.date)).toEqual([...titles.map((t) => t.date)].sort());
    expect(out).toContain('>Hva merkene står for, etter nummer</text>');
    // The list, its lines put back together: "N. date: what (status)" for every mark.
    const list = [...out.matchAll(/<text x="\d+" y="[\d.]+" font-size="10.5">([^<]*)<\/text>/g)]
      .map((m) => fromXml(m[1]!))
      .join(' ');
    for (const [i, t] of titles.entries()) expect(list).toContain(`${i + 1}. ${t.title}`);
  });

  it('names each ring on the wheel, in the language asked for', () => {
    expect(svg('nb')).toMatch(/>1 Toppledernivå<\/text>/);
    expect(svg('en')).toMatch(/>7 Invitations<\/text>/);
    expect(svg('en')).toContain('>What the marks stand for, by number</text>');
  });
});
