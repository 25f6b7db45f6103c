// ical-generator folds ICS lines at 75 octets and measures each character with a new TextEncoder
// (`new TextEncoder().encode(i).length`): at 1,000 agreements that made `--format ics` four times
// slower than the rest of `calendar`. The bundle measures the octets of the character arithmetically
// instead: `i` is one UTF-16 code unit, or a surrogate pair (4 octets in UTF-8). A lone surrogate
// counts 3, as TextEncoder writes it as U+FFFD. tests/output/ics-fold-patch.test.ts checks that both
// agree on every code point; scripts/build.js fails if ical-generator's code no longer has the text.
export const ICAL_FOLD_FROM = 'new TextEncoder().encode(i).length';
export const ICAL_FOLD_TO = '(i.length>1?4:i<"\\x80"?1:i<"\\u0800"?2:3)';
export const ICAL_FILE = /ical-generator[\\/]dist[\\/]index\.mjs$/;
