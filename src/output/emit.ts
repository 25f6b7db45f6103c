import { maskIdentityNumbers } from '../identity/number.js';

// Clause 7 and SPEC section 7: no output prints a national identity number whole. Every formatter
// masks the data it renders before it escapes or folds it; this is the last step on the way out,
// run on the final text of everything the process writes to stdout and stderr (commander's help
// and errors, record's diffs and the other commands' messages included) and of every file written
// with --out. It sees what the reader will see, so no escape or fold can hide a number from it.

/** The final text of an output: identity numbers masked. */
export function outputText(text: string): string {
  return maskIdentityNumbers(text);
}

const decoder = new TextDecoder();

type Write = (chunk: unknown, ...rest: unknown[]) => boolean;

/** Makes every string or byte chunk written to the stream pass `outputText`. */
export function guardStream(stream: { write: Write } | NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as Write;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string') return write(outputText(chunk), ...rest);
    if (chunk instanceof Uint8Array) {
      const text = decoder.decode(chunk);
      const masked = outputText(text);
      return write(masked === text ? chunk : masked, ...rest);
    }
    return write(chunk, ...rest);
  }) as Write & NodeJS.WriteStream['write'];
}

/** Makes every write to stdout and stderr pass `outputText`; called once, at start-up. */
export function guardProcessOutput(): void {
  guardStream(process.stdout);
  guardStream(process.stderr);
}
