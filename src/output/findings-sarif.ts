import { maskIdentityNumbers } from '../identity/number.js';
import { RULE_CODES } from '../rules/codes.js';
import { VERSION } from '../version.js';
import type { FindingsView } from './findings-text.js';
import { fingerprints } from './fingerprint.js';
import { jsonText } from './json-text.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
// The package's page: the project names no repository address of its own.
const INFORMATION_URI = 'https://www.npmjs.com/package/samarbeid';

// A path as SARIF wants it: a relative URI reference, forward slashes, each segment percent-encoded.
// Masked before it is encoded, as a viewer shows it decoded: `sak%20` and eleven digits would
// otherwise be one run of thirteen digits to the mask, and a number to whoever reads the path.
const uriOf = (file: string) => maskIdentityNumbers(file).split('/').map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0): one run, every rule code samarbeid has in
 * tool.driver.rules (English descriptions), a result per finding with its message in the
 * language of the run. Paths are relative to the working folder, given as %SRCROOT%.
 */
export function findingsSarif(view: FindingsView): string {
  const index = new Map(RULE_CODES.map((r, i) => [r.id, i]));
  const prints = fingerprints(view.findings);
  const results = view.findings.map((f, i) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: f.severity,
    message: { text: view.render(f) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { 'samarbeid/v1': prints[i] },
  }));
  return jsonText({
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'samarbeid',
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: RULE_CODES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.severity },
            })),
          },
        },
        results,
      },
    ],
  });
}
