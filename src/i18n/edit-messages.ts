import type { Catalogue } from './catalogue.js';

export const editMessages = {
  'edit.meeting-added': {
    nb: 'La til møtet {id} i {file}',
    nn: 'La til møtet {id} i {file}',
    en: 'Added meeting {id} to {file}',
  },
  'edit.meeting-status': {
    nb: 'Registrerte møtet {id} som {status} i {file}',
    nn: 'Registrerte møtet {id} som {status} i {file}',
    en: 'Recorded meeting {id} as {status} in {file}',
  },
  'edit.meeting-updated': {
    nb: 'Oppdaterte møtet {id} i {file}',
    nn: 'Oppdaterte møtet {id} i {file}',
    en: 'Updated meeting {id} in {file}',
  },
  'edit.moved-keeps-id': {
    nb: 'Møtet beholder id-en {id}; du kan også kalle det {ref}',
    nn: 'Møtet har framleis id-en {id}; du kan òg kalle det {ref}',
    en: 'The meeting keeps its id {id}; you can also name it {ref}',
  },
  'edit.moved': {
    nb: 'Flyttet møtet {id} fra {from} til {to}',
    nn: 'Flytta møtet {id} frå {from} til {to}',
    en: 'Moved meeting {id} from {from} to {to}',
  },
  'edit.decision-added': {
    nb: 'La til vedtaket {id} i {file}',
    nn: 'La til vedtaket {id} i {file}',
    en: 'Added decision {id} to {file}',
  },
  'edit.action-added': {
    nb: 'La til oppfølgingspunktet {id} i {file}',
    nn: 'La til oppfølgingspunktet {id} i {file}',
    en: 'Added action {id} to {file}',
  },
  'edit.plan-added': {
    nb: 'Opprettet handlingsplanen {id} som utkast i {file}',
    nn: 'Oppretta handlingsplanen {id} som utkast i {file}',
    en: 'Created action plan {id} as a draft in {file}',
  },
  'edit.measure-added': {
    nb: 'La til tiltaket {id} i {file}',
    nn: 'La til tiltaket {id} i {file}',
    en: 'Added measure {id} to {file}',
  },
  'edit.adopted': {
    nb: 'Registrerte at handlingsplanen {id} ble vedtatt i møtet {meeting} ({date})',
    nn: 'Registrerte at handlingsplanen {id} vart vedteken i møtet {meeting} ({date})',
    en: 'Recorded that action plan {id} was adopted at meeting {meeting} ({date})',
  },
  'edit.adopt-decision-text': {
    nb: 'Handlingsplanen «{title}» vedtas.',
    nn: 'Handlingsplanen «{title}» vert vedteken.',
    en: 'The action plan "{title}" is adopted.',
  },
  'edit.group-added': {
    nb: 'Opprettet arbeidsgruppen {id} i {file}',
    nn: 'Oppretta arbeidsgruppa {id} i {file}',
    en: 'Set up working group {id} in {file}',
  },
  'edit.leader-joins-committee': {
    nb: 'Lederen av arbeidsgruppen («{person}») er lagt til i samarbeidsutvalget i people.yaml (pkt. 4)',
    nn: 'Leiaren av arbeidsgruppa («{person}») er lagd til i samarbeidsutvalet i people.yaml (pkt. 4)',
    en: 'The leader of the working group ("{person}") has been added to the committee in people.yaml (clause 4)',
  },
  'edit.area-added': {
    nb: 'La til samarbeidsområdet {id} i {file}',
    nn: 'La til samarbeidsområdet {id} i {file}',
    en: 'Added area of cooperation {id} to {file}',
  },
  'edit.person-added': {
    nb: 'La til personen {id} i {file}',
    nn: 'La til personen {id} i {file}',
    en: 'Added person {id} to {file}',
  },
  'edit.sub-agreement-added': {
    nb: 'La til underavtalen {id} i {file}',
    nn: 'La til underavtalen {id} i {file}',
    en: 'Added sub-agreement {id} to {file}',
  },
  'edit.approval-added': {
    nb: 'Registrerte i {file} at {party} har godkjent underavtalen «{title}»',
    nn: 'Registrerte i {file} at {party} har godkjent underavtalen «{title}»',
    en: 'Recorded in {file} that {party} approved the sub-agreement "{title}"',
  },
  'edit.duty-added': {
    nb: 'Førte opp at plikten {id} er gjort, i {file}',
    nn: 'Førte opp at plikta {id} er gjord, i {file}',
    en: 'Recorded duty {id} as done, in {file}',
  },
  'edit.evaluation-added': {
    nb: 'La til evalueringen i {file}',
    nn: 'La til evalueringa i {file}',
    en: 'Added the evaluation to {file}',
  },
  'edit.report-added': {
    nb: 'La til rapporten fra arbeidsgruppen {group} i {file}',
    nn: 'La til rapporten frå arbeidsgruppa {group} i {file}',
    en: 'Added the report of the working group {group} to {file}',
  },
  'edit.done': {
    nb: 'Markerte {id} som utført i {file}',
    nn: 'Markerte {id} som utført i {file}',
    en: 'Marked {id} as done in {file}',
  },
  'edit.already': {
    nb: 'Allerede registrert: {what} {id}. Ingenting er endret.',
    nn: 'Allereie registrert: {what} {id}. Ingenting er endra.',
    en: 'Already recorded: {what} {id}. Nothing changed.',
  },
} as const satisfies Catalogue;

export const initMessages = {
  'init.bad-party': {
    nb: '--party tar id=Navn med en id som «nav-vest-viken»; fikk «{value}»',
    nn: '--party tek id=Namn med ein id som «nav-vest-viken»; fekk «{value}»',
    en: '--party takes id=Name with an id like "nav-vest-viken"; got "{value}"',
  },
  'init.bad-side': {
    nb: '--side tar side=part,part med id-er som «kommunane=bergen,askoy»; fikk «{value}»',
    nn: '--side tek side=part,part med id-ar som «kommunane=bergen,askoy»; fekk «{value}»',
    en: '--side takes side=party,party with ids like "kommunane=bergen,askoy"; got "{value}"',
  },
  'init.bad-role': {
    nb: '{option} tar part=rolle med en av partene ({parties}); fikk «{value}»',
    nn: '{option} tek part=rolle med ein av partane ({parties}); fekk «{value}»',
    en: '{option} takes party=role with one of the parties ({parties}); got "{value}"',
  },
  'init.bad-member': {
    nb: '--member tar nivå:part=rolle med nivået «top», «middle» eller «committee» og en av partene ({parties}); fikk «{value}»',
    nn: '--member tek nivå:part=rolle med nivået «top», «middle» eller «committee» og ein av partane ({parties}); fekk «{value}»',
    en: '--member takes level:party=role with the level top, middle or committee and one of the parties ({parties}); got "{value}"',
  },
  'init.bad-meets': {
    nb: '--meets tar nivå=intervall med nivået «top», «middle» eller «committee», som «middle=tertial» eller «committee=as-needed»; fikk «{value}»',
    nn: '--meets tek nivå=intervall med nivået «top», «middle» eller «committee», som «middle=tertial» eller «committee=as-needed»; fekk «{value}»',
    en: '--meets takes level=cadence with the level top, middle or committee, like middle=tertial or committee=as-needed; got "{value}"',
  },
  'init.role-twice': {
    nb: '{option} er gitt to ganger for {party}',
    nn: '{option} er gitt to gonger for {party}',
    en: '{option} is given twice for {party}',
  },
  'init.side-twice': {
    nb: '{party} står på to sider; en part hører til én side',
    nn: '{party} står på to sider; ein part høyrer til éi side',
    en: '{party} is on two sides; a party belongs to one side',
  },
  'init.bad-id': {
    nb: '«{id}» er ikke en gyldig avtale-id; oppgi --id (små bokstaver, sifre og bindestrek)',
    nn: '«{id}» er ikkje ein gyldig avtale-id; oppgi --id (små bokstavar, siffer og bindestrek)',
    en: '"{id}" is not a valid agreement id; give --id (lower-case letters, digits and hyphens)',
  },
  'init.needs': { nb: 'init trenger {what}', nn: 'init treng {what}', en: 'init needs {what}' },
  'init.exists': {
    nb: '{path} finnes allerede; init overskriver aldri noe',
    nn: '{path} finst allereie; init skriv aldri over noko',
    en: '{path} already exists; init never overwrites anything',
  },
  'init.no-example': {
    nb: 'fant ikke eksempelavtalen i pakken',
    nn: 'fann ikkje eksempelavtalen i pakken',
    en: 'the example agreement is not in the package',
  },
  'init.already': {
    nb: 'Avtalen i {dir} finnes allerede slik denne kommandoen ville skrevet den; ingenting er endret.',
    nn: 'Avtalen i {dir} finst allereie slik denne kommandoen ville ha skrive han; ingenting er endra.',
    en: 'The agreement in {dir} is already there as this command would write it; nothing changed.',
  },
  'init.next': {
    nb: 'Neste: legg inn personer, samarbeidsområder og arbeidsgrupper med «samarbeid record person {dir} …», «record area» og «record group», og kjør «samarbeid validate {dir}». Redigeringsprogrammet finner skjemaene i {schemas}; flytter du mappen, retter «samarbeid schema --write» skjemalinjene.',
    nn: 'Neste: legg inn personar, samarbeidsområde og arbeidsgrupper med «samarbeid record person {dir} …», «record area» og «record group», og køyr «samarbeid validate {dir}». Redigeringsprogrammet finn skjemaa i {schemas}; flyttar du mappa, rettar «samarbeid schema --write» skjemalinjene.',
    en: 'Next: add people, areas and working groups with "samarbeid record person {dir} …", "record area" and "record group", and run "samarbeid validate {dir}". Editors find the schemas in {schemas}; if you move the folder, "samarbeid schema --write" fixes the schema lines.',
  },
} as const satisfies Catalogue;
