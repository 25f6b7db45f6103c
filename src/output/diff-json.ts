import type { Revision } from '../app/diff.js';
import type { Finding } from '../model/finding.js';
import type { DiffView } from './diff-lines.js';
import { jsonText } from './json-text.js';

// A public interface (README, "## diff"): the field names and their order are fixed; codes (change,
// state, rule) are not translated; texts (titles, messages) are in the language of the run.

const revision = (r: Revision) => ({ name: r.name, commit: r.commit, workingTree: r.commit === null });

const finding = (f: Finding, view: DiffView) => ({
  rule: f.rule,
  severity: f.severity,
  file: f.file,
  line: f.line,
  message: view.render(f.message),
});

export function diffJson(view: DiffView): string {
  const { result } = view;
  return jsonText({
    asOf: result.asOf,
    base: revision(result.base),
    head: revision(result.head),
    agreements: result.changes.agreements.map((a) => ({
      ...a,
      obligations: a.obligations.map((o) => ({ ...o, title: view.render(o.title) })),
    })),
    findings: {
      added: result.changes.findings.added.map((f) => finding(f, view)),
      resolved: result.changes.findings.resolved.map((f) => finding(f, view)),
    },
  });
}
