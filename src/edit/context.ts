import type { CalendarDate } from '../dates.js';
import type { Lang } from '../i18n/catalogue.js';
import { lookUpGiven } from '../load/minutes-files.js';
import type { LoadedAgreement } from '../load/read-agreement.js';
import type { AgreementData } from '../model/index.js';
import type { MinutesLookup } from '../model/minutes-ref.js';
import { refused } from './change.js';
import { editFile, type FileEditor } from './file-edit.js';

/** What a record command plans from: the agreement as read, under the folder's lock. */
export interface RecordContext {
  /** The agreement folder (`record undo` finds its data by it). */
  dir: string;
  data: AgreementData;
  asOf: CalendarDate;
  /** The agreement's own language, for texts written into its files. */
  language: Lang;
  /** Every readable file's text, by path inside the folder. */
  texts: ReadonlyMap<string, string>;
  /** The file's text, or null when it does not exist. */
  text(file: string): string | null;
  edit(file: string): FileEditor;
  /**
   * What is at a path given for `minutes`, looked up now (src/load/minutes-files.ts); undefined for
   * a link. `suggested`: the path from the agreement folder, when the one given is from the
   * working folder.
   */
  minutesFile(value: string): { lookup: MinutesLookup | undefined; suggested: string | null };
}

export function recordContext(
  loaded: LoadedAgreement,
  data: AgreementData,
  asOf: CalendarDate,
  cwd: string = process.cwd(),
): RecordContext {
  const broken = new Set(loaded.findings.filter((f) => f.severity === 'error').map((f) => f.file));
  const text = (file: string): string | null => {
    const source = loaded.sources.get(file);
    if (!source) return null;
    // A file that could not be read, parsed or checked has no data to edit against.
    if (source.text === null || broken.has(source.display)) throw refused('edit.file-has-errors', { file });
    return source.text;
  };
  return {
    dir: loaded.dir,
    data,
    asOf,
    language: data.agreement.language ?? 'nb',
    texts: new Map(
      [...loaded.sources.values()].flatMap((s) => (s.text === null ? [] : [[s.file, s.text] as const])),
    ),
    text,
    edit(file) {
      const before = text(file);
      // A required file that is missing (people.yaml) is the agreement's error, not a bug.
      if (before === null) throw refused('edit.no-file', { file });
      return editFile(file, before);
    },
    minutesFile: (value) => lookUpGiven(loaded.dir, value, cwd),
  };
}
