// Writes N realistic, valid agreement folders: parties, people, working groups with reports,
// action plans with measures, about 50 meetings over five years, a sub-agreement, evaluations.
// Usage: node bench/generate.js N OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n) => String(n).padStart(2, '0');

function agreement(i) {
  const a = `part-a-${i}`;
  const b = `part-b-${i}`;
  return `schemaVersion: 1
id: avtale-${i}
title: "Samarbeidsavtale nr. ${i} mellom Nav og fylkeskommunen"
language: nb
parties:
  - { id: ${a}, name: Nav område ${i} }
  - { id: ${b}, name: Fylkeskommune ${i} }
validity:
  from: 2021-01-01
  until: null
purposes: [Flere skal fullføre utdanning, Varig tilknytning til arbeidslivet]
areas:
  - { id: opplaering, title: Opplæring }
  - { id: kompetanse, title: Kompetanse }
  - { id: veiledning, title: Veiledning }
governance:
  bodies:
    top: { name: Toppledernivå, meets: yearly, host: rotate }
    middle: { name: Mellomledernivå, meets: every 4 months, host: secretariat, adopts: true }
    committee: { name: Samarbeidsutvalget, meets: null, host: secretariat }
  workingGroups: { reporting: every 4 months }
  evaluation: { agreement: yearly, actionPlans: every 12 months }
  remindDaysBefore: 30
  noticeDays: 14
`;
}

function people(i) {
  const [a, b] = [`part-a-${i}`, `part-b-${i}`];
  const roles = ['kontakt', 'sekretariat', 'leder-1', 'leder-2', 'leder-3', 'radgiver'];
  const list = roles.flatMap((r) => [
    `  - { id: ${r}-a, party: ${a}, role: "Rolle ${r}" }`,
    `  - { id: ${r}-b, party: ${b}, role: "Rolle ${r}" }`,
  ]);
  return `schemaVersion: 1
people:
${list.join('\n')}
contacts:
  ${a}: kontakt-a
  ${b}: kontakt-b
secretariat: [sekretariat-a, sekretariat-b]
committee:
  members: [sekretariat-a, sekretariat-b, leder-1-a, leder-2-b, leder-3-a]
`;
}

function workingGroups() {
  const groups = [
    ['gruppe-1', 'leder-1-a', 'radgiver-b', 'opplaering'],
    ['gruppe-2', 'leder-2-b', 'radgiver-a', 'kompetanse'],
    ['gruppe-3', 'leder-3-a', 'radgiver-b', 'veiledning'],
  ];
  const reports = [
    '2022-05-01',
    '2022-09-01',
    '2023-01-02',
    '2023-05-01',
    '2023-09-01',
    '2024-01-02',
    '2024-05-01',
    '2024-09-02',
  ];
  return `schemaVersion: 1
workingGroups:
${groups
  .map(
    ([id, leader, member, area]) => `  - id: ${id}
    name: Arbeidsgruppe ${id}
    area: ${area}
    leader: ${leader}
    members: [${leader}, ${member}]
    established: { date: 2021-01-01, meeting: 2021-01-01-middle }
    reports:
${reports.map((d) => `      - { date: ${d}, summary: Status }`).join('\n')}`,
  )
  .join('\n')}
`;
}

function meetingsOfYear(year, i, minutes) {
  const out = [];
  const host = (y) => ((y + i) % 2 === 0 ? `part-a-${i}` : `part-b-${i}`);
  for (let n = 0; n < 10; n++) {
    const month = n + 1;
    const body = n === 9 ? 'top' : n % 3 === 0 ? 'middle' : 'committee';
    const date = `${year}-${pad(month)}-${n === 0 ? '01' : pad(3 + n)}`;
    // Minutes recorded, as a well-kept secretariat does; a history brought in without them makes
    // rule minutes-missing warn of every meeting (issue 29: what such a secretariat has).
    const lines = [`  - id: ${date}-${body}`, `    body: ${body}`, `    date: ${date}`, '    status: held'];
    if (minutes) lines.push(`    minutes: https://example.org/referater/${date}-${body}.pdf`);
    if (body === 'top') lines.push(`    host: ${host(year)}`);
    if (n % 3 === 0) {
      lines.push('    decisions:', `      - { id: vedtak-${n}, text: "Vedtak ${n} i ${year}" }`);
      lines.push(
        '    actions:',
        `      - { id: tiltak-${n}, text: Oppfølging, owner: sekretariat-a, due: ${year}-12-20, done: ${year}-12-01 }`,
      );
    }
    out.push(lines.join('\n'));
  }
  return `schemaVersion: 1\nmeetings:\n${out.join('\n')}\n`;
}

function actionPlan(n) {
  const measures = Array.from(
    { length: 5 },
    (_, m) =>
      `  - { id: tiltak-${m}, title: "Tiltak ${m}", area: opplaering, responsible: radgiver-a, due: 2024-0${m + 1}-15, done: ${m % 2 ? 'null' : `2024-0${m + 1}-10`} }`,
  );
  return `schemaVersion: 1
id: plan-${n}
title: Handlingsplan ${n}
owner: committee
status: adopted
adopted: { date: 2021-01-01, meeting: 2021-01-01-middle }
evaluations:
  - { date: 2023-01-02, meeting: 2023-01-01-middle, summary: Evaluert }
  - { date: 2024-01-02, summary: Evaluert }
measures:
${measures.join('\n')}
`;
}

/** Bumped when the generated files change, so that bench/run.js makes its workspaces again. */
export const GENERATOR_VERSION = 3;

/** The layouts of bench/run.js: `minutes: false`, every meeting without its minutes; `regions`, agreements in region folders of 50. */
export function generate(n, out, { minutes = true, regions = false } = {}) {
  for (let i = 0; i < n; i++) {
    const dir = regions ? join(out, `region-${Math.floor(i / 50)}`, `avtale-${i}`) : join(out, `avtale-${i}`);
    mkdirSync(join(dir, 'meetings'), { recursive: true });
    mkdirSync(join(dir, 'action-plans'), { recursive: true });
    writeFileSync(join(dir, 'agreement.yaml'), agreement(i));
    writeFileSync(join(dir, 'people.yaml'), people(i));
    writeFileSync(join(dir, 'working-groups.yaml'), workingGroups());
    for (const year of [2021, 2022, 2023, 2024, 2025])
      writeFileSync(join(dir, 'meetings', `${year}.yaml`), meetingsOfYear(year, i, minutes));
    for (const p of [1, 2]) writeFileSync(join(dir, 'action-plans', `plan-${p}.yaml`), actionPlan(p));
    writeFileSync(
      join(dir, 'sub-agreements.yaml'),
      `schemaVersion: 1\nsubAgreements:\n  - { id: deling, title: Deling, area: opplaering, approvals: [{ party: part-a-${i}, date: 2023-03-01 }, { party: part-b-${i}, date: 2023-03-02 }] }\n`,
    );
    writeFileSync(
      join(dir, 'evaluations.yaml'),
      `schemaVersion: 1\nevaluations:\n${[2022, 2023, 2024, 2025].map((y) => `  - { date: ${y}-12-10, summary: Årsrapport ${y} }`).join('\n')}\n`,
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const [n, out] = [
    Number(process.argv[2] ?? 100),
    process.argv[3] ?? `bench/out/ws-${process.argv[2] ?? 100}`,
  ];
  generate(n, out);
  console.log(`wrote ${n} agreements to ${out}`);
}
