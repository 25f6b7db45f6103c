import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { type PlainId, t } from '../i18n/index.js';
import { slug } from './ids.js';
import { flowYaml } from './yaml-splice.js';

export interface InitRequest {
  id: string;
  title: string;
  language: Lang;
  from: CalendarDate;
  /** The day the secretariat begins keeping the agreement here (SPEC section 14). */
  trackedFrom: CalendarDate;
  parties: Array<{ id: string; name: string; side?: string }>;
  /** SPEC section 12: side ids, in order; empty for an agreement between parties only. */
  sides?: string[];
  /** The folder of the schemas, relative to the new agreement folder, with a trailing slash. */
  schemas: string;
  /** Clause 8: each party's contact role; a party without one gets a gap that `validate` names. */
  contactRoles?: ReadonlyMap<string, string>;
  /** Clause 4: the role of each party's member of the secretariat; else a gap. */
  secretariatRoles?: ReadonlyMap<string, string>;
  /** Clause 4: the people of each level (the committee's besides the secretariat). */
  members?: readonly InitMember[];
  /** How often each level meets (null: as needed); else the Buskerud agreement's. */
  meets?: Partial<Record<InitBody, string | null>>;
}

/** The levels init writes, as the Buskerud agreement's clause 4 has them. */
export const INIT_BODIES = ['top', 'middle', 'committee'] as const;
export type InitBody = (typeof INIT_BODIES)[number];

/** A person init adds to a level: `--member top:buskerud-fk=Fylkeskommunedirektør`. */
export interface InitMember {
  body: InitBody;
  party: string;
  role: string;
}

// Clause 4's standing agenda items. The top level's are the draft agenda's own (remind), so that a
// top level written by init reads as one without an agenda did before.
const AGENDA: Record<InitBody, Array<{ id: PlainId; at?: 'first-of-year' }>> = {
  top: [
    { id: 'agenda.top-status' },
    { id: 'agenda.top-information' },
    { id: 'agenda.top-reflection' },
    { id: 'agenda.top-revision' },
  ],
  middle: [
    { id: 'init.agenda.middle-follow-up' },
    { id: 'init.agenda.middle-strategy' },
    { id: 'init.agenda.middle-competence' },
    { id: 'init.agenda.middle-areas', at: 'first-of-year' },
  ],
  committee: [
    { id: 'init.agenda.committee-progress' },
    { id: 'init.agenda.committee-coordination' },
    { id: 'init.agenda.committee-support' },
    { id: 'init.agenda.committee-escalate' },
  ],
};

const agendaYaml = (body: InitBody, lang: Lang) =>
  `      agenda:\n${AGENDA[body]
    .map(({ id, at }) =>
      at
        ? `        - { item: ${flowYaml(t(id, lang))}, at: ${at} }\n`
        : `        - ${flowYaml(t(id, lang))}\n`,
    )
    .join('')}`;

const DEFAULT_MEETS: Record<InitBody, string | null> = { top: 'yearly', middle: 'tertial', committee: null };

/** People of the new agreement: each party's contact and secretariat member, then the members given. */
function peopleOf(req: InitRequest): {
  people: Array<{ id: string; party: string; role: string }>;
  members: Record<InitBody, string[]>;
} {
  const lang = req.language;
  const people = req.parties.flatMap((p) => [
    { id: `kontakt-${p.id}`, party: p.id, role: req.contactRoles?.get(p.id) ?? t('init.gap.contact', lang) },
    {
      id: `sekretariat-${p.id}`,
      party: p.id,
      role: req.secretariatRoles?.get(p.id) ?? t('init.gap.secretariat', lang),
    },
  ]);
  const taken = new Set(people.map((p) => p.id));
  const members: Record<InitBody, string[]> = { top: [], middle: [], committee: [] };
  for (const m of req.members ?? []) {
    const base = slug(m.role, 'medlem');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    people.push({ id, party: m.party, role: m.role });
    members[m.body].push(id);
  }
  return { people, members };
}

/** A comment of the catalogue as YAML comment lines, in the agreement's language. */
const comment = (id: PlainId, lang: Lang, indent = '') =>
  t(id, lang)
    .split('\n')
    .map((line) => `${indent}# ${line}\n`)
    .join('');

/** agreement.yaml and people.yaml of a new agreement, with the Buskerud agreement's governance as defaults. */
export function initFiles(req: InitRequest): Map<string, string> {
  const lang = req.language;
  const name = (body: InitBody) => flowYaml(t(`init.body.${body}`, lang));
  const meets = (body: InitBody) => {
    const given = req.meets?.[body];
    const cadence = given === undefined ? DEFAULT_MEETS[body] : given;
    return cadence === null ? 'null' : flowYaml(cadence);
  };
  const { people, members } = peopleOf(req);
  const membersYaml = (body: InitBody) =>
    members[body].length > 0 ? `      members: [${members[body].join(', ')}]\n` : '';
  const schema = (kind: string) => `# yaml-language-server: $schema=${req.schemas}${kind}.schema.json\n`;
  const parties = req.parties
    .map(
      (p) =>
        `  - id: ${flowYaml(p.id)}\n    name: ${flowYaml(p.name)}\n${p.side ? `    side: ${flowYaml(p.side)}\n` : ''}`,
    )
    .join('');
  const sides = req.sides ?? [];
  // A side is named by its id, capitalised, until the user writes its name.
  const sidesYaml =
    sides.length > 0
      ? `${comment('init.comment.sides', lang)}sides:\n${sides
          .map(
            (id) =>
              `  - id: ${flowYaml(id)}\n    name: ${flowYaml(id.charAt(0).toUpperCase() + id.slice(1))}\n`,
          )
          .join('')}`
      : '';
  // With sides, the top level's host and leader take turns between them, a year at a time.
  const topHost =
    sides.length > 0
      ? `      roles:
        host: { rotate: sides, every: 1 year, from: ${req.from} }
        leader: { same: host }`
      : '      host: rotate';
  const agreement = `${schema('agreement')}${comment('init.comment.agreement', lang)}schemaVersion: 1
id: ${flowYaml(req.id)}
title: ${flowYaml(req.title)}
language: ${req.language}
parties:
${parties}${sidesYaml}validity:
  from: ${req.from}
${comment('init.comment.validity', lang, '  ')}  until: null
${comment('init.comment.governance', lang)}governance:
  bodies:
    top:
      name: ${name('top')}
      meets: ${meets('top')}
${topHost}
${membersYaml('top')}${agendaYaml('top', lang)}    middle:
      name: ${name('middle')}
      meets: ${meets('middle')}
      host: secretariat
      adopts: true
${membersYaml('middle')}${agendaYaml('middle', lang)}    committee:
      name: ${name('committee')}
      meets: ${meets('committee')}
      host: secretariat
${agendaYaml('committee', lang)}  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
${comment('init.comment.tracked-from', lang, '  ')}  trackedFrom: ${req.trackedFrom}
`;
  // An id of digits alone (`12345`) is valid, and YAML would read it as a number unquoted.
  const peopleYaml = people
    .map((p) => `  - id: ${flowYaml(p.id)}\n    party: ${flowYaml(p.party)}\n    role: ${flowYaml(p.role)}\n`)
    .join('');
  const secretariat = req.parties.map((p) => `sekretariat-${p.id}`);
  const committee = [...secretariat, ...members.committee].join(', ');
  const peopleFile = `${schema('people')}${comment('init.comment.people', lang)}schemaVersion: 1
people:
${peopleYaml}${comment('init.comment.contacts', lang)}contacts:
${req.parties.map((p) => `  ${flowYaml(p.id)}: kontakt-${p.id}\n`).join('')}${comment('init.comment.secretariat', lang)}secretariat: [${secretariat.join(', ')}]
${comment('init.comment.committee', lang)}committee:
  members: [${committee}]
`;
  return new Map([
    ['agreement.yaml', agreement],
    ['people.yaml', peopleFile],
  ]);
}
