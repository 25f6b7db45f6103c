import type { Catalogue } from '../catalogue.js';

// The messages of rule roles (src/rules/roles.ts), which names them as its own.
export const rolesMessages = {
  'roles.form': {
    nb: 'Rollen «{role}» i organet {body} må ha nøyaktig én av «rotate», «fixed», «same» og «opposite»',
    nn: 'Rolla «{role}» i organet {body} må ha nøyaktig éin av «rotate», «fixed», «same» og «opposite»',
    en: 'Role "{role}" of {body} needs exactly one of rotate, fixed, same and opposite',
  },
  'roles.rotate-form': {
    nb: 'Rollen «{role}» i organet {body} går på omgang: skriv enten «every» og «from» (en periode) eller «per: meeting» (hvert møte)',
    nn: 'Rolla «{role}» i organet {body} går på omgang: skriv anten «every» og «from» (ein periode) eller «per: meeting» (kvart møte)',
    en: 'Role "{role}" of {body} rotates: give either every and from (a term) or per: meeting',
  },
  'roles.stray-key': {
    nb: '«{key}» hører bare til en rolle som går på omgang («rotate»)',
    nn: '«{key}» høyrer berre til ei rolle som går på omgang («rotate»)',
    en: '{key} belongs only to a rotating role (rotate)',
  },
  'roles.no-sides': {
    nb: 'Rollen «{role}» i organet {body} går på omgang mellom sider, men avtalen har ingen «sides»',
    nn: 'Rolla «{role}» i organet {body} går på omgang mellom sider, men avtalen har ingen «sides»',
    en: 'Role "{role}" of {body} rotates between sides, but the agreement has no sides',
  },
  'roles.unknown-member': {
    nb: '«{id}» er ikke en {kind} i avtalen',
    nn: '«{id}» er ikkje ein {kind} i avtalen',
    en: '"{id}" is not a {kind} of the agreement',
  },
  'roles.order-duplicate': {
    nb: '«{id}» står to ganger i rekkefølgen',
    nn: '«{id}» står to gonger i rekkjefølgja',
    en: '"{id}" is listed twice in the order',
  },
  'roles.unknown-role': {
    nb: '{body} har ingen annen rolle «{target}»',
    nn: '{body} har inga anna rolle «{target}»',
    en: '{body} has no other role "{target}"',
  },
  'roles.circle': {
    nb: 'Rollen «{role}» i organet {body} viser i ring til seg selv gjennom «same» eller «opposite»',
    nn: 'Rolla «{role}» i organet {body} viser i ring til seg sjølv gjennom «same» eller «opposite»',
    en: 'Role "{role}" of {body} refers back to itself through same or opposite',
  },
  'roles.opposite-sides': {
    nb: '«opposite» trenger nøyaktig to sider (eller to parter når avtalen ikke har sider); avtalen har {n}',
    nn: '«opposite» treng nøyaktig to sider (eller to partar når avtalen ikkje har sider); avtalen har {n}',
    en: 'opposite needs exactly two sides (or two parties when the agreement has no sides); the agreement has {n}',
  },
  'roles.secretariat-term': {
    nb: 'Sekretariatet går på omgang for en periode av gangen: skriv både «every» (lengden på perioden) og «from» (dagen den første begynner), ikke «per: meeting»',
    nn: 'Sekretariatet går på omgang for ein periode om gongen: skriv både «every» (lengda på perioden) og «from» (dagen den første byrjar), ikkje «per: meeting»',
    en: 'The secretariat rotates by term: give both every (the length of a term) and from (the day the first begins), not per: meeting',
  },
} as const satisfies Catalogue;
