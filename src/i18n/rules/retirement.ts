import type { Catalogue } from '../catalogue.js';

// The messages of rule retirement (src/rules/retirement.ts), which names them as its own.
export const retirementMessages = {
  'retirement.replaced-by-unknown': {
    nb: 'Planen skal erstattes av {id}, men det finnes ingen handlingsplan med den id-en',
    nn: 'Planen skal erstattast av {id}, men det finst ingen handlingsplan med den id-en',
    en: 'The plan is replaced by {id}, but there is no action plan with that id',
  },
  'retirement.replaced-by-unknown-suggest': {
    nb: 'Planen skal erstattes av {id}, men det finnes ingen handlingsplan med den id-en. Mente du {suggestion}?',
    nn: 'Planen skal erstattast av {id}, men det finst ingen handlingsplan med den id-en. Meinte du {suggestion}?',
    en: 'The plan is replaced by {id}, but there is no action plan with that id. Did you mean {suggestion}?',
  },
  'retirement.replaced-by-self': {
    nb: 'Planen kan ikke erstatte seg selv («replacedBy: {id}»); oppgi den nye planen',
    nn: 'Planen kan ikkje erstatte seg sjølv («replacedBy: {id}»); oppgi den nye planen',
    en: 'The plan cannot replace itself (replacedBy: {id}); name the new plan',
  },
  'retirement.not-held': {
    nb: 'Møtet som avsluttet planen ({meeting}), er ikke registrert som holdt («status: {status}»)',
    nn: 'Møtet som avslutta planen ({meeting}), er ikkje registrert som halde («status: {status}»)',
    en: 'The meeting that retired the plan ({meeting}) is not recorded as held (status: {status})',
  },
  'retirement.wrong-date': {
    nb: 'Datoen planen ble avsluttet, {date}, er ikke datoen for møtet som avsluttet den ({meeting})',
    nn: 'Datoen planen vart avslutta, {date}, er ikkje datoen for møtet som avslutta han ({meeting})',
    en: 'The retirement date {date} is not the date of the meeting that retired the plan ({meeting})',
  },
  'retirement.not-retired': {
    nb: 'Planen har «retired», men status er «{status}»; skriv «status: retired» eller fjern «retired»',
    nn: 'Planen har «retired», men status er «{status}»; skriv «status: retired» eller fjern «retired»',
    en: 'The plan has retired but its status is {status}; write status: retired or remove retired',
  },
} as const satisfies Catalogue;
