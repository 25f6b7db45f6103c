import type { Finding } from '../model/finding.js';
import type { FindingsView } from './findings-text.js';
import { jsonText } from './json-text.js';

// A public interface (SPEC section 6): keep the field names and their order stable.
export function findingsJson(view: FindingsView): string {
  const findings = view.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    rule: f.rule,
    severity: f.severity,
    message: view.render(f),
  }));
  const errors = view.findings.filter((f: Finding) => f.severity === 'error').length;
  return jsonText({ findings, errors, warnings: findings.length - errors });
}
