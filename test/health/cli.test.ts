// `milepel health` end to end (in-process): formats, locales, --plan, exit codes, thresholds that are not numbers.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const SOUND = `plan: {id: sound, title: Sound, status_date: 2021-02-15}
milestones:
  - {id: A, title: A, date: 2021-03-01}
  - {id: B, title: B, date: 2021-03-15, after: [A]}
  - {id: C, title: C, date: 2021-03-31, after: [B]}
`;
const LOOSE = `plan: {id: loose, title: Loose, status_date: 2021-02-15}
milestones:
  - {id: A, title: A, date: 2021-03-01}
  - {id: B, title: B, date: 2021-03-10}
  - {id: C, title: C, date: 2021-03-31, after: [B]}
`;

describe('milepel health', () => {
  it('exits 0 when every check passes and 1 when one fails', async () => {
    const ok = await runCli(['health', 'ws/sound.yaml'], { files: { 'ws/sound.yaml': SOUND } });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('11 of 11 checks pass');
    const bad = await runCli(['health', 'ws/loose.yaml'], { files: { 'ws/loose.yaml': LOOSE } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ Missing logic \[logic\]: loose\/B\n/);
  });

  it('fails cpli without a value when the projected finish has passed with the critical path late for it, in every format (tester round 8 #1)', async () => {
    const late = (finish: string, forecast = '2021-04-09'): string => `plan: {id: late, title: Late, status_date: 2021-04-15, finish: ${finish}, health: {missed: off, negative-float: off, bei: off, invalid-dates: off}}
milestones:
  - {id: A, title: A, date: 2021-03-01, actual: 2021-03-01}
  - {id: B, title: B, date: 2021-03-31, forecast: ${forecast}, after: [A]}
`;
    const text = await runCli(['health', 'ws/late.yaml'], { files: { 'ws/late.yaml': late('2021-03-31') } });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/✗ {2}Critical path length index +finish passed +≥ 0\.95 +FAIL +1 of 1\n/);
    expect(text.stdout).toContain('✗ Critical path length index [cpli]: late/B\n');
    const nb = await runCli(['health', 'ws/late.yaml', '--locale', 'nb'], { files: { 'ws/late.yaml': late('2021-03-31') } });
    expect(nb.stdout).toMatch(/slutten passert +≥ 0,95 +AVVIK/);
    const github = await runCli(['health', 'ws/late.yaml', '--format', 'github'], { files: { 'ws/late.yaml': late('2021-03-31') } });
    expect(github.stdout).toContain("title=health/cpli::Schedule health: critical path length index (cpli) in plan late fails: the plan's projected finish, 2021-04-09, is not after the status date 2021-04-15, yet the critical path's total float is -4 working days (no ratio exists; the threshold is ≥ 0.95; 1 of 1)%0Anote: ws/late.yaml:4:5: late/B counts against cpli%0Ahint: bring the milestones that count against it forward (late/B) or set a later plan.finish; plan.health.cpli: off drops the check\n");
    const json = JSON.parse((await runCli(['health', 'ws/late.yaml', '--format', 'json'], { files: { 'ws/late.yaml': late('2021-03-31') } })).stdout);
    expect(json.plans[0].checks.find((c: { id: string }) => c.id === 'cpli')).toEqual({ id: 'cpli', value: null, threshold: 0.95, pass: false, count: 1, of: 1, refs: ['late/B'] });
    // Work projected after T: a ratio (CPL runs to the projected finish, 11 working days), negative while the
    // commitment is behind T, and a later commitment never scores worse (TF grows, CPL stays).
    const ratio = async (finish: string): Promise<unknown> => JSON.parse((await runCli(['health', 'ws/late.yaml', '--format', 'json'], { files: { 'ws/late.yaml': late(finish, '2021-04-30') } })).stdout).plans[0].checks.find((c: { id: string }) => c.id === 'cpli');
    expect(await ratio('2021-03-31')).toMatchObject({ value: (11 - 19) / 11, pass: false });
    expect(await ratio('2021-04-16')).toMatchObject({ value: (11 - 10) / 11, pass: false });
    expect(await ratio('2021-04-30')).toMatchObject({ value: 1, pass: true });
  });

  it('gives SPEC §13 JSON: shares as fractions, refs, score', async () => {
    const r = await runCli(['health', 'ws', '--format', 'json'], { files: { 'ws/sound.yaml': SOUND, 'ws/loose.yaml': LOOSE } });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.today).toBe('2021-02-15');
    expect(json.plans.map((p: { plan: string }) => p.plan)).toEqual(['loose', 'sound']);
    const logic = json.plans[0].checks.find((c: { id: string }) => c.id === 'logic');
    // A is the plan's first milestone and C its last; B has no predecessor: 1 of 3 open milestones.
    expect(logic).toEqual({ id: 'logic', value: 1 / 3, threshold: 0.05, pass: false, count: 1, of: 3, refs: ['loose/B'] });
    expect(json.plans[0].checks.map((c: { id: string }) => c.id)).toEqual(['logic', 'leads', 'lags', 'hard-dates', 'high-float', 'negative-float', 'invalid-dates', 'missed', 'critical-path-test', 'cpli', 'bei']);
    expect(json.plans[1].score).toBe(1);
  });

  it('logic: of milestones on the same day, the network\'s start is the first and its end the last (a tester\'s chain all on one day)', async () => {
    const chain = 'plan: {id: e, title: E, status_date: 2026-03-02}\nmilestones:\n  - {id: A, title: A, date: 2026-03-06}\n  - {id: B, title: B, date: 2026-03-06, after: [A]}\n  - {id: C, title: C, date: 2026-03-06, after: [B]}\n';
    const r = await runCli(['health', 'ws', '--format', 'json', '--today', '2026-03-02'], { files: { 'ws/e.yaml': chain } });
    const logic = JSON.parse(r.stdout).plans[0].checks.find((c: { id: string }) => c.id === 'logic');
    expect(logic).toMatchObject({ pass: true, count: 0, of: 3, refs: [] });
  });

  it('--plan reports one plan', async () => {
    const r = await runCli(['health', 'ws', '--plan', 'sound', '--format', 'json'], { files: { 'ws/sound.yaml': SOUND, 'ws/loose.yaml': LOOSE } });
    expect(JSON.parse(r.stdout).plans.map((p: { plan: string }) => p.plan)).toEqual(['sound']);
    expect(r.code).toBe(0);
  });

  it('reports failing checks as GitHub annotations at the plan header, and as SARIF with related locations', async () => {
    const files = { 'ws/loose.yaml': LOOSE };
    const gh = await runCli(['health', 'ws', '--format', 'github'], { files });
    expect(gh.stdout).toMatch(/^::error file=ws\/loose\.yaml,line=1,col=\d+,title=health\/logic::Schedule health: missing logic in plan loose is 33\.3 %25, the threshold is ≤ 5 %25 \(1 of 3\)/m);
    const sarif = JSON.parse((await runCli(['health', 'ws', '--format', 'sarif'], { files })).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'health/logic');
    expect(result.level).toBe('error');
    expect(result.relatedLocations).toHaveLength(1);
    expect(result.relatedLocations[0].physicalLocation.region.startLine).toBe(4);
    expect(result.relatedLocations[0].message.text).toBe('loose/B counts against logic');
    const gitlab = JSON.parse((await runCli(['health', 'ws', '--format', 'gitlab'], { files })).stdout) as { check_name: string; fingerprint: string }[];
    expect(gitlab.map((f) => f.check_name)).toContain('health/logic');
    expect(new Set(gitlab.map((f) => f.fingerprint)).size).toBe(gitlab.length);
  });

  // A tester's finding: a structural error went to stderr as text beside the annotations, the step summary was headed
  // "milepel validate" and held the failing checks only, and a schema error with every check passing said
  // "1 file checked, no problems" with exit 1.
  it('--format github: structural errors are annotations too, and the step summary holds every check under milepel health', async () => {
    const broken = LOOSE.replace('after: [B]}', 'after: [B, NOPE]}');
    const env = { GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_WORKSPACE: '/w' };
    const r = await runCli(['health', 'ws', '--format', 'github'], { files: { 'ws/loose.yaml': broken, 'summary.md': '' }, env, cwd: '/w' });
    expect(r.code).toBe(1);
    // The count on stderr, stdout the workflow commands only (tester round 110 F2).
    expect(r.stderr).toBe('milepel: 3 errors in 1 file (warnings not checked: milepel validate lists every finding)\n');
    expect(r.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('::'))).toEqual([]);
    expect(r.stdout).toMatch(/^::error file=ws\/loose\.yaml,line=1,col=\d+,title=health\/logic::/m);
    expect(r.stdout).toMatch(/^::error file=ws\/loose\.yaml,line=5,col=\d+,title=unknown-reference::loose\/C refers to milestone "NOPE"/m);
    const md = r.io.written.get('summary.md')!;
    expect(md).toMatch(/^### milepel health: 3 errors in 1 file \(warnings not checked: milepel validate lists every finding\)\n/);
    expect(md).toContain('#### Schedule health: loose (Loose)');
    expect(md).toMatch(/^\| ✗ \| Missing logic \| 33\.3 % \| ≤ 5 % \| FAIL \| 1 of 3 \|$/m);
    expect(md).toMatch(/^\| ✓ \| Negative float \| 0\.0 % \| ≤ 0 % \| pass \| 0 of 3 \|$/m);
    expect(md).toContain('| error | ws/loose.yaml:5:');
    const sarif = JSON.parse((await runCli(['health', 'ws', '--format', 'sarif'], { files: { 'ws/loose.yaml': broken } })).stdout);
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('unknown-reference');
    // A schema error with every check passing: one finding, exit 1, never "no problems".
    const schema = await runCli(['health', 'ws', '--format', 'github'], { files: { 'ws/sound.yaml': SOUND.replace('  - {id: A, title: A,', '  - {id: A, title: A, colour: red,') } });
    expect(schema.stdout).toMatch(/title=schema::/);
    expect(schema.stderr).toMatch(/^milepel: 1 error in 1 file \(warnings not checked: milepel validate lists every finding\)$/m);
    expect(schema.code).toBe(1);
  });

  it('writes the scorecard in Norwegian with --locale nb', async () => {
    const r = await runCli(['health', 'ws', '--locale', 'nb', '--width', '80'], { files: { 'ws/loose.yaml': LOOSE } });
    expect(r.stdout).toContain('Planhelse: loose (Loose), statusdato 15.02.2021');
    expect(r.stdout).toMatch(/✗ {2}Manglende logikk +33,3 % +≤ 5 % +AVVIK +1 av 3/);
  });

  it('a threshold that is not a number is a schema finding at the value', async () => {
    const text = SOUND.replace('status_date: 2021-02-15}', 'status_date: 2021-02-15, health: {high-float: lots, bogus: 1}}');
    const r = await runCli(['validate', 'ws', '--format', 'json'], { files: { 'ws/sound.yaml': text } });
    const findings = JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'schema');
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings.every((d: { line: number }) => d.line === 1)).toBe(true);
    expect(r.code).toBe(1);
  });

  it('refuses an unknown format with exit 2', async () => {
    const r = await runCli(['health', 'ws', '--format', 'csv'], { files: { 'ws/sound.yaml': SOUND } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^milepel: /);
  });
});

// A tester's finding: under each plan's table health named the width that showed that table's columns (53 under
// akson, 55 under felles-grunnmur at --locale nb); a reader who followed the first was told again. One width for the
// whole report: the widest any table needs.
describe('health names one width that shows every column of every plan', () => {
  // Twelve milestones with no links: "10 of 12" and "83.3 %" make this plan's table wider than SOUND's.
  const MANY = `plan: {id: many, title: Many, status_date: 2021-02-15}\nmilestones:\n${Array.from({ length: 12 }, (_, i) => `  - {id: M${i}, title: M, date: 2021-03-${String(i + 1).padStart(2, '0')}}\n`).join('')}`;
  const files = { 'ws/sound.yaml': SOUND, 'ws/many.yaml': MANY };
  const WIDTH = /--width (\d+) (?:shows (?:them|it)|viser (?:dem|den))/g;
  const widthsSaid = (stdout: string): number[] => [...stdout.replace(/\n {4}/g, ' ').matchAll(WIDTH)].map((m) => Number(m[1]));
  for (const locale of ['en', 'nb'] as const) {
    it(`--locale ${locale}`, async () => {
      const at = async (width: number, plan?: string): Promise<string> =>
        (await runCli(['health', 'ws', '--width', String(width), '--locale', locale, '--no-color', ...(plan ? ['--plan', plan] : [])], { files })).stdout;
      const [sound] = widthsSaid(await at(40, 'sound'));
      const [many] = widthsSaid(await at(40, 'many'));
      expect(sound).toBeLessThan(many!);
      // Both tables leave columns out at 40 and both name the width of the wider one.
      expect(widthsSaid(await at(40))).toEqual([many, many]);
      // At the smaller plan's width, its table shows all, and the other still names the same width.
      expect(widthsSaid(await at(sound!))).toEqual([many]);
      expect(await at(many!)).not.toMatch(/Not shown|Ikke vist/);
    });
  }
});

// Tester round 106 F9: a plan without links read "0.0 % … pass, 0 of 0" for leads and lags beside missed's and bei's
// n/a; a share of nothing is nothing to measure (value null, text n/a), as the README says.
describe('milepel health: a share of nothing', () => {
  it('is null in JSON and n/a in text, and passes', async () => {
    const files = { 'ws/p.yaml': 'plan: {id: p, title: P, status_date: 2021-04-15}\nmilestones:\n  - {id: A, title: A, date: 2021-05-03}\n  - {id: B, title: B, date: 2021-05-04}\n' };
    const json = JSON.parse((await runCli(['health', 'ws', '--format', 'json'], { files, diskRoots: [] })).stdout) as { plans: { checks: { id: string }[] }[] };
    const checks = json.plans[0]!.checks.filter((c) => c.id === 'leads' || c.id === 'lags');
    expect(checks).toEqual([
      { id: 'leads', value: null, threshold: 0, pass: true, count: 0, of: 0, refs: [] },
      { id: 'lags', value: null, threshold: 0.05, pass: true, count: 0, of: 0, refs: [] },
    ]);
    const text = (await runCli(['health', 'ws', '--width', '100'], { files, diskRoots: [] })).stdout;
    expect(text).toMatch(/✓ {2}Leads \(negative lags\) +n\/a +≤ 0 % +n\/a +0 of 0\n/);
  });
});
