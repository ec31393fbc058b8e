// date-range's hint names what on the cause's edge brings the date back in range, by SPEC §5's table (tester round
// 19 #6): a lead is called a lead, with the verb that moves the date back ("shorten the lead" where it pushes the date
// out, "lengthen" where it already pulls it back), and a duration only where the edge's constraint holds it (FS and
// SS add the successor's; SS and SF take off the predecessor's) and it is there to shorten. Only the hints change.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

interface Finding { readonly rule: string; readonly ref: string; readonly message: string; readonly hint: string }

/** The date-range findings of a workspace of one plan file, by ref: [message, hint]. */
async function rangeFindings(plan: string, locale: 'en' | 'nb'): Promise<Record<string, readonly [string, string]>> {
  const r = await runCli(['validate', 'ws', '--format', 'json', '--locale', locale], { files: { 'ws/a.yaml': plan }, diskRoots: [] });
  const all = (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics.filter((d) => d.rule === 'date-range');
  return Object.fromEntries(all.map((d) => [d.ref, [d.message, d.hint] as const]));
}

describe('date-range hint on a latest date set by a successor (the backward constraint, SPEC §5)', () => {
  // The tester's plan: l(D) = l(E) with the SF lead of 1w undone, so the lead takes it 7 days past 9999-12-31; an SF
  // constraint holds neither E's duration nor (D has none) D's.
  const plan = [
    'plan: {id: a, title: A, status_date: 9999-12-01, calendar: {closed: [9999-12-24..9999-12-31]}}',
    'milestones:',
    '  - {id: C, title: C, date: 9999-12-23, duration: 2d}',
    '  - {id: D, title: D, date: 9999-12-23, after: [{id: C, type: FF, lag: -1ed}]}',
    '  - {id: E, title: End, date: 9999-12-23, deadline: 9999-12-31, after: [{id: D, type: SF, lag: -1w}], duration: 1d}',
  ].join('\n') + '\n';

  it('says to shorten the lead, not "the lag … or a/E\'s duration"', async () => {
    const en = await rangeFindings(plan, 'en');
    expect(en['a/D']![0]).toBe('a/D\'s latest date would be 7 days after 9999-12-31, outside the dates milepel can write; reports leave it out, and those of 1 milestone computed from it');
    expect(en['a/D']![1]).toBe('shorten the lead from D to a/E');
    const nb = await rangeFindings(plan, 'nb');
    expect(nb['a/D']![1]).toBe('forkort overlappen fra D til a/E');
  });
});

describe('date-range hint on a projected date pushed by its driver (the forward constraint)', () => {
  const plan = [
    'plan: {id: p, title: P}',
    'milestones:',
    '  - {id: P, title: P, date: 9999-12-01, duration: 1d}',
    // FS with a lead: M's own duration pushes it out; the lead already pulls it back, and more of it would too.
    '  - {id: M, title: M, date: 9999-12-02, duration: 99999d, after: [{id: P, lag: -1d}]}',
    // SF: the lag runs from P's start to N's finish; N's duration is not in the constraint.
    '  - {id: N, title: N, date: 9999-12-02, duration: 3d, after: [{id: P, type: SF, lag: 99999w}]}',
    // SS: Q's duration is added after the lag.
    '  - {id: Q, title: Q, date: 9999-12-02, duration: 3d, after: [{id: P, type: SS, lag: 99999w}]}',
    // FS without a duration on R: nothing of R's to shorten.
    '  - {id: R, title: R, date: 9999-12-02, after: [{id: P, lag: 99999w}]}',
  ].join('\n') + '\n';

  it('names the lag or lead by its sign, and a duration only where the link type adds one', async () => {
    const en = await rangeFindings(plan, 'en');
    expect(en['p/M']![0]).toBe('p/M\'s projected and latest dates would be at least 139968 days after 9999-12-31, outside the dates milepel can write; reports leave them out');
    expect(en['p/M']![1]).toBe('shorten M\'s duration, or lengthen the lead from p/P to M');
    expect(en['p/N']![1]).toBe('shorten the lag from p/P to N');
    expect(en['p/Q']![1]).toBe('shorten the lag from p/P to Q, or Q\'s duration');
    expect(en['p/R']![1]).toBe('shorten the lag from p/P to R');
    const nb = await rangeFindings(plan, 'nb');
    expect(nb['p/M']![1]).toBe('forkort varigheten til M, eller forleng overlappen fra p/P til M');
    expect(nb['p/N']![1]).toBe('forkort etterslepet fra p/P til N');
    expect(nb['p/Q']![1]).toBe('forkort etterslepet fra p/P til Q, eller varigheten til Q');
    expect(nb['p/R']![1]).toBe('forkort etterslepet fra p/P til R');
  });
});
