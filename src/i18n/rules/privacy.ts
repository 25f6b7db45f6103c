import type { Catalogue } from '../catalogue.js';

// The messages of rule privacy (src/rules/privacy.ts), which names them as its own.
export const privacyMessages = {
  'privacy.identity-number': {
    nb: 'Ser ut som et fødselsnummer eller D-nummer ({masked}); slike opplysninger hører ikke hjemme her (pkt. 7)',
    nn: 'Ser ut som eit fødselsnummer eller D-nummer ({masked}); slike opplysningar høyrer ikkje heime her (pkt. 7)',
    en: 'Looks like a national identity number or D-number ({masked}); such data does not belong here (clause 7)',
  },
  'privacy.in-name': {
    nb: 'Navnet på {what} ser ut til å inneholde et fødselsnummer eller D-nummer ({masked}); gi den et annet navn (pkt. 7)',
    nn: 'Namnet på {what} ser ut til å innehalde eit fødselsnummer eller D-nummer ({masked}); gi ho eit anna namn (pkt. 7)',
    en: 'The name of {what} seems to hold a national identity number or D-number ({masked}); rename it (clause 7)',
  },
  'privacy.word.folder': { nb: 'avtalemappen', nn: 'avtalemappa', en: 'the agreement folder' },
  'privacy.word.file': { nb: 'filen', nn: 'fila', en: 'the file' },
} as const satisfies Catalogue;
