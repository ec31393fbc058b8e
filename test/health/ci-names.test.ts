// `health --format github|gitlab|sarif` and the GitHub step summary name the milestones that count against a failing
// check, as the text scorecard does: the first twelve, then how many more (a tester's finding 8: github and gitlab
// said "fix the milestones that count against it" and never named them); github and gitlab give their places as
// notes too, as SARIF gives related locations (tester round 23 F3).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

/** 15 milestones on their own: every one but the first and last lacks logic (13 of 15 count against `logic`). */
const LOOSE = `plan: {id: n, title: N, status_date: 2021-02-15}
milestones:
${Array.from({ length: 15 }, (_, i) => `  - {id: M${String(i + 1).padStart(2, '0')}, title: M, date: 2021-03-${String(i + 1).padStart(2, '0')}}`).join('\n')}
`;
const NAMED = 'n/M02, n/M03, n/M04, n/M05, n/M06, n/M07, n/M08, n/M09, n/M10, n/M11, n/M12, n/M13, and 1 more';
const HINT = `fix the milestones that count against it (${NAMED}), or set another threshold with plan.health.logic`;

describe('the milestones that count against a failing check, in the CI formats', () => {
  it('the text scorecard names them so (the list the CI formats follow)', async () => {
    const r = await runCli(['health', 'ws', '--width', '400'], { files: { 'ws/n.yaml': LOOSE } });
    expect(r.stdout).toContain(`✗ Missing logic [logic]: ${NAMED}\n`);
  });

  it('github: in the annotation, which stays one line; and in the step summary', async () => {
    const env = { GITHUB_STEP_SUMMARY: 'summary.md' };
    const r = await runCli(['health', 'ws', '--format', 'github'], { files: { 'ws/n.yaml': LOOSE, 'summary.md': '' }, env });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((line) => line.startsWith('::error ') || line.startsWith('milepel: '))).toBe(true);
    expect(lines.find((line) => line.includes('title=health/logic::'))).toMatch(new RegExp(`%0Ahint: ${HINT.replace(/[()]/g, '\\$&')}$`));
    expect(r.io.written.get('summary.md')).toContain(`<br>hint: ${HINT} |`);
    // The counted milestones' places are notes before the hint, the first ten and then how many more, as validate's
    // findings carry theirs (README: "An annotation, and its row in the job summary, carries the finding's notes with
    // their places"; tester round 23 F3: they were left out).
    const logic = lines.find((line) => line.includes('title=health/logic::'))!;
    expect(logic.split('%0A').slice(1, 12)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `note: ws/n.yaml:${i + 4}:5: n/M${String(i + 2).padStart(2, '0')} counts against logic`),
      'note: and 3 more notes (the text report lists them)',
    ]);
    expect(r.io.written.get('summary.md')).toContain('(13 of 15)<br>note: ws/n.yaml:4:5: n/M02 counts against logic<br>note: ws/n.yaml:5:5: n/M03');
  });

  it('gitlab: in the description (one line)', async () => {
    const r = await runCli(['health', 'ws', '--format', 'gitlab'], { files: { 'ws/n.yaml': LOOSE } });
    const logic = (JSON.parse(r.stdout) as { check_name: string; description: string; fingerprint: string }[]).find((f) => f.check_name === 'health/logic')!;
    expect(logic.description).toMatch(/^Schedule health: missing logic in plan n is 86\.7 %, the threshold is ≤ 5 % \(13 of 15\); note: ws\/n\.yaml:4:5: n\/M02 counts against logic; note: /);
    expect(logic.description.endsWith(`; note: and 3 more notes (the text report lists them); hint: ${HINT}`)).toBe(true);
  });

  it('sarif: in the message, beside the related locations of all thirteen', async () => {
    const sarif = JSON.parse((await runCli(['health', 'ws', '--format', 'sarif'], { files: { 'ws/n.yaml': LOOSE } })).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'health/logic');
    expect(result.message.text).toContain(HINT);
    expect(result.relatedLocations).toHaveLength(13);
  });

  it('in Norwegian with --locale nb', async () => {
    const r = await runCli(['health', 'ws', '--format', 'github', '--locale', 'nb'], { files: { 'ws/n.yaml': LOOSE } });
    expect(r.stdout).toContain('%0Atips: Rett milepælene som teller mot kontrollen (n/M02, n/M03, n/M04, n/M05, n/M06, n/M07, n/M08, n/M09, n/M10, n/M11, n/M12, n/M13, og 1 til), eller sett');
  });
});
