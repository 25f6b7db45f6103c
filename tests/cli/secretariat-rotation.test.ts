import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 13, end to end on the example regionråd: "sekretariatfunksjonen går på rundgang,
// to år om gongen" (Sogndal 2024-2025, Luster 2026-2027, Aurland 2028-2029).
const EXAMPLE = join(ROOT, 'docs', 'examples', 'regionrad-sogn');
const json = (args: string[]) => JSON.parse(runBin([...args, '--format', 'json']).stdout);
type Recipient = { person: string };
type Entry = { subject: string; recipients: Recipient[] };

describe('a rotating secretariat', () => {
  it('status names the holding party as the secretariat, in words and in JSON', () => {
    const text = runBin(['status', EXAMPLE, '--as-of', '2027-03-01']);
    expect(text.stdout).toContain('ansvarleg: sekretariatet (Luster kommune)');
    expect(text.stdout).not.toMatch(/ansvarleg: sekretariatet(?! \(Luster kommune\))/);
    const status = json(['status', EXAMPLE, '--as-of', '2028-03-01', '--all']);
    const subjects = status.agreements[0].obligations.map((o: { secretariat: string }) => o.secretariat);
    expect(new Set(subjects)).toEqual(new Set(['aurland']));
  });

  it('the reminders go to the holding party’s people of the secretariat, on the day of each', () => {
    const remind = json(['remind', EXAMPLE, '--as-of', '2027-12-20', '--within', '60']);
    const people = (subject: string) =>
      remind.reminders
        .filter((r: Entry) => r.subject === subject)
        .flatMap((r: Entry) => r.recipients.map((p) => p.person));
    // As of 20.12.2027 Luster holds it, for the deadline of 15.02.2028 too: status says the same.
    expect(people('duty:arsrekneskap')).toEqual(['radmann-luster']);
    const all = remind.reminders.flatMap((r: Entry) => r.recipients.map((p) => p.person));
    expect(all).not.toContain('dagleg-leiar');
  });
});
