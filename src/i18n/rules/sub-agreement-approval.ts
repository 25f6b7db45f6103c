import type { Catalogue } from '../catalogue.js';

// The messages of rule sub-agreement-approval (src/rules/sub-agreement-approval.ts), which names them as its own.
export const subAgreementApprovalMessages = {
  'sub-agreement-approval.missing': {
    nb: 'Underavtalen «{id}» mangler godkjenning fra {party} (pkt. 5)',
    nn: 'Underavtalen «{id}» manglar godkjenning frå {party} (pkt. 5)',
    en: 'The sub-agreement "{id}" is not yet approved by {party} (clause 5)',
  },
} as const satisfies Catalogue;
