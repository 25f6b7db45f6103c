import type { Catalogue } from './catalogue.js';

// `samarbeid record minutes` (SPEC section 14): its help, what it says it did, and its refusals.
export const recordMinutesMessages = {
  'help.record.minutes.description': {
    nb: 'før inn referatet til et holdt møte, og når og i hvilket møte det ble godkjent',
    nn: 'før inn referatet til eit halde møte, og når og i kva møte det vart godkjent',
    en: 'record the minutes of a held meeting, and when and at which meeting they were approved',
  },
  'help.record.minutes.ref': {
    nb: 'referatet: en lenke (https://…) eller stien til en fil fra avtalemappen (referat/2027-03-04.pdf); filen må finnes',
    nn: 'referatet: ei lenkje (https://…) eller stien til ei fil frå avtalemappa (referat/2027-03-04.pdf); fila må finnast',
    en: 'the minutes: a link (https://…) or the path of a file from the agreement folder (referat/2027-03-04.pdf); the file must exist',
  },
  'help.record.minutes.approved': {
    nb: 'datoen referatet ble godkjent (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
    nn: 'datoen referatet vart godkjent (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
    en: 'the date the minutes were approved (YYYY-MM-DD or DD.MM.YYYY)',
  },
  'help.record.minutes.at': {
    nb: 'møtet i samme organ der referatet ble godkjent (bare sammen med --approved)',
    nn: 'møtet i same organ der referatet vart godkjent (berre saman med --approved)',
    en: 'the meeting of the same body at which the minutes were approved (only with --approved)',
  },
  'edit.minutes-recorded': {
    nb: 'Førte inn referatet til møtet {id} i {file}',
    nn: 'Førte inn referatet til møtet {id} i {file}',
    en: 'Recorded the minutes of meeting {id} in {file}',
  },
  'edit.minutes-approved': {
    nb: 'Førte inn at referatet til møtet {id} ble godkjent {date}, i {file}',
    nn: 'Førte inn at referatet til møtet {id} vart godkjent {date}, i {file}',
    en: 'Recorded that the minutes of meeting {id} were approved on {date}, in {file}',
  },
  'edit.minutes-nothing': {
    nb: 'Oppgi --ref, --approved eller begge',
    nn: 'Oppgi --ref, --approved eller begge',
    en: 'Give --ref, --approved or both',
  },
  'edit.minutes-at-alone': {
    nb: '--at sier hvor referatet ble godkjent: oppgi også --approved',
    nn: '--at seier kvar referatet vart godkjent: oppgi òg --approved',
    en: '--at says where the minutes were approved: give --approved as well',
  },
  'edit.minutes-not-held': {
    nb: 'Møtet {id} er ikke holdt («status: {status}»). Referat føres inn for møter som er holdt.',
    nn: 'Møtet {id} er ikkje halde («status: {status}»). Referat fører du inn for møte som er haldne.',
    en: 'Meeting {id} is not held (status: {status}). Minutes are recorded for held meetings.',
  },
  'edit.minutes-approved-before': {
    nb: 'Referatet kan ikke være godkjent {approved}, før møtet {id} ({date})',
    nn: 'Referatet kan ikkje vere godkjent {approved}, før møtet {id} ({date})',
    en: 'The minutes cannot have been approved on {approved}, before meeting {id} ({date})',
  },
  'edit.minutes-other-body': {
    nb: 'Møtet {at} hører til {atBody}, ikke til {body}: referatet godkjennes av samme organ',
    nn: 'Møtet {at} høyrer til {atBody}, ikkje til {body}: referatet vert godkjent av same organ',
    en: 'Meeting {at} is a meeting of {atBody}, not of {body}: minutes are approved by the same body',
  },
  'field.approved': { nb: 'godkjent', nn: 'godkjent', en: 'approved' },
  'field.at': { nb: 'godkjent i møtet', nn: 'godkjent i møtet', en: 'approved at' },
} as const satisfies Catalogue;
