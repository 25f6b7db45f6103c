import type { FindingsView } from './findings-text.js';
import { fingerprints } from './fingerprint.js';
import { jsonText } from './json-text.js';

// GitLab Code Quality (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"): an
// array of issues. An error blocks, so it is major; a warning is minor.
const SEVERITY = { error: 'major', warning: 'minor' } as const;

export function findingsGitlab(view: FindingsView): string {
  const prints = fingerprints(view.findings);
  return jsonText(
    view.findings.map((f, i) => ({
      type: 'issue',
      check_name: f.rule,
      description: view.render(f),
      fingerprint: prints[i],
      severity: SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.line } },
    })),
  );
}
