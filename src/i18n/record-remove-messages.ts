import type { Catalogue } from './catalogue.js';

// SPEC section 14: `record remove` and `record undo`.
export const recordRemoveMessages = {
  'edit.removed': {
    nb: 'Fjernet {what} {id} fra {file}',
    nn: 'Fjerna {what} {id} frå {file}',
    en: 'Removed {what} {id} from {file}',
  },
  'edit.removed-key': {
    nb: 'Listen «{key}» ble tom og er tatt bort.',
    nn: 'Lista «{key}» vart tom og er teken bort.',
    en: 'The list {key} became empty and was taken out.',
  },
  'edit.remove-one-of': {
    nb: 'oppgi nøyaktig én av --meeting, --decision, --action, --measure, --report, --evaluation og --person',
    nn: 'oppgi nøyaktig éin av --meeting, --decision, --action, --measure, --report, --evaluation og --person',
    en: 'give exactly one of --meeting, --decision, --action, --measure, --report, --evaluation and --person',
  },
  'edit.remove-form': {
    nb: 'skriv {flag} som {form}, ikke «{given}»',
    nn: 'skriv {flag} som {form}, ikkje «{given}»',
    en: 'write {flag} as {form}, not "{given}"',
  },
  'edit.remove-in-use': {
    nb: 'kan ikke fjerne {what} {id}, som er i bruk: {refs}. Endre eller fjern dette først',
    nn: 'kan ikkje fjerne {what} {id}, som er i bruk: {refs}. Endre eller fjern dette først',
    en: 'cannot remove {what} {id}, which is in use: {refs}. Change or remove that first',
  },
  'edit.remove-meeting-items': {
    nb: 'kan ikke fjerne møtet {id}, fordi det har vedtak eller oppfølgingspunkter: {items}. Fjern dem først med «samarbeid record remove --decision» eller «--action»',
    nn: 'kan ikkje fjerne møtet {id}, fordi det har vedtak eller oppfølgingspunkt: {items}. Fjern dei først med «samarbeid record remove --decision» eller «--action»',
    en: 'cannot remove the meeting {id}, because it has decisions or actions: {items}. Remove them first with record remove --decision or --action',
  },
  'edit.ref-and': { nb: '{a}; {b}', nn: '{a}; {b}', en: '{a}; {b}' },
  'edit.ref.contact': {
    nb: 'kontaktperson for {party} (people.yaml)',
    nn: 'kontaktperson for {party} (people.yaml)',
    en: 'contact person of {party} (people.yaml)',
  },
  'edit.ref.secretariat': {
    nb: 'sekretariatet (people.yaml)',
    nn: 'sekretariatet (people.yaml)',
    en: 'the secretariat (people.yaml)',
  },
  'edit.ref.committee': {
    nb: 'samarbeidsutvalget (people.yaml)',
    nn: 'samarbeidsutvalet (people.yaml)',
    en: 'the committee (people.yaml)',
  },
  'edit.ref.body-member': {
    nb: 'medlem av {body} (agreement.yaml)',
    nn: 'medlem av {body} (agreement.yaml)',
    en: 'member of {body} (agreement.yaml)',
  },
  'edit.ref.group-leader': {
    nb: 'leder av arbeidsgruppen {group}',
    nn: 'leiar for arbeidsgruppa {group}',
    en: 'leader of the working group {group}',
  },
  'edit.ref.group-member': {
    nb: 'medlem av arbeidsgruppen {group}',
    nn: 'medlem av arbeidsgruppa {group}',
    en: 'member of the working group {group}',
  },
  'edit.ref.measure-responsible': {
    nb: 'ansvarlig for tiltaket {id}',
    nn: 'ansvarleg for tiltaket {id}',
    en: 'responsible for the measure {id}',
  },
  'edit.ref.action-owner': {
    nb: 'ansvarlig for oppfølgingspunktet {id}',
    nn: 'ansvarleg for oppfølgingspunktet {id}',
    en: 'owner of the action {id}',
  },
  'edit.ref.duty': {
    nb: 'ansvarlig for plikten {id} (agreement.yaml)',
    nn: 'ansvarleg for plikta {id} (agreement.yaml)',
    en: 'responsible for the duty {id} (agreement.yaml)',
  },
  'edit.ref.attendance': {
    nb: 'til stede på møtet {id}',
    nn: 'til stades på møtet {id}',
    en: 'present at the meeting {id}',
  },
  'edit.ref.retired': {
    nb: 'handlingsplanen {id} ble avsluttet der',
    nn: 'handlingsplanen {id} vart avslutta der',
    en: 'the action plan {id} was retired there',
  },
  'edit.ref.adopted': {
    nb: 'handlingsplanen {id} ble vedtatt der',
    nn: 'handlingsplanen {id} vart vedteken der',
    en: 'the action plan {id} was adopted there',
  },
  'edit.ref.adopts': {
    nb: 'handlingsplanen {id} er vedtatt med dette vedtaket',
    nn: 'handlingsplanen {id} er vedteken med dette vedtaket',
    en: 'the action plan {id} was adopted by this decision',
  },
  'edit.ref.established': {
    nb: 'arbeidsgruppen {id} ble opprettet der',
    nn: 'arbeidsgruppa {id} vart oppretta der',
    en: 'the working group {id} was established there',
  },
  'edit.ref.evaluation': {
    nb: 'evalueringen {date} i {file}',
    nn: 'evalueringa {date} i {file}',
    en: 'the evaluation of {date} in {file}',
  },
  'edit.ref.minutes-at': {
    nb: 'referatet fra møtet {id} ble godkjent der',
    nn: 'referatet frå møtet {id} vart godkjent der',
    en: 'the minutes of the meeting {id} were approved there',
  },
  'edit.no-decision': {
    nb: 'fant ikke vedtaket {id} (oppgi MØTE/VEDTAK)',
    nn: 'fann ikkje vedtaket {id} (oppgi MØTE/VEDTAK)',
    en: 'no decision {id} (give MEETING/DECISION)',
  },
  'edit.no-decision-near': {
    nb: 'fant ikke vedtaket {id}; mente du {near}?',
    nn: 'fann ikkje vedtaket {id}; meinte du {near}?',
    en: 'no decision {id}; did you mean {near}?',
  },
  'edit.no-report': {
    nb: 'fant ikke noen rapport fra arbeidsgruppen {group} datert {date}',
    nn: 'fann ikkje nokon rapport frå arbeidsgruppa {group} datert {date}',
    en: 'no report of the working group {group} dated {date}',
  },
  'edit.no-evaluation': {
    nb: 'fant ikke noen evaluering datert {date} i {file}',
    nn: 'fann ikkje noka evaluering datert {date} i {file}',
    en: 'no evaluation dated {date} in {file}',
  },
  'edit.remove-several': {
    nb: 'det er {n} oppføringer datert {date}; rett den doble registreringen i filen først',
    nn: 'det er {n} oppføringar datert {date}; rett den doble registreringa i fila først',
    en: 'there are {n} entries dated {date}; correct the duplicate in the file first',
  },
  'help.record.remove.description': {
    nb: 'fjern et møte, et vedtak, et oppfølgingspunkt, et tiltak, en rapport, en evaluering eller en person som ble registrert ved en feil',
    nn: 'fjern eit møte, eit vedtak, eit oppfølgingspunkt, eit tiltak, ein rapport, ei evaluering eller ein person som vart registrert ved ein feil',
    en: 'remove a meeting, decision, action, measure, report, evaluation or person recorded by mistake',
  },
  'help.record.remove.meeting': {
    nb: 'møtet (id eller ORGAN@DATO); det kan ikke ha vedtak eller oppfølgingspunkter',
    nn: 'møtet (id eller ORGAN@DATO); det kan ikkje ha vedtak eller oppfølgingspunkt',
    en: 'the meeting (id or BODY@DATE); it must have no decisions or actions',
  },
  'help.record.remove.decision': { nb: 'vedtaket', nn: 'vedtaket', en: 'the decision' },
  'help.record.remove.action': { nb: 'oppfølgingspunktet', nn: 'oppfølgingspunktet', en: 'the action' },
  'help.record.remove.measure': { nb: 'tiltaket', nn: 'tiltaket', en: 'the measure' },
  'help.record.remove.report': {
    nb: 'rapporten fra en arbeidsgruppe, som GRUPPE/DATO',
    nn: 'rapporten frå ei arbeidsgruppe, som GRUPPE/DATO',
    en: 'the report of a working group, as GROUP/DATE',
  },
  'help.record.remove.evaluation': {
    nb: 'evalueringen: DATO for avtalens, PLAN@DATO for en handlingsplans',
    nn: 'evalueringa: DATO for avtalen si, PLAN@DATO for ein handlingsplan sin',
    en: "the evaluation: DATE for the agreement's, PLAN@DATE for an action plan's",
  },
  'help.record.remove.person': {
    nb: 'personen; ingen andre opplysninger kan vise til den',
    nn: 'personen; ingen andre opplysningar kan vise til han eller ho',
    en: 'the person; nothing else may refer to them',
  },
  'edit.undo-nothing': {
    nb: 'det er ingenting å angre i denne mappen. Bare den siste endringen fra «samarbeid record» kan angres, og bare én gang',
    nn: 'det er ingenting å angre i denne mappa. Berre den siste endringa frå «samarbeid record» kan angrast, og berre éin gong',
    en: 'there is nothing to undo in this folder. Only the last change made by samarbeid record can be undone, and only once',
  },
  'edit.undo-damaged': {
    nb: 'det er ingenting å angre: angredataene er skadet eller hører ikke til denne mappen, og er ikke brukt',
    nn: 'det er ingenting å angre: angredataa er skadde eller høyrer ikkje til denne mappa, og er ikkje brukte',
    en: 'there is nothing to undo: the undo data is damaged or belongs to another folder, and was not used',
  },
  'edit.undo-changed': {
    nb: 'kan ikke angre: {file} er endret etter den siste registreringen. Rett filen selv i stedet',
    nn: 'kan ikkje angre: {file} er endra etter den siste registreringa. Rett fila sjølv i staden',
    en: 'cannot undo: {file} has changed since the last record. Correct the file yourself instead',
  },
  'edit.undone': {
    nb: 'Angret den siste endringen i {files}',
    nn: 'Angra den siste endringa i {files}',
    en: 'Undid the last change to {files}',
  },
  'edit.undo-deleted': {
    nb: 'Slettet {file}, som endringen hadde opprettet.',
    nn: 'Sletta {file}, som endringa hadde oppretta.',
    en: 'Deleted {file}, which the change had created.',
  },
  'edit.undo-not-kept': {
    nb: 'Endringen er lagret, men den kan ikke angres med «samarbeid record undo» ({code}).',
    nn: 'Endringa er lagra, men ho kan ikkje angrast med «samarbeid record undo» ({code}).',
    en: 'The change is saved, but it cannot be undone with record undo ({code}).',
  },
  'help.record.undo.description': {
    nb: 'angre den siste endringen som «samarbeid record» gjorde i mappen (ett nivå)',
    nn: 'angre den siste endringa som «samarbeid record» gjorde i mappa (eitt nivå)',
    en: 'undo the last change samarbeid record made in the folder (one level)',
  },
  'help.value.group/date': { nb: 'gruppe/dato', nn: 'gruppe/dato', en: 'group/date' },
  'help.value.date|plan@date': { nb: 'dato|plan@dato', nn: 'dato|plan@dato', en: 'date|plan@date' },
} as const satisfies Catalogue;
