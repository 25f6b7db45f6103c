import * as z from 'zod';
import { run } from './cli/program.js';

// zod compiles each object schema into a function on first use (new Function). At start-up that
// costs about 25 ms; on 200 agreements it saved nothing measurable (bench/, docs/performance.md).
z.config({ jitless: true });

export function main(argv: readonly string[]): void {
  // A closed pipe (`samarbeid status | head`) is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(argv);
}
