import { run } from './cli/program.js';
import { useTables } from './i18n/tables.js';
import { jsonTables } from './i18n/tables-json.js';
import { guardProcessOutput } from './output/emit.js';

export function main(argv: readonly string[]): void {
  // The texts the build wrote beside the bundle, one table per language (src/i18n/tables.ts).
  useTables(jsonTables);
  // Whatever any command writes passes the identity-number mask (src/output/emit.ts).
  guardProcessOutput();
  // A closed pipe (`samarbeid status | head`) is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void run(argv);
}
