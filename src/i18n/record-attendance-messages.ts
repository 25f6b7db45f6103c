import type { Catalogue } from './catalogue.js';

// `samarbeid record attendance` (SPEC sections 13 and 14): its help, what it says it did, and its
// refusals; and `record person --seat`, the other record of seats.
export const recordAttendanceMessages = {
  'help.record.attendance.description': {
    nb: 'før inn hvilke medlemmer som var til stede på et holdt møte (for å se om møtet var vedtaksført)',
    nn: 'før inn kva medlemer som var til stades på eit halde møte (for å sjå om møtet var vedtaksført)',
    en: 'record which members were present at a held meeting (to tell whether it had a quorum)',
  },
  'help.record.attendance.present': {
    nb: 'de som var til stede: id-er fra people.yaml, skilt med komma (hele listen; en ny liste erstatter den gamle)',
    nn: 'dei som var til stades: id-ar frå people.yaml, skilde med komma (heile lista; ei ny liste erstattar den gamle)',
    en: 'those present: ids of people.yaml, separated by commas (the whole list; a new list replaces the old one)',
  },
  'edit.attendance-recorded': {
    nb: 'Førte inn at {n} {n|person|personer} var til stede på møtet {id}, i {file}',
    nn: 'Førte inn at {n} {n|person|personar} var til stades på møtet {id}, i {file}',
    en: 'Recorded {n} {n|person|people} present at meeting {id}, in {file}',
  },
  'edit.attendance-changed': {
    nb: 'Endret oppmøtet på møtet {id} i {file}: {n} til stede',
    nn: 'Endra oppmøtet på møtet {id} i {file}: {n} til stades',
    en: 'Changed the attendance of meeting {id} in {file}: {n} present',
  },
  'edit.attendance-added': {
    nb: 'Lagt til: {people}',
    nn: 'Lagt til: {people}',
    en: 'Added: {people}',
  },
  'edit.attendance-removed': {
    nb: 'Tatt ut: {people}',
    nn: 'Teke ut: {people}',
    en: 'Taken out: {people}',
  },
  'edit.attendance-not-members': {
    nb: 'Ikke medlem av organet {date}, og telles derfor ikke med når vedtaksførheten vurderes: {people}',
    nn: 'Ikkje medlem av organet {date}, og vert difor ikkje talde med når vedtaksførleiken vert vurdert: {people}',
    en: 'Not a member of the body on {date}, so not counted toward the quorum: {people}',
  },
  'edit.attendance-already': {
    nb: 'Oppmøtet på møtet {id} er allerede ført inn slik. Ingenting er endret.',
    nn: 'Oppmøtet på møtet {id} er allereie ført inn slik. Ingenting er endra.',
    en: 'The attendance of meeting {id} is already recorded like this. Nothing changed.',
  },
  'edit.attendance-nobody': {
    nb: 'Oppgi hvem som var til stede: --present med id-er fra people.yaml, skilt med komma',
    nn: 'Oppgi kven som var til stades: --present med id-ar frå people.yaml, skilde med komma',
    en: 'Say who was present: --present with ids of people.yaml, separated by commas',
  },
  'edit.attendance-unknown': {
    nb: '«{id}» er ikke en person i people.yaml. Før inn personen først («samarbeid record person»). Ingenting er skrevet.',
    nn: '«{id}» er ikkje ein person i people.yaml. Før inn personen først («samarbeid record person»). Ingenting er skrive.',
    en: '"{id}" is not a person in people.yaml. Record the person first («samarbeid record person»). Nothing written.',
  },
  'edit.attendance-unknown-suggest': {
    nb: '«{id}» er ikke en person i people.yaml; mente du «{suggested}»? Ingenting er skrevet.',
    nn: '«{id}» er ikkje ein person i people.yaml; meinte du «{suggested}»? Ingenting er skrive.',
    en: '"{id}" is not a person in people.yaml; did you mean "{suggested}"? Nothing written.',
  },
  'edit.attendance-not-held': {
    nb: 'Møtet {id} er ikke holdt («status: {status}»). Oppmøte føres inn for møter som er holdt.',
    nn: 'Møtet {id} er ikkje halde («status: {status}»). Oppmøte fører du inn for møte som er haldne.',
    en: 'Meeting {id} is not held (status: {status}). Attendance is recorded for held meetings.',
  },
  'help.record.person.seat': {
    nb: 'plassen personen sitter på når den ikke er partens, som brukarar for en brukerrepresentant (et navn i «seats» for organet)',
    nn: 'plassen personen sit på når han eller ho ikkje sit for parten, som brukarar for ein brukarrepresentant (eit namn i «seats» for organet)',
    en: 'the seat the person holds when it is not their party\'s, like brukarar for a user representative (a name in the body\'s "seats")',
  },
  'field.seat': { nb: 'plass', nn: 'plass', en: 'seat' },
} as const satisfies Catalogue;
