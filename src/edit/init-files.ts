import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { type PlainId, t } from '../i18n/index.js';
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
}

const NAMES: Record<
  Lang,
  { top: string; middle: string; committee: string; contact: string; secretariat: string }
> = {
  nb: {
    top: 'Toppledernivå',
    middle: 'Mellomledernivå',
    committee: 'Samarbeidsutvalget',
    contact: 'Kontaktperson',
    secretariat: 'Sekretariatsmedlem',
  },
  nn: {
    top: 'Toppleiarnivå',
    middle: 'Mellomleiarnivå',
    committee: 'Samarbeidsutvalet',
    contact: 'Kontaktperson',
    secretariat: 'Sekretariatsmedlem',
  },
  en: {
    top: 'Top level',
    middle: 'Middle level',
    committee: 'Cooperation committee',
    contact: 'Contact person',
    secretariat: 'Secretariat member',
  },
};

/** A comment of the catalogue as YAML comment lines, in the agreement's language. */
const comment = (id: PlainId, lang: Lang, indent = '') =>
  t(id, lang)
    .split('\n')
    .map((line) => `${indent}# ${line}\n`)
    .join('');

/** agreement.yaml and people.yaml of a new agreement, with the Buskerud agreement's governance as defaults. */
export function initFiles(req: InitRequest): Map<string, string> {
  const lang = req.language;
  const n = NAMES[lang];
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
      name: ${flowYaml(n.top)}
      meets: yearly
${topHost}
    middle:
      name: ${flowYaml(n.middle)}
      meets: tertial
      host: secretariat
      adopts: true
    committee:
      name: ${flowYaml(n.committee)}
      meets: null
      host: secretariat
  workingGroups:
    reporting: every 4 months
  evaluation:
    agreement: yearly
    actionPlans: every 12 months
  remindDaysBefore: 30
  noticeDays: 14
${comment('init.comment.tracked-from', lang, '  ')}  trackedFrom: ${req.trackedFrom}
`;
  const people = req.parties
    .flatMap((p) => [
      `  - id: kontakt-${p.id}\n    party: ${flowYaml(p.id)}\n    role: ${flowYaml(n.contact)}\n`,
      `  - id: sekretariat-${p.id}\n    party: ${flowYaml(p.id)}\n    role: ${flowYaml(n.secretariat)}\n`,
    ])
    .join('');
  const secretariat = req.parties.map((p) => `sekretariat-${p.id}`).join(', ');
  const peopleFile = `${schema('people')}${comment('init.comment.people', lang)}schemaVersion: 1
people:
${people}${comment('init.comment.contacts', lang)}contacts:
${req.parties.map((p) => `  ${flowYaml(p.id)}: kontakt-${p.id}\n`).join('')}${comment('init.comment.secretariat', lang)}secretariat: [${secretariat}]
${comment('init.comment.committee', lang)}committee:
  members: [${secretariat}]
`;
  // An id of digits alone (`12345`) is valid, and YAML would read it as a number unquoted.
  return new Map([
    ['agreement.yaml', agreement],
    ['people.yaml', peopleFile],
  ]);
}
