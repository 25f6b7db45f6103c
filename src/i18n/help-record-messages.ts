import type { Catalogue } from './catalogue.js';

// --help of `record` and its subcommands (SPEC section 8), in the agreement's own terms.
export const helpRecordMessages = {
  'help.record.description': {
    nb: 'registrer det som skjer gjennom året: møter, vedtak, handlingsplaner, rapporter, evalueringer',
    nn: 'registrer det som skjer gjennom året: møte, vedtak, handlingsplanar, rapportar, evalueringar',
    en: 'record what happens through the year: meetings, decisions, plans, reports, evaluations',
  },
  'help.record.about': {
    nb: 'Hver record-kommando endrer YAML-filene der de ligger (kommentarer og oppsett blir stående), sjekker at filen har nøyaktig den tiltenkte endringen, validerer avtalen slik den blir etterpå, og skriver ingenting hvis endringen gir en ny feil. Datoer: DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD.',
    nn: 'Kvar record-kommando endrar YAML-filene der dei ligg (kommentarar og oppsett vert ståande), sjekkar at fila har nøyaktig den tiltenkte endringa, validerer avtalen slik han vert etterpå, og skriv ingenting om endringa gir ein ny feil. Datoar: DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD.',
    en: 'Every record command edits the YAML in place (comments and formatting are kept), checks that the file holds exactly the intended change, validates the agreement as it would be after it, and writes nothing if the change would add an error. Dates: DD.MM.YYYY or YYYY-MM-DD.',
  },
  'help.record.dry-run': {
    nb: 'vis endringen som en diff uten å skrive noe',
    nn: 'vis endringa som ein diff utan å skrive noko',
    en: 'print the change as a diff instead of writing it',
  },
  'help.record.as-of': {
    nb: 'valider per denne datoen (standard: i dag i Europe/Oslo)',
    nn: 'valider per denne datoen (standard: i dag i Europe/Oslo)',
    en: 'validate as of this date (default: today in Europe/Oslo)',
  },
  'help.record.date': { nb: 'datoen', nn: 'datoen', en: 'the date' },
  'help.record.title': { nb: 'tittelen', nn: 'tittelen', en: 'the title' },
  'help.record.due': { nb: 'fristen', nn: 'fristen', en: 'the deadline' },
  'help.record.area': { nb: 'samarbeidsområdet', nn: 'samarbeidsområdet', en: 'the area of cooperation' },
  'help.record.summary': { nb: 'et kort sammendrag', nn: 'eit kort samandrag', en: 'a short summary' },
  'help.record.meeting-id': {
    nb: 'møtet: id-en eller ORGAN@DATO, som «middle@10.02.2027»',
    nn: 'møtet: id-en eller ORGAN@DATO, som «middle@10.02.2027»',
    en: 'the meeting: its id or BODY@DATE, like "middle@10.02.2027"',
  },
  'help.record.plan': { nb: 'handlingsplanen', nn: 'handlingsplanen', en: 'the action plan' },
  'help.record.meeting.description': {
    nb: 'legg til et møte, eller sett ny status på organets møte den dagen',
    nn: 'legg til eit møte, eller set ny status på møtet til organet den dagen',
    en: "add a meeting, or change the status of that body's meeting on that date",
  },
  'help.record.meeting.body': {
    nb: 'organet eller arbeidsgruppen',
    nn: 'organet eller arbeidsgruppa',
    en: 'the body or working group',
  },
  'help.record.meeting.status': {
    nb: '«held» (holdt), «planned» (planlagt) eller «cancelled» (avlyst)',
    nn: '«held» (halde), «planned» (planlagt) eller «cancelled» (avlyst)',
    en: 'held, planned or cancelled',
  },
  'help.record.meeting.host': {
    nb: 'parten som er vert (standard når vertskapet går på omgang: den som står for tur)',
    nn: 'parten som er vert (standard når vertskapet går på omgang: den som står for tur)',
    en: 'the hosting party (default for rotating bodies: whose turn it is)',
  },
  'help.record.meeting.id': {
    nb: 'id-en til møtet (standard: <dato>-<organ>)',
    nn: 'id-en til møtet (standard: <dato>-<organ>)',
    en: 'the meeting id (default: <date>-<body>)',
  },
  'help.record.meeting.title': {
    nb: 'en tittel på møtet',
    nn: 'ein tittel på møtet',
    en: 'a title for the meeting',
  },
  'help.record.meeting.minutes': {
    nb: 'referatet: en lenke (https://…) eller stien til en fil fra avtalemappen (referat/2026-03-04.pdf); filen må finnes',
    nn: 'referatet: ei lenkje (https://…) eller stien til ei fil frå avtalemappa (referat/2026-03-04.pdf); fila må finnast',
    en: 'the minutes: a link (https://…) or the path of a file from the agreement folder (referat/2026-03-04.pdf); the file must exist',
  },
  'help.record.meeting.time': {
    nb: 'klokkeslett, norsk tid: 10:00 (én time) eller 10:00-11:30; møtet blir en avtale på det tidspunktet i kalenderen',
    nn: 'klokkeslett, norsk tid: 10:00 (éin time) eller 10:00-11:30; møtet vert ein avtale på det tidspunktet i kalenderen',
    en: 'the time, Norwegian time: 10:00 (one hour) or 10:00-11:30; the meeting becomes an appointment at that hour in the calendar',
  },
  'help.record.meeting.place': {
    nb: 'hvor møtet holdes, som «Rådhuset, møterom 3»',
    nn: 'kvar møtet vert halde, som «Rådhuset, møterom 3»',
    en: 'where the meeting is held, like "Rådhuset, møterom 3"',
  },
  'help.record.meeting.online': {
    nb: 'lenken for å delta digitalt, som en Teams-lenke (https://…)',
    nn: 'lenkja for å delta digitalt, som ei Teams-lenkje (https://…)',
    en: 'the link to join online, like a Teams link (https://…)',
  },
  'help.record.move.description': {
    nb: 'flytt et planlagt møte til en annen dato',
    nn: 'flytt eit planlagt møte til ein annan dato',
    en: 'move a planned meeting to another date',
  },
  'help.record.move.date': { nb: 'den nye datoen', nn: 'den nye datoen', en: 'the new date' },
  'help.record.decision.description': {
    nb: 'legg til et vedtak i møtereferatet',
    nn: 'legg til eit vedtak i møtereferatet',
    en: "add a decision to a meeting's minutes",
  },
  'help.record.decision.text': {
    nb: 'hva som ble vedtatt',
    nn: 'kva som vart vedteke',
    en: 'what was decided',
  },
  'help.record.decision.id': {
    nb: 'id-en til vedtaket (standard: laget av teksten)',
    nn: 'id-en til vedtaket (standard: laga av teksten)',
    en: 'the decision id (default: made from the text)',
  },
  'help.record.decision.adopts': {
    nb: 'handlingsplanen eller underavtalen som blir vedtatt',
    nn: 'handlingsplanen eller underavtalen som vert vedteken',
    en: 'the action plan or sub-agreement the decision adopts',
  },
  'help.record.decision.fulfils': {
    nb: 'plikten (governance.duties) vedtaket oppfyller',
    nn: 'plikta (governance.duties) vedtaket oppfyller',
    en: 'the duty (governance.duties) the decision fulfils',
  },
  'help.record.action.description': {
    nb: 'legg til et oppfølgingspunkt fra et møte',
    nn: 'legg til eit oppfølgingspunkt frå eit møte',
    en: 'add an action to follow up from a meeting',
  },
  'help.record.action.text': {
    nb: 'hva som skal gjøres',
    nn: 'kva som skal gjerast',
    en: 'what is to be done',
  },
  'help.record.action.owner': {
    nb: 'hvem som følger det opp',
    nn: 'kven som følgjer det opp',
    en: 'who follows it up',
  },
  'help.record.action.id': {
    nb: 'id-en til oppfølgingspunktet (standard: laget av teksten)',
    nn: 'id-en til oppfølgingspunktet (standard: laga av teksten)',
    en: 'the action id (default: made from the text)',
  },
  'help.record.plan.description': {
    nb: 'start en ny handlingsplan, som utkast',
    nn: 'start ein ny handlingsplan, som utkast',
    en: 'start a new action plan, as a draft',
  },
  'help.record.plan.id': {
    nb: 'id-en til planen (også filnavnet)',
    nn: 'id-en til planen (òg filnamnet)',
    en: 'the plan id (also its file name)',
  },
  'help.record.plan.owner': {
    nb: '«committee» (samarbeidsutvalget), eller id-en til et organ eller en arbeidsgruppe',
    nn: '«committee» (samarbeidsutvalet), eller id-en til eit organ eller ei arbeidsgruppe',
    en: 'committee, a body id or a working group id',
  },
  'help.record.adopt.description': {
    nb: 'registrer at et holdt møte vedtok en handlingsplan (planen og vedtaket)',
    nn: 'registrer at eit halde møte vedtok ein handlingsplan (planen og vedtaket)',
    en: 'record that a held meeting adopted an action plan (the plan and the decision)',
  },
  'help.record.measure.description': {
    nb: 'legg til et tiltak i en handlingsplan',
    nn: 'legg til eit tiltak i ein handlingsplan',
    en: 'add a measure to an action plan',
  },
  'help.record.measure.title': { nb: 'tiltaket', nn: 'tiltaket', en: 'the measure' },
  'help.record.measure.responsible': {
    nb: 'hvem som har ansvaret',
    nn: 'kven som har ansvaret',
    en: 'who is responsible',
  },
  'help.record.measure.id': {
    nb: 'id-en til tiltaket (standard: laget av tittelen)',
    nn: 'id-en til tiltaket (standard: laga av tittelen)',
    en: 'the measure id (default: made from the title)',
  },
  'help.record.evaluation.description': {
    nb: 'registrer en evaluering av en handlingsplan (--plan) eller den årlige evalueringen (--agreement)',
    nn: 'registrer ei evaluering av ein handlingsplan (--plan) eller den årlege evalueringa (--agreement)',
    en: 'record an evaluation of an action plan (--plan) or the annual evaluation (--agreement)',
  },
  'help.record.evaluation.plan': {
    nb: 'handlingsplanen som ble evaluert',
    nn: 'handlingsplanen som vart evaluert',
    en: 'the action plan evaluated',
  },
  'help.record.evaluation.agreement': {
    nb: 'den årlige evalueringen av resultatene (pkt. 6)',
    nn: 'den årlege evalueringa av resultata (pkt. 6)',
    en: 'the annual evaluation of results (clause 6)',
  },
  'help.record.evaluation.result': {
    nb: 'et resultat for et område (bare med --agreement; kan gis flere ganger)',
    nn: 'eit resultat for eit område (berre med --agreement; kan givast fleire gonger)',
    en: 'a result for an area (--agreement only; repeatable)',
  },
  'help.record.evaluation.meeting': {
    nb: 'møtet der evalueringen ble gjort',
    nn: 'møtet der evalueringa vart gjord',
    en: 'the meeting where it was done',
  },
  'help.record.report.description': {
    nb: 'registrer en rapport fra en arbeidsgruppe til samarbeidsutvalget',
    nn: 'registrer ein rapport frå ei arbeidsgruppe til samarbeidsutvalet',
    en: "record a working group's report to the committee",
  },
  'help.record.report.group': { nb: 'arbeidsgruppen', nn: 'arbeidsgruppa', en: 'the working group' },
  'help.record.done.description': {
    nb: 'merk et tiltak (--measure PLAN/ID) eller et oppfølgingspunkt (--action MØTE/ID) som utført',
    nn: 'merk eit tiltak (--measure PLAN/ID) eller eit oppfølgingspunkt (--action MØTE/ID) som utført',
    en: 'mark a measure (--measure PLAN/ID) or a meeting action (--action MEETING/ID) as done',
  },
  'help.record.done.measure': { nb: 'tiltaket', nn: 'tiltaket', en: 'the measure' },
  'help.record.done.action': { nb: 'oppfølgingspunktet', nn: 'oppfølgingspunktet', en: 'the action' },
  'help.record.done.date': {
    nb: 'datoen det ble utført',
    nn: 'datoen det vart utført',
    en: 'the date it was done',
  },
  'help.record.group.description': {
    nb: 'opprett en arbeidsgruppe; lederen blir med i samarbeidsutvalget (pkt. 4)',
    nn: 'opprett ei arbeidsgruppe; leiaren vert med i samarbeidsutvalet (pkt. 4)',
    en: 'set up a working group; its leader joins the committee (clause 4)',
  },
  'help.record.group.id': { nb: 'id-en til gruppen', nn: 'id-en til gruppa', en: 'the group id' },
  'help.record.group.name': { nb: 'navnet', nn: 'namnet', en: 'the name' },
  'help.record.group.area': { nb: 'hovedområdet', nn: 'hovudområdet', en: 'its main area' },
  'help.record.group.leader': { nb: 'lederen', nn: 'leiaren', en: 'the leader' },
  'help.record.group.members': {
    nb: 'medlemmene, skilt med komma',
    nn: 'medlemene, skilde med komma',
    en: 'the members, separated by commas',
  },
  'help.record.group.meeting': {
    nb: 'møtet der gruppen ble opprettet',
    nn: 'møtet der gruppa vart oppretta',
    en: 'the meeting that set it up',
  },
  'help.record.group.date': {
    nb: 'datoen gruppen ble opprettet (standard: datoen for møtet, ellers i dag)',
    nn: 'datoen gruppa vart oppretta (standard: datoen for møtet, elles i dag)',
    en: 'the date it was set up (default: the meeting’s date, else today)',
  },
  'help.record.duty.description': {
    nb: 'før opp at en fast plikt er gjort: i duties.yaml, eller som vedtak i et møte (--meeting)',
    nn: 'før opp at ei fast plikt er gjord: i duties.yaml, eller som vedtak i eit møte (--meeting)',
    en: 'record a duty as done: in duties.yaml, or as a decision of a meeting (--meeting)',
  },
  'help.record.duty.duty': { nb: 'id-en til plikten', nn: 'id-en til plikta', en: 'the duty id' },
  'help.record.duty.date': {
    nb: 'dagen plikten ble gjort',
    nn: 'dagen plikta vart gjord',
    en: 'the day it was done',
  },
  'help.record.duty.meeting': {
    nb: 'møtet som gjorde det (et vedtak med «fulfils» legges til der)',
    nn: 'møtet som gjorde det (eit vedtak med «fulfils» vert lagt til der)',
    en: 'the meeting that did it (a decision with "fulfils" is added there)',
  },
  'help.record.duty.note': { nb: 'en merknad', nn: 'ein merknad', en: 'a note' },
  'help.record.area.description': {
    nb: 'legg til et samarbeidsområde (pkt. 5)',
    nn: 'legg til eit samarbeidsområde (pkt. 5)',
    en: 'add an area of cooperation (clause 5)',
  },
  'help.record.area.id': { nb: 'id-en til området', nn: 'id-en til området', en: 'the area id' },
  'help.record.person.description': {
    nb: 'legg til en person, etter rolle (navn og e-postadresse kan utelates), eller endre feltene du oppgir for en som finnes',
    nn: 'legg til ein person, etter rolle (namn og e-postadresse kan utelatast), eller endre felta du oppgir for ein som finst',
    en: 'add a person, by role (names and e-mail addresses are optional), or change the fields given of one who is there',
  },
  'help.record.person.id': { nb: 'id-en til personen', nn: 'id-en til personen', en: 'the person id' },
  'help.record.person.party': {
    nb: 'parten personen representerer',
    nn: 'parten personen representerer',
    en: 'the party they represent',
  },
  'help.record.person.role': { nb: 'rollen', nn: 'rolla', en: 'their role' },
  'help.record.person.name': { nb: 'navnet', nn: 'namnet', en: 'their name' },
  'help.record.person.email': {
    nb: 'e-postadressen på jobben',
    nn: 'e-postadressa på jobben',
    en: 'their work e-mail address',
  },
  'help.record.sub-agreement.description': {
    nb: 'legg til en underavtale som hver part må godkjenne (pkt. 5)',
    nn: 'legg til ein underavtale som kvar part må godkjenne (pkt. 5)',
    en: 'add a sub-agreement, to be approved by every party (clause 5)',
  },
  'help.record.sub-agreement.id': {
    nb: 'id-en til underavtalen',
    nn: 'id-en til underavtalen',
    en: 'the sub-agreement id',
  },
  'help.record.sub-agreement.valid-until': {
    nb: 'første dag underavtalen ikke lenger gjelder',
    nn: 'første dag underavtalen ikkje lenger gjeld',
    en: 'the first day it no longer applies',
  },
  'help.record.approval.description': {
    nb: 'registrer at en part har godkjent en underavtale',
    nn: 'registrer at ein part har godkjent ein underavtale',
    en: "record a party's approval of a sub-agreement",
  },
  'help.record.approval.sub-agreement': { nb: 'underavtalen', nn: 'underavtalen', en: 'the sub-agreement' },
  'help.record.approval.party': {
    nb: 'parten som godkjenner',
    nn: 'parten som godkjenner',
    en: 'the approving party',
  },
  'help.record.approval.date': {
    nb: 'datoen for godkjenningen',
    nn: 'datoen for godkjenninga',
    en: 'the date of the approval',
  },
} as const satisfies Catalogue;
