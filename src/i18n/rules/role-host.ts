import type { Catalogue } from '../catalogue.js';

// The messages of rule role-host (src/rules/role-host.ts), which names them as its own.
export const roleHostMessages = {
  'role-host.other': {
    nb: 'Vertskapet er {host}, men etter rollen «host» skal {expected} ha vertskapet {date}',
    nn: 'Vertskapet er {host}, men etter rolla «host» skal {expected} ha vertskapet {date}',
    en: 'The host is {host}, but by the host role it is the turn of {expected} on {date}',
  },
} as const satisfies Catalogue;
