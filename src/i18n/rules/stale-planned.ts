import type { Catalogue } from '../catalogue.js';

// The messages of rule stale-planned (src/rules/stale-planned.ts), which names them as its own.
export const stalePlannedMessages = {
  'stale-planned.meeting': {
    nb: 'Møtet {id} ({date}) står fortsatt som planlagt; registrer det som holdt eller avlyst',
    nn: 'Møtet {id} ({date}) står framleis som planlagt; registrer det som halde eller avlyst',
    en: 'Meeting {id} ({date}) is still planned; record it as held or cancelled',
  },
} as const satisfies Catalogue;
