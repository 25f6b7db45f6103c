import { basename } from 'node:path';
import type { CalendarDate } from '../dates.js';
import { minutesFilesOf } from '../load/minutes-files.js';
import { placeFinding } from '../load/place-finding.js';
import type { Workspace } from '../load/workspace.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { runRules } from '../rules/index.js';

/** Every finding of every agreement: loading, schema and rules, placed and sorted. */
export function checkWorkspace(workspace: Workspace, asOf: CalendarDate): Finding[] {
  return workspace.agreements
    .flatMap((loaded) => {
      const texts = [...loaded.sources.values()].flatMap((s) =>
        s.text === null ? [] : [{ file: s.file, text: s.text }],
      );
      const ruleFindings = runRules({
        data: loaded.data,
        texts,
        asOf,
        workspace: workspace.known,
        folder: { display: loaded.display, name: basename(loaded.dir) },
        files: [...loaded.sources.keys()],
        // Looked up now, on every check, never from the cache (src/load/minutes-files.ts).
        minutesFiles: minutesFilesOf(loaded.dir, loaded.data),
      });
      return [
        ...loaded.findings,
        ...ruleFindings.map((f) => placeFinding(loaded.sources, loaded.display, f)),
      ];
    })
    .sort(compareFindings);
}
