import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runBin } from '../helpers.js';

// Issue 27: `init` takes what the agreement text names (clause 4's levels and their people, clause
// 8's contact roles, the cadences) and writes clause 4's standing agenda items; what it cannot know
// it leaves as a gap that `validate` names with the command that fills it.

const BUSKERUD = [
  '--title',
  'Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune',
  '--party',
  'nav-vest-viken=Nav Vest-Viken',
  '--party',
  'buskerud-fk=Buskerud fylkeskommune',
  '--from',
  '01.06.2024',
  '--tracked-from',
  '01.01.2027',
];

interface Body {
  name: string;
  meets: string | null;
  members?: string[];
  agenda: unknown[];
}

interface Made {
  ws: string;
  agreement: { governance: { bodies: Record<'top' | 'middle' | 'committee', Body> } };
  people: {
    people: Array<{ id: string; role: string }>;
    contacts: Record<string, string>;
    secretariat: string[];
    committee: { members: string[] };
  };
}

function init(extra: string[], lang: string[] = []): Made {
  const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-roles-'));
  const run = runBin(['init', 'buskerud-2024', ...BUSKERUD, ...extra, ...lang], { cwd: ws });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  const read = (file: string) => parse(readFileSync(join(ws, 'buskerud-2024', file), 'utf8'));
  return { ws, agreement: read('agreement.yaml'), people: read('people.yaml') };
}

const validate = (ws: string) => runBin(['validate', 'buskerud-2024', '--as-of', '2027-01-04'], { cwd: ws });

describe('init takes the roles and levels the agreement names', () => {
  it("writes clause 8's contact roles, clause 4's levels with their people and the committee's members", () => {
    const { ws, agreement, people } = init([
      '--contact-role',
      'buskerud-fk=Seksjonsleder for Opplæring og samhandling',
      '--contact-role',
      'nav-vest-viken=Avdelingsdirektør for Samfunn',
      '--secretariat-role',
      'buskerud-fk=Rådgiver, Opplæring og samhandling',
      '--secretariat-role',
      'nav-vest-viken=Rådgiver, samfunnsenheten',
      '--member',
      'top:buskerud-fk=Fylkeskommunedirektør',
      '--member',
      'top:nav-vest-viken=Regiondirektør, Nav Vest-Viken',
      '--member',
      'committee:buskerud-fk=Oppfølgingstjenesten',
      '--member',
      'committee:nav-vest-viken=Controller',
    ]);
    const role = (id: string) => people.people.find((p) => p.id === id)?.role;
    expect(role(people.contacts['buskerud-fk'] ?? '')).toBe('Seksjonsleder for Opplæring og samhandling');
    expect(role(people.contacts['nav-vest-viken'] ?? '')).toBe('Avdelingsdirektør for Samfunn');
    expect(people.secretariat.map(role)).toEqual([
      'Rådgiver, samfunnsenheten',
      'Rådgiver, Opplæring og samhandling',
    ]);
    expect((agreement.governance.bodies.top.members ?? []).map(role)).toEqual([
      'Fylkeskommunedirektør',
      'Regiondirektør, Nav Vest-Viken',
    ]);
    // Clause 4: the committee is the secretariat, the group leaders (record group adds them) and these two.
    expect(people.committee.members).toEqual([...people.secretariat, 'oppfolgingstjenesten', 'controller']);
    const checked = validate(ws);
    expect(checked.status, checked.stdout).toBe(0);
    expect(checked.stdout).toContain('ingen funn');
  });

  it("writes clause 4's standing agenda items, and the draft agendas carry them", () => {
    const { ws, agreement } = init([]);
    const bodies = agreement.governance.bodies;
    expect(bodies.top.agenda).toContain('Behov for revisjon av avtalen');
    expect(bodies.middle.agenda).toContainEqual({
      item: 'Hovedområder for arbeidsgruppene',
      at: 'first-of-year',
    });
    expect(bodies.middle.agenda).toContain('Strategisk diskusjon om samarbeidsområdene');
    expect(bodies.committee.agenda).toContain('Framdrift og utfordringer i arbeidsgruppene');
    const plan = runBin(
      [
        'record',
        'meeting',
        'buskerud-2024',
        '--body',
        'middle',
        '--date',
        '03.02.2027',
        '--status',
        'planned',
      ],
      { cwd: ws },
    );
    expect(plan.status, plan.stderr).toBe(0);
    const remind = runBin(['remind', 'buskerud-2024', '--as-of', '2027-01-20', '--format', 'markdown'], {
      cwd: ws,
    });
    expect(remind.status, remind.stderr).toBe(0);
    expect(remind.stdout).toContain('Hovedområder for arbeidsgruppene');
    expect(remind.stdout).toContain('Gjensidig kompetansedeling');
  });

  it('in nynorsk the levels and items are nynorsk', () => {
    const { agreement } = init([], ['--language', 'nn']);
    const bodies = agreement.governance.bodies;
    expect(bodies.middle.name).toBe('Mellomleiarnivå');
    expect(bodies.middle.agenda).toContain('Strategisk diskusjon om samarbeidsområda');
    expect(bodies.committee.agenda).toContain('Saker som må løftast til mellomleiarnivå');
  });

  it('takes the cadences of the levels; as-needed is a level without one', () => {
    const { agreement } = init([
      '--meets',
      'middle=quarterly',
      '--meets',
      'top=as-needed',
      '--meets',
      'committee=2 per year',
    ]);
    const bodies = agreement.governance.bodies;
    expect([bodies.top.meets, bodies.middle.meets, bodies.committee.meets]).toEqual([
      null,
      'quarterly',
      '2 per year',
    ]);
  });
});

describe('what init cannot know is a gap validate names with the command that fills it', () => {
  it('a party without its roles: two warnings a party, each with its command, and the command clears it', () => {
    const { ws } = init(['--contact-role', 'buskerud-fk=Seksjonsleder for Opplæring og samhandling']);
    const checked = validate(ws);
    expect(checked.status).toBe(0);
    const gaps = checked.stdout.split('\n').filter((line) => line.includes('[unfilled]'));
    expect(gaps).toHaveLength(3);
    expect(checked.stdout).toContain(
      'Rollen til kontaktpersonen for Nav Vest-Viken er ikke fylt inn (pkt. 8). Før inn rollen avtalen nevner: «samarbeid record person buskerud-2024 --id kontakt-nav-vest-viken --role "…"»',
    );
    // The command the finding gives, run as written with the role in place of the dots.
    const fill = runBin(
      [
        'record',
        'person',
        'buskerud-2024',
        '--id',
        'kontakt-nav-vest-viken',
        '--role',
        'Avdelingsdirektør for Samfunn',
      ],
      { cwd: ws },
    );
    expect(fill.status, fill.stderr).toBe(0);
    const after = validate(ws)
      .stdout.split('\n')
      .filter((line) => line.includes('[unfilled]'));
    expect(after).toHaveLength(2);
    expect(after.join('\n')).not.toContain('kontakt-nav-vest-viken');
  });

  it.each([
    [
      ['--contact-role', 'oslo=Direktør'],
      '--contact-role tar part=rolle med en av partene (nav-vest-viken, buskerud-fk); fikk «oslo=Direktør»',
    ],
    [['--contact-role', 'buskerud-fk='], '--contact-role tar part=rolle'],
    [
      ['--contact-role', 'buskerud-fk=A', '--contact-role', 'buskerud-fk=B'],
      '--contact-role er gitt to ganger for buskerud-fk',
    ],
    [
      ['--member', 'board:buskerud-fk=Leder'],
      '--member tar nivå:part=rolle med nivået «top», «middle» eller «committee»',
    ],
    [['--member', 'top=Leder'], '--member tar nivå:part=rolle'],
    [['--meets', 'middle=weekly'], '--meets tar nivå=intervall'],
    [['--meets', 'board=yearly'], '--meets tar nivå=intervall'],
  ])('%j is refused in one line, and nothing is written', (extra, said) => {
    const ws = mkdtempSync(join(tmpdir(), 'samarbeid-init-roles-'));
    const run = runBin(['init', 'buskerud-2024', ...BUSKERUD, ...extra], { cwd: ws });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(said);
    expect(runBin(['validate', 'buskerud-2024'], { cwd: ws }).status).not.toBe(0);
  });
});
