import type { Catalogue } from '../catalogue.js';

// The messages of rule stale-planned (src/rules/stale-planned.ts), which names them as its own.
export const stalePlannedMessages = {
  'stale-planned.meeting': {
    nb: '{meeting}: står fortsatt som planlagt; registrer møtet som holdt eller avlyst',
    nn: '{meeting}: står framleis som planlagt; registrer møtet som halde eller avlyst',
    en: '{meeting}: still planned; record it as held or cancelled',
  },
} as const satisfies Catalogue;
