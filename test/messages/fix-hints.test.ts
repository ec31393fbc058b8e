// A hint offers only what would fix the finding: no lag, lead or gate move that is not there (tester round 8 #2, #3).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

const PLAN = `bodies:
  - {id: PS, name: Prosjektstyret}
meetings:
  - {body: PS, date: 2026-03-02}
plan: {id: h, title: Hints, status_date: 2026-03-02}
milestones:
  - {id: A, title: A, date: 2026-03-02}
  - {id: B, title: B, date: 2026-03-03, after: [A], duration: 5d}
  - {id: C, title: C, date: 2026-03-03, after: [{id: A, lag: 2d}], duration: 5d}
  - {id: D, title: D, date: 2026-03-02, after: [{id: A, lag: -1d}], duration: 5d}
  - {id: E, title: E, date: 2026-03-02, after: [{id: A, lag: 2d}]}
  - {id: R, title: Ready, date: 2026-03-20}
gates:
  - {id: G1, title: No lead, date: 2026-03-13, body: PS, ready: {milestone: R}}
  - {id: G2, title: Zero lead, date: 2026-03-13, body: PS, ready: {milestone: R, lead: 0ed}}
  - {id: G3, title: Lead, date: 2026-03-13, body: PS, ready: {milestone: R, lead: 2d}}
  - {id: G4, title: Decided, date: 2026-03-02, decided: 2026-03-02, body: PS, ready: {milestone: R}}
`;

async function hints(locale: 'en' | 'nb'): Promise<string[]> {
  const r = await runCli(['validate', 'ws/h.yaml', '--locale', locale], { files: { 'ws/h.yaml': PLAN } });
  return r.stdout.split('\n').filter((l) => /^ {3}= (hint|tips): (set|sett|bring|få) /.test(l)).map((l) => l.replace(/^ {3}= (hint|tips): /, ''));
}

describe('fix hints', () => {
  it('dependency-order names the lag, the lead or the duration that is in the gap, and only those', async () => {
    expect((await hints('en')).filter((h) => h.startsWith('set '))).toEqual([
      "set B's forecast to 2026-03-09 or later, move h/A earlier, or shorten B's duration",
      "set C's forecast to 2026-03-11 or later, move h/A earlier, or shorten the lag or C's duration",
      "set D's forecast to 2026-03-06 or later, move h/A earlier, or lengthen the lead or shorten D's duration",
      "set E's forecast to 2026-03-04 or later, move h/A earlier, or shorten the lag",
    ]);
    expect((await hints('nb')).filter((h) => h.startsWith('sett '))).toEqual([
      'sett prognosen for B til 09.03.2026 eller senere, flytt h/A tidligere eller forkort varigheten til B',
      'sett prognosen for C til 11.03.2026 eller senere, flytt h/A tidligere eller forkort etterslepet eller varigheten til C',
      'sett prognosen for D til 06.03.2026 eller senere, flytt h/A tidligere eller forleng overlappen eller forkort varigheten til D',
      'sett prognosen for E til 04.03.2026 eller senere, flytt h/A tidligere eller forkort etterslepet',
    ]);
  });

  it('gate-readiness offers to shorten a lead only above 0, and to move the gate only while it is undecided', async () => {
    expect((await hints('en')).filter((h) => h.startsWith('bring '))).toEqual([
      'bring h/R forward to 2026-03-13 or earlier, or move G1 to 2026-03-20 or later',
      'bring h/R forward to 2026-03-13 or earlier, or move G2 to 2026-03-20 or later',
      // Two working days before 2026-03-24 is R's 2026-03-20 (a Friday).
      'bring h/R forward to 2026-03-11 or earlier, move G3 to 2026-03-24 or later, or shorten the lead',
      'bring h/R forward to 2026-03-02 or earlier',
    ]);
    expect((await hints('nb')).filter((h) => h.startsWith('få '))).toEqual([
      'få h/R fram til 13.03.2026 eller tidligere, eller flytt G1 til 20.03.2026 eller senere',
      'få h/R fram til 13.03.2026 eller tidligere, eller flytt G2 til 20.03.2026 eller senere',
      'få h/R fram til 11.03.2026 eller tidligere, flytt G3 til 24.03.2026 eller senere, eller kort ned ledetiden',
      'få h/R fram til 02.03.2026 eller tidligere',
    ]);
  });
});
