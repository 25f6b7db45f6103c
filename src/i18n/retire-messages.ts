import type { Catalogue } from './catalogue.js';

// SPEC section 14: `samarbeid record retire`, its help, what it says it did and why it refuses.
// The rule's messages are in rules/retirement.ts.
export const retireRecordMessages = {
  'help.record.retire.description': {
    nb: 'avslutt en handlingsplan, gjerne fordi en ny plan erstatter den: planen skal ikke lenger evalueres, og tiltak som ikke er gjennomført, faller bort',
    nn: 'avslutt ein handlingsplan, gjerne fordi ein ny plan erstattar han: planen skal ikkje lenger evaluerast, og tiltak som ikkje er gjennomførte, fell bort',
    en: 'retire an action plan, often because a new plan replaces it: the plan is no longer evaluated, and measures not carried out lapse',
  },
  'help.record.retire.plan': {
    nb: 'planen som avsluttes',
    nn: 'planen som vert avslutta',
    en: 'the plan to retire',
  },
  'help.record.retire.replaced-by': {
    nb: 'planen som erstatter den (valgfritt)',
    nn: 'planen som erstattar han (valfritt)',
    en: 'the plan that replaces it (optional)',
  },
  'help.record.retire.meeting': {
    nb: 'det holdte møtet som avsluttet planen; datoen blir møtedatoen',
    nn: 'det haldne møtet som avslutta planen; datoen vert møtedatoen',
    en: 'the held meeting that retired the plan; the date is the meeting date',
  },
  'help.record.retire.date': {
    nb: 'datoen planen ble avsluttet, når ikke et møte avsluttet den',
    nn: 'datoen planen vart avslutta, når ikkje eit møte avslutta han',
    en: 'the date the plan was retired, when no meeting retired it',
  },
  'edit.retired': {
    nb: 'Registrerte i {file} at handlingsplanen {id} ble avsluttet {date}',
    nn: 'Registrerte i {file} at handlingsplanen {id} vart avslutta {date}',
    en: 'Recorded in {file} that action plan {id} was retired on {date}',
  },
  'edit.retired-replaced': {
    nb: '{successor} erstatter planen; den første evalueringen av {successor} regnes fra vedtaket av den',
    nn: '{successor} erstattar planen; den første evalueringa av {successor} vert rekna frå vedtaket av han',
    en: '{successor} replaces the plan; the first evaluation of {successor} counts from its adoption',
  },
  'edit.retired-open-measures': {
    nb: '{count} {count|tiltak|tiltak} var ikke gjennomført og faller bort; årsrapporten viser {count|det|dem} som ikke gjennomført',
    nn: '{count} {count|tiltak|tiltak} var ikkje {count|gjennomført|gjennomførte} og fell bort; årsrapporten viser {count|det|dei} som ikkje {count|gjennomført|gjennomførte}',
    en: '{count} {count|measure was|measures were} not carried out and {count|lapses|lapse}; the annual report lists {count|it|them} as not carried out',
  },
  'edit.retire-date-or-meeting': {
    nb: 'Oppgi én av dem: --meeting (møtet som avsluttet planen) eller --date (datoen planen ble avsluttet).',
    nn: 'Oppgi éin av dei: --meeting (møtet som avslutta planen) eller --date (datoen planen vart avslutta).',
    en: 'Give one of them: --meeting (the meeting that retired the plan) or --date (the date the plan was retired).',
  },
  'edit.retire-draft': {
    nb: 'Handlingsplanen {id} er et utkast og er aldri vedtatt, så den kan ikke avsluttes. Ingenting er skrevet.',
    nn: 'Handlingsplanen {id} er eit utkast og er aldri vedteken, så han kan ikkje avsluttast. Ingenting er skrive.',
    en: 'Action plan {id} is a draft and was never adopted, so it cannot be retired. Nothing written.',
  },
  'edit.retire-self': {
    nb: 'Handlingsplanen {id} kan ikke erstatte seg selv. Oppgi den nye planen med --replaced-by.',
    nn: 'Handlingsplanen {id} kan ikkje erstatte seg sjølv. Oppgi den nye planen med --replaced-by.',
    en: 'Action plan {id} cannot replace itself. Name the new plan with --replaced-by.',
  },
  'edit.retire-before-adoption': {
    nb: 'Handlingsplanen {id} ble vedtatt {adopted} og kan ikke avsluttes før det ({date}). Ingenting er skrevet.',
    nn: 'Handlingsplanen {id} vart vedteken {adopted} og kan ikkje avsluttast før det ({date}). Ingenting er skrive.',
    en: 'Action plan {id} was adopted on {adopted} and cannot be retired before that ({date}). Nothing written.',
  },
  'field.replacedBy': { nb: 'erstattet av', nn: 'erstatta av', en: 'replaced by' },
} as const satisfies Catalogue;
