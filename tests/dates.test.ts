import { describe, expect, it } from 'vitest';
import { parseCalendarDate, todayInOslo } from '../src/dates.js';
import { runBin } from './helpers.js';

describe('calendar dates', () => {
  it('today is the date in Oslo, whatever the instant says in UTC', () => {
    expect(todayInOslo(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23'); // CET, UTC+1
    expect(todayInOslo(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30'); // CEST, UTC+2
    expect(todayInOslo(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it("reading Oslo's date leaves the process's own time zone as it was", () => {
    const saved = process.env.TZ;
    const instant = new Date('2026-11-22T23:30:00Z');
    try {
      for (const tz of ['America/Los_Angeles', undefined]) {
        if (tz === undefined) delete process.env.TZ;
        else process.env.TZ = tz;
        const offset = instant.getTimezoneOffset();
        expect(todayInOslo(instant)).toBe('2026-11-23');
        expect(process.env.TZ).toBe(tz);
        expect(instant.getTimezoneOffset()).toBe(offset);
      }
      process.env.TZ = 'America/Los_Angeles';
      todayInOslo(instant);
      expect(instant.getDate()).toBe(22); // still 15:30 on the 22nd in Los Angeles
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses impossible dates', () => {
    expect(parseCalendarDate('2026-02-29')).toBeNull();
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2026-1-01')).toBeNull();
  });

  it('the CLI defaults as-of to today in Oslo in any machine time zone', () => {
    for (const TZ of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      const before = todayInOslo();
      const run = runBin(['status', 'data', '--format', 'json'], { env: { TZ } });
      const after = todayInOslo();
      expect([before, after]).toContain(JSON.parse(run.stdout).asOf);
    }
  });
});
