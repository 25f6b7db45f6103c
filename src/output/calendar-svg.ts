import { type CalendarDate, daysBetween, monthOf, yearOf, ymd } from '../dates.js';
import { formatDate } from '../i18n/format-date.js';
import type { PlainId } from '../i18n/message.js';
import { monthName } from '../i18n/period-words.js';
import type { PlanEvent } from '../plan/year-plan.js';
import { type CalendarEntry, type CalendarView, eventTitle, statusWord } from './calendar-view.js';
import { htmlText } from './html-escape.js';

// SPEC section 9: the årshjul. Hand-written SVG, no library and no DOM: twelve month sectors,
// one ring per body, one for the working groups, and rings for evaluations and reports, for
// measures, actions and expiry, and for the days invitations go out; today marked. Marks differ
// in shape and fill, not colour, so the wheel reads printed in black and white; every mark has
// a <title>, which browsers show on hover and screen readers read.

const SIZE = 820;
const CENTRE = SIZE / 2;
const OUTER = 390;
const MONTH_BAND = 34;
const INNER = 70;
const TITLE_HEIGHT = 64;
const LINE = 18;

interface Ring {
  label: string;
  events: PlanEvent[];
}

/** Text for SVG: the same escaping as HTML text, which XML needs too. */
const text = htmlText;
const fixed = (n: number) => Number(n.toFixed(1));

/** The angle of a date, clockwise from twelve o'clock, in radians: the middle of its day. */
export function angleOf(date: CalendarDate, from: CalendarDate, to: CalendarDate): number {
  const total = daysBetween(from, to) + 1;
  return (2 * Math.PI * (daysBetween(from, date) + 0.5)) / total;
}

function point(angle: number, radius: number): [number, number] {
  return [fixed(CENTRE + radius * Math.sin(angle)), fixed(CENTRE - radius * Math.cos(angle))];
}

/** Breaks a title into lines of about `width` characters. */
function wrapText(words: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Shortens a label to `max` characters with an ellipsis: labels fit their space. */
const fitLabel = (label: string, max: number) =>
  label.length <= max ? label : `${label.slice(0, Math.max(1, max - 1))}…`;

function ringsOf(entry: CalendarEntry, view: CalendarView): Ring[] {
  const rings: Ring[] = entry.bodies.map((body) => ({
    label: entry.names.body(body),
    events: entry.events.filter((e) => e.body === body && (e.kind === 'meeting' || e.kind === 'proposed')),
  }));
  if (entry.groups.length > 0)
    rings.push({
      label: view.t('calendar.ring.groups'),
      events: entry.events.filter(
        (e) =>
          e.body !== null && entry.groups.includes(e.body) && (e.kind === 'meeting' || e.kind === 'proposed'),
      ),
    });
  const deadlines = entry.events.filter((e) => e.kind === 'deadline');
  rings.push(
    {
      label: view.t('calendar.ring.evaluations'),
      events: deadlines.filter((e) => e.about === 'evaluation' || e.about === 'report'),
    },
    {
      label: view.t('calendar.ring.measures'),
      events: deadlines.filter(
        (e) => e.about !== 'evaluation' && e.about !== 'report' && e.about !== 'meeting',
      ),
    },
    { label: view.t('calendar.ring.notice'), events: entry.events.filter((e) => e.kind === 'notice') },
  );
  // Missed meeting deadlines go in their body's ring.
  for (const e of deadlines.filter((d) => d.about === 'meeting')) {
    const ring = rings[e.body === null ? -1 : entry.bodies.indexOf(e.body)];
    ring?.events.push(e);
  }
  return rings;
}

/** One mark: its shape says the kind, its fill the status. */
function mark(e: PlanEvent, x: number, y: number, r: number): string {
  const filled = e.status === 'held' || e.status === 'done';
  const fill = filled ? '#000' : '#fff';
  const dash = e.kind === 'proposed' ? ' stroke-dasharray="2 1.5"' : '';
  const width = e.status === 'overdue' ? 2.5 : 1.5;
  const common = `fill="${fill}" stroke="#000" stroke-width="${width}"${dash}`;
  let shape: string;
  if (e.kind === 'deadline') {
    const h = r * 1.15;
    shape = `<path d="M${fixed(x)} ${fixed(y - h)}L${fixed(x + h)} ${fixed(y + h * 0.8)}L${fixed(x - h)} ${fixed(y + h * 0.8)}Z" ${common}/>`;
  } else if (e.kind === 'notice') {
    const h = r * 0.8;
    shape = `<rect x="${fixed(x - h)}" y="${fixed(y - h)}" width="${fixed(2 * h)}" height="${fixed(2 * h)}" ${common}/>`;
  } else shape = `<circle cx="${fixed(x)}" cy="${fixed(y)}" r="${r}" ${common}/>`;
  if (e.status === 'cancelled')
    shape += `<path d="M${fixed(x - r)} ${fixed(y - r)}L${fixed(x + r)} ${fixed(y + r)}M${fixed(x + r)} ${fixed(y - r)}L${fixed(x - r)} ${fixed(y + r)}" stroke="#000" stroke-width="1.5"/>`;
  return shape;
}

function wheel(entry: CalendarEntry, view: CalendarView, top: number): { svg: string; numbered: MarkLine[] } {
  const { from, to } = view;
  const out: string[] = [];
  const rings = ringsOf(entry, view);
  const band = (OUTER - MONTH_BAND - INNER) / rings.length;
  // Month sectors: alternate light grey and white, a line at each month's start, the name outside.
  const starts: CalendarDate[] = [];
  for (let d = ymd(yearOf(from), monthOf(from), 1); d <= to; d = ymd(yearOf(d), monthOf(d) + 1, 1))
    starts.push(d < from ? from : d);
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const a0 = angleOf(start, from, to) - (Math.PI * 2 * 0.5) / (daysBetween(from, to) + 1);
    const a1 = next
      ? angleOf(next, from, to) - (Math.PI * 2 * 0.5) / (daysBetween(from, to) + 1)
      : 2 * Math.PI;
    const [x0, y0] = point(a0, OUTER);
    const [x1, y1] = point(a1, OUTER);
    const [x2, y2] = point(a1, INNER);
    const [x3, y3] = point(a0, INNER);
    const large = a1 - a0 > Math.PI ? 1 : 0;
    out.push(
      `<path d="M${x0} ${y0}A${OUTER} ${OUTER} 0 ${large} 1 ${x1} ${y1}L${x2} ${y2}A${INNER} ${INNER} 0 ${large} 0 ${x3} ${y3}Z" fill="${i % 2 === 0 ? '#f2f2f2' : '#fff'}" stroke="#999" stroke-width="0.75"/>`,
    );
    const middle = (a0 + a1) / 2;
    const [lx, ly] = point(middle, OUTER - MONTH_BAND / 2);
    const arc = ((a1 - a0) * (OUTER - MONTH_BAND / 2)) / 7;
    const name = fitLabel(monthName(monthOf(start), view.lang), Math.max(3, Math.floor(arc)));
    out.push(
      `<text x="${lx}" y="${fixed(ly + 4)}" text-anchor="middle" font-size="13" font-weight="bold">${text(name)}</text>`,
    );
  });
  // Ring boundaries, with each ring's number at twelve o'clock.
  rings.forEach((_, i) => {
    const r = OUTER - MONTH_BAND - i * band;
    out.push(
      `<circle cx="${CENTRE}" cy="${CENTRE}" r="${fixed(r)}" fill="none" stroke="#666" stroke-width="0.75"/>`,
    );
    // The ring's number and name at twelve o'clock, where the year begins.
    const name = fitLabel(rings[i]?.label ?? '', 22);
    out.push(
      `<text x="${CENTRE - 4}" y="${fixed(CENTRE - r + band / 2 + 4)}" text-anchor="end" font-size="10" fill="#333"${HALO}>${i + 1} ${text(name)}</text>`,
    );
  });
  out.push(
    `<circle class="hub" cx="${CENTRE}" cy="${CENTRE}" r="${INNER}" fill="#fff" stroke="#666" stroke-width="0.75"/>`,
  );
  out.push(
    `<text x="${CENTRE}" y="${CENTRE + 9}" text-anchor="middle" font-size="26" font-weight="bold">${text(from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : `${from.slice(0, 4)}–${to.slice(0, 4)}`)}</text>`,
  );
  // Today: a radial line, and its date in the hub under the year, where it never leaves the
  // picture nor covers a month, wherever in the year today falls.
  if (view.asOf >= from && view.asOf <= to) {
    const a = angleOf(view.asOf, from, to);
    const [x0, y0] = point(a, INNER);
    const [x1, y1] = point(a, OUTER);
    const label = text(view.t('calendar.today', { date: formatDate(view.asOf, view.lang) }));
    out.push(
      `<g class="today"><title>${label}</title><path d="M${x0} ${y0}L${x1} ${y1}" stroke="#000" stroke-width="2" stroke-dasharray="6 3"/><text x="${CENTRE}" y="${CENTRE + 30}" text-anchor="middle" font-size="10.5">${label}</text></g>`,
    );
  }
  // The marks, in the middle of their ring; marks of one day in one ring sit side by side. Each is
  // numbered in date order, the numbers listed under the wheel: printed, nothing needs a hover.
  const placed: Array<{ e: PlanEvent; ring: number; x: number; y: number; size: number }> = [];
  rings.forEach((ring, i) => {
    const radius = OUTER - MONTH_BAND - (i + 0.5) * band;
    const size = Math.min(7.5, band / 3.2);
    const seen = new Map<string, number>();
    for (const e of ring.events) {
      const n = seen.get(e.date) ?? 0;
      seen.set(e.date, n + 1);
      const [x, y] = point(angleOf(e.date, from, to), radius - n * size * 1.6);
      placed.push({ e, ring: i, x, y, size });
    }
  });
  placed.sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.ring - b.ring));
  const numbered: MarkLine[] = [];
  placed.forEach(({ e, ring, x, y, size }, k) => {
    const label = `${formatDate(e.date, view.lang)}: ${eventTitle(e, view)} (${statusWord(e.status, view)})`;
    out.push(
      `<g class="mark" data-date="${e.date}" data-ring="${ring + 1}" data-kind="${e.kind}"><title>${text(label)}</title>${mark(e, x, y, size)}</g>`,
      `<text class="mark-number" x="${fixed(x + size + 1.5)}" y="${fixed(y - size * 0.4)}" font-size="8.5"${HALO}>${k + 1}</text>`,
    );
    numbered.push({ n: k + 1, text: label });
  });
  return { svg: `<g transform="translate(0 ${top})">${out.join('')}</g>`, numbered };
}

interface MarkLine {
  n: number;
  text: string;
}

/** A white edge around a text on the wheel, so that it reads over lines and marks. */
const HALO = ' paint-order="stroke" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"';

/** The numbered marks, in two columns under the legend. */
function markList(
  lines: readonly MarkLine[],
  view: CalendarView,
  top: number,
): { svg: string; height: number } {
  if (lines.length === 0) return { svg: '', height: 0 };
  const out: string[] = [
    `<text x="30" y="${top + LINE}" font-size="13" font-weight="bold">${text(view.t('calendar.marks.title'))}</text>`,
  ];
  const rows = lines.map((line) => wrapText(`${line.n}. ${line.text}`, 58));
  const half = Math.ceil(rows.length / 2);
  let height = 0;
  for (const [column, part] of [rows.slice(0, half), rows.slice(half)].entries()) {
    let y = top + LINE * 2.2;
    for (const row of part)
      row.forEach((piece, j) => {
        out.push(
          `<text x="${30 + column * 390 + (j > 0 ? 16 : 0)}" y="${fixed(y)}" font-size="10.5">${text(piece)}</text>`,
        );
        y += 14;
      });
    height = Math.max(height, y - top);
  }
  return { svg: out.join(''), height: height + LINE * 0.6 };
}

function legend(entry: CalendarEntry, view: CalendarView, top: number): { svg: string; height: number } {
  const rings = ringsOf(entry, view);
  const out: string[] = [];
  let y = top + LINE;
  out.push(
    `<text x="30" y="${y}" font-size="13" font-weight="bold">${text(view.t('calendar.legend.title'))}</text>`,
  );
  rings.forEach((ring, i) => {
    const column = i % 2;
    if (column === 0) y += LINE;
    out.push(
      `<text x="${30 + column * 390}" y="${y}" font-size="12">${i + 1}. ${text(fitLabel(ring.label, 52))}</text>`,
    );
  });
  y += LINE * 1.6;
  const samples: Array<[Partial<PlanEvent>, PlainId]> = [
    [{ kind: 'meeting', status: 'planned' }, 'calendar.legend.meeting'],
    [{ kind: 'proposed', status: 'proposed' }, 'calendar.legend.proposed'],
    [{ kind: 'deadline', status: 'open' }, 'calendar.legend.deadline'],
    [{ kind: 'notice', status: 'open' }, 'calendar.legend.notice'],
    [{ kind: 'meeting', status: 'held' }, 'calendar.legend.done'],
    [{ kind: 'meeting', status: 'cancelled' }, 'calendar.legend.cancelled'],
  ];
  samples.forEach(([sample, id], i) => {
    const x = 36 + (i % 3) * 260;
    const row = y + Math.floor(i / 3) * LINE * 1.3;
    out.push(mark(sample as PlanEvent, x, row - 4, 5.5));
    out.push(`<text x="${x + 12}" y="${row}" font-size="12">${text(view.t(id))}</text>`);
  });
  y += LINE * 2.6;
  return { svg: out.join(''), height: y - top };
}

/** The årshjul of each agreement, one below the other. */
export function calendarSvg(view: CalendarView): string {
  const parts: string[] = [];
  let y = 0;
  for (const entry of view.entries) {
    const year = view.from.slice(0, 4);
    const title = view.t('calendar.wheel-title', { year, title: entry.title });
    const lines = wrapText(title, 70);
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${CENTRE}" y="${y + 26 + i * 22}" text-anchor="middle" font-size="19" font-weight="bold">${text(line)}</text>`,
      );
    });
    const top = y + Math.max(TITLE_HEIGHT, 22 * lines.length + 20);
    const drawn = wheel(entry, view, top);
    parts.push(drawn.svg);
    const { svg, height } = legend(entry, view, top + SIZE);
    parts.push(svg);
    const list = markList(drawn.numbered, view, top + SIZE + height);
    parts.push(list.svg);
    y = top + SIZE + height + list.height + 20;
  }
  const height = Math.ceil(y);
  const label = view.entries.map((e) => e.title).join(', ') || 'samarbeid';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${height}" viewBox="0 0 ${SIZE} ${height}" role="img" lang="${view.lang === 'en' ? 'en' : view.lang}" font-family="Arial, Helvetica, sans-serif">
<title>${text(view.t('calendar.wheel-title', { year: view.from.slice(0, 4), title: label }))}</title>
<rect width="100%" height="100%" fill="#fff"/>
${parts.join('\n')}
</svg>
`;
}
