import type { Message } from '../model/finding.js';

// SPEC section 15: an argument that names an existing path is a path, anything else a revision;
// what follows `--` is a path whatever it names. At most two revisions: BASE, then HEAD.

export type DiffArguments =
  | { ok: true; revisions: string[]; paths: string[] }
  | { ok: false; message: Message };

export function splitArguments(
  args: readonly string[],
  /** How many of `args` came after `--`. */
  afterDash: number,
  exists: (arg: string) => boolean,
): DiffArguments {
  const before = args.slice(0, args.length - afterDash);
  const revisions = before.filter((a) => !exists(a));
  const paths = [...before.filter(exists), ...args.slice(args.length - afterDash)];
  if (revisions.length > 2)
    return {
      ok: false,
      message: { id: 'diff.too-many-revisions', params: { revisions: revisions.join(' ') } },
    };
  return { ok: true, revisions, paths };
}
