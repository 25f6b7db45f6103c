// Data text reaches terminals, CI logs and documents. These functions make sure it is shown, never
// obeyed: no escape sequences, no bidirectional overrides, no line breaks inside a line.

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => `\\u{${c.codePointAt(0)?.toString(16)}}`;

/** For one line of terminal text: control characters are shown as \u{…}, tabs and newlines as spaces. */
export function terminalSafe(text: string): string {
  return text.replace(/[\t\n]/g, ' ').replace(CONTROL, visible);
}
