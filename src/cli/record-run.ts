import { createTwoFilesPatch } from 'diff';
import { applyChange } from '../edit/apply.js';

export { planDone, planEvaluation, planReport } from '../edit/record-follow-up.js';
export { planMeeting } from '../edit/record-meeting.js';

import type { Planned } from '../edit/change.js';
import { render } from '../i18n/index.js';
import { loadAgreement } from '../load/load-agreement.js';
import type { AgreementData } from '../model/index.js';
import { findingsFormatters } from '../output/findings.js';
import { checkWorkspace } from './check.js';
import {
  type GlobalOptions,
  makeChalk,
  parseAsOf,
  pickLang,
  translator,
  UsageError,
  writing,
} from './context.js';
import { openWorkspace } from './load.js';

export interface RecordCommon extends GlobalOptions {
  asOf?: string;
  dryRun?: boolean;
}

/**
 * Every record command: load the one agreement, plan the edit, validate the agreement as it would
 * be after it, and write only if that has no errors and the file has not changed meanwhile.
 */
export async function runRecord(
  folder: string,
  options: RecordCommon,
  plan: (data: AgreementData, texts: ReadonlyMap<string, string>) => Planned,
): Promise<void> {
  const asOf = parseAsOf(options.asOf);
  const workspace = await openWorkspace([folder], { cache: options.cache });
  const [loaded] = workspace.agreements;
  if (!loaded || workspace.agreements.length !== 1)
    throw new UsageError({ id: 'edit.one-agreement', params: { path: folder } });
  const lang = pickLang(options.lang, [loaded.data?.agreement.language]);
  const t = translator(lang);
  const chalk = makeChalk(options);
  const report = (findings: ReturnType<typeof checkWorkspace>) =>
    process.stdout.write(
      findingsFormatters.text({ findings, agreements: 1, render: (f) => render(f.message, lang), t }, chalk),
    );

  if (!loaded.data) {
    report(checkWorkspace(workspace, asOf));
    process.stderr.write(`samarbeid: ${t('edit.nothing-written')}\n`);
    process.exitCode = 1;
    return;
  }
  const texts = new Map(
    [...loaded.sources.values()].flatMap((s) => (s.text === null ? [] : [[s.file, s.text] as const])),
  );
  const planned = plan(loaded.data, texts);
  if (!planned.ok) throw new UsageError(planned.message);
  const { change } = planned;

  const after = loadAgreement(loaded.dir, process.cwd(), new Map([[change.file, change.after]]));
  const findings = checkWorkspace({ agreements: [after], known: workspace.known }, asOf);
  if (findings.some((f) => f.severity === 'error')) {
    report(findings);
    process.stderr.write(`samarbeid: ${t('edit.nothing-written')}\n`);
    process.exitCode = 1;
    return;
  }
  if (options.dryRun) {
    process.stdout.write(
      createTwoFilesPatch(`a/${change.file}`, `b/${change.file}`, change.before ?? '', change.after),
    );
    return;
  }
  const applied = writing(change.file, () => applyChange(loaded.dir, change));
  if (!applied.ok) {
    process.stderr.write(`samarbeid: ${t('edit.changed-on-disk', { file: change.file })}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${render(change.summary, lang)}\n`);
}
