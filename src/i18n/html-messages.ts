import type { Catalogue } from './catalogue.js';

// Texts of the HTML documents (status and reminders for e-mail); the rest they share with the text
// and Markdown views. An e-mail has no command line: no hints about options here.
export const htmlMessages = {
  'html.status-caption': {
    nb: 'Forpliktelser, de som haster mest, først',
    nn: 'Plikter, dei som hastar mest, først',
    en: 'Obligations, most urgent first',
  },
  'html.done-folded': {
    nb: '{n} {n|utført forpliktelse er ikke tatt med|utførte forpliktelser er ikke tatt med}.',
    nn: '{n} {n|utført plikt er ikkje teken med|utførte plikter er ikkje tekne med}.',
    en: '{n} {n|done obligation is left out|done obligations are left out}.',
  },
} as const satisfies Catalogue;
