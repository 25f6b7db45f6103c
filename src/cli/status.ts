import type { Command } from 'commander';
import { type GlobalOptions, parseAsOf } from './context.js';
import { openWorkspace } from './load.js';

// Interim: lists agreements and their validity until the obligation engine lands.
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('show what is due, overdue and planned')
    .argument('[paths...]', 'agreement folders or workspaces', [])
    .option('--as-of <date>', 'as of this date (YYYY-MM-DD); default: today in Europe/Oslo')
    .action((paths: string[], _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<GlobalOptions & { asOf?: string }>();
      const asOf = parseAsOf(options.asOf);
      const workspace = openWorkspace(paths);
      for (const a of workspace.agreements) {
        const v = a.data?.agreement.validity;
        process.stdout.write(
          `${a.display}: ${a.data?.agreement.title ?? a.id} (${v?.from ?? '?'} – ${v?.until ?? ''}) as of ${asOf}\n`,
        );
      }
    });
}
