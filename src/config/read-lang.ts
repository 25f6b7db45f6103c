import { LANGS, type Lang } from '../i18n/catalogue.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readText } from '../load/read-text.js';
import type { ConfigPlace } from './locate-config.js';

/**
 * Only `lang` of the config, for status and remind, which report nothing about the config: the
 * YAML parser without zod, which their start-up on cached data does without. A config that
 * validate would refuse gives its language still, when that part is right.
 */
export function readConfigLang(place: ConfigPlace & { ok: true }): Lang | null {
  const read = readText(place.path, place.dir);
  if (!read.ok) return null;
  const parsed = parseYaml(read.text);
  const lang = (parsed.value as { lang?: unknown } | null)?.lang;
  return parsed.problems.length === 0 && (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : null;
}
