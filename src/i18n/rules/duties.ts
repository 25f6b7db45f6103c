import type { Catalogue } from '../catalogue.js';

// The messages of rule duties (src/rules/duties.ts), which names them as its own.
export const dutiesMessages = {
  'duties.unknown-body': {
    nb: 'Plikten {duty} skal gjøres i organet «{body}», men avtalen har ikke noe organ med den id-en',
    nn: 'Plikta {duty} skal gjerast i organet «{body}», men avtalen har ikkje noko organ med den id-en',
    en: 'Duty {duty} is to be done at body "{body}", but the agreement has no body with that id',
  },
  'duties.body-does-not-meet': {
    nb: 'Plikten {duty} skal gjøres i organet {body}, men organet har ingen møtefrekvens («meets»)',
    nn: 'Plikta {duty} skal gjerast i organet {body}, men organet har ingen møtefrekvens («meets»)',
    en: 'Duty {duty} is to be done at body {body}, but that body has no cadence ("meets")',
  },
  'duties.unknown-duty': {
    nb: '«{duty}» er ikke en plikt i governance.duties',
    nn: '«{duty}» er ikkje ei plikt i governance.duties',
    en: '"{duty}" is not a duty in governance.duties',
  },
  'duties.other-body': {
    nb: 'Vedtaket oppfyller plikten {duty}, men den skal gjøres i organet {body}, ikke i {other}',
    nn: 'Vedtaket oppfyller plikta {duty}, men ho skal gjerast i organet {body}, ikkje i {other}',
    en: 'The decision fulfils duty {duty}, but that duty is done at body {body}, not {other}',
  },
  'duties.entry-for-body': {
    nb: 'Plikten {duty} gjøres bare ved et vedtak på et møte som hører til {body} («fulfils»); denne oppføringen i duties.yaml teller ikke',
    nn: 'Plikta {duty} vert berre gjord ved eit vedtak på eit møte som høyrer til {body} («fulfils»); denne oppføringa i duties.yaml tel ikkje',
    en: 'Duty {duty} is done only by a decision of {body} ("fulfils"); this entry in duties.yaml does not count',
  },
  'duties.by-not-yearly': {
    nb: '«by» gjelder bare for «yearly» og «<n> per year»; organet {body} møtes «{meets}», så «by» blir ikke brukt',
    nn: '«by» gjeld berre for «yearly» og «<n> per year»; organet {body} møtest «{meets}», så «by» vert ikkje brukt',
    en: '"by" applies to "yearly" and "<n> per year" only; body {body} meets "{meets}", so "by" is not used',
  },
} as const satisfies Catalogue;
