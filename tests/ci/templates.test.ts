import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT } from '../helpers.js';

// The CI templates in docs/ci/ are checked against the published JSON Schemas of their formats
// (vendored in tests/ci/schemas/, see its README), and their shell steps are run against a copy
// of the example data with the built CLI on PATH.

type Doc = Record<string, unknown>;
const template = (name: string): Doc => parse(readFileSync(join(ROOT, 'docs', 'ci', name), 'utf8')) as Doc;
const github = template('github-workflow.yml');
const gitlab = template('gitlab-ci.yml');

function schema(name: string): ValidateFunction {
  // The schemas use editor keywords (markdownDescription, deprecationMessage) that ajv's strict
  // mode refuses; formats (uri, regex, date-time) are checked.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'tests', 'ci', 'schemas', name), 'utf8')));
}
const githubSchema = schema('github-workflow.json');
const gitlabSchema = schema('gitlab-ci.json');

interface Job {
  steps?: Array<{ name?: string; uses?: string; run?: string; with?: Doc }>;
  if?: string;
  script?: string[];
  rules?: Array<Doc>;
  artifacts?: Doc;
}
const ghJobs = github.jobs as Record<string, Job>;
const glJobs = gitlab as unknown as Record<string, Job>;
const INSTALL = 'npm install --global --no-audit --no-fund "$SAMARBEID"';

describe('the templates match the published schemas', () => {
  it('docs/ci/github-workflow.yml is a valid GitHub workflow (SchemaStore github-workflow.json)', () => {
    expect(githubSchema(github), JSON.stringify(githubSchema.errors)).toBe(true);
  });

  it('docs/ci/gitlab-ci.yml is a valid .gitlab-ci.yml (GitLab ci.json)', () => {
    expect(gitlabSchema(gitlab), JSON.stringify(gitlabSchema.errors)).toBe(true);
  });

  it('the schemas refuse what GitHub and GitLab refuse (a misspelt key, a wrong type)', () => {
    expect(
      githubSchema({ ...github, jobs: { validate: { ...ghJobs.validate, 'run-on': 'ubuntu-24.04' } } }),
    ).toBe(false);
    expect(
      gitlabSchema({ ...gitlab, validate: { ...glJobs.validate, script: 'x', artifacts: { reprts: {} } } }),
    ).toBe(false);
  });
});

describe('what the templates promise', () => {
  it('pin samarbeid to a tag or commit and Node.js to an exact version', () => {
    const pin = /^git\+https:\/\/\S+\.git#(v\d+\.\d+\.\d+|[0-9a-f]{40})$/;
    expect((github.env as Doc).SAMARBEID).toMatch(pin);
    expect((github.env as Doc).NODE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    const vars = gitlab.variables as Doc;
    expect(String(vars.SAMARBEID).replace('$SAMARBEID_VERSION', String(vars.SAMARBEID_VERSION))).toMatch(pin);
    expect((gitlab.default as Doc).image).toMatch(/^node:\d+\.\d+\.\d+-bookworm$/);
  });

  it('keep the npm cache between runs, keyed by the pinned version', () => {
    for (const job of Object.values(ghJobs)) {
      const cache = job.steps?.find((s) => s.uses?.startsWith('actions/cache@'));
      expect(cache?.with).toEqual({
        path: '~/.npm',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
        key: 'samarbeid-npm-${{ runner.os }}-${{ env.SAMARBEID }}',
      });
    }
    expect((gitlab.default as Doc).cache).toEqual({
      key: 'samarbeid-npm-$SAMARBEID_VERSION',
      paths: ['.npm/'],
    });
    expect((gitlab.variables as Doc).npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
  });

  it('validate on push and pull/merge requests, with annotations and a Code Quality report', () => {
    expect(Object.keys(github.on as Doc)).toEqual(['push', 'pull_request', 'schedule', 'workflow_dispatch']);
    expect(ghJobs.validate?.steps?.map((s) => s.run).filter(Boolean)).toEqual([
      INSTALL,
      'samarbeid validate . --format github',
    ]);
    expect(glJobs.validate?.script?.[0]).toBe(
      'samarbeid validate . --format gitlab > gl-code-quality-report.json || true',
    );
    expect(glJobs.validate?.artifacts).toMatchObject({
      reports: { codequality: 'gl-code-quality-report.json' },
    });
  });

  it('fail on overdue only in the weekday schedule, never on a push', () => {
    expect((github.on as { schedule: Array<{ cron: string }> }).schedule).toEqual([{ cron: '0 5 * * 1-5' }]);
    const withFailOn = (steps: string[]) => steps.filter((s) => s.includes('--fail-on'));
    expect(withFailOn(ghJobs.validate!.steps!.map((s) => s.run ?? ''))).toEqual([]);
    expect(withFailOn(glJobs.validate!.script!)).toEqual([]);
    expect(ghJobs.daily?.if).toBe(
      "github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'",
    );
    expect(glJobs.daily?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    expect(glJobs.validate?.rules?.[0]).toEqual({ if: '$CI_PIPELINE_SOURCE == "schedule"', when: 'never' });
    // Last, so that the summary and the reminders are there on a red run too.
    expect(ghJobs.daily?.steps?.at(-1)?.run).toBe('samarbeid status . --fail-on overdue');
    expect(glJobs.daily?.script?.at(-1)).toBe('samarbeid status . --fail-on overdue');
    const upload = ghJobs.daily?.steps?.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'reminders', path: 'reminders/' });
    expect(glJobs.daily?.artifacts).toMatchObject({ when: 'always', paths: ['status.md', 'reminders/'] });
  });
});

// ---- running the steps ----

/**
 * A workspace like a data repository's root (the example agreements), and a folder with a
 * `samarbeid` that runs this checkout's built CLI. The shim adds `--as-of 2026-11-22` to status,
 * remind and validate, so that what the steps produce does not depend on the day the test runs.
 */
function workspace(): { cwd: string; path: string; summary: string } {
  const dir = mkdtempSync(join(tmpdir(), 'samarbeid-ci-'));
  const cwd = join(dir, 'repo');
  cpSync(join(ROOT, 'data'), cwd, { recursive: true });
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const shim = join(bin, 'samarbeid');
  writeFileSync(
    shim,
    `#!/bin/sh\ncase "$1" in status|remind|validate) set -- "$@" --as-of 2026-11-22 ;; esac\nexec "${process.execPath}" "${BIN}" "$@"\n`,
  );
  chmodSync(shim, 0o755);
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '');
  return { cwd, path: `${bin}${delimiter}${process.env.PATH ?? ''}`, summary };
}

/** Runs one step as the runners do (bash, errexit and pipefail); the install step is not run. */
function step(script: string, ws: ReturnType<typeof workspace>, env: Doc = {}) {
  const vars = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: ws.cwd,
    encoding: 'utf8',
    env: { ...process.env, ...vars, PATH: ws.path, GITHUB_STEP_SUMMARY: ws.summary },
  });
}

function runAll(scripts: string[], ws: ReturnType<typeof workspace>, env: Doc = {}) {
  return scripts.filter((s) => s !== INSTALL).map((s) => ({ script: s, ...step(s, ws, env) }));
}

const hasBash = spawnSync('bash', ['--version']).status === 0;
if (!hasBash) console.warn('tests/ci: the templates were not run, no bash on PATH');
const validateHelp = spawnSync(process.execPath, [BIN, 'validate', '--help', '--lang', 'en'], {
  encoding: 'utf8',
});
const hasGitlab = /\bgitlab\b/.test(validateHelp.stdout);
if (!hasGitlab)
  console.warn('tests/ci: `validate --format gitlab` is not built yet; the report is expected empty');

describe.skipIf(!hasBash)("the templates' shell steps, run on the example data", () => {
  it('install is the one pinned command, in every job', () => {
    for (const job of Object.values(ghJobs))
      expect(job.steps?.filter((s) => s.run === INSTALL)).toHaveLength(1);
    expect((gitlab.default as Doc).before_script).toEqual([INSTALL]);
  });

  it('GitHub, push: validate passes on data with overdue items and annotates the warning', () => {
    const ws = workspace();
    const [run] = runAll(
      ghJobs.validate!.steps!.flatMap((s) => s.run ?? []),
      ws,
      github.env as Doc,
    );
    expect(run?.status, run?.stderr).toBe(0);
    expect(run?.stdout).toMatch(
      /^::warning file=buskerud-2024\/sub-agreements\.yaml,line=16,col=7,title=sub-agreement-approval::/m,
    );
  });

  it('GitHub, weekday: status in the summary, reminders written, then red for what is overdue', () => {
    const ws = workspace();
    const runs = runAll(
      ghJobs.daily!.steps!.flatMap((s) => s.run ?? []),
      ws,
      github.env as Doc,
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0, 1]);
    const summary = readFileSync(ws.summary, 'utf8');
    expect(summary).toMatch(/^# Status per 22\.11\.2026$/m);
    expect(summary).toContain('## Samarbeidsavtale mellom Nav Vest-Viken og Buskerud fylkeskommune');
    expect(summary).toContain('| Status | Hva | Ansvarlig | Frist | Når | Merknad |');
    for (const file of ['buskerud-2024.md', 'buskerud-2024.ics'])
      expect(existsSync(join(ws.cwd, 'reminders', file)), file).toBe(true);
    expect(readFileSync(join(ws.cwd, 'reminders', 'buskerud-2024.ics'), 'utf8')).toMatch(
      /^BEGIN:VCALENDAR\r\n/,
    );
    expect(runs[2]?.stdout).toContain('3 forfalt');
  });

  it('GitLab, push: a Code Quality report (when validate has --format gitlab), then validate passes', () => {
    const ws = workspace();
    const runs = runAll(glJobs.validate!.script!, ws, gitlab.variables as Doc);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    const report = readFileSync(join(ws.cwd, 'gl-code-quality-report.json'), 'utf8');
    if (!hasGitlab) {
      expect(report).toBe('');
      return;
    }
    const issues = JSON.parse(report) as Array<
      Doc & { location: { path: string; lines: { begin: number } } }
    >;
    expect(issues).toContainEqual(
      expect.objectContaining({
        check_name: 'sub-agreement-approval',
        location: expect.objectContaining({
          path: 'buskerud-2024/sub-agreements.yaml',
          lines: expect.objectContaining({ begin: 16 }),
        }),
      }),
    );
    for (const issue of issues)
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['description', 'fingerprint', 'severity']));
  });

  it('GitLab, schedule: status and reminders as files, then red for what is overdue', () => {
    const ws = workspace();
    const runs = runAll(glJobs.daily!.script!, ws, gitlab.variables as Doc);
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 1]);
    expect(readFileSync(join(ws.cwd, 'status.md'), 'utf8')).toMatch(/^# Status per 22\.11\.2026$/m);
    for (const file of ['buskerud-2024.md', 'buskerud-2024.ics', 'viken-2020.md'])
      expect(existsSync(join(ws.cwd, 'reminders', file)), file).toBe(true);
  });
});
