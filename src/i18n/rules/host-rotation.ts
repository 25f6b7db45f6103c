import type { Catalogue } from '../catalogue.js';

// The messages of rule host-rotation (src/rules/host-rotation.ts), which names them as its own.
export const hostRotationMessages = {
  'host-rotation.repeat': {
    nb: '{host} var vertskap også for forrige møte i samme organ ({previous}); vertskapet skal gå på omgang (pkt. 4)',
    nn: '{host} var vertskap òg for førre møte i same organ ({previous}); vertskapet skal gå på omgang (pkt. 4)',
    en: '{host} also hosted the previous meeting of the same body ({previous}); hosting rotates (clause 4)',
  },
  'host-rotation.planned': {
    nb: 'Planlagt vertskap er {host}, men etter rotasjonen skal {expected} ha vertskapet',
    nn: 'Planlagt vertskap er {host}, men etter rotasjonen skal {expected} ha vertskapet',
    en: 'The planned host is {host}, but by rotation it is the turn of {expected}',
  },
  'host-rotation.no-host': {
    nb: '{meeting}: mangler vertskap («host»); rotasjonen trenger det',
    nn: '{meeting}: manglar vertskap («host»); rotasjonen treng det',
    en: '{meeting}: no host recorded; the rotation needs it',
  },
} as const satisfies Catalogue;
