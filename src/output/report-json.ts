import type { AgreementReport } from '../report/model.js';
import { jsonText } from './json-text.js';
import type { ReportView } from './report-view.js';

// A public interface like status's JSON: ids, ISO dates and codes, the same in every language;
// only the titles of what falls due are rendered, as status renders its obligations' titles.
export function reportJson(view: ReportView): string {
  const agreements = view.entries.map(({ path, report }) => {
    if (!report) return { id: null, path, state: 'invalid' };
    const { coming, bodies, groups, ...rest }: AgreementReport = report;
    return {
      ...rest,
      // A cadence as the agreement writes it (`2/year`), the public form.
      bodies: bodies.map((b) => ({ ...b, cadence: b.cadence?.text ?? null })),
      groups: groups.map((g) => ({ ...g, cadence: g.cadence?.text ?? null })),
      coming: coming.map((c) => ({ ...c, title: view.render(c.title) })),
    };
  });
  return jsonText({ from: view.period.from, to: view.period.to, agreements });
}
