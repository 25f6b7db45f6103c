import type { Catalogue } from './catalogue.js';

export const editRefusals = {
  'edit.minutes-not-found': {
    nb: '{problem}. Ingenting er skrevet.',
    nn: '{problem}. Ingenting er skrive.',
    en: '{problem}. Nothing written.',
  },
  'edit.minutes-from-folder': {
    nb: 'Referatet «{path}» finnes ikke i avtalemappen; stien i --minutes leses fra avtalemappen: mente du «{suggested}»? Ingenting er skrevet.',
    nn: 'Referatet «{path}» finst ikkje i avtalemappa; stien i --minutes vert lesen frå avtalemappa: meinte du «{suggested}»? Ingenting er skrive.',
    en: 'The minutes "{path}" are not in the agreement folder; the path in --minutes is read from the agreement folder: did you mean "{suggested}"? Nothing written.',
  },
  'edit.conflict': {
    nb: 'Finnes allerede: {what} {id} med {field} {existing}, ikke {wanted}. Ingenting er skrevet. Er det filen som er feil, retter du den der.',
    nn: 'Finst allereie: {what} {id} med {field} {existing}, ikkje {wanted}. Ingenting er skrive. Er det fila som er feil, rettar du ho der.',
    en: 'Conflicts with the record: {what} {id} has {field} {existing}, not {wanted}. Nothing written. If the file is wrong, correct it there.',
  },
  'edit.meeting-same-day': {
    nb: 'Organet har allerede et møte {date}: {id}. Ingenting er skrevet. Velg en annen dato, eller bruk det møtet.',
    nn: 'Organet har allereie eit møte {date}: {id}. Ingenting er skrive. Vel ein annan dato, eller bruk det møtet.',
    en: 'That body already has a meeting on {date}: {id}. Nothing written. Choose another date, or use that meeting.',
  },
  'edit.meeting-held': {
    nb: 'Møtet {id} er registrert som holdt og kan ikke endres til {status}. Ingenting er skrevet.',
    nn: 'Møtet {id} er registrert som halde og kan ikkje endrast til {status}. Ingenting er skrive.',
    en: 'Meeting {id} is recorded as held and cannot be changed to {status}. Nothing written.',
  },
  'edit.move-not-planned': {
    nb: 'Møtet {id} er {status}, og bare planlagte møter kan flyttes. Ingenting er skrevet.',
    nn: 'Møtet {id} er {status}, og berre planlagde møte kan flyttast. Ingenting er skrive.',
    en: 'Meeting {id} is {status}, and only planned meetings can be moved. Nothing written.',
  },
  'edit.meeting-cancelled': {
    nb: 'Møtet {id} er avlyst. Registrer vedtak og oppfølgingspunkter på et møte som er holdt eller planlagt.',
    nn: 'Møtet {id} er avlyst. Registrer vedtak og oppfølgingspunkt på eit møte som er halde eller planlagt.',
    en: 'Meeting {id} is cancelled. Record decisions and actions on a held or planned meeting.',
  },
  'edit.plan-retired': {
    nb: 'Handlingsplanen {id} er avsluttet og kan ikke vedtas på nytt. Ingenting er skrevet.',
    nn: 'Handlingsplanen {id} er avslutta og kan ikkje vedtakast på nytt. Ingenting er skrive.',
    en: 'Action plan {id} is retired and cannot be adopted again. Nothing written.',
  },
  'edit.plan-adopted-elsewhere': {
    nb: 'Handlingsplanen {id} er allerede vedtatt i møtet {meeting}. Ingenting er skrevet.',
    nn: 'Handlingsplanen {id} er allereie vedteken i møtet {meeting}. Ingenting er skrive.',
    en: 'Action plan {id} was already adopted at meeting {meeting}. Nothing written.',
  },
  'edit.file-exists': {
    nb: '{file} finnes allerede og har en annen id. Ingenting er skrevet.',
    nn: '{file} finst allereie og har ein annan id. Ingenting er skrive.',
    en: '{file} already exists with another id. Nothing written.',
  },
  'edit.alias': {
    nb: 'Kan ikke endre {path}: der står et YAML-alias eller -anker (* eller &), og endringen ville gjelde flere steder. Skriv verdien helt ut i filen, og prøv igjen.',
    nn: 'Kan ikkje endre {path}: der står eit YAML-alias eller -anker (* eller &), og endringa ville gjelde fleire stader. Skriv verdien heilt ut i fila, og prøv igjen.',
    en: 'Cannot edit through a YAML alias or anchor (* or &) at {path}: the change would apply in several places. Write the value out in the file first.',
  },
  'edit.no-file': {
    nb: '{file} finnes ikke i avtalemappen; kjør «samarbeid validate»',
    nn: '{file} finst ikkje i avtalemappa; køyr «samarbeid validate»',
    en: '{file} is not in the agreement folder; run "samarbeid validate"',
  },
  'edit.file-has-errors': {
    nb: '{file} har feil som må rettes før samarbeid kan endre filen; kjør «samarbeid validate»',
    nn: '{file} har feil som må rettast før samarbeid kan endre fila; køyr «samarbeid validate»',
    en: '{file} has errors that must be fixed before samarbeid can edit it; run "samarbeid validate"',
  },
  'edit.locked': {
    nb: 'En annen samarbeid-kommando skriver i denne avtalen (prosess {pid}). Prøv igjen om litt. Kjører ingen annen samarbeid-kommando, kan du slette {file} i avtalemappen.',
    nn: 'Ein annan samarbeid-kommando skriv i denne avtalen (prosess {pid}). Prøv igjen om litt. Køyrer ingen annan samarbeid-kommando, kan du slette {file} i avtalemappa.',
    en: 'Another samarbeid command is writing to this agreement (process {pid}). Try again shortly. If no other samarbeid command is running, you can delete {file} in the agreement folder.',
  },
  'edit.cannot-lock': {
    nb: 'kan ikke låse avtalemappen for skriving ({code}); ingenting er skrevet',
    nn: 'kan ikkje låse avtalemappa for skriving ({code}); ingenting er skrive',
    en: 'cannot lock the agreement folder for writing ({code}); nothing written',
  },
  'edit.cannot-read': {
    nb: 'kan ikke lese {file} ({code}); ingenting er skrevet',
    nn: 'kan ikkje lese {file} ({code}); ingenting er skrive',
    en: 'cannot read {file} ({code}); nothing written',
  },
  'edit.not-regular': {
    nb: '{file} er ikke en vanlig fil; samarbeid skriver bare i vanlige filer',
    nn: '{file} er ikkje ei vanleg fil; samarbeid skriv berre i vanlege filer',
    en: '{file} is not a regular file; samarbeid writes only to regular files',
  },
  'edit.too-large': {
    nb: '{file} er for stor til å være en avtalefil; ingenting er skrevet',
    nn: '{file} er for stor til å vere ei avtalefil; ingenting er skrive',
    en: '{file} is too large to be an agreement file; nothing written',
  },
  'edit.not-utf8': {
    nb: '{file} er ikke UTF-8-tekst; lagre filen som UTF-8, og prøv igjen',
    nn: '{file} er ikkje UTF-8-tekst; lagre fila som UTF-8, og prøv igjen',
    en: '{file} is not UTF-8 text; save it as UTF-8 and try again',
  },
  'edit.outside': {
    nb: '{file} peker ut av avtalemappen; samarbeid skriver aldri gjennom en slik lenke',
    nn: '{file} peikar ut av avtalemappa; samarbeid skriv aldri gjennom ei slik lenkje',
    en: '{file} leads out of the agreement folder; samarbeid never writes through such a link',
  },
  'edit.other-unreadable': {
    nb: '{file} kan ikke leses, og uten den kan ikke samarbeid kontrollere endringen mot hele avtalen. Ingenting er skrevet; kjør «samarbeid validate» for å se hva som er galt.',
    nn: '{file} kan ikkje lesast, og utan henne kan ikkje samarbeid kontrollere endringa mot heile avtalen. Ingenting er skrive; køyr «samarbeid validate» for å sjå kva som er gale.',
    en: '{file} cannot be read, and without it samarbeid cannot check the change against the whole agreement. Nothing written; run "samarbeid validate" to see what is wrong.',
  },
  'edit.link': {
    nb: '{file} er en symbolsk lenke; samarbeid skriver aldri gjennom lenker. Legg en vanlig fil eller mappe der, og prøv igjen.',
    nn: '{file} er ei symbolsk lenkje; samarbeid skriv aldri gjennom lenkjer. Legg ei vanleg fil eller mappe der, og prøv igjen.',
    en: '{file} is a symbolic link; samarbeid never writes through links. Put a plain file or folder there and try again.',
  },
  'edit.not-folder': {
    nb: '{file} er ikke en mappe; ingenting er skrevet',
    nn: '{file} er ikkje ei mappe; ingenting er skrive',
    en: '{file} is not a folder; nothing written',
  },
  'edit.lock-foreign': {
    nb: '{file} i avtalemappen er ikke en låsefil som samarbeid har skrevet, og samarbeid rører verken den eller filene den nevner. Ingenting er skrevet. Kjører ingen annen samarbeid-kommando, sletter du {file} og prøver igjen.',
    nn: '{file} i avtalemappa er ikkje ei låsefil som samarbeid har skrive, og samarbeid rører verken henne eller filene ho nemner. Ingenting er skrive. Køyrer ingen annan samarbeid-kommando, slettar du {file} og prøver igjen.',
    en: '{file} in the agreement folder is not a lock file written by samarbeid, and samarbeid touches neither it nor the files it names. Nothing written. If no other samarbeid command is running, delete {file} and try again.',
  },
  'edit.lock-other-boot': {
    nb: '{file} inneholder en endring som ble avbrutt før maskinen ble startet på nytt, eller som ble skrevet på en annen maskin. samarbeid fullfører den ikke selv. Ingenting er skrevet. Kontroller filene med «samarbeid validate», slett {file} og prøv igjen.',
    nn: '{file} inneheld ei endring som vart avbroten før maskina vart starta på nytt, eller som vart skriven på ei anna maskin. samarbeid fullfører henne ikkje sjølv. Ingenting er skrive. Kontroller filene med «samarbeid validate», slett {file} og prøv igjen.',
    en: '{file} holds a change that was cut short before the machine restarted, or was written on another machine. samarbeid does not finish it. Nothing written. Check the files with "samarbeid validate", delete {file} and try again.',
  },
  'edit.hard-link': {
    nb: '{file} har {links} harde lenker, og å skrive filen på nytt ville bryte dem. Lag en vanlig kopi av filen, og prøv igjen.',
    nn: '{file} har {links} harde lenkjer, og å skrive fila på nytt ville bryte dei. Lag ein vanleg kopi av fila, og prøv igjen.',
    en: '{file} has {links} hard links, and rewriting it would break them. Make it one file (copy it) and try again.',
  },
  'edit.read-only': {
    nb: '{file} er skrivebeskyttet; samarbeid endrer ikke filen',
    nn: '{file} er skriveverna; samarbeid endrar ikkje fila',
    en: '{file} is read-only; samarbeid does not change it',
  },
  'edit.changed-on-disk': {
    nb: '{file} ble endret av noen andre mens kommandoen kjørte; ingenting er skrevet, prøv igjen',
    nn: '{file} vart endra av nokon andre medan kommandoen køyrde; ingenting er skrive, prøv igjen',
    en: '{file} was changed by someone else while the command ran; nothing written, try again',
  },
  'edit.agreement-unreadable': {
    nb: 'ingenting er skrevet: avtalen kan ikke leses (se feilene over)',
    nn: 'ingenting er skrive: avtalen kan ikkje lesast (sjå feila over)',
    en: 'nothing written: the agreement cannot be read (see the errors above)',
  },
  'edit.would-add-errors': {
    nb: 'ingenting er skrevet: endringen ville gitt feilene over',
    nn: 'ingenting er skrive: endringa ville gitt feila over',
    en: 'nothing written: the change would add the errors above',
  },
  'edit.hint-planned': {
    nb: 'Tips: et møte fram i tid registreres med --status planned.',
    nn: 'Tips: eit møte fram i tid vert registrert med --status planned.',
    en: 'Hint: a meeting in the future is recorded with --status planned.',
  },
  'edit.errors-before': {
    nb: 'merk: avtalen har feil fra før som denne endringen ikke berører; kjør «samarbeid validate» for å se dem',
    nn: 'merk: avtalen har feil frå før som denne endringa ikkje rører ved; køyr «samarbeid validate» for å sjå dei',
    en: 'note: the agreement already has errors that this change does not touch; run "samarbeid validate" to see them',
  },
  'edit.in-the-change': {
    nb: 'i endringen',
    nn: 'i endringa',
    en: 'in the change',
  },
  'edit.unverified': {
    nb: 'endringen ble ikke som tenkt ({detail}), så ingenting er skrevet. Dette er en feil i samarbeid. Meld gjerne fra, og ta med kommandoen du kjørte.',
    nn: 'endringa vart ikkje som tenkt ({detail}), så ingenting er skrive. Dette er ein feil i samarbeid. Meld gjerne frå, og ta med kommandoen du køyrde.',
    en: 'the edit did not come out as intended ({detail}), so nothing was written. This is a bug in samarbeid; please report it with the command you ran.',
  },
  'edit.one-agreement': {
    nb: '{path} er ikke mappen til én avtale; oppgi mappen der agreement.yaml ligger',
    nn: '{path} er ikkje mappa til éin avtale; oppgi mappa der agreement.yaml ligg',
    en: '{path} is not the folder of one agreement; give the folder that holds agreement.yaml',
  },
  'edit.id-taken': {
    nb: 'møte-id-en {id} er allerede i bruk',
    nn: 'møte-id-en {id} er allereie i bruk',
    en: 'meeting id {id} is already used',
  },
  'edit.no-meeting': {
    nb: 'fant ikke møtet {id}',
    nn: 'fann ikkje møtet {id}',
    en: 'no meeting {id}',
  },
  'edit.no-meeting-near': {
    nb: 'fant ikke møtet {id}; mente du {near}?',
    nn: 'fann ikkje møtet {id}; meinte du {near}?',
    en: 'no meeting {id}; did you mean {near}?',
  },
  'edit.meeting-ref-form': {
    nb: '{given} er ikke et møte: skriv møte-id-en eller ORGAN@DATO, som middle@10.02.2027',
    nn: '{given} er ikkje eit møte: skriv møte-id-en eller ORGAN@DATO, som middle@10.02.2027',
    en: '{given} is not a meeting: give the meeting id or BODY@DATE, like middle@10.02.2027',
  },
  'edit.meeting-ref-body': {
    nb: 'fant ikke organet {body}; organene og arbeidsgruppene er {owners}',
    nn: 'fann ikkje organet {body}; organa og arbeidsgruppene er {owners}',
    en: 'no body {body}; the bodies and working groups are {owners}',
  },
  'edit.meeting-ref-none': {
    nb: 'fant ikke noe møte {given}; nærmest i tid: {near}',
    nn: 'fann ikkje noko møte {given}; nærast i tid: {near}',
    en: 'no meeting {given}; nearest in time: {near}',
  },
  'edit.meeting-ref-several': {
    nb: '{given} er flere møter ({ids}); oppgi id-en',
    nn: '{given} er fleire møte ({ids}); oppgi id-en',
    en: '{given} is several meetings ({ids}); give the id',
  },
  'edit.no-duty': {
    nb: 'fant ikke plikten {id} i governance.duties',
    nn: 'fann ikkje plikta {id} i governance.duties',
    en: 'no duty {id} in governance.duties',
  },
  'edit.duty-needs-meeting': {
    nb: 'plikten {id} gjøres bare ved et vedtak i et møte i organet {body}; oppgi møtet med --meeting',
    nn: 'plikta {id} vert berre gjord ved eit vedtak i eit møte i organet {body}; oppgi møtet med --meeting',
    en: 'duty {id} is done only by a decision of {body}; name the meeting with --meeting',
  },
  'edit.duty-other-body': {
    nb: 'plikten {id} gjøres i organet {body}, men møtet {meeting} hører til {other}',
    nn: 'plikta {id} vert gjord i organet {body}, men møtet {meeting} høyrer til {other}',
    en: 'duty {id} is done at {body}, but meeting {meeting} is one of {other}',
  },
  'edit.no-plan': {
    nb: 'fant ikke handlingsplanen {id}',
    nn: 'fann ikkje handlingsplanen {id}',
    en: 'no action plan {id}',
  },
  'edit.no-group': {
    nb: 'fant ikke arbeidsgruppen {id}',
    nn: 'fann ikkje arbeidsgruppa {id}',
    en: 'no working group {id}',
  },
  'edit.no-party': {
    nb: 'fant ikke parten {id}; partene er {parties}',
    nn: 'fann ikkje parten {id}; partane er {parties}',
    en: 'no party {id}; the parties are {parties}',
  },
  'edit.no-sub-agreement': {
    nb: 'fant ikke underavtalen {id}',
    nn: 'fann ikkje underavtalen {id}',
    en: 'no sub-agreement {id}',
  },
  'edit.no-measure': {
    nb: 'fant ikke tiltaket {id} (oppgi PLAN/TILTAK)',
    nn: 'fann ikkje tiltaket {id} (oppgi PLAN/TILTAK)',
    en: 'no measure {id} (give PLAN/MEASURE)',
  },
  'edit.no-measure-near': {
    nb: 'fant ikke tiltaket {id}; mente du {near}?',
    nn: 'fann ikkje tiltaket {id}; meinte du {near}?',
    en: 'no measure {id}; did you mean {near}?',
  },
  'edit.no-action-near': {
    nb: 'fant ikke oppfølgingspunktet {id}; mente du {near}?',
    nn: 'fann ikkje oppfølgingspunktet {id}; meinte du {near}?',
    en: 'no action {id}; did you mean {near}?',
  },
  'edit.no-action': {
    nb: 'fant ikke oppfølgingspunktet {id} (oppgi MØTE/PUNKT)',
    nn: 'fann ikkje oppfølgingspunktet {id} (oppgi MØTE/PUNKT)',
    en: 'no action {id} (give MEETING/ACTION)',
  },
  'edit.plan-or-agreement': {
    nb: 'oppgi enten --plan ID eller --agreement',
    nn: 'oppgi anten --plan ID eller --agreement',
    en: 'give either --plan ID or --agreement',
  },
  'edit.measure-or-action': {
    nb: 'oppgi enten --measure PLAN/ID eller --action MØTE/ID',
    nn: 'oppgi anten --measure PLAN/ID eller --action MØTE/ID',
    en: 'give either --measure PLAN/ID or --action MEETING/ID',
  },
  'edit.results-only-agreement': {
    nb: '--result hører bare til den årlige evalueringen (--agreement)',
    nn: '--result høyrer berre til den årlege evalueringa (--agreement)',
    en: '--result goes with the annual evaluation (--agreement) only',
  },
  'edit.bad-result': {
    nb: '--result tar OMRÅDE=TEKST; fikk «{value}»',
    nn: '--result tek OMRÅDE=TEKST; fekk «{value}»',
    en: '--result takes AREA=TEXT; got "{value}"',
  },
  'edit.empty-text': {
    nb: 'teksten kan ikke være tom',
    nn: 'teksten kan ikkje vere tom',
    en: 'the text cannot be empty',
  },
} as const satisfies Catalogue;
