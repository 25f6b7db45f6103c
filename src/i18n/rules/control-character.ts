import type { Catalogue } from '../catalogue.js';

// The messages of rule control-character (src/rules/control-character.ts), which names them as its own.
export const controlCharacterMessages = {
  'control-character.found': {
    nb: 'Teksten inneholder et kontrolltegn ({code}) som kan skjule eller endre det som vises; fjern det',
    nn: 'Teksten inneheld eit kontrollteikn ({code}) som kan skjule eller endre det som vert vist; fjern det',
    en: 'The text holds a control character ({code}) that can hide or change what is shown; remove it',
  },
} as const satisfies Catalogue;
