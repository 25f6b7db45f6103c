import { run } from './cli/program.js';

export function main(argv: readonly string[]): void {
  // A closed pipe (`samarbeid status | head`) is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(argv);
}
