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
    nb: 'Møtet som vedtok planen ({meeting}), er ikke registrert som holdt («status: {status}»)',
    nn: 'Møtet som vedtok planen ({meeting}), er ikkje registrert som halde («status: {status}»)',
    en: 'The meeting that adopted the plan ({meeting}) is not recorded as held (status: {status})',
  },
  'adoption.wrong-date': {
    nb: 'Vedtaksdatoen {date} er ikke datoen for møtet som vedtok planen ({meeting})',
    nn: 'Vedtaksdatoen {date} er ikkje datoen for møtet som vedtok planen ({meeting})',
    en: 'The adoption date {date} is not the date of the meeting that adopted the plan ({meeting})',
  },
  'adoption.body-cannot-adopt': {
    nb: 'Møtet som vedtok planen ({meeting}), hører til et organ som ikke vedtar planer («adopts: true» mangler)',
    nn: 'Møtet som vedtok planen ({meeting}), høyrer til eit organ som ikkje vedtek planar («adopts: true» manglar)',
    en: 'The meeting that adopted the plan ({meeting}) belongs to a body that does not adopt plans (no adopts: true)',
  },
} as const satisfies Catalogue;
