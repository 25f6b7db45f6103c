import { statSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { locateConfig } from '../config/locate-config.js';
import type { WorkspaceConfig } from '../config/read-config.js';
import type { Lang } from '../i18n/catalogue.js';
import { LANGS } from '../i18n/catalogue.js';
import { CONFIG_NAMES, findRoot, type Root } from '../load/find-root.js';
import { displayPath } from '../load/read-agreement.js';
import type { Workspace } from '../load/workspace.js';
import type { Finding, Message } from '../model/finding.js';
import { openWorkspace } from './load.js';
import { UsageError } from './usage-error.js';

export interface Opened {
  workspace: Workspace;
  /** The workspace config (samarbeid.yaml) when there is one above the agreements; read only when `full`. */
  config: WorkspaceConfig | null;
  /** What is wrong with the config file itself: validate reports these. */
  configFindings: Finding[];
  lang: Lang;
  /** The files named on the command line, absolute; null when only folders were named. */
  files: ReadonlySet<string> | null;
  /** Said on stderr when no path was given and the agreements were found above the working folder. */
  notice: Message | null;
}

export interface OpenOptions {
  lang?: string;
  /** false with --no-cache. */
  cache?: boolean;
}

/** --lang, else the language all the agreements share, else nb. */
export function pickLang(
  option: string | undefined,
  agreementLangs: ReadonlyArray<string | null | undefined>,
): Lang {
  if (option && (LANGS as readonly string[]).includes(option)) return option as Lang;
  const langs = new Set(agreementLangs.map((l) => l ?? 'nb'));
  const [only] = langs;
  return langs.size === 1 && only && (LANGS as readonly string[]).includes(only) ? (only as Lang) : 'nb';
}

/** The folder that holds every one of `dirs` (absolute). */
function commonFolder(dirs: readonly string[], fallback: string): string {
  const [first, ...rest] = dirs;
  if (first === undefined) return fallback;
  let common = first;
  for (const dir of rest)
    while (dir !== common && !dir.startsWith(common.endsWith(sep) ? common : common + sep))
      common = dirname(common);
  return common;
}

const isConfigFile = (path: string) =>
  (CONFIG_NAMES as readonly string[]).includes(basename(path)) &&
  statSync(path, { throwIfNoEntry: false })?.isFile() === true;

function namedFiles(paths: readonly string[], cwd: string): Set<string> | null {
  const files = paths.flatMap((given) => {
    const path = resolve(cwd, given);
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === false ? [path] : [];
  });
  return files.length > 0 ? new Set(files) : null;
}

/**
 * The agreements a command works on, the workspace config and the language. `full` (validate):
 * the config is checked and its findings returned; otherwise only its `lang` is read. With no path, the
 * nearest agreement folder or workspace root at or above the working folder, as git finds its
 * root; when that is above, `notice` says which (the command says it on stderr; stdout stays its output).
 */
export async function openFor(
  paths: readonly string[],
  options: OpenOptions,
  { full = false, cwd = process.cwd() }: { full?: boolean; cwd?: string } = {},
): Promise<Opened> {
  let root: Root | null = null;
  // A config file named (pre-commit passes it when it changed) is checked as the config.
  const configs = paths.filter((p) => isConfigFile(resolve(cwd, p)));
  let used = paths.filter((p) => !configs.includes(p));
  if (paths.length === 0) {
    root = findRoot(cwd);
    if (root && root.dir !== resolve(cwd)) used = [root.dir];
    else root = null;
  }
  const workspace: Workspace =
    used.length === 0 && configs.length > 0
      ? { agreements: [], known: [] }
      : await openWorkspace(used, { cache: options.cache, cwd });
  const from = commonFolder(
    workspace.agreements.length > 0
      ? workspace.agreements.map((a) => a.dir)
      : configs.map((p) => dirname(resolve(cwd, p))),
    resolve(cwd),
  );
  let config: WorkspaceConfig | null = null;
  let configFindings: Finding[] = [];
  let configLang: Lang | null = null;
  const place = locateConfig(from, cwd);
  if (place && !place.ok) throw new UsageError(place.message);
  // The YAML parser (and for validate zod) are loaded only when there is a config file to read.
  if (place && full) {
    const { readConfig } = await import('../config/read-config.js');
    const read = readConfig(from, cwd);
    if (read && !read.ok) throw new UsageError(read.message);
    if (read) ({ config, findings: configFindings } = read);
    configLang = config?.lang ?? null;
  } else if (place && options.lang === undefined) {
    const { readConfigLang } = await import('../config/read-lang.js');
    configLang = readConfigLang(place);
  }
  const lang = pickLang(
    options.lang ?? configLang ?? undefined,
    workspace.agreements.map((a) => a.data?.agreement.language),
  );
  const notice: Message | null = root
    ? {
        id: root.kind === 'agreement' ? 'cli.using-agreement' : 'cli.using-workspace',
        params: { path: displayPath(root.dir, cwd) },
      }
    : null;
  return { workspace, config, configFindings, lang, files: namedFiles(paths, cwd), notice };
}
