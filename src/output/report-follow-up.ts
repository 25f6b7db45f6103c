import { textsOf } from '../i18n/index.js';
import type { AgreementReport } from '../report/model.js';
import { type Block, heading, paragraph, table } from './report-doc.js';
import { dated, missedWords } from './report-sections.js';
import type { Words } from './report-view.js';
import { responsibleWords } from './responsible.js';

export function groupsAndAfter(w: Words, r: AgreementReport): Block[] {
  const t = w.view.t;
  const out: Block[] = [heading(2, t('report.h-groups'))];
  if (r.groups.length === 0) out.push(paragraph(t('report.no-groups')));
  else
    out.push(
      table(
        textsOf(t, [
          'report.col-group',
          'report.col-leader',
          'report.col-cadence',
          'report.col-reports',
          'report.col-missed',
        ]),
        r.groups.map((g) => [
          g.name,
          w.names.who(g.leader),
          w.cadence(g.cadence),
          dated(
            g.reports.map((x) => x.date),
            w,
          ),
          missedWords(g, w),
        ]),
      ),
    );

  // SPEC section 14: each report with its summary.
  const reports = r.groups.flatMap((g) =>
    g.reports.map((x) => [g.name, w.date(x.date), x.summary ?? t('report.no-summary')]),
  );
  if (reports.length > 0)
    out.push(
      heading(3, t('report.h-group-reports')),
      table(textsOf(t, ['report.col-group', 'report.col-date', 'report.col-summary']), reports),
    );

  out.push(heading(2, t('report.h-sub-agreements')));
  if (r.subAgreements.length === 0) out.push(paragraph(t('report.no-sub-agreements')));
  else
    out.push(
      table(
        textsOf(t, [
          'report.col-sub-agreement',
          'report.col-status',
          'report.col-approved',
          'report.col-missing',
          'report.col-expires',
        ]),
        r.subAgreements.map((s) => [
          s.title,
          t(`report.sub.${s.status}`),
          s.approvedInPeriod
            ? t('report.adopted-in-period', { date: w.date(s.approvedOn) })
            : w.date(s.approvedOn),
          s.missing.length === 0 ? t('report.none') : w.list(s.missing.map((p) => w.names.party(p))),
          s.expiring ? t('report.expiring', { date: w.date(s.expires) }) : w.date(s.expires),
        ]),
      ),
    );

  out.push(heading(2, t('report.h-coming')));
  if (r.coming.length === 0) out.push(paragraph(t('report.no-coming')));
  else
    out.push(
      table(
        textsOf(t, ['report.col-due', 'report.col-what', 'report.col-responsible', 'report.col-status']),
        r.coming.map((c) => [
          w.date(c.deadline),
          w.view.render(c.title),
          responsibleWords(
            { named: c.named ?? undefined, host: c.host, kind: c.kind } as Parameters<
              typeof responsibleWords
            >[0],
            w.names,
            t,
          ),
          t(`state.${c.state}`),
        ]),
      ),
    );
  return out;
}
