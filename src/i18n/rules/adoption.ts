import type { Catalogue } from '../catalogue.js';

// The messages of rule adoption (src/rules/adoption.ts), which names them as its own.
export const adoptionMessages = {
  'adoption.missing': {
    nb: 'Planen er vedtatt («status: adopted»), men mangler «adopted.date» og «adopted.meeting»',
    nn: 'Planen er vedteken («status: adopted»), men manglar «adopted.date» og «adopted.meeting»',
    en: 'The plan has status adopted but no adopted.date and adopted.meeting',
  },
  'adoption.no-meeting': {
    nb: 'Oppgi møtet som vedtok planen («adopted.meeting»)',
    nn: 'Oppgi møtet som vedtok planen («adopted.meeting»)',
    en: 'Name the meeting that adopted the plan (adopted.meeting)',
  },
  'adoption.not-held': {
    nb: 'Møtet {meeting} som vedtok planen, er ikke registrert som holdt («status: {status}»)',
    nn: 'Møtet {meeting} som vedtok planen, er ikkje registrert som halde («status: {status}»)',
    en: 'Meeting {meeting}, which adopted the plan, is not recorded as held (status: {status})',
  },
  'adoption.wrong-date': {
    nb: 'Vedtaksdatoen {date} er ikke datoen for møtet {meeting} ({meetingDate})',
    nn: 'Vedtaksdatoen {date} er ikkje datoen for møtet {meeting} ({meetingDate})',
    en: 'The adoption date {date} is not the date of meeting {meeting} ({meetingDate})',
  },
  'adoption.body-cannot-adopt': {
    nb: 'Møtet {meeting} hører til {body}, som ikke vedtar planer («adopts: true» mangler)',
    nn: 'Møtet {meeting} høyrer til {body}, som ikkje vedtek planar («adopts: true» manglar)',
    en: 'Meeting {meeting} is a meeting of {body}, which does not adopt plans (no adopts: true)',
  },
} as const satisfies Catalogue;
