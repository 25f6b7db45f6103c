import type { Catalogue } from './catalogue.js';

// SPEC section 12: the keys of sides, roles, terms and membership. Bodies and working groups share
// the role keys, so their descriptions are written once and given both paths.

const roleKeys: Catalogue = {
  roles: {
    nb: 'Rollene i organet (som «host», «leader», «deputy») og hvem som har dem: på omgang for en periode, på omgang for hvert møte, fast, samme som en annen rolle eller motsatt side av en annen rolle.',
    nn: 'Rollene i organet (som «host», «leader», «deputy») og kven som har dei: på omgang for ein periode, på omgang for kvart møte, fast, same som ei anna rolle eller motsett side av ei anna rolle.',
    en: 'The roles of the body (like "host", "leader", "deputy") and who holds them: in turn for a term, in turn for each meeting, fixed, the same as another role, or the other side of another role.',
  },
  'roles.rotate': {
    nb: 'Hva som går på omgang: «parties» (partene) eller «sides» (sidene i «sides»).',
    nn: 'Kva som går på omgang: «parties» (partane) eller «sides» (sidene i «sides»).',
    en: 'What takes turns: "parties" or "sides" (the sides of "sides").',
  },
  'roles.every': {
    nb: 'Lengden på en periode når rollen går på omgang, som «2 years» («annakvart år») eller «1 year».',
    nn: 'Lengda på ein periode når rolla går på omgang, som «2 years» («annakvart år») eller «1 year».',
    en: 'The length of a term when the role rotates, like "2 years" ("every other year") or "1 year".',
  },
  'roles.from': {
    nb: 'Dagen den første perioden begynner; den første i «order» har rollen da.',
    nn: 'Dagen den første perioden byrjar; den første i «order» har rolla då.',
    en: 'The day the first term begins; the first of "order" holds the role then.',
  },
  'roles.per': {
    nb: '«meeting»: rollen går videre ved hvert møte, til den som er etter vertskapet for forrige avholdte møte (punkt 4).',
    nn: '«meeting»: rolla går vidare ved kvart møte, til den som er etter vertskapet for førre halde møte (punkt 4).',
    en: '"meeting": the role moves on at each meeting, to the one after the host of the last held meeting (clause 4).',
  },
  'roles.order': {
    nb: 'Rekkefølgen partene eller sidene har rollen i (standard: rekkefølgen i «parties» eller «sides»).',
    nn: 'Rekkjefølgja partane eller sidene har rolla i (standard: rekkjefølgja i «parties» eller «sides»).',
    en: 'The order in which the parties or sides hold the role (default: the order of "parties" or "sides").',
  },
  'roles.fixed': {
    nb: 'Id-en til parten eller siden som alltid har rollen.',
    nn: 'Id-en til parten eller sida som alltid har rolla.',
    en: 'The id of the party or side that always holds the role.',
  },
  'roles.same': {
    nb: 'Navnet på en annen rolle i organet: den samme har begge (som «leader: { same: host }»).',
    nn: 'Namnet på ei anna rolle i organet: den same har begge (som «leader: { same: host }»).',
    en: 'Another role of the body: the same holder has both (like "leader: { same: host }").',
  },
  'roles.opposite': {
    nb: 'Navnet på en annen rolle i organet: rollen går til den andre siden (bare med to sider).',
    nn: 'Namnet på ei anna rolle i organet: rolla går til den andre sida (berre med to sider).',
    en: 'Another role of the body: this role goes to the other side (two sides only).',
  },
  overrides: {
    nb: 'Unntak fra rotasjonen, hvert for én periode.',
    nn: 'Unntak frå rotasjonen, kvart for éin periode.',
    en: 'Exceptions to the rotation, each for one period.',
  },
  'overrides.period': {
    nb: 'Perioden unntaket gjelder: et år (2024), et halvår (2024-H1), et tertial (2024-T2), et kvartal (2024-Q3), en måned (2024-05) eller to datoer (2024-01-01/2024-06-30).',
    nn: 'Perioden unntaket gjeld: eit år (2024), eit halvår (2024-H1), eit tertial (2024-T2), eit kvartal (2024-Q3), ein månad (2024-05) eller to datoar (2024-01-01/2024-06-30).',
    en: 'The period the exception covers: a year (2024), a half-year (2024-H1), a tertial (2024-T2), a quarter (2024-Q3), a month (2024-05) or two dates (2024-01-01/2024-06-30).',
  },
  'overrides.role': {
    nb: 'Rollen unntaket gjelder (en av «roles»).',
    nn: 'Rolla unntaket gjeld (ei av «roles»).',
    en: 'The role the exception is for (one of "roles").',
  },
  'overrides.holder': {
    nb: 'Id-en til parten eller siden som har rollen i perioden.',
    nn: 'Id-en til parten eller sida som har rolla i perioden.',
    en: 'The id of the party or side that holds the role in that period.',
  },
  'overrides.note': {
    nb: 'Hvorfor (som «Vedtatt i partnerskapsmøtet 12.03.2024»; valgfritt).',
    nn: 'Kvifor (som «Vedteke i partnarskapsmøtet 12.03.2024»; valfritt).',
    en: 'Why (like "Decided by the partnership meeting on 12.03.2024"; optional).',
  },
};

const under = (prefix: string): Catalogue =>
  Object.fromEntries(Object.entries(roleKeys).map(([key, text]) => [`${prefix}.${key}`, text]));

// SPEC section 13: a rotating secretariat is one role, its keys written at governance.secretariat.
const secretariatKeys: Catalogue = Object.fromEntries(
  Object.entries(roleKeys)
    .filter(([key]) => key.startsWith('roles.'))
    .map(([key, text]) => [`doc.agreement.governance.secretariat.${key.slice('roles.'.length)}`, text]),
);

export const fieldDocsRoles: Catalogue = {
  'doc.agreement.governance.secretariat': {
    nb: 'Sekretariatet går på omgang mellom partene eller sidene («sekretariatfunksjonen går på rundgang, to år om gangen»): da er sekretariatet de i «secretariat» i people.yaml som hører til parten som har det (valgfritt).',
    nn: 'Sekretariatet går på omgang mellom partane eller sidene («sekretariatfunksjonen går på rundgang, to år om gongen»): då er sekretariatet dei i «secretariat» i people.yaml som høyrer til parten som har det (valfritt).',
    en: 'The secretariat rotates between the parties or sides ("the secretariat function rotates, two years at a time"): the secretariat is then the people of "secretariat" in people.yaml who belong to the party holding it (optional).',
  },
  ...secretariatKeys,
  'doc.message.term': {
    nb: 'Ukjent lengde på perioden. Bruk et tall og en enhet, som «2 years», «1 year» eller «6 months» (høyst ti år).',
    nn: 'Ukjend lengd på perioden. Bruk eit tal og ei eining, som «2 years», «1 year» eller «6 months» (høgst ti år).',
    en: 'Unknown term length. Use a number and a unit, like "2 years", "1 year" or "6 months" (at most ten years).',
  },
  ...under('doc.agreement.governance.bodies'),
  ...under('doc.working-groups.workingGroups'),
  'doc.agreement.sides': {
    nb: 'Sidene partene hører til når roller går på omgang mellom grupper av parter (som kommunene og helseforetaket i et helsefellesskap; valgfritt).',
    nn: 'Sidene partane høyrer til når roller går på omgang mellom grupper av partar (som kommunane og helseføretaket i eit helsefellesskap; valfritt).',
    en: 'The sides the parties belong to when roles rotate between groups of parties (like the municipalities and the health trust in a helsefellesskap; optional).',
  },
  'doc.agreement.sides.id': {
    nb: 'Sidens id, som «side» på partene og rollene bruker (som «kommunene»).',
    nn: 'Id-en til sida, som «side» på partane og rollene bruker (som «kommunane»).',
    en: 'The id of the side, used by "side" on the parties and by the roles (like "kommunane").',
  },
  'doc.agreement.sides.name': {
    nb: 'Sidens navn (som «Kommunene»).',
    nn: 'Namnet på sida (som «Kommunane»).',
    en: 'The name of the side (like "Kommunane").',
  },
  'doc.agreement.sides.lead': {
    nb: 'Id-en til parten som taler for siden (valgfritt): når siden har en rolle, får kontaktpersonen til denne parten påminnelsen, ellers kontaktpersonene til alle partene på siden.',
    nn: 'Id-en til parten som talar for sida (valfritt): når sida har ei rolle, får kontaktpersonen til denne parten påminninga, elles kontaktpersonane til alle partane på sida.',
    en: "The id of the party that speaks for the side (optional): when the side holds a role, this party's contact person gets the reminder, else the contact persons of every party of the side.",
  },
  'doc.agreement.parties.side': {
    nb: 'Siden parten hører til (en id fra «sides»; valgfritt).',
    nn: 'Sida parten høyrer til (ein id frå «sides»; valfritt).',
    en: 'The side the party belongs to (an id of "sides"; optional).',
  },
  'doc.agreement.parties.joined': {
    nb: 'Dagen parten ble med i avtalen (standard: første dag avtalen gjelder).',
    nn: 'Dagen parten vart med i avtalen (standard: første dagen avtalen gjeld).',
    en: 'The day the party joined the agreement (default: the first day the agreement applies).',
  },
  'doc.agreement.parties.left': {
    nb: 'Den første dagen parten ikke lenger er med i avtalen; rotasjonene hopper over parten fra da.',
    nn: 'Den første dagen parten ikkje lenger er med i avtalen; rotasjonane hoppar over parten frå då.',
    en: 'The first day the party is no longer in the agreement; the rotations skip it from then.',
  },
  'doc.people.people.term': {
    nb: 'Perioden personen er valgt eller oppnevnt for («valgt for fire år»); samarbeid minner om den før den går ut.',
    nn: 'Perioden personen er vald eller oppnemnd for («vald for fire år»); samarbeid minner om han før han går ut.',
    en: 'The term the person is elected or appointed for ("elected for four years"); samarbeid reminds of it before it ends.',
  },
  'doc.people.people.term.from': {
    nb: 'Første dag i perioden.',
    nn: 'Første dagen i perioden.',
    en: 'The first day of the term.',
  },
  'doc.people.people.term.until': {
    nb: 'Siste dag i perioden: da må personen velges på nytt eller erstattes.',
    nn: 'Siste dagen i perioden: då må personen veljast på nytt eller erstattast.',
    en: 'The last day of the term: by then the person is to be reappointed or replaced.',
  },
};
