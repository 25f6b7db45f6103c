import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../helpers.js';

// SPEC section 14, end to end: people, contacts, the secretariat, members and cancelled meetings
// kept by command, each change the exact one, a refusal writing nothing.
const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'samarbeid-people-')), 'buskerud-2024');
  cpSync(join(ROOT, 'data', 'buskerud-2024'), dir, { recursive: true });
  return dir;
};
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const record = (dir: string, args: string[]) =>
  runBin(['record', args[0]!, dir, ...args.slice(1), '--as-of', '2026-12-07', '--lang', 'nb']);

describe('keeping people by command', () => {
  it('record person updates the fields given, says what changed, and once only', () => {
    const dir = copy();
    const before = read(dir, 'people.yaml');
    const run = record(dir, [
      'person',
      '--id',
      'seksjonsleder-opplaering',
      '--name',
      'Kari Nordmann',
      '--term-from',
      '01.01.2026',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      'Endret personen seksjonsleder-opplaering i people.yaml\n  navn: — → Kari Nordmann\n  periode fra: — → 01.01.2026\n',
    );
    expect(read(dir, 'people.yaml')).toBe(
      before.replace(
        '  - id: seksjonsleder-opplaering\n    party: buskerud-fk\n    role: Seksjonsleder for Opplæring og samhandling\n',
        '  - id: seksjonsleder-opplaering\n    party: buskerud-fk\n    role: Seksjonsleder for Opplæring og samhandling\n    name: Kari Nordmann\n    term:\n      from: 2026-01-01\n',
      ),
    );
    const again = record(dir, ['person', '--id', 'seksjonsleder-opplaering', '--name', 'Kari Nordmann']);
    expect(again.stdout).toContain('Allerede registrert: person seksjonsleder-opplaering');
    const fresh = record(dir, ['person', '--id', 'ny-person', '--name', 'Ola']);
    expect(fresh.status).toBe(2);
    expect(fresh.stderr).toContain('en ny person trenger --party og --role');
  });

  it('record contact names a person of the party, and refuses one of another party', () => {
    const dir = copy();
    const set = record(dir, ['contact', '--party', 'buskerud-fk', '--person', 'fylkeskommunedirektor']);
    expect(set.stdout.trim()).toBe(
      'Kontaktpersonen for Buskerud fylkeskommune er nå fylkeskommunedirektor, ikke lenger seksjonsleder-opplaering (people.yaml)',
    );
    expect(read(dir, 'people.yaml')).toContain('  buskerud-fk: fylkeskommunedirektor\n');
    const before = read(dir, 'people.yaml');
    const wrong = record(dir, ['contact', '--party', 'buskerud-fk', '--person', 'controller-nav']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(
      'controller-nav hører til Nav Vest-Viken, ikke til Buskerud fylkeskommune',
    );
    const typo = record(dir, ['contact', '--party', 'buskerud-fk', '--person', 'fylkeskommunedirektr']);
    expect(typo.stderr).toContain('mente du fylkeskommunedirektor?');
    expect(read(dir, 'people.yaml')).toBe(before);
  });

  it('record secretariat swaps a member in the secretariat and the committee in one change; a swap that breaks clause 4 is refused', () => {
    const dir = copy();
    const swap = record(dir, [
      'secretariat',
      '--person',
      'radgiver-voksenopplaering',
      '--replaces',
      'sekretariat-bfk',
    ]);
    expect(swap.status, swap.stderr).toBe(0);
    const people = read(dir, 'people.yaml');
    expect(people).toContain('secretariat: [radgiver-voksenopplaering, sekretariat-nav]');
    expect(people).toContain(
      'members: [radgiver-voksenopplaering, sekretariat-nav, leder-ung, leder-voksne, oppfolgingstjenesten, controller-nav]',
    );
    // Two from Buskerud fylkeskommune: the secretariat rule refuses it, nothing is written.
    const two = record(dir, ['secretariat', '--person', 'leder-ung']);
    expect(two.status).toBe(1);
    expect(two.stdout).toContain('Sekretariatet har 2 medlemmer fra Buskerud fylkeskommune');
    expect(read(dir, 'people.yaml')).toBe(people);
  });

  it('record member adds to and takes out of the committee, a working group and a body', () => {
    const dir = copy();
    expect(record(dir, ['member', '--committee', '--person', 'fylkeskommunedirektor']).status).toBe(0);
    expect(read(dir, 'people.yaml')).toContain('controller-nav, fylkeskommunedirektor]');
    expect(record(dir, ['member', '--body', 'middle', '--person', 'avdelingsdirektor-samfunn']).status).toBe(
      0,
    );
    expect(read(dir, 'agreement.yaml')).toContain(
      '        - Gjensidig kompetansedeling\n      members:\n        - avdelingsdirektor-samfunn\n    committee:\n',
    );
    const out = record(dir, [
      'member',
      '--group',
      'voksne-kompetanse',
      '--person',
      'radgiver-voksenopplaering',
      '--remove',
    ]);
    expect(out.stdout.trim()).toBe(
      'Tok radgiver-voksenopplaering ut av Kompetanse for voksne (working-groups.yaml)',
    );
    const none = record(dir, ['member', '--person', 'leder-ung']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('oppgi én av --body, --committee og --group');
  });

  it('record cancel cancels a planned meeting with its reason, once; a held one is refused', () => {
    const dir = copy();
    const run = record(dir, ['cancel', '--meeting', 'middle@10.12.2026', '--reason', 'For få kunne møte']);
    expect(run.stdout.trim()).toBe(
      'Registrerte møtet 2026-12-10-middle (10.12.2026) som avlyst i meetings/2026.yaml',
    );
    expect(read(dir, 'meetings/2026.yaml')).toContain(
      '  - id: 2026-12-10-middle\n    body: middle\n    date: 2026-12-10\n    status: cancelled\n    cancelled:\n      reason: For få kunne møte\n',
    );
    expect(record(dir, ['cancel', '--meeting', '2026-12-10-middle']).stdout).toContain('Allerede registrert');
    const held = record(dir, ['cancel', '--meeting', '2026-08-20-middle']);
    expect(held.status).toBe(1);
    expect(held.stderr).toContain('er registrert som holdt og kan ikke avlyses');
  });
});
