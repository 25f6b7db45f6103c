import type { Catalogue } from './catalogue.js';

// SPEC section 14: people, contacts, the secretariat and members kept by command.
export const recordPeopleMessages = {
  'edit.person-new-needs': {
    nb: 'personen {id} finnes ikke ennå; en ny person trenger --party og --role',
    nn: 'personen {id} finst ikkje enno; ein ny person treng --party og --role',
    en: 'there is no person {id} yet; a new person needs --party and --role',
  },
  'edit.person-updated': {
    nb: 'Endret personen {id} i {file}',
    nn: 'Endra personen {id} i {file}',
    en: 'Changed person {id} in {file}',
  },
  'edit.person-changed': {
    nb: '  {field}: {from} → {to}',
    nn: '  {field}: {from} → {to}',
    en: '  {field}: {from} → {to}',
  },
  'edit.no-person': {
    nb: 'fant ikke personen {id} i people.yaml',
    nn: 'fann ikkje personen {id} i people.yaml',
    en: 'no person {id} in people.yaml',
  },
  'edit.no-person-near': {
    nb: 'fant ikke personen {id} i people.yaml; mente du {near}?',
    nn: 'fann ikkje personen {id} i people.yaml; meinte du {near}?',
    en: 'no person {id} in people.yaml; did you mean {near}?',
  },
  'edit.contact-other-party': {
    nb: '{person} hører til {other}, ikke til {party}; kontaktpersonen for en part er en av partens egne (pkt. 8)',
    nn: '{person} høyrer til {other}, ikkje til {party}; kontaktpersonen for ein part er ein av parten sine eigne (pkt. 8)',
    en: "{person} belongs to {other}, not to {party}; a party's contact person is one of its own (clause 8)",
  },
  'edit.contact-set': {
    nb: 'Kontaktpersonen for {party} er nå {person} ({file})',
    nn: 'Ny kontaktperson for {party}: {person} ({file})',
    en: 'The contact person of {party} is now {person} ({file})',
  },
  'edit.contact-changed': {
    nb: 'Kontaktpersonen for {party} er nå {person}, ikke lenger {old} ({file})',
    nn: 'Ny kontaktperson for {party}: {person}, i staden for {old} ({file})',
    en: 'The contact person of {party} is now {person}, no longer {old} ({file})',
  },
  'edit.secretariat-added': {
    nb: 'La til {person} i sekretariatet ({file})',
    nn: 'La til {person} i sekretariatet ({file})',
    en: 'Added {person} to the secretariat ({file})',
  },
  'edit.secretariat-replaced': {
    nb: '{person} er nå i sekretariatet i stedet for {old} ({file})',
    nn: '{person} er med i sekretariatet i staden for {old} ({file})',
    en: '{person} is now in the secretariat instead of {old} ({file})',
  },
  'edit.secretariat-removed': {
    nb: 'Tok {person} ut av sekretariatet ({file})',
    nn: 'Tok {person} ut av sekretariatet ({file})',
    en: 'Took {person} out of the secretariat ({file})',
  },
  'edit.committee-too': {
    nb: 'Samarbeidsutvalget er endret på samme måte (pkt. 4: sekretariatet sitter i samarbeidsutvalget)',
    nn: 'Samarbeidsutvalet er endra på same måten (pkt. 4: sekretariatet sit i samarbeidsutvalet)',
    en: 'The committee is changed the same way (clause 4: the secretariat sits on the committee)',
  },
  'edit.not-in-secretariat': {
    nb: '{person} er ikke i sekretariatet; sekretariatet er {members}',
    nn: '{person} er ikkje i sekretariatet; sekretariatet er {members}',
    en: '{person} is not in the secretariat; the secretariat is {members}',
  },
  'edit.member-added': {
    nb: 'La til {person} som medlem av {body} ({file})',
    nn: 'La til {person} som medlem av {body} ({file})',
    en: 'Added {person} as a member of {body} ({file})',
  },
  'edit.member-removed': {
    nb: 'Tok {person} ut av {body} ({file})',
    nn: 'Tok {person} ut av {body} ({file})',
    en: 'Took {person} out of {body} ({file})',
  },
  'edit.not-member': {
    nb: '{person} er ikke medlem av {body}',
    nn: '{person} er ikkje medlem av {body}',
    en: '{person} is not a member of {body}',
  },
  'edit.no-committee': {
    nb: 'avtalen har ikke noe samarbeidsutvalg («committee» i people.yaml)',
    nn: 'avtalen har ikkje noko samarbeidsutval («committee» i people.yaml)',
    en: 'the agreement has no committee (committee in people.yaml)',
  },
  'edit.member-one-of': {
    nb: 'oppgi én av --body, --committee og --group',
    nn: 'oppgi éin av --body, --committee og --group',
    en: 'give one of --body, --committee and --group',
  },
  'edit.no-body': {
    nb: 'fant ikke organet {body}; organene er {bodies}',
    nn: 'fann ikkje organet {body}; organa er {bodies}',
    en: 'no body {body}; the bodies are {bodies}',
  },
  'edit.cancelled': {
    nb: 'Registrerte møtet {id} ({date}) som avlyst i {file}',
    nn: 'Registrerte møtet {id} ({date}) som avlyst i {file}',
    en: 'Recorded meeting {id} ({date}) as cancelled in {file}',
  },
  'edit.cancel-held': {
    nb: 'Møtet {id} er registrert som holdt og kan ikke avlyses. Ingenting er skrevet.',
    nn: 'Møtet {id} er registrert som halde og kan ikkje avlysast. Ingenting er skrive.',
    en: 'Meeting {id} is recorded as held and cannot be cancelled. Nothing written.',
  },
  'kind.contact': { nb: 'kontaktperson for', nn: 'kontaktperson for', en: 'contact person of' },
  'kind.secretariat-member': {
    nb: 'sekretariatsmedlem',
    nn: 'sekretariatsmedlem',
    en: 'secretariat member',
  },
  'kind.member': { nb: 'medlem', nn: 'medlem', en: 'member' },
  'field.term-from': { nb: 'periode fra', nn: 'periode frå', en: 'term from' },
  'field.term-until': { nb: 'periode til', nn: 'periode til', en: 'term until' },
  'field.reason': { nb: 'grunn', nn: 'grunn', en: 'reason' },
  'help.record.person.term-from': {
    nb: 'første dag i perioden personen er valgt eller oppnevnt for',
    nn: 'første dagen i perioden personen er vald eller oppnemnd for',
    en: 'the first day of the term they are elected or appointed for',
  },
  'help.record.person.term-until': {
    nb: 'siste dag i perioden',
    nn: 'siste dagen i perioden',
    en: 'the last day of the term',
  },
  'help.record.contact.description': {
    nb: 'sett kontaktpersonen for en part (pkt. 8)',
    nn: 'set kontaktpersonen for ein part (pkt. 8)',
    en: "set a party's contact person (clause 8)",
  },
  'help.record.contact.party': { nb: 'parten', nn: 'parten', en: 'the party' },
  'help.record.contact.person': {
    nb: 'personen, en av partens egne i people.yaml',
    nn: 'personen, ein av parten sine eigne i people.yaml',
    en: "the person, one of the party's own in people.yaml",
  },
  'help.record.secretariat.description': {
    nb: 'legg til, bytt ut eller ta ut et medlem av sekretariatet (pkt. 4); samarbeidsutvalget endres på samme måte',
    nn: 'legg til, byt ut eller ta ut eit medlem av sekretariatet (pkt. 4); samarbeidsutvalet vert endra på same måten',
    en: 'add, replace or take out a member of the secretariat (clause 4); the committee changes the same way',
  },
  'help.record.secretariat.person': { nb: 'personen', nn: 'personen', en: 'the person' },
  'help.record.secretariat.replaces': {
    nb: 'den personen tar plassen til',
    nn: 'den personen tek plassen til',
    en: 'the one whose place they take',
  },
  'help.record.secretariat.remove': {
    nb: 'ta personen ut av sekretariatet',
    nn: 'ta personen ut av sekretariatet',
    en: 'take the person out of the secretariat',
  },
  'help.record.member.description': {
    nb: 'legg til eller ta ut et medlem av et organ, av samarbeidsutvalget eller av en arbeidsgruppe',
    nn: 'legg til eller ta ut eit medlem av eit organ, av samarbeidsutvalet eller av ei arbeidsgruppe',
    en: 'add or take out a member of a body, of the committee or of a working group',
  },
  'help.record.member.person': { nb: 'personen', nn: 'personen', en: 'the person' },
  'help.record.member.body': {
    nb: 'organet («members» i agreement.yaml)',
    nn: 'organet («members» i agreement.yaml)',
    en: 'the body (members in agreement.yaml)',
  },
  'help.record.member.committee': {
    nb: 'samarbeidsutvalget («committee» i people.yaml)',
    nn: 'samarbeidsutvalet («committee» i people.yaml)',
    en: 'the committee (committee in people.yaml)',
  },
  'help.record.member.group': {
    nb: 'arbeidsgruppen (working-groups.yaml)',
    nn: 'arbeidsgruppa (working-groups.yaml)',
    en: 'the working group (working-groups.yaml)',
  },
  'help.record.member.remove': {
    nb: 'ta personen ut i stedet for å legge til',
    nn: 'ta personen ut i staden for å leggje til',
    en: 'take the person out instead of adding them',
  },
  'help.record.cancel.description': {
    nb: 'avlys et planlagt møte, gjerne med grunnen',
    nn: 'avlys eit planlagt møte, gjerne med grunnen',
    en: 'cancel a planned meeting, with the reason if you like',
  },
  'help.record.cancel.reason': {
    nb: 'hvorfor møtet er avlyst',
    nn: 'kvifor møtet er avlyst',
    en: 'why it is cancelled',
  },
} as const satisfies Catalogue;
