// The text of tests/fixtures/minimal/agreement.yaml with other bodies: what a test lays over the
// minimal agreement (agreementWith, or a rule tester's `files`) when it is about a body's keys.
// `bodies` is the lines under `governance.bodies`, each indented four spaces; `governance` any
// lines of governance before them; `parties` what each party line adds (`, side: kommunane`).
export function minimalAgreement(
  bodies: string,
  o: { governance?: string; parties?: [string, string]; sides?: string } = {},
): string {
  const [a, b] = o.parties ?? ['', ''];
  return `schemaVersion: 1
id: minimal
title: Minimal avtale
parties:
  - { id: part-a, name: Part A${a} }
  - { id: part-b, name: Part B${b} }
${o.sides ?? ''}validity:
  from: 2025-01-01
governance:
${o.governance ?? ''}  bodies:
${bodies.endsWith('\n') ? bodies : `${bodies}\n`}`;
}
