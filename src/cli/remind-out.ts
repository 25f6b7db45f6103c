import { join } from 'node:path';
import { userFolder, writeBelow } from '../edit/safe-write.js';
import { outFileProblem, outFolderProblem } from '../load/out-target.js';
import { UsageError, writing } from './context.js';

export interface OutFile {
  /** The agreement's id: the file's name. */
  id: string;
  /** The agreement folder as shown, to name both when two share an id. */
  folder: string;
  /** Text, or the bytes of a binary format (DOCX). */
  text: () => string | Uint8Array;
}

/**
 * Writes one file per agreement into `dir`. Everything that would stop a file is found first, so
 * that a refusal leaves nothing half written: two agreements with one id (the second would
 * overwrite the first), an output folder that is a file, and targets that are not regular files.
 */
export function writeOutFiles(dir: string, extension: string, files: readonly OutFile[]): string[] {
  const byId = new Map<string, OutFile>();
  for (const file of files) {
    const first = byId.get(file.id);
    if (first)
      throw new UsageError({
        id: 'files.out-same-id',
        params: { id: file.id, first: first.folder, second: file.folder },
      });
    byId.set(file.id, file);
  }
  const folderProblem = outFolderProblem(dir, dir);
  if (folderProblem) throw new UsageError(folderProblem);
  const paths = files.map((f) => join(dir, `${f.id}.${extension}`));
  for (const path of paths) {
    const problem = outFileProblem(path);
    if (problem) throw new UsageError(problem);
  }
  const root = writing(dir, () => userFolder(dir));
  files.forEach((file, i) => {
    const path = paths[i]!;
    writing(path, () => writeBelow(root, `${file.id}.${extension}`, file.text()));
  });
  return paths;
}
