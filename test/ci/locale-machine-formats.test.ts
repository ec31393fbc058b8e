// `validate --locale nb` in the CI formats (SPEC §15: with --locale given, every text is in that locale): the GitHub job
// summary, JUnit's failure text and SARIF's rule descriptions in Norwegian, while what machines read stays as it is
// (tester round 20 #4: `| severity | where | rule | finding |`, `at plans/a.yaml:9:22`, "A date or period does not exist.").
import { describe, expect, it } from 'vitest';
import type { Diagnostic, RuleId, ValidateResult } from '../../src/diagnostics/types.js';
import { formatGitlab } from '../../src/report/validate/gitlab.js';
import { formatSarif } from '../../src/report/validate/sarif.js';
import { formatStepSummary } from '../../src/report/validate/step-summary.js';
import { runCli } from '../helpers/fake-io.js';
import { diag, makeResult } from '../report/validate-fixtures.js';

/** The tester's plan: a lead made an error, a date that does not exist, an unknown reference and four warnings. */
const FILES = {
  'ws/a.yaml': [
    'plan:', '  id: a', '  title: "CI test"', '  status_date: 2021-05-03', '  rules: {lead: error}',
    'bodies:', '  - {id: PS, name: Prosjektstyret}', 'meetings:', '  - {body: PS, date: 2021-05-01}',
    'milestones:', '  - {id: X, title: X, date: 2021-05-01}',
    '  - {id: Y, title: Y, date: 2021-05-04, after: [{id: X, lag: -2d}, NOPE], require: [PS], responsible: "?"}',
    '  - {id: Z, title: Z, date: 2021-02-30}', '',
  ].join('\n'),
};

const validate = (format: string, locale: 'en' | 'nb', env: Record<string, string> = {}) =>
  runCli(['validate', 'ws', '--format', format, '--locale', locale], { files: FILES, env: { GITHUB_WORKSPACE: '.', CI_PROJECT_DIR: '.', ...env } });

const ALL_RULES: readonly RuleId[] = [
  'yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'unknown-reference', 'dependency-cycle', 'dependency-order', 'gate-decision', 'gate-readiness',
  'meeting-before-milestone', 'actual-in-future', 'overdue', 'negative-float', 'non-working-day', 'unassigned', 'progress-range', 'lead', 'encoding', 'date-range',
];

interface SarifRun {
  language?: string;
  tool: { driver: { language?: string; rules: { id: string; shortDescription: { text: string } }[] } };
  results: { ruleId: string; level: string; message: { text: string } }[];
}

describe('the GitHub job summary under --locale nb', () => {
  it('has its column names and severities in Norwegian, as its heading and findings are; rule ids stay ids', async () => {
    const r = await validate('github', 'nb', { GITHUB_STEP_SUMMARY: 'summary.md' });
    const md = r.io.written.get('summary.md')!;
    const lines = md.split('\n');
    expect(lines[0]).toBe('### milepel validate: 3 feil og 4 advarsler i 1 fil');
    expect(lines).toContain('| alvorlighetsgrad | sted | regel | funn |');
    const rows = lines.filter((l) => /^\| [^|]+ \| ws\//.test(l));
    expect(rows.map((l) => l.split(' | ')[0])).toEqual(['| feil', '| feil', '| feil', '| advarsel', '| advarsel', '| advarsel', '| advarsel']);
    expect(rows.map((l) => l.split(' | ')[2])).toEqual(['lead', 'unknown-reference', 'invalid-date', 'non-working-day', 'non-working-day', 'overdue', 'unassigned']);
    expect(md).not.toMatch(/\b(severity|where|finding|error|warning)\b/);
  });

  it('says in Norwegian how many findings it left for the job log', () => {
    const many: Diagnostic[] = Array.from({ length: 50 }, (_, i) => diag({ file: 'plans/p.yaml', line: i + 1, column: 1, message: 'x'.repeat(100) }));
    expect(formatStepSummary(makeResult(['plans/p.yaml'], many), 2000, 'nb')).toMatch(/\n\d+ funn til står i jobbloggen \(et stegsammendrag rommer høyst 1 MiB\)\.\n/);
    expect(formatStepSummary(makeResult(['plans/p.yaml'], many), 2000, 'en')).toMatch(/\n\d+ more findings are in the job log \(a step summary holds at most 1 MiB\)\.\n/);
  });

  it('is written the same way by health, below its check tables', async () => {
    const r = await runCli(['health', 'plans', '--format', 'github', '--locale', 'nb'], { env: { GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_WORKSPACE: '.' } });
    const md = r.io.written.get('summary.md')!;
    expect(md).toContain('| alvorlighetsgrad | sted | regel | funn |');
    expect(md).toMatch(/^\| feil \| plans\/akson\.yaml:\d+:\d+ \| health\/high-float \| Planhelse: /m);
    expect(md).not.toMatch(/\| (severity|error|warning) \|/);
  });

  it('keeps the workflow commands as GitHub reads them: ::error and ::warning, title= the rule id', async () => {
    const nb = (await validate('github', 'nb')).stdout.split('\n');
    const en = (await validate('github', 'en')).stdout.split('\n');
    const command = (l: string): string => l.slice(0, l.indexOf('::', 2));
    expect(nb.filter((l) => l.startsWith('::')).map(command)).toEqual(en.filter((l) => l.startsWith('::')).map(command));
    expect(nb[0]).toMatch(/^::error file=ws\/a\.yaml,line=12,col=62,title=lead::a\/Y har negativt etterslep/);
  });
});

describe('JUnit under --locale nb', () => {
  it('places a finding in Norwegian between its Norwegian lines; names, types and attributes stay as they are', async () => {
    const nb = (await validate('junit', 'nb')).stdout;
    expect(nb).toContain('<testcase classname="ws/a.yaml" name="non-working-day PS@2021-05-01 line 9:22">\n      <system-out>møtet PS@2021-05-01 holdes 01.05.2021, som er en lørdag\ni ws/a.yaml:9:22\ntips: ');
    expect(nb).toContain('<failure type="lead" message="a/Y har negativt etterslep');
    expect(nb).not.toMatch(/^at /m);
    const en = (await validate('junit', 'en')).stdout;
    expect(en).toContain('<system-out>meeting PS@2021-05-01 is on 2021-05-01, a Saturday\nat ws/a.yaml:9:22\nhint: ');
    const tags = (xml: string): string[] => [...xml.matchAll(/<(testsuites?|testcase|failure)\b([^>]*?)(?: message="[^"]*")?>/g)].map((m) => m[0].replace(/ message="[^"]*"/, ''));
    expect(tags(nb)).toEqual(tags(en));
  });
});

describe('SARIF under --locale nb', () => {
  const sarif = (result: ValidateResult, locale: 'en' | 'nb'): SarifRun => (JSON.parse(formatSarif(result, { color: false, width: 100, locale })) as { runs: SarifRun[] }).runs[0]!;
  const everyRule = makeResult(['p.yaml'], [...ALL_RULES.map((rule, i) => diag({ rule, file: 'p.yaml', line: i + 1, column: 1 })), diag({ rule: 'health/logic', file: 'p.yaml', line: 30, column: 1 })]);

  it('describes every rule in Norwegian, and says the language of the run and of its driver (SARIF 2.1.0 §3.14.7, §3.19.21)', () => {
    const nb = sarif(everyRule, 'nb');
    const en = sarif(everyRule, 'en');
    expect([nb.language, nb.tool.driver.language]).toEqual(['nb-NO', 'nb-NO']);
    expect([en.language, en.tool.driver.language]).toEqual([undefined, undefined]);
    expect(nb.tool.driver.rules.map((r) => r.id)).toEqual(en.tool.driver.rules.map((r) => r.id));
    const english = new Map(en.tool.driver.rules.map((r) => [r.id, r.shortDescription.text]));
    for (const rule of nb.tool.driver.rules) {
      expect(rule.shortDescription.text, rule.id).not.toBe(english.get(rule.id));
      expect(rule.shortDescription.text, rule.id).not.toMatch(/\b(the|a|an|is|does|not|has)\b/);
    }
    const text = new Map(nb.tool.driver.rules.map((r) => [r.id, r.shortDescription.text]));
    expect(text.get('invalid-date')).toBe('En dato eller periode finnes ikke.');
    expect(text.get('lead')).toBe('En avhengighet har negativt etterslep (et forsprang).');
    expect(text.get('health/logic')).toBe('Planhelsekontrollen logic (DCMA, SPEC §13) feiler.');
    expect(english.get('health/logic')).toBe('Schedule health check logic (DCMA, SPEC §13) fails.');
  });

  it('keeps rule ids and levels as SARIF consumers read them', async () => {
    const nb = JSON.parse((await validate('sarif', 'nb')).stdout) as { runs: SarifRun[] };
    const en = JSON.parse((await validate('sarif', 'en')).stdout) as { runs: SarifRun[] };
    const fixed = (run: SarifRun) => run.results.map((r) => [r.ruleId, r.level]);
    expect(fixed(nb.runs[0]!)).toEqual(fixed(en.runs[0]!));
    expect(new Set(nb.runs[0]!.results.map((r) => r.level))).toEqual(new Set(['error', 'warning']));
    expect(nb.runs[0]!.tool.driver.rules.find((r) => r.id === 'invalid-date')!.shortDescription.text).toBe('En dato eller periode finnes ikke.');
  });
});

describe('GitLab Code Quality under --locale nb', () => {
  it('has only its description in Norwegian: check_name, severity and fingerprint are those of an English run', () => {
    const result = makeResult(['p.yaml'], [diag({ rule: 'overdue', severity: 'warning', file: 'p.yaml', line: 2, column: 3, hint: 'h' })]);
    const [nb] = JSON.parse(formatGitlab(result, { color: false, width: 100, locale: 'nb' })) as Record<string, unknown>[];
    const [en] = JSON.parse(formatGitlab(result, { color: false, width: 100, locale: 'en' })) as Record<string, unknown>[];
    expect({ ...nb, description: '' }).toEqual({ ...en, description: '' });
    expect(nb!['description']).toMatch(/; tips: /);
    expect(en!['description']).toMatch(/; hint: /);
  });
});
